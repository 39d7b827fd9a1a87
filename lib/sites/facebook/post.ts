import type { Author, Message } from '../../model/conversation';
import { $, $$, readText } from '../dom';
import { compact, langOf, loggedInName, nameText, sameAuthor } from './common';
import { SEL } from './selectors';
import { numericIdOf, postIdOfLink, profileUrlOf, rawParam, withoutTracking } from './url';

/**
 * A Page post with its comments and nested replies (PLATFORM-DOM.md §2.2, §2.3): on its
 * permalink page, or opened from the feed in a `div[role="dialog"]`.
 */

const MAX_RELATIVE = 40;
const isButton = (el: Element) => el.getAttribute('role') === 'button';

/** The part of the page that holds the open post: the topmost post dialog, else the main column. */
export function postScope(doc: Document): HTMLElement | null {
  const dialogs = $$(doc, SEL.dialog).filter((d) => $(d, SEL.postBody) || $(d, SEL.commentLink));
  return dialogs[dialogs.length - 1] ?? $(doc, SEL.main) ?? doc.body ?? null;
}

/** True when `el` belongs to `article` itself, not to a reply article nested in it. */
function ownedBy(el: Element, article: Element): boolean {
  return el.parentElement?.closest(SEL.article) === article || el === article;
}

/** Comment articles: `[role=article]` carrying a `comment_id` link of their own, not the post itself. */
function commentArticles(scope: Element): HTMLElement[] {
  return $$(scope, SEL.article).filter((a) => {
    if ($(a, SEL.postBody)) return false;
    const label = a.getAttribute('aria-label') ?? '';
    if (/^(comment|reply|kommentar|antwort)\b/i.test(label)) return true;
    return $$(a, SEL.commentLink).some((l) => ownedBy(l, a));
  });
}

/** "Comment by Lena Hoffmann 3 hours ago" / "Reply by A to B's comment …" → the author (en, de). */
function nameFromLabel(label: string | null): string | undefined {
  const m = /^(?:comment|reply|kommentar|antwort) (?:by|von) (.+?)(?: (?:to|an|auf) .+)?(?: \d.*| vor .*)?$/i.exec(
    label ?? '',
  );
  return nameText(m?.[1]);
}

interface Parsed {
  el: HTMLElement;
  message: Message;
}

function parseComment(article: HTMLElement, base: string, parents: Map<Element, Parsed>, scope: Element): Parsed | null {
  const links = $$(article, SEL.link).filter((l) => ownedBy(l, article));
  let authorLink: HTMLElement | undefined;
  let authorUrl: string | undefined;
  let authorName: string | undefined;
  for (const l of links) {
    const url = profileUrlOf(l.getAttribute('href'), base);
    if (!url) continue;
    const n = nameText(readText(l)) ?? nameText(l.getAttribute('aria-label'));
    authorUrl ??= url;
    authorLink ??= l;
    if (n) {
      authorLink = l;
      authorUrl = url;
      authorName = n;
      break;
    }
  }
  authorName ??= nameFromLabel(article.getAttribute('aria-label'));

  const idLink = links.find((l) => (l.getAttribute('href') ?? '').includes('comment_id='));
  const idHref = idLink?.getAttribute('href');
  const commentId = rawParam(idHref, 'comment_id');
  const replyCommentId = rawParam(idHref, 'reply_comment_id');

  // The time link: a comment_id link that is not the author's profile link ("3h", "2 d").
  const timeLink = links.find(
    (l) =>
      l !== authorLink &&
      (l.getAttribute('href') ?? '').includes('comment_id=') &&
      !profileUrlOf(l.getAttribute('href'), base) &&
      nameText(readText(l)),
  );
  const relative = timeLink ? nameText(readText(timeLink)) : undefined;

  // Text: the `div[dir=auto]` blocks of this article (not of nested replies, not in links/buttons).
  const blocks = $$(article, SEL.commentText).filter(
    (d) => ownedBy(d, article) && !d.closest('a') && !d.closest('[role="button"]'),
  );
  const outer = blocks.filter((d) => !blocks.some((o) => o !== d && o.contains(d)));
  const text = outer.map((d) => readText(d, isButton)).filter(Boolean).join('\n');

  if (!authorName && !authorUrl && !commentId && !text) return null;

  // Depth: how many comment articles enclose this one (replies are nested in their parent).
  let depth = 0;
  let parent: Parsed | undefined;
  for (let a = article.parentElement?.closest(SEL.article); a && scope.contains(a); a = a.parentElement?.closest(SEL.article)) {
    const p = parents.get(a);
    if (p) {
      depth += 1;
      parent ??= p;
    }
  }
  if (depth === 0 && /^(reply|antwort)\b/i.test(article.getAttribute('aria-label') ?? '')) depth = 1;

  const author: Author = compact({
    name: authorName,
    profileUrl: authorUrl,
    pageId: undefined,
  });
  const message: Message = compact({
    commentId,
    replyCommentId,
    author,
    isBrand: false,
    text,
    lang: langOf(outer[0], text, article),
    relativeTime: relative && relative.length <= MAX_RELATIVE ? relative : undefined,
    permalink: withoutTracking(timeLink?.getAttribute('href'), base),
    depth: Math.min(depth, 20),
    inReplyTo: depth > 0 ? parent?.message.author.name : undefined,
  }) as Message;
  return { el: article, message };
}

