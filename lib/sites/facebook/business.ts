import type { Author, Message } from '../../model/conversation';
import { $, $$, readText } from '../dom';
import { compact, isSeparatorText, langOf, nameText, sideAlong, sideOf, splitSeparator } from './common';
import { textBlocks } from './messenger';
import { SEL } from './selectors';

/**
 * Meta Business Suite inbox (`business.facebook.com/latest/inbox/…?selected_item_id=…`),
 * PLATFORM-DOM.md §2.6. Switching threads changes only the query string and re-renders the
 * thread pane in place; everything here is read from the pane currently shown.
 */

export function businessList(doc: Document): HTMLElement | null {
  // Label first (Low, localised); else the main column's region that holds message text.
  return $(doc, SEL.businessList) ?? $$(doc, SEL.businessRegion).find((r) => textBlocks(r).length > 0) ?? null;
}

/** The Page: its name beside the inbox heading; its id from the URL (`asset_id`). */
function brandOf(doc: Document, url: URL): Author | null {
  const h1 = $(doc, SEL.businessHeading);
  let name: string | undefined;
  for (let s = h1?.nextElementSibling; s && !name; s = s.nextElementSibling) name = nameText(readText(s));
  const id = ['asset_id', 'page_id', 'mailbox_id']
    .map((k) => url.searchParams.get(k))
    .find((v) => v && /^\d+$/.test(v));
  if (!name && !id) return null;
  return compact({ name, pageId: id ?? undefined });
}

/**
 * Descends through single-child wrappers to the element whose children are the rows; stops at a
 * wrapper that holds one message only (that wrapper is then the row).
 */
function rowContainer(list: HTMLElement): HTMLElement {
  let cur = list;
  for (let depth = 0; depth < 12 && cur.children.length === 1; depth++) {
    const only = cur.firstElementChild as HTMLElement;
    if (textBlocks(only).length < 2) break;
    cur = only;
  }
  return cur;
}

/** Meta atomic classes for justify-content flex-end / flex-start (Low; only when computed style is silent). */
function classSide(row: Element): 'end' | 'start' | undefined {
  if (row.classList.contains('x13a6bvl')) return 'end';
  if (row.classList.contains('x1nhvcw1')) return 'start';
  return undefined;
}

export interface InboxRead {
  brand: Author | null;
  counterpart?: Author;
  messages: Message[];
}

export function readBusinessInbox(doc: Document, url: URL): InboxRead | null {
  const list = businessList(doc);
  if (!list) return null;
  const brand = brandOf(doc, url);

  const rows = Array.from(rowContainer(list).children) as HTMLElement[];
  const parsed: {
    row: HTMLElement;
    block: HTMLElement;
    avatar?: string;
    side?: 'end' | 'start';
    dayLabel?: string;
    timeLabel?: string;
  }[] = [];
  const messages: Message[] = [];

  // Counterpart: the thread header above the list, else the avatar of their messages.
  const header = list.previousElementSibling;
  let counterpartName = header ? textBlocks(header).map((b) => nameText(readText(b))).find(Boolean) : undefined;

  let dayLabel: string | undefined;
  let pendingTime: string | undefined;
  for (const row of rows) {
    const blocks = textBlocks(row);
    if (blocks.length === 0) {
      const label = readText(row);
      if (isSeparatorText(label)) {
        const parts = splitSeparator(label);
        dayLabel = parts.dayLabel ?? dayLabel;
        pendingTime = parts.timeLabel;
      }
      continue;
    }
    const avatar = $$(row, 'img[alt]')
      .map((i) => nameText(i.getAttribute('alt')))
      .find(Boolean);
    const side = sideOf(row) ?? sideAlong(blocks[0], row) ?? classSide(row);
    for (const [k, block] of blocks.entries()) {
      parsed.push({ row, block, avatar, side, dayLabel, timeLabel: k === 0 ? pendingTime : undefined });
    }
    pendingTime = undefined;
    counterpartName ??= avatar;
  }

  for (const p of parsed) {
    // Alignment first (own messages sit at the end of the row); without it, only customers show an avatar.
    const isBrand = p.side ? p.side === 'end' : !p.avatar;
    const text = readText(p.block);
    messages.push(
      compact({
        author: isBrand ? (brand ?? {}) : compact({ name: p.avatar ?? counterpartName }),
        isBrand,
        text,
        lang: langOf(p.block, text, p.row),
        timeLabel: p.timeLabel,
        dayLabel: p.dayLabel,
      }) as Message,
    );
  }
  return { brand, counterpart: counterpartName ? { name: counterpartName } : undefined, messages };
}
