import type { Author, Message } from '../../model/conversation';
import { $, $$, readText } from '../dom';
import { compact, isSeparatorText, langOf, loggedInName, nameText, sideAlong, sideOf, splitSeparator } from './common';
import { SEL, YOU_SENT } from './selectors';
import { profileUrlOf } from './url';

/**
 * Messenger on facebook.com (`/messages/t/<id>`), PLATFORM-DOM.md §2.5. Rows of the Chats list
 * are never messages: only rows inside the open conversation's message list are read.
 */

const HEADING = 'h1, h2, h3, h4, h5, h6';

/** The open conversation's message list (label, else the main pane's grid). */
export function messengerList(doc: Document): HTMLElement | null {
  return $(doc, SEL.messengerList) ?? $(doc, SEL.messengerGrid);
}

/** The conversation pane (main) that holds the list, header and composer. */
export function messengerPane(doc: Document): HTMLElement | null {
  const list = messengerList(doc);
  return (list?.closest<HTMLElement>(SEL.main) ?? $(doc, SEL.main)) || null;
}

/** The other party: the header's profile link, else the open chat in the Chats list, else the list label. */
function counterpartOf(doc: Document, pane: HTMLElement | null, list: HTMLElement | null, base: string): Author | undefined {
  if (pane) {
    for (const l of $$(pane, SEL.link)) {
      if (list?.contains(l)) continue;
      const profileUrl = profileUrlOf(l.getAttribute('href'), base);
      if (!profileUrl) continue;
      const heading = l.querySelector(HEADING);
      const name =
        nameText(l.getAttribute('aria-label')) ??
        nameText(heading ? readText(heading) : undefined) ??
        nameText(readText(l).split('\n')[0]);
      return compact({ name, profileUrl });
    }
  }
  const current = $(doc, SEL.currentChat);
  const currentName = current ? nameText(readText($(current, SEL.messageText) ?? current).split('\n')[0]) : undefined;
  if (currentName) return { name: currentName };
  const label = list?.getAttribute('aria-label') ?? pane?.getAttribute('aria-label') ?? '';
  const m = /(?:with|mit) (.+)$/i.exec(label);
  const name = nameText(m?.[1]);
  return name ? { name } : undefined;
}

/** Outermost text blocks of a row, leaving out hidden sender headings and buttons. */
export function textBlocks(root: Element): HTMLElement[] {
  const all = $$(root, SEL.messageText).filter((d) => !d.closest(HEADING) && !d.closest('[role="button"]'));
  return all.filter((d) => !all.some((o) => o !== d && o.contains(d)));
}

export interface DmRead {
  brand: Author | null;
  counterpart?: Author;
  messages: Message[];
}

export function readMessenger(doc: Document, url: URL): DmRead | null {
  const base = url.href;
  const list = messengerList(doc);
  const pane = messengerPane(doc);
  if (!list) return null;
  const me = loggedInName(doc);
  const brand: Author | null = me ? { name: me } : null;
  const counterpart = counterpartOf(doc, pane, list, base);

  const messages: Message[] = [];
  let dayLabel: string | undefined;
  let pendingTime: string | undefined;
  const rows = $$(list, SEL.row);
  // Message rows hold a bubble; if no row does (markup changed), a row with text that is not a
  // separator counts as a message.
  const bubbles = rows.map((r) => !!$(r, SEL.messageBubble));
  const anyBubble = bubbles.some(Boolean);
  for (const [i, row] of rows.entries()) {
    const blocks = textBlocks(row);
    const isMessage = anyBubble ? bubbles[i] : blocks.length > 0 && !isSeparatorText(readText(row));
    if (!isMessage) {
      // Day/time separator ("Today at 09:12"); the thread intro spans several lines and is skipped.
      const label = readText(row);
      if (isSeparatorText(label)) {
        const parts = splitSeparator(label);
        dayLabel = parts.dayLabel ?? dayLabel;
        pendingTime = parts.timeLabel;
      }
      continue;
    }
    const text = blocks.map((b) => readText(b)).filter(Boolean).join('\n');
    const headingEl = $(row, SEL.senderHeading);
    const heading = headingEl ? nameText(readText(headingEl)) : undefined;
    const avatarAlt = $$(row, 'img[alt]')
      .map((i) => nameText(i.getAttribute('alt')))
      .find((a) => a && (!counterpart?.name || a === counterpart.name));

    // Who sent it: the hidden heading ("You sent" / the sender), else the row's alignment, else the avatar.
    let isBrand: boolean | undefined;
    if (heading && YOU_SENT.test(heading)) isBrand = true;
    else if (heading && counterpart?.name && heading === counterpart.name) isBrand = false;
    if (isBrand === undefined) {
      const bubbleEl = $(row, '[role="none"], [role="presentation"]');
      const side = sideOf(bubbleEl?.parentElement) ?? sideAlong(blocks[0], row);
      if (side) isBrand = side === 'end';
    }
    // Nothing tells: a customer message is the safer reading (a brand reply is never hidden as "answered").
    isBrand ??= false;

    const author: Author = isBrand
      ? (brand ?? {})
      : compact({
          name: (heading && !YOU_SENT.test(heading) ? heading : undefined) ?? avatarAlt ?? counterpart?.name,
          profileUrl:
            counterpart?.profileUrl && (!heading || heading === counterpart.name) ? counterpart.profileUrl : undefined,
        });
    messages.push(
      compact({
        author,
        isBrand,
        text,
        lang: langOf(blocks[0], text, row),
        timeLabel: pendingTime,
        dayLabel,
      }) as Message,
    );
    pendingTime = undefined;
  }
  return { brand, counterpart, messages };
}
