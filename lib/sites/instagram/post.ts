/**
 * Post page (`/p/<code>/`, `/reel/<code>/`): the post with its caption, and the comments and
 * replies below it. PLATFORM-DOM.md §3.2: comments are `li` items with a profile link, a text
 * span (`dir="auto"`) and a `time[datetime]` inside the comment permalink `/p/<code>/c/<id>/`.
 */
import type { Author, Message } from '../../model/conversation';
import { $$, readText } from '../dom';
import { all, messageLang } from './page';
import { fillUndetermined, isoTimestamp, leadingMention, nameFromTitle, relativeLabel, short } from './parse';
import { SELECTORS } from './selectors';
import { absoluteLink, commentIdFromPath, handleFromPath, profileUrl, shortcodeFromPath } from './url';

export interface PostRead {
  post?: Message;
  messages: Message[];
  /** The post author's handle, and display name from the page title if the title has one. */
  authorHandle?: string;
  authorName?: string;
}

const hiddenHelper = (e: Element): boolean => e.getAttribute('aria-hidden') === 'true';

/**
 * The post container: the candidate whose dated link (the post's or a comment's time) points to
 * this post; else one that links to it and has no dated link to another post; else the first
 * candidate without dated links. A candidate whose dated links all point to another post means
 * the page still shows the previous post (Instagram changes the URL before it renders the next
 * one), and nothing is read.
 */
function postContainer(doc: Document, code: string, base: string): HTMLElement | null {
  const candidates: HTMLElement[] = [];
  for (const sel of SELECTORS.postContainer) candidates.push(...$$(doc, sel));
  const datedCodes = new Map<HTMLElement, string[]>();
  const dated = (el: HTMLElement): string[] => {
    let codes = datedCodes.get(el);
    if (!codes) {
      codes = $$(el, 'a[href] time')
        .map((t) => shortcodeFromPath(t.closest('a')?.getAttribute('href'), base))
        .filter((c): c is string => !!c);
      datedCodes.set(el, codes);
    }
    return codes;
  };
  const found =
    candidates.find((el) => dated(el).includes(code)) ??
    candidates.find(
      (el) =>
        dated(el).length === 0 &&
        // The shortcode is [A-Za-z0-9_-] only (url.ts), so it is safe inside the attribute selector.
        $$(el, `a[href*="/${code}"]`).some((a) => shortcodeFromPath(a.getAttribute('href'), base) === code),
    ) ??
    candidates.find((el) => dated(el).length === 0);
  return found ?? null;
}

interface Item {
  el: HTMLElement;
  handle?: string;
  textEl?: HTMLElement;
  text: string;
  time?: HTMLElement;
  timeLink?: HTMLElement;
  commentId?: string;
  depth: number;
}

/** What one walk over a comment item finds, leaving out items nested inside it. */
interface Parts {
  times: HTMLElement[];
  links: HTMLElement[];
  /** `dir="auto"` text blocks outside links and buttons, outermost only. */
  texts: HTMLElement[];
  /** Fallback text holders (span, h1) outside links and buttons. */
  spans: HTMLElement[];
}

const TEXT = SELECTORS.text.join(', ');

/** One pass over the item's own subtree (nested `li` items are skipped): no per-query walks. */
function collect(li: HTMLElement): Parts {
  const parts: Parts = { times: [], links: [], texts: [], spans: [] };
  const walk = (el: Element, blocked: boolean, inText: boolean): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName;
      if (tag === 'LI' || tag === 'SVG' || tag === 'svg') continue;
      let b = blocked;
      let t = inText;
      if (tag === 'TIME') parts.times.push(c as HTMLElement);
      if (tag === 'A' && c.hasAttribute('href')) {
        parts.links.push(c as HTMLElement);
        b = true;
      }
      // Buttons (Reply, like counts) hold no comment text; a role=button wrapper around the whole
      // comment (it holds the links and the time) does.
      if (tag === 'BUTTON' || (c.getAttribute('role') === 'button' && !c.querySelector('a[href], time'))) b = true;
      if (!b && !t && c.matches(TEXT)) {
        parts.texts.push(c as HTMLElement);
        t = true;
      }
      if (!b && (tag === 'SPAN' || tag === 'H1')) parts.spans.push(c as HTMLElement);
      walk(c, b, t);
    }
  };
  walk(li, false, false);
  return parts;
}

