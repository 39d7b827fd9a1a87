/**
 * Direct thread (`/direct/t/<id>/`). PLATFORM-DOM.md §3.4: the thread is the region labelled
 * "Conversation with <name>"; its header links to the counterpart's profile; messages are rows
 * (`role="row"`) whose bubble text is a `dir="auto"` block under `role="none"`. Rows without a
 * bubble are day separators ("Today 9:12 AM"). Each message row starts with a visually hidden
 * sender label ("You sent" / the sender's name), which is not message text.
 */
import type { Author, Message } from '../../model/conversation';
import { $, $$, readText } from '../dom';
import { all, first, messageLang } from './page';
import { fillUndetermined, isOwnMessage, nameFromConversationLabel, short, splitSeparator, type SenderSignals } from './parse';
import { SELECTORS } from './selectors';
import { handleFromPath, profileUrl } from './url';

export interface DirectRead {
  counterpart?: Author;
  messages: Message[];
}

const hiddenHelper = (e: Element): boolean => e.getAttribute('aria-hidden') === 'true';

/** The conversation region, or the part of the page around the composer that holds the rows. */
export function conversationScope(doc: Document): HTMLElement | null {
  const labelled = first(doc, 'dmConversation');
  if (labelled) return labelled;
  const composer = first(doc, 'dmComposer');
  for (let e = composer?.parentElement ?? null; e; e = e.parentElement) {
    if ($(e, SELECTORS.dmRow[0])) return e;
  }
  const row = $(doc, SELECTORS.dmRow[0]);
  return (row?.closest('[role="main"], main') as HTMLElement | null) ?? null;
}

/** Top-level text bubbles in a row (a bubble may nest `dir="auto"` spans). */
function bubblesIn(row: Element): HTMLElement[] {
  const found = all(row, 'dmBubbleText');
  return found.filter((e) => !found.some((o) => o !== e && o.contains(e)));
}

/** The counterpart from the thread header: its profile link, name and handle. */
function readCounterpart(scope: HTMLElement, base: string): Author | undefined {
  let author: Author | undefined;
  for (const a of $$(scope, 'a[href]')) {
    if (a.closest('[role="row"], [role="none"], [role="group"]')) continue;
    const handle = handleFromPath(a.getAttribute('href'), base);
    if (!handle) continue;
    const texts = $$(a, '[dir="auto"], span')
      .map((s) => readText(s, hiddenHelper))
      .filter((t) => t.length > 0);
    const name = texts.find((t) => t.toLowerCase() !== handle.toLowerCase());
    author = { handle, profileUrl: profileUrl(handle, base) };
    const clipped = short(name);
    if (clipped) author.name = clipped;
    break;
  }
  const labelName =
    nameFromConversationLabel(scope.getAttribute('aria-label')) ??
    nameFromConversationLabel(
      $(scope, '[aria-label*="conversation with" i]')?.getAttribute('aria-label')?.replace(/^messages in /i, ''),
    );
  if (!author?.name && labelName) author = { ...author, name: short(labelName) };
  if (!author?.handle) {
    // No header link: the avatar beside the counterpart's messages.
    for (const a of $$(scope, '[role="row"] a[href]')) {
      const handle = handleFromPath(a.getAttribute('href'), base);
      if (handle) {
        author = { ...author, handle, profileUrl: profileUrl(handle, base) };
        break;
      }
    }
  }
  return author && Object.keys(author).length > 0 ? author : undefined;
}

/** What one walk over a message row finds. */
interface RowParts {
  /** The last top-level text bubble (a quoted message, if any, comes before the reply). */
  bubble?: HTMLElement;
  /** The visually hidden sender label: the first short span before the bubble, outside it. */
  label?: string;
  /** Link targets in the row (the sender's avatar). */
  hrefs: string[];
  /** aria-label of the per-message menu. */
  options?: string;
}

const MESSAGE_PART = /^(none|presentation|group)$/;
const OPTIONS = SELECTORS.dmOptionsButton.join(', ');
const BUBBLE_TEXT = '[dir="auto"]';

/** One pass over a row instead of a query per field (rows are many; the page is busy). */
function collectRow(row: Element): RowParts {
  const parts: RowParts = { hrefs: [] };
  const labels: { text: string; order: number }[] = [];
  let order = 0;
  let bubbleOrder = -1;
  const walk = (el: Element, inPart: boolean, inBubble: boolean, inControl: boolean): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      order += 1;
      const tag = c.tagName;
      if (tag === 'svg' || tag === 'SVG') continue;
      const role = c.getAttribute('role');
      let part = inPart;
      let bubble = inBubble;
      let control = inControl;
      if (role && MESSAGE_PART.test(role)) part = true;
      if (tag === 'A') {
        const href = c.getAttribute('href');
        if (href) parts.hrefs.push(href);
        control = true;
      }
      if (tag === 'BUTTON' || role === 'button') control = true;
      if (c.hasAttribute('aria-label') && !parts.options && c.matches(OPTIONS)) {
        parts.options = c.getAttribute('aria-label') ?? undefined;
      }
      if (part && !bubble && c.matches(BUBBLE_TEXT)) {
        parts.bubble = c as HTMLElement;
        bubbleOrder = order;
        bubble = true;
      }
      if (tag === 'SPAN' && !part && !control && c.childElementCount === 0) {
        const t = readText(c);
        if (t && t.length <= 200) labels.push({ text: t, order });
        continue;
      }
      walk(c, part, bubble, control);
    }
  };
  walk(row, false, false, false);
  if (parts.bubble) parts.label = labels.find((l) => l.order < bubbleOrder)?.text;
  return parts;
}

