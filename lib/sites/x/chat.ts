import type { Author, ExtractResult, Message } from '../../model/conversation';
import { detectLang } from '../../lang/detect';
import { $, $$, readText } from '../dom';
import { CHAT_OTHER_CLASS, CHAT_OWN_CLASS, X_SELECTORS as S } from './selectors';
import {
  clipShort,
  clipText,
  clockIn,
  handleFromHref,
  isoTimestamp,
  nameAndHandle,
  profileUrlOf,
  sameHandle,
  textLines,
  timeLabels,
} from './common';

type ChatResult =
  | { ok: true; messages: Message[]; counterpart?: Author }
  | Extract<ExtractResult, { ok: false }>;

const MESSAGE_PREFIX = 'message-';
const NOT_A_MESSAGE_ID = /^(text|reaction|overflow|toggle|request|list|composer)(-|$)/;

/** The id in `data-testid="message-<UUID>"`, or undefined for the bubble's other test ids. */
function chatMessageId(el: Element): string | undefined {
  const id = el.getAttribute('data-testid')?.slice(MESSAGE_PREFIX.length);
  if (!id || NOT_A_MESSAGE_ID.test(id) || !/\d/.test(id) || !/^[A-Za-z0-9_:-]{1,200}$/.test(id)) return undefined;
  return id;
}

/** The clock label and delivery state ("09:41", "Seen") sit in spans beside the text. */
function isMetaSpan(e: Element): boolean {
  return e.tagName === 'SPAN' && !e.querySelector('[dir="auto"]') && /^\d{1,2}[:.]\d{2}/.test((e.textContent ?? '').trim());
}

/**
 * Whether a bubble is the brand's: a sender avatar link (group chats) decides first, then the
 * alignment classes XChat puts on the row and bubble, then the row's computed alignment
 * (PLATFORM-DOM §1.6: "justify-end (own) or justify-start (received)").
 */
function isOwnBubble(el: HTMLElement, textEl: Element | null, brand: Author | null): { own: boolean; sender?: string } {
  const avatarLink = $(el, `${S.chatAvatarSlot} a[href]`);
  const sender = handleFromHref(avatarLink?.getAttribute('href'), el.ownerDocument.URL);
  if (sender) return { own: sameHandle(sender, brand?.handle), sender };
  for (const e of [el, $(el, S.chatContent), textEl]) {
    const cls = e?.getAttribute('class') ?? '';
    if (CHAT_OWN_CLASS.test(cls)) return { own: true };
    if (CHAT_OTHER_CLASS.test(cls)) return { own: false };
  }
  try {
    const jc = el.ownerDocument.defaultView?.getComputedStyle(el).justifyContent ?? '';
    if (/end|right/.test(jc)) return { own: true };
  } catch {
    // no layout available: treat as received
  }
  return { own: false };
}

function readChatMessage(
  el: HTMLElement,
  id: string,
  dayLabel: string | undefined,
  brand: Author | null,
  counterpart: Author | undefined,
): Message {
  const textEl = $(el, S.chatMessageText);
  const body = $(textEl ?? el, S.chatMessageTextBody);
  const text = clipText(body ? readText(body) : textEl ? readText(textEl, isMetaSpan) : '');
  const meta = readText(textEl ?? el, (e) => e === body || e.tagName === 'BUTTON');
  const { own, sender } = isOwnBubble(el, textEl, brand);
  let author: Author = {};
  if (own) author = brand ? { ...brand } : {};
  else if (sender && !sameHandle(sender, counterpart?.handle)) author = { handle: sender };
  else if (counterpart) author = { ...counterpart };
  const msg: Message = { id: clipShort(id), author, isBrand: own, text, lang: detectLang(text) };
  const time = $(el, 'time');
  const ts = isoTimestamp(time?.getAttribute('datetime'));
  if (ts) msg.timestamp = ts;
  const clock = clockIn(meta);
  if (clock) msg.timeLabel = clock;
  if (dayLabel) msg.dayLabel = clipShort(dayLabel);
  return msg;
}