export interface PostRead {
  threadId?: string;
  brand: Author | null;
  post?: Message;
  messages: Message[];
}

export function readPost(doc: Document, url: URL, scope: HTMLElement): PostRead {
  const base = url.href;
  const articles = commentArticles(scope);
  const inArticle = (el: Element) => articles.some((a) => a.contains(el));

  // ---- the post ----
  const body = $$(scope, SEL.postBody).find((b) => !inArticle(b));
  const authorBlock = $$(scope, SEL.postAuthor).find((b) => !inArticle(b));
  let postAuthor: Author | undefined;
  const authorLinks = authorBlock ? $$(authorBlock, SEL.link) : [];
  if (authorLinks.length === 0) {
    // Fallback: the first named profile link of the post header, outside the comments.
    for (const l of $$(scope, SEL.link)) {
      if (inArticle(l)) continue;
      if (profileUrlOf(l.getAttribute('href'), base) && nameText(readText(l))) {
        authorLinks.push(l);
        break;
      }
    }
  }
  for (const l of authorLinks) {
    const profileUrl = profileUrlOf(l.getAttribute('href'), base);
    const name = nameText(readText(l)) ?? nameText(l.getAttribute('aria-label'));
    if (profileUrl || name) {
      postAuthor = compact({ name, profileUrl, pageId: numericIdOf(profileUrl) });
      break;
    }
  }
  if (!postAuthor && authorBlock) {
    const name = nameText(readText(authorBlock));
    if (name) postAuthor = { name };
  }
  const permalinkEl = $$(scope, SEL.postPermalink).find((l) => !inArticle(l));
  const permalinkHref = permalinkEl?.getAttribute('href');
  const postRelative = permalinkEl ? nameText(readText(permalinkEl)) : undefined;

  // ---- the brand: the logged-in account (the Page when acting as it); else the post's Page ----
  const me = loggedInName(doc);
  let brand: Author | null = null;
  if (me) {
    if (postAuthor?.name && postAuthor.name.toLowerCase() === me.toLowerCase()) brand = { ...postAuthor };
    else brand = { name: me };
  } else if (postAuthor) {
    brand = { ...postAuthor };
  }

  let post: Message | undefined;
  if (body || postAuthor) {
    const text = body ? readText(body, isButton) : '';
    post = compact({
      author: postAuthor ?? {},
      isBrand: sameAuthor(postAuthor, brand),
      text,
      lang: langOf(body?.querySelector('[dir="auto"]') ?? body, text, scope),
      relativeTime: postRelative && postRelative.length <= MAX_RELATIVE ? postRelative : undefined,
      permalink: withoutTracking(permalinkHref, base),
    }) as Message;
  }

  // ---- comments and replies, in document order ----
  const parsed = new Map<Element, Parsed>();
  const messages: Message[] = [];
  for (const a of articles) {
    const p = parseComment(a, base, parsed, scope);
    if (!p) continue;
    parsed.set(a, p);
    messages.push(p.message);
  }
  // The brand's profile link may only show on its comments (e.g. on another Page's post).
  if (brand && !brand.profileUrl) {
    const own = messages.find((m) => m.author.name && m.author.name.toLowerCase() === brand!.name?.toLowerCase());
    if (own?.author.profileUrl) brand = compact({ ...brand, profileUrl: own.author.profileUrl, pageId: numericIdOf(own.author.profileUrl) });
  }
  for (const m of messages) m.isBrand = sameAuthor(m.author, brand);
  if (post) post.isBrand = sameAuthor(post.author, brand);

  return {
    threadId: postIdOfLink(permalinkHref, base),
    brand,
    post,
    messages,
  };
}