/** Alignment of the bubble from the nearest flex container that says so (only when undecided). */
function alignment(row: Element, bubble: Element): 'start' | 'end' | undefined {
  const view = row.ownerDocument.defaultView;
  if (!view) return undefined;
  let steps = 0;
  for (let e = bubble.parentElement; e && e !== row.parentElement && steps < 8; e = e.parentElement, steps++) {
    try {
      const jc = view.getComputedStyle(e).justifyContent;
      if (jc === 'flex-end' || jc === 'end' || jc === 'right') return 'end';
      if (jc === 'flex-start' || jc === 'start' || jc === 'left') return 'start';
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const STATUS = /^(?:seen|gesehen|sent|gesendet|delivered|zugestellt|active|aktiv)\b/i;
const DATEISH = new RegExp(
  '\\d|\\b(?:today|yesterday|heute|gestern|' +
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
    'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|' +
    'mon|tue|tues|wed|thu|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so)\\b',
  'i',
);

/** A row without a bubble and without message parts is a day/time separator. */
function separatorText(row: Element): string | undefined {
  if ($(row, '[role="gridcell"], [role="group"], [role="none"], [role="presentation"], img')) return undefined;
  const t = readText(row, hiddenHelper);
  // Only dates and times: "Seen", "Jonas reacted ❤️" and the like are not day separators.
  return t && t.length <= 80 && DATEISH.test(t) && !STATUS.test(t) ? t : undefined;
}

/**
 * True when the page title names another conversation from the inbox list than the pane shows:
 * Instagram changes URL and title first and re-renders the thread a moment later, so the pane
 * still holds the previous thread. Titles that name nobody from the list decide nothing.
 */
export function paneIsStale(doc: Document, counterpartName: string | undefined): boolean {
  if (!counterpartName) return false;
  const title = doc.title.replace(/^\(\d+\)\s*/, '');
  const named = /^(.+?)\s+[•·|-]\s+Instagram\s*$/u.exec(title)?.[1]?.trim().toLocaleLowerCase();
  if (!named || named === counterpartName.trim().toLocaleLowerCase()) return false;
  const listed = $$(doc, '[role="list"] [role="listitem"]').some((item) => {
    const name = $(item, '[dir="auto"]');
    return !!name && readText(name).split('\n')[0]!.trim().toLocaleLowerCase() === named;
  });
  return listed;
}

export function readDirect(doc: Document, url: URL, brand: Author | null): DirectRead {
  const base = url.href;
  const scope = conversationScope(doc);
  if (!scope) return { messages: [] };
  const counterpart = readCounterpart(scope, base);
  const sameHandle = (a: string | undefined, b: string | undefined) =>
    !!a && !!b && a.toLowerCase() === b.toLowerCase();

  const rows = $$(scope, SELECTORS.dmRow[0]).filter((r) => !r.parentElement?.closest('[role="row"]'));
  // Without rows (the grid may be gone): one unit per bubble.
  const units: HTMLElement[] =
    rows.length > 0
      ? rows
      : bubblesIn(scope).map((b) => (b.closest('[role="group"]')?.parentElement ?? b.parentElement ?? b) as HTMLElement);

  const messages: Message[] = [];
  let dayLabel: string | undefined;
  let pendingTime: string | undefined;
  for (const unit of units) {
    const parts = collectRow(unit);
    const bubble = parts.bubble;
    if (!bubble) {
      const sep = separatorText(unit);
      if (sep) {
        const split = splitSeparator(sep);
        dayLabel = short(split.dayLabel);
        pendingTime = short(split.timeLabel);
      }
      continue;
    }
    const text = readText(bubble, hiddenHelper);
    if (!text) continue;

    const label = parts.label;
    const handles = parts.hrefs.map((h) => handleFromPath(h, base)).filter((h): h is string => !!h);
    const signals: SenderSignals = {
      hiddenLabel: label,
      optionsLabel: parts.options,
      linksToCounterpart: handles.some((h) => sameHandle(h, counterpart?.handle)),
      linksToBrand: handles.some((h) => sameHandle(h, brand?.handle)),
      counterpartName: counterpart?.name,
      counterpartHandle: counterpart?.handle,
      alignment: () => alignment(unit, bubble),
    };
    const isBrand = isOwnMessage(signals) ?? false;

    let author: Author;
    if (isBrand) author = brand ? { ...brand } : {};
    else if (label && !sameHandle(label, counterpart?.name) && !sameHandle(label, counterpart?.handle) && handles[0]
      && !sameHandle(handles[0], counterpart?.handle)) {
      // Another participant (group thread): the label names them, the avatar gives the handle.
      author = { name: short(label), handle: handles[0], profileUrl: profileUrl(handles[0], base) };
    } else author = counterpart ? { ...counterpart } : {};

    const msg: Message = { author, isBrand, text, lang: messageLang(bubble, unit, text) };
    if (dayLabel) msg.dayLabel = dayLabel;
    if (pendingTime) {
      msg.timeLabel = pendingTime;
      pendingTime = undefined;
    }
    messages.push(msg);
  }
  const langs = fillUndetermined(
    messages.map((m, i) => ({
      author: m.isBrand ? '\u0000brand' : (m.author.handle ?? m.author.name ?? `\u0000${i}`),
      lang: m.lang,
    })),
    true,
  );
  messages.forEach((m, i) => (m.lang = langs[i] ?? m.lang));
  return { counterpart, messages };
}
