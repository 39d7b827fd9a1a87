import { MessageSchema, type Author, type Lang } from '../../model/conversation';
import { detectLang } from '../../lang/detect';
import { $, $$, absUrl, readText } from '../dom';
import { X_SELECTORS as S } from './selectors';

/** Limits of the conversation schema; longer page text is clipped rather than rejected. */
const SHORT_MAX = 2_000;
const TEXT_MAX = 200_000;

export const clipShort = (s: string): string => (s.length > SHORT_MAX ? s.slice(0, SHORT_MAX) : s);
export const clipText = (s: string): string => (s.length > TEXT_MAX ? s.slice(0, TEXT_MAX) : s);

const HANDLE_RE = /^[A-Za-z0-9_]{1,20}$/;
const AT_HANDLE = /^@([A-Za-z0-9_]{1,20})$/;

/** A handle from `@handle` text, or undefined. */
export function handleFromText(s: string): string | undefined {
  return AT_HANDLE.exec(s.trim())?.[1];
}

/** The handle in a profile link (`/handle`, `https://x.com/handle`), or undefined. */
export function handleFromHref(href: string | null | undefined, base: string): string | undefined {
  const abs = absUrl(href, base);
  if (!abs) return undefined;
  try {
    const seg = new URL(abs).pathname.split('/').filter(Boolean);
    const h = seg.length === 1 ? seg[0] : undefined;
    return h && HANDLE_RE.test(h) && !RESERVED_PATHS.has(h.toLowerCase()) ? h : undefined;
  } catch {
    return undefined;
  }
}

const RESERVED_PATHS = new Set(['home', 'explore', 'notifications', 'messages', 'i', 'settings', 'search', 'compose']);

/** The canonical profile URL of a handle on the page's origin. */
export function profileUrlOf(handle: string, base: URL): string {
  return `${base.origin}/${handle}`;
}

/** Image alts that are emoji (kept as text); other images (avatars, "user avatar") are skipped. */
export function isDecorativeImage(el: Element): boolean {
  if (el.tagName !== 'IMG') return false;
  const alt = el.getAttribute('alt') ?? '';
  if (alt.length === 0) return true;
  return /[\p{L}\p{N}]/u.test(alt.replace(/[\u20e3\ufe0f]/g, '')) && !/\p{Extended_Pictographic}/u.test(alt);
}

/** Visible text lines of an element, without avatar images, buttons and hidden helpers. */
export function textLines(el: Element): string[] {
  const text = readText(el, (e) => isDecorativeImage(e) || e.tagName === 'BUTTON' || e.getAttribute('aria-hidden') === 'true');
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** Name and handle from a block that shows "Name" and "@handle" on separate lines. */
export function nameAndHandle(el: Element): { name?: string; handle?: string } {
  // Name and handle are often sibling inline spans, which read as one line: "Jonas Becker@jonas_bckr".
  const lines = textLines(el).flatMap((l) => l.split(/(?<=\S)\s*(?=@[A-Za-z0-9_]{1,20}$)/));
  let handle: string | undefined;
  let name: string | undefined;
  for (const line of lines) {
    const h = handleFromText(line);
    if (h && !handle) handle = h;
    else if (!h && !name && !line.startsWith('@')) name = line;
  }
  return { name, handle };
}

/**
 * The brand's own account: the logged-in account in the side navigation (PLATFORM-DOM §1.4):
 * the account switcher's avatar test id and "@handle", else the Profile tab's href.
 */
export function readBrand(doc: Document, base: URL): Author | null {
  const switcher = $(doc, S.accountSwitcher);
  let handle: string | undefined;
  let name: string | undefined;
  if (switcher) {
    const nh = nameAndHandle(switcher);
    name = nh.name;
    handle = nh.handle;
    if (!handle) {
      const avatar = $(switcher, S.avatarContainer);
      const suffix = avatar?.getAttribute('data-testid')?.slice(S.avatarContainerPrefix.length);
      if (suffix && HANDLE_RE.test(suffix)) handle = suffix;
    }
  }
  if (!handle) handle = handleFromHref($(doc, S.profileTab)?.getAttribute('href'), base.href);
  if (!handle) return null;
  const brand: Author = { handle: clipShort(handle), profileUrl: profileUrlOf(handle, base) };
  if (name) brand.name = clipShort(name);
  return brand;
}

export function sameHandle(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

/**
 * Language of a message: X marks each post's text with `lang` (its own detection). German and
 * English are taken as given, another real language is neither (`und`); X's pseudo codes for
 * "no linguistic content" (`qme` emoji only, `qht` hashtags, `zxx`, `und`…) and a missing
 * attribute fall back to detecting the text.
 */
export function langOf(text: string, attr: string | null | undefined): Lang {
  const tag = (attr ?? '').trim().toLowerCase();
  if (/^de(-|$)/.test(tag)) return 'de';
  if (/^en(-|$)/.test(tag)) return 'en';
  if (tag === '' || tag === 'und' || tag === 'zxx' || /^q[a-z]{2}$/.test(tag)) return detectLang(text);
  return 'und';
}

const TIMESTAMP = MessageSchema.shape.timestamp;

/** An ISO timestamp from `<time datetime>` if it is one, else undefined. */
export function isoTimestamp(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return TIMESTAMP.safeParse(value).success ? value : undefined;
}

const RELATIVE = /^(?:now|jetzt|gerade eben|\d{1,3}\s?(?:s|m|h|d|min\.?|std\.?|sek\.?|t\.?)|vor \d{1,3}\s?\S+)$/i;
const CLOCK = /^\d{1,2}[:.]\d{2}(?:\s?(?:[AaPp]\.?\s?[Mm]\.?|Uhr|vorm\.|nachm\.))?$/;

/** What a post's time label says, sorted into the model's time fields. */
export function timeLabels(label: string): { relativeTime?: string; timeLabel?: string; dayLabel?: string } {
  const l = label.trim();
  if (!l) return {};
  if (RELATIVE.test(l)) return { relativeTime: clipShort(l) };
  const parts = l.split('·').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 2 && CLOCK.test(parts[0]!)) return { timeLabel: parts[0], dayLabel: clipShort(parts[1]!) };
  if (CLOCK.test(l)) return { timeLabel: l };
  return { dayLabel: clipShort(l) };
}

/** A clock label ("09:12", "9:12 PM") at the start of a text, or undefined. */
export function clockIn(text: string): string | undefined {
  return /(?:^|\s)(\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?)(?=\D|$)/.exec(text)?.[1];
}

export { $, $$ };
