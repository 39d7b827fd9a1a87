/**
 * Instagram site adapter: post pages (comments and replies) and Direct threads.
 * Research: PLATFORM-DOM.md §3 (selectors), §4 (composers), §5 (navigation).
 */
import { ConversationSchema, type Conversation, type ExtractResult } from '../../model/conversation';
import { insertIntoContentEditable, insertIntoTextarea } from '../composer';
import { $$ } from '../dom';
import type { InsertResult, SiteAdapter } from '../types';
import { conversationScope, paneIsStale, readDirect } from './direct';
import { readDraft } from './draft';
import { first, readBrand } from './page';
import { readPost } from './post';
import { INSTAGRAM_HOSTS, routeOf, shortcodeFromPath, viewOf } from './url';

function extract(doc: Document, url: URL): ExtractResult {
  try {
    const route = routeOf(url);
    if (!route) return { ok: false, reason: 'not an Instagram conversation view' };
    const base = url.href;
    const brand = readBrand(doc, base);
    let conversation: Conversation;
    if (route.view === 'post-comments') {
      const read = readPost(doc, url, route.threadId, brand?.handle);
      if (!read.post && read.messages.length === 0) return { ok: false, reason: 'no post found on the page' };
      if (brand && read.authorName && read.authorHandle?.toLowerCase() === brand.handle?.toLowerCase()) {
        brand.name = read.authorName;
      }
      conversation = {
        platform: 'instagram',
        view: route.view,
        url: url.href.slice(0, 4_000),
        threadId: route.threadId,
        brand,
        messages: read.messages,
        composerFound: findComposer(doc, undefined, 'post-comments') !== null,
      };
      if (read.post) conversation.post = read.post;
    } else {
      const read = readDirect(doc, url, brand);
      if (!read.counterpart && read.messages.length === 0) return { ok: false, reason: 'no open thread on the page' };
      if (paneIsStale(doc, read.counterpart?.name)) return { ok: false, reason: 'the thread is still loading' };
      conversation = {
        platform: 'instagram',
        view: route.view,
        url: url.href.slice(0, 4_000),
        threadId: route.threadId,
        brand,
        messages: read.messages,
        composerFound: findComposer(doc, undefined, 'dm') !== null,
      };
      if (read.counterpart) conversation.counterpart = read.counterpart;
    }
    const parsed = ConversationSchema.safeParse(conversation);
    if (!parsed.success) {
      return { ok: false, reason: 'the page did not give a valid conversation: ' + parsed.error.issues[0]?.message };
    }
    return { ok: true, conversation: parsed.data };
  } catch (err) {
    return { ok: false, reason: 'reading the page failed: ' + (err instanceof Error ? err.message : String(err)) };
  }
}

function findComposer(doc: Document, conversation?: Conversation, view?: string): HTMLElement | null {
  try {
    const v = view ?? conversation?.view ?? (doc.location ? viewOf(new URL(doc.location.href)) : null);
    if (v === 'dm') {
      const scope = conversationScope(doc) ?? doc;
      return first(scope, 'dmComposer') ?? first(doc, 'dmComposer');
    }
    if (v === 'post-comments') {
      // The composer of this post's form (a dialog over a feed can leave other forms behind).
      const code = conversation?.threadId;
      if (code) {
        const base = doc.location?.href ?? 'https://www.instagram.com/';
        for (const article of $$(doc, 'div[role="dialog"] article, article, div[role="dialog"]')) {
          if ($$(article, 'a[href]').some((a) => shortcodeFromPath(a.getAttribute('href'), base) === code)) {
            const ta = first(article, 'commentComposer');
            if (ta) return ta;
          }
        }
      }
      const ta = first(doc, 'commentComposer');
      return ta?.tagName === 'TEXTAREA' ? ta : null;
    }
    return null;
  } catch {
    return null;
  }
}

function readComposer(composer: HTMLElement): string {
  try {
    return readDraft(composer);
  } catch {
    return '';
  }
}

async function insertText(composer: HTMLElement, text: string): Promise<InsertResult> {
  try {
    if (typeof text !== 'string') return { ok: false, error: 'no text to insert' };
    if (composer.tagName === 'TEXTAREA') return await insertIntoTextarea(composer as HTMLTextAreaElement, text);
    if (composer.isContentEditable || composer.getAttribute('contenteditable') === 'true') {
      return await insertIntoContentEditable(composer, text, 'lexical');
    }
    return { ok: false, error: 'this element is not a composer' };
  } catch (err) {
    return { ok: false, error: 'inserting failed: ' + (err instanceof Error ? err.message : String(err)) };
  }
}

export const instagramAdapter: SiteAdapter = {
  platform: 'instagram',
  hosts: INSTAGRAM_HOSTS,
  viewOf,
  extract,
  findComposer: (doc, conversation) => findComposer(doc, conversation),
  readComposer,
  insertText,
};