/** Reads one `li` as a comment-like item; null when it is not one ("Hide replies", "Load more"). */
function readItem(li: HTMLElement, container: Element, base: string): Item | null {
  const parts = collect(li);
  const time = parts.times.find((t) => t.hasAttribute('datetime')) ?? parts.times[0];
  const timeLink = (time?.closest('a[href]') as HTMLElement | null) ?? undefined;
  let commentId = commentIdFromPath(timeLink?.getAttribute('href'), base) ?? undefined;
  let handle: string | undefined;
  const authorLinks: HTMLElement[] = [];
  for (const a of parts.links) {
    const href = a.getAttribute('href');
    commentId ??= commentIdFromPath(href, base) ?? undefined;
    const h = handleFromPath(href, base);
    if (h && !handle) handle = h;
    if (h && h === handle) authorLinks.push(a);
  }

  // Text: not the author's name (a block holding the author link), not the time.
  const usable = (e: HTMLElement): boolean =>
    !authorLinks.some((a) => e.contains(a)) && !(time && e.contains(time));
  let textEl = parts.texts.find(usable);
  if (!textEl) {
    // Fallback [DELCOM]: the longest span outside links, buttons and the time.
    let best = '';
    for (const s of parts.spans) {
      if (!usable(s)) continue;
      const t = readText(s, hiddenHelper);
      if (t.length > best.length) {
        best = t;
        textEl = s;
      }
    }
  }
  const text = textEl ? readText(textEl, hiddenHelper) : '';
  if (!commentId && !(handle && text)) return null;

  let depth = 0;
  for (let p = li.parentElement?.closest('li'); p && container.contains(p); p = p.parentElement?.closest('li')) {
    depth += 1;
  }
  return { el: li, handle, textEl, text, time, timeLink, commentId, depth: Math.min(depth, 20) };
}

function timesOf(item: Item, base: string): Pick<Message, 'timestamp' | 'relativeTime' | 'permalink'> {
  const out: Pick<Message, 'timestamp' | 'relativeTime' | 'permalink'> = {};
  const ts = isoTimestamp(item.time?.getAttribute('datetime'));
  if (ts) out.timestamp = ts;
  const rel = relativeLabel(item.time?.textContent);
  if (rel) out.relativeTime = rel;
  if (item.commentId) {
    const link = absoluteLink(item.timeLink?.getAttribute('href'), base);
    if (link) out.permalink = short(link, 2_000);
  }
  return out;
}

function authorOf(handle: string | undefined, base: string, name?: string): Author {
  if (!handle) return {};
  const author: Author = { handle, profileUrl: profileUrl(handle, base) };
  if (name) author.name = name;
  return author;
}

/** Reads the post and its comments. `brandHandle` marks the brand's own post and comments. */
export function readPost(doc: Document, url: URL, code: string, brandHandle: string | undefined): PostRead {
  const base = url.href;
  const container = postContainer(doc, code, base);
  if (!container) return { messages: [] };

  const items: Item[] = [];
  for (const li of all(container, 'commentItem')) {
    const item = readItem(li, container, base);
    if (item) items.push(item);
  }

  // The post's author: the header profile link outside the comment list [MB-ig-posts].
  let postHandle: string | undefined;
  for (const a of $$(container, 'a[href]')) {
    if (a.closest('li')) continue;
    const h = handleFromPath(a.getAttribute('href'), base);
    if (h) {
      postHandle = h;
      break;
    }
  }

  // The caption is shaped like the first comment but has no comment permalink.
  const head = items[0];
  let caption: Item | undefined;
  if (head && !head.commentId && head.depth === 0 && ($$(head.el, 'h1').length > 0 || head.handle === postHandle)) {
    caption = items.shift();
  }
  postHandle ??= caption?.handle;

  const authorName = short(nameFromTitle(doc.title), 200);
  const isBrand = (h: string | undefined) => !!h && !!brandHandle && h.toLowerCase() === brandHandle.toLowerCase();

  const messages: Message[] = [];
  for (const item of items) {
    const msg: Message = {
      author: authorOf(item.handle, base),
      isBrand: isBrand(item.handle),
      text: item.text,
      lang: messageLang(item.textEl ?? null, item.el, item.text),
      ...timesOf(item, base),
      depth: item.depth,
    };
    if (item.commentId) {
      msg.id = item.commentId;
      msg.commentId = item.commentId;
    }
    if (item.depth > 0) {
      const parent = [...messages].reverse().find((m) => (m.depth ?? 0) < item.depth);
      const to = parent?.author.handle ?? leadingMention(item.text);
      if (to) msg.inReplyTo = to;
    }
    messages.push(msg);
  }
  // Comments come from many people: only the same author's other comments decide an unclear one.
  const langs = fillUndetermined(
    messages.map((m, i) => ({ author: m.author.handle ?? `\u0000${i}`, lang: m.lang })),
    false,
  );
  messages.forEach((m, i) => (m.lang = langs[i] ?? m.lang));

  let post: Message | undefined;
  if (postHandle || caption) {
    const text = caption?.text ?? '';
    const postTime =
      caption?.time ?? $$(container, 'time[datetime]').find((t) => !t.closest('li')) ?? undefined;
    post = {
      id: code,
      author: authorOf(postHandle, base, authorName),
      isBrand: isBrand(postHandle),
      text,
      lang: messageLang(caption?.textEl ?? null, caption?.el ?? null, text),
    };
    const ts = isoTimestamp(postTime?.getAttribute('datetime'));
    if (ts) post.timestamp = ts;
    const rel = relativeLabel(postTime?.textContent);
    if (rel) post.relativeTime = rel;
    const kind = /\/(reel|tv)\//.exec(url.pathname)?.[1] ?? 'p';
    post.permalink = new URL(`/${kind}/${code}/`, base).href;
  }
  return { post, messages, authorHandle: postHandle, authorName };
}
