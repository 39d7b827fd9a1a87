/**
 * Pure helpers for the Instagram adapter: plain strings in, plain data out (no DOM).
 */
import type { Lang } from '../../model/conversation';
import { LABELS } from './selectors';

/** A clock at the end of a label: "9:12 AM", "09:12", "17.02 Uhr". */
const CLOCK_AT_END = /(\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?)(?:\s*Uhr)?\s*$/u;

/**
 * Splits a DM day separator ("Today 9:12 AM", "Nov 18, 2025, 9:12 AM", "Gestern 17:02",
 * "Yesterday") into the day part and the clock part, exactly as shown.
 */
export function splitSeparator(label: string): { dayLabel?: string; timeLabel?: string } {
  const text = label.replace(/\s+/g, ' ').trim();
  if (!text) return {};
  const m = CLOCK_AT_END.exec(text);
  if (!m || m.index === undefined) return { dayLabel: text };
  const timeLabel = m[1]!.trim();
  const day = text
    .slice(0, m.index)
    .replace(/[\s,·•-]+$/u, '')
    .replace(/\s+(?:at|um)$/i, '')
    .trim();
  return day ? { dayLabel: day, timeLabel } : { timeLabel };
}

/** Signals about who sent one DM row; each is optional because pages differ. */
export interface SenderSignals {
  /** Visually hidden label before the bubble ("You sent", "Jonas Becker"). */
  hiddenLabel?: string;
  /** aria-label of the per-message menu ("See more options for message from you"). */
  optionsLabel?: string;
  /** The row links to the counterpart's profile (their avatar beside the bubble). */
  linksToCounterpart?: boolean;
  /** The row links to the brand's own profile. */
  linksToBrand?: boolean;
  /**
   * Horizontal alignment of the bubble. A function is called only when the cheaper signals do
   * not decide (reading it is a style read).
   */
  alignment?: 'start' | 'end' | (() => 'start' | 'end' | undefined);
  /** The counterpart's display name and handle, to compare the labels with. */
  counterpartName?: string;
  counterpartHandle?: string;
}

const same = (a: string | undefined, b: string | undefined): boolean =>
  !!a && !!b && a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Whether a DM row was sent by the brand: true, false, or undefined when no signal decides.
 * Structural signals (links, alignment) win over localised labels.
 */
export function isOwnMessage(s: SenderSignals): boolean | undefined {
  if (s.linksToCounterpart) return false;
  if (s.linksToBrand) return true;
  const label = s.hiddenLabel?.trim();
  if (label) {
    if (same(label, s.counterpartName) || same(label, s.counterpartHandle)) return false;
    if (LABELS.ownSender.some((re) => re.test(label))) return true;
  }
  const options = s.optionsLabel?.trim();
  if (options) {
    if (LABELS.fromYou.some((re) => re.test(options))) return true;
    if (s.counterpartName && options.toLocaleLowerCase().endsWith(s.counterpartName.toLocaleLowerCase())) return false;
  }
  const align = typeof s.alignment === 'function' ? s.alignment() : s.alignment;
  if (align === 'end') return true;
  if (align === 'start') return false;
  // A named sender label that is not the brand's wording: another participant (group chats).
  if (label) return false;
  return undefined;
}

/** The display name in a post page title ("Nordwind Mobil on Instagram: \"…\""), if any. */
export function nameFromTitle(title: string | null | undefined): string | undefined {
  if (!title) return undefined;
  const m = LABELS.titleAuthor.exec(title.trim());
  const name = m?.[1]?.trim();
  return name && name.length <= 200 ? name : undefined;
}

/** The name in "Conversation with <name>", if the label has that shape. */
export function nameFromConversationLabel(label: string | null | undefined): string | undefined {
  if (!label) return undefined;
  for (const re of LABELS.conversationWith) {
    const name = re.exec(label.trim())?.[1]?.trim();
    if (name) return name;
  }
  return undefined;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** The `datetime` attribute when it is a full ISO date-time with zone; otherwise undefined. */
export function isoTimestamp(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  if (!v || !ISO.test(v) || Number.isNaN(Date.parse(v))) return undefined;
  return v;
}

/** A short relative label ("4h", "2 d", "1w") as shown; long or empty text gives undefined. */
export function relativeLabel(value: string | null | undefined): string | undefined {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v && v.length <= 40 ? v : undefined;
}

/** Clips a name-like field to the model's short-text limit; empty gives undefined. */
export function short(value: string | null | undefined, max = 2_000): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  return v.length > max ? v.slice(0, max) : v;
}

/** The handle a reply starts with ("@markus_rauscher Das tut…" → "markus_rauscher"). */
export function leadingMention(text: string): string | undefined {
  return /^@([A-Za-z0-9._]{1,30})\b/.exec(text.trim())?.[1];
}

/** The language most of `langs` have, or `und` when none or a tie. */
function majority(langs: readonly Lang[]): Lang {
  let de = 0;
  let en = 0;
  for (const l of langs) {
    if (l === 'de') de += 1;
    else if (l === 'en') en += 1;
  }
  return de > en ? 'de' : en > de ? 'en' : 'und';
}

/**
 * Fills `und` (a message too short or mixed for the detector) from context: the language the same
 * author mostly writes in this conversation, then, when `wholeThread` is set (a private thread
 * between two parties), the language most of the thread is in. Decided languages are kept.
 */
export function fillUndetermined(
  items: readonly { author: string; lang: Lang }[],
  wholeThread: boolean,
): Lang[] {
  const thread = majority(items.map((i) => i.lang));
  const byAuthor = new Map<string, Lang[]>();
  for (const i of items) {
    const list = byAuthor.get(i.author);
    if (list) list.push(i.lang);
    else byAuthor.set(i.author, [i.lang]);
  }
  const ownLang = new Map<string, Lang>();
  for (const [author, langs] of byAuthor) ownLang.set(author, majority(langs));
  return items.map((item) => {
    if (item.lang !== 'und') return item.lang;
    const own = ownLang.get(item.author) ?? 'und';
    if (own !== 'und') return own;
    return wholeThread ? thread : 'und';
  });
}
