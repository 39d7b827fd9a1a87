import type { Author, ExtractResult, Message } from '../../model/conversation';
import { $, $$, absUrl, readText } from '../dom';
import { X_SELECTORS as S } from './selectors';
import {
  clipShort,
  clipText,
  handleFromHref,
  handleFromText,
  isoTimestamp,
  langOf,
  profileUrlOf,
  sameHandle,
  textLines,
  timeLabels,
} from './common';

const STATUS_IN_PATH = /\/status\/(\d{1,25})(?:\/|$|\?|#)/;

/** Whether `el` belongs to `article` itself, not to a quoted post or a card inside it. */
function ownedBy(el: Element, article: Element): boolean {
  for (let p = el.parentElement; p && p !== article; p = p.parentElement) {
    if (p.matches(S.embeddedCard) || p.matches(S.post)) return false;
  }
  return true;
}

function ownFirst(article: Element, selector: string): HTMLElement | null {
  return $$(article, selector).find((el) => ownedBy(el, article)) ?? null;
}

function statusIdOf(href: string | null | undefined): string | undefined {
  return href ? STATUS_IN_PATH.exec(href)?.[1] : undefined;
}

/** The post's own time element, preferring the permalink of `preferId` (the focused post). */
function ownTime(article: Element, preferId?: string): HTMLElement | null {
  const times = $$(article, 'time').filter((t) => ownedBy(t, article));
  if (preferId) {
    const hit = times.find((t) => statusIdOf(t.closest('a[href]')?.getAttribute('href')) === preferId);
    if (hit) return hit;
  }
  return times.find((t) => statusIdOf(t.closest('a[href]')?.getAttribute('href'))) ?? times[0] ?? null;
}

/** The status id the article's own permalink carries, if any. */
export function postIdOf(article: Element, preferId?: string): string | undefined {
  const time = ownTime(article, preferId);
  const fromTime = statusIdOf(time?.closest('a[href]')?.getAttribute('href'));
  if (fromTime) return fromTime;
  const analytics = $$(article, 'a[href$="/analytics"]').find((a) => ownedBy(a, article));
  return statusIdOf(analytics?.getAttribute('href'));
}

function readAuthor(article: Element, base: URL): Author {
  const author: Author = {};
  const userName = ownFirst(article, S.userName);
  let handle: string | undefined;
  if (userName) {
    const links = $$(userName, 'a[href]');
    const handleLink = $$(userName, S.authorHandleLink).find((a) => handleFromText(readText(a)));
    handle = handleLink ? handleFromText(readText(handleLink)) : undefined;
    if (!handle) {
      for (const line of textLines(userName)) {
        handle = handleFromText(line);
        if (handle) break;
      }
    }
    const nameLink = links.find((a) => a !== handleLink && !a.querySelector('time'));
    const name = nameLink ? textLines(nameLink).find((l) => !l.startsWith('@')) : undefined;
    if (name) author.name = clipShort(name);
    if (!handle) handle = handleFromHref(nameLink?.getAttribute('href'), base.href);
  }
  if (!handle) {
    const avatar = ownFirst(article, S.avatarContainer);
    const suffix = avatar?.getAttribute('data-testid')?.slice(S.avatarContainerPrefix.length);
    if (suffix && /^[A-Za-z0-9_]{1,20}$/.test(suffix)) handle = suffix;
  }
  if (!handle) {
    const href = ownTime(article)?.closest('a[href]')?.getAttribute('href');
    const m = href ? /^\/?([A-Za-z0-9_]{1,20})\/status\//.exec(new URL(href, base).pathname.slice(1)) : null;
    if (m?.[1] && m[1] !== 'i') handle = m[1];
  }
  if (handle) {
    author.handle = handle;
    author.profileUrl = profileUrlOf(handle, base);
  }
  return author;
}

/**
 * "Replying to @handle" above a reply's text: an own `@handle` link that is neither the
 * author's (User-Name) nor part of the text. Structural, so it works in every UI language.
 */
function replyingTo(article: Element, textEl: Element | null, base: URL): string | undefined {
  for (const a of $$(article, 'a[href]')) {
    if (!ownedBy(a, article) || a.closest(S.userName) || a.closest(S.postText)) continue;
    if (textEl && !(a.compareDocumentPosition(textEl) & 4)) continue; // must precede the text
    const shown = handleFromText(readText(a));
    if (shown && sameHandle(shown, handleFromHref(a.getAttribute('href'), base.href))) return shown;
  }
  return undefined;
}

function readPost(article: Element, base: URL, brand: Author | null, focusedId?: string): Message | null {
  const author = readAuthor(article, base);
  const focused = article.matches(S.focusedPost);
  const time = ownTime(article, focused ? focusedId : undefined);
  const link = time?.closest('a[href]');
  const id = postIdOf(article, focused ? focusedId : undefined);
  const textEl = ownFirst(article, S.postText);
  const text = textEl ? clipText(readText(textEl)) : '';
  if (!id && !author.handle && !text) return null;
  const msg: Message = {
    author,
    isBrand: sameHandle(author.handle, brand?.handle),
    text,
    lang: langOf(text, textEl?.getAttribute('lang')),
  };
  if (id) msg.id = id;
  const to = replyingTo(article, textEl, base);
  if (to) msg.inReplyTo = to;
  const ts = isoTimestamp(time?.getAttribute('datetime'));
  if (ts) msg.timestamp = ts;
  if (time) Object.assign(msg, timeLabels(readText(time)));
  const permalink = statusIdOf(link?.getAttribute('href')) ? absUrl(link?.getAttribute('href'), base.href) : undefined;
  if (permalink) msg.permalink = clipShort(permalink);
  else if (id && author.handle) msg.permalink = `${base.origin}/${author.handle}/status/${id}`;
  return msg;
}

/** The conversation timeline of the post-detail page (most specific candidate first). */
function timelineOf(doc: Document): HTMLElement | null {
  for (const sel of S.timeline) {
    const el = $(doc, sel);
    if (el && $(el, S.post)) return el;
  }
  return null;
}

/**
 * The posts of the conversation in document order: everything up to the first section heading
 * that follows a post ("Discover more" and the unrelated posts under it are not part of the
 * conversation). Promoted posts and posts nested in other posts are skipped.
 */
function conversationArticles(timeline: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const el of $$(timeline, `${S.post}, ${S.sectionHeading}`)) {
    if (el.matches(S.post)) {
      if (el.parentElement?.closest(S.post)) continue;
      if (el.closest(S.promoted)) continue;
      out.push(el);
    } else if (out.length > 0 && !el.closest(S.post)) {
      break;
    }
  }
  return out;
}

export function extractPostDetail(
  doc: Document,
  base: URL,
  threadId: string,
  brand: Author | null,
): { ok: true; messages: Message[] } | Extract<ExtractResult, { ok: false }> {
  const timeline = timelineOf(doc);
  if (!timeline) return { ok: false, reason: 'no conversation timeline on the page yet' };
  // After an in-app navigation the URL changes before the new post renders (PLATFORM-DOM §5):
  // a focused post with another id means the page still shows the previous conversation.
  const focused = $(timeline, S.focusedPost);
  if (focused) {
    const id = postIdOf(focused, threadId);
    if (id && id !== threadId) return { ok: false, reason: 'the page still shows the previous post' };
  }
  const messages = conversationArticles(timeline)
    .map((a) => readPost(a, base, brand, threadId))
    .filter((m): m is Message => m !== null);
  if (messages.length === 0) return { ok: false, reason: 'no posts shown yet' };
  return { ok: true, messages };
}
