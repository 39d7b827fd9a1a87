import type { Author, Lang } from '../../model/conversation';
import { detectLang } from '../../lang/detect';
import { $, $$, readText } from '../dom';
import { SEL } from './selectors';

/** Text a name or label may reasonably have; longer strings are not names. */
export const MAX_NAME = 200;

/** Short, single-line, non-empty text, or undefined. */
export function nameText(s: string | null | undefined): string | undefined {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > 0 && t.length <= MAX_NAME ? t : undefined;
}

/** Visually hidden text is read as well: Meta puts account names and senders there. */
export function textOf(el: Element | null | undefined): string {
  return el ? readText(el) : '';
}

/**
 * A message's language: the `lang` the page puts on the message text (not the UI language on
 * <html>), else the detector's guess from the text.
 */
export function langOf(el: Element | null | undefined, text: string, stop?: Element | null): Lang {
  let cur: Element | null | undefined = el;
  const root = el?.ownerDocument?.documentElement;
  while (cur && cur !== root && cur !== stop) {
    const l = cur.getAttribute('lang');
    if (l) {
      const p = l.toLowerCase().slice(0, 2);
      if (p === 'de') return 'de';
      if (p === 'en') return 'en';
      // Another language the product does not speak.
      return 'und';
    }
    cur = cur.parentElement;
  }
  return detectLang(text);
}

const CLOCK = /(\d{1,2}[:.]\d{2})(\s?(?:[AaPp]\.?\s?[Mm]\.?))?/;

/**
 * Splits a day separator ("Today at 09:12", "Heute 08:55", "18 Nov 2025, 14:03", "09:40") into
 * the day part and the clock label, exactly as shown. Either part may be absent.
 */
export function splitSeparator(label: string): { dayLabel?: string; timeLabel?: string } {
  const text = label.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 80) return {};
  const m = CLOCK.exec(text);
  if (!m) return /\d|^[\p{L} .,]+$/u.test(text) ? { dayLabel: text } : {};
  const timeLabel = (m[1]! + (m[2] ?? '')).trim();
  const day = text
    .slice(0, m.index)
    .replace(/[\s,·–-]*(at|um|à|a las|alle)?[\s,·–-]*$/i, '')
    .trim();
  return day ? { dayLabel: day, timeLabel } : { timeLabel };
}

const DAY_WORD = new RegExp(
  '^(today|yesterday|heute|gestern|vorgestern|monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
    'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)\\b',
  'i',
);

/**
 * True when a row without a message is a day/time separator: one short line with a clock, a date
 * or a day word ("Today at 09:12", "Gestern 17:02", "18 Nov 2025", "Yesterday"). Thread intros
 * ("<Name> / You're friends on Facebook") span several lines and are not separators.
 */
export function isSeparatorText(label: string): boolean {
  const t = label.trim();
  if (!t || t.length > 60 || t.includes('\n')) return false;
  return CLOCK.test(t) || DAY_WORD.test(t) || /\b\d{1,2}\.? ?[\p{L}]{3,}\.?( \d{4})?$|\b\d{4}\b/u.test(t);
}

/**
 * The logged-in account's name from the top bar: the account button's visually hidden text
 * (label "Your profile"), or the nav button that draws an avatar.
 */
export function loggedInName(doc: Document): string | undefined {
  const nav = $(doc, SEL.accountNav);
  if (!nav) return undefined;
  const labelled = $(nav, SEL.accountButton);
  const byLabel = nameText(textOf(labelled));
  if (byLabel) return byLabel;
  for (const b of $$(nav, SEL.accountButtonByAvatar)) {
    if (!b.querySelector('svg image, img')) continue;
    const n = nameText(textOf(b));
    if (n) return n;
  }
  return undefined;
}

/** Compares two authors: the same profile link, numeric id, or (without links) the same name. */
export function sameAuthor(a: Author | null | undefined, b: Author | null | undefined): boolean {
  if (!a || !b) return false;
  if (a.profileUrl && b.profileUrl) return a.profileUrl.toLowerCase() === b.profileUrl.toLowerCase();
  if (a.pageId && b.pageId) return a.pageId === b.pageId;
  return !!a.name && !!b.name && a.name.toLowerCase() === b.name.toLowerCase();
}

/** Drops undefined fields so the result compares and serialises cleanly. */
export function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

/**
 * Alignment of a message bubble's row: Meta draws own messages at the end of the row. Computed
 * style is the durable signal (PLATFORM-DOM.md §2.5, §2.6); called once per message.
 */
export function alignment(el: Element | null | undefined): 'end' | 'start' | undefined {
  if (!el) return undefined;
  const view = el.ownerDocument?.defaultView;
  try {
    const jc = view?.getComputedStyle(el).justifyContent ?? '';
    if (/(flex-)?end|right/.test(jc)) return 'end';
    if (/(flex-)?start|left/.test(jc)) return 'start';
  } catch {
    /* no computed style (detached or unusual document) */
  }
  return undefined;
}

/** The first of a few candidate elements whose computed alignment tells a side. */
export function sideOf(...els: (Element | null | undefined)[]): 'end' | 'start' | undefined {
  for (const el of els) {
    const a = alignment(el);
    if (a) return a;
  }
  return undefined;
}

/**
 * The side of a message told by alignment, looking from its text up to its row (at most a few
 * ancestors, so a handful of computed styles per message).
 */
export function sideAlong(from: Element | null | undefined, row: Element, max = 6): 'end' | 'start' | undefined {
  let cur: Element | null | undefined = from?.parentElement;
  for (let i = 0; cur && i < max; i++) {
    const a = alignment(cur);
    if (a) return a;
    if (cur === row) break;
    cur = cur.parentElement;
  }
  return undefined;
}