/** The other party from the conversation header: name, @handle and profile link. */
function readCounterpart(panel: ParentNode, base: URL): Author | undefined {
  const header = $(panel, S.chatHeader);
  if (!header) return undefined;
  const { name, handle: shown } = nameAndHandle(header);
  const linked = $$(header, 'a[href]')
    .map((a) => handleFromHref(a.getAttribute('href'), base.href))
    .find(Boolean);
  const handle = shown ?? linked;
  const out: Author = {};
  if (name) out.name = clipShort(name);
  if (handle) {
    out.handle = handle;
    out.profileUrl = profileUrlOf(handle, base);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * After switching chats the URL changes before the panel re-renders. When the inbox item of
 * the URL's conversation names handles and none is the header's, the panel is stale.
 */
function isStale(doc: Document, threadId: string, counterpart: Author | undefined): boolean {
  if (!counterpart?.handle) return false;
  const ids = [threadId, threadId.replace('-', ':')];
  const item = ids.map((id) => $(doc, `[data-testid="${S.chatItemPrefix}${id}"]`)).find(Boolean);
  if (!item) return false;
  const described = `${item.getAttribute('aria-description') ?? ''}\n${textLines(item).join('\n')}`;
  const handles = [...described.matchAll(/@([A-Za-z0-9_]{1,20})/g)].map((m) => m[1]);
  return handles.length > 0 && !handles.some((h) => sameHandle(h, counterpart.handle));
}

const DAY_WORD =
  /\d|\b(today|yesterday|heute|gestern|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)/i;

/** A short row that names a day ("Today", "Gestern", "18 Nov"), not a system notice. */
function isDayLabel(label: string): boolean {
  return label.length > 0 && label.length <= 40 && DAY_WORD.test(label);
}

function extractXChat(doc: Document, base: URL, threadId: string, brand: Author | null): ChatResult {
  const panel = $(doc, S.chatPanel) ?? $(doc, S.chatRoot) ?? doc;
  const counterpart = readCounterpart(panel, base);
  if (isStale(doc, threadId, counterpart)) return { ok: false, reason: 'the page still shows the previous chat' };
  const list = $(panel, S.chatList) ?? panel;
  const messages: Message[] = [];
  const seen = new Set<string>();
  const take = (el: HTMLElement, day: string | undefined): void => {
    const id = chatMessageId(el);
    if (!id || seen.has(id)) return;
    seen.add(id);
    messages.push(readChatMessage(el, id, day, brand, counterpart));
  };
  const rows = $$(list, 'li');
  if (rows.length > 0) {
    let day: string | undefined;
    for (const li of rows) {
      const bubbles = $$(li, S.chatMessage).filter((m) => chatMessageId(m));
      if (bubbles.length === 0) {
        // A row without a message is a day separator ("Today", "18 Nov").
        const label = textLines(li).join(' ');
        if (isDayLabel(label) && !$(li, 'button, a, textarea')) day = label;
        continue;
      }
      for (const b of bubbles) take(b, day);
    }
  } else {
    for (const b of $$(list, S.chatMessage)) take(b, undefined);
  }
  if (messages.length === 0 && !counterpart) return { ok: false, reason: 'no chat shown yet' };
  return { ok: true, messages, counterpart };
}

/**
 * Legacy DMs (`/messages/…`): no saved page; best effort from the test ids in the X bundle
 * (PLATFORM-DOM §1.6 last row). The sender is known only from an avatar link.
 */
function extractLegacy(doc: Document, base: URL, brand: Author | null): ChatResult {
  const root = $(doc, S.legacyScroller) ?? doc;
  const messages: Message[] = [];
  let counterpart: Author | undefined;
  for (const entry of $$(root, S.legacyMessage)) {
    const textEl = $(entry, '[data-testid="tweetText"]') ?? $(entry, '[dir="auto"]');
    const text = clipText(textEl ? readText(textEl) : '');
    const sender = $$(entry, 'a[href]')
      .map((a) => handleFromHref(a.getAttribute('href'), base.href))
      .find(Boolean);
    let own = sender ? sameHandle(sender, brand?.handle) : false;
    if (!sender) {
      try {
        const first = entry.firstElementChild;
        const st = first ? entry.ownerDocument.defaultView?.getComputedStyle(first) : undefined;
        own = /end|right/.test(`${st?.justifyContent ?? ''} ${st?.alignItems ?? ''}`);
      } catch {
        own = false;
      }
    }
    if (sender && !own && !counterpart) counterpart = { handle: sender, profileUrl: profileUrlOf(sender, base) };
    const author: Author = own ? (brand ? { ...brand } : {}) : sender ? { handle: sender, profileUrl: profileUrlOf(sender, base) } : {};
    const msg: Message = { author, isBrand: own, text, lang: detectLang(text) };
    const time = $(entry, 'time');
    const ts = isoTimestamp(time?.getAttribute('datetime'));
    if (ts) msg.timestamp = ts;
    if (time) Object.assign(msg, timeLabels(readText(time)));
    messages.push(msg);
  }
  if (messages.length === 0) return { ok: false, reason: 'no chat shown yet' };
  return { ok: true, messages, counterpart };
}

export function extractChat(doc: Document, base: URL, threadId: string, brand: Author | null): ChatResult {
  const xchat = $(doc, S.chatPanel) ?? $(doc, S.chatRoot) ?? $(doc, S.chatList);
  if (!xchat && $(doc, S.legacyMessage)) return extractLegacy(doc, base, brand);
  if (!xchat) return { ok: false, reason: 'no chat panel on the page yet' };
  return extractXChat(doc, base, threadId, brand);
}
