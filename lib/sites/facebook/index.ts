import {
  ConversationSchema,
  type Conversation,
  type ExtractResult,
  type View,
} from '../../model/conversation';
import { insertIntoContentEditable, insertIntoTextarea } from '../composer';
import { $$ } from '../dom';
import type { InsertResult, SiteAdapter } from '../types';
import { businessList, readBusinessInbox } from './business';
import { messengerPane, readMessenger } from './messenger';
import { postScope, readPost } from './post';
import { SEL } from './selectors';
import { FACEBOOK_HOSTS, parseUrl, viewOf } from './url';

/**
 * Facebook: Page posts with comments (permalink or dialog), Messenger threads and the Business
 * Suite inbox. Selectors and sources: ./selectors.ts and PLATFORM-DOM.md §2.
 */

const BLOCK_TAGS = /^(P|DIV|H[1-6]|LI|UL|OL|BLOCKQUOTE|PRE)$/;

/** A composer the agent can type into: editable, not disabled (PLATFORM-DOM.md §2.6, [TENH-sel]). */
function usable(el: HTMLElement | null | undefined): el is HTMLElement {
  return (
    !!el &&
    el.getAttribute('contenteditable') !== 'false' &&
    el.getAttribute('aria-disabled') !== 'true' &&
    !el.closest('[aria-disabled="true"]')
  );
}

function firstUsable(els: HTMLElement[]): HTMLElement | null {
  return els.find(usable) ?? null;
}

function postComposer(doc: Document): HTMLElement | null {
  const scope = postScope(doc);
  if (!scope) return null;
  // The box the agent is typing in (e.g. a reply box under a comment) wins.
  const active = doc.activeElement as HTMLElement | null;
  if (active && scope.contains(active) && active.matches(SEL.composer) && usable(active)) return active;
  const all = $$(scope, SEL.composer);
  const outsideComments = all.filter((c) => !c.closest(SEL.article));
  return (
    firstUsable(outsideComments.filter((c) => c.matches(SEL.formComposer))) ??
    firstUsable(outsideComments) ??
    firstUsable(all)
  );
}

function dmComposer(doc: Document): HTMLElement | null {
  const pane = messengerPane(doc);
  if (!pane) return null;
  return firstUsable($$(pane, SEL.messengerComposer)) ?? firstUsable($$(pane, SEL.composer));
}

function inboxComposer(doc: Document): HTMLElement | null {
  const list = businessList(doc);
  // The reply box sits next to the message list in the thread pane.
  for (let p = list?.parentElement; p && p !== doc.body; p = p.parentElement) {
    const c = firstUsable($$(p, SEL.composer));
    if (c) return c;
  }
  return firstUsable($$(doc, SEL.lexicalComposer));
}

function composerFor(doc: Document, view: View | null): HTMLElement | null {
  switch (view) {
    case 'post-comments':
      return postComposer(doc);
    case 'dm':
      return dmComposer(doc);
    case 'business-inbox':
      return inboxComposer(doc);
    default:
      return postComposer(doc) ?? firstUsable($$(doc, SEL.lexicalComposer));
  }
}

function currentView(doc: Document): View | null {
  try {
    return viewOf(new URL(doc.location?.href ?? ''));
  } catch {
    return null;
  }
}

function finish(c: Conversation): ExtractResult {
  const parsed = ConversationSchema.safeParse(c);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `page did not read as a conversation (${issue?.path.join('.')}: ${issue?.message})` };
  }
  return { ok: true, conversation: parsed.data };
}

function extract(doc: Document, url: URL): ExtractResult {
  const where = parseUrl(url);
  const base = { platform: 'facebook' as const, url: url.href };

  if (where?.view === 'dm') {
    const read = readMessenger(doc, url);
    if (!read) return { ok: false, reason: 'no open Messenger conversation on the page' };
    return finish({
      ...base,
      view: 'dm',
      threadId: where.threadId,
      brand: read.brand,
      ...(read.counterpart ? { counterpart: read.counterpart } : {}),
      messages: read.messages,
      composerFound: !!dmComposer(doc),
    });
  }

  if (where?.view === 'business-inbox') {
    const read = readBusinessInbox(doc, url);
    if (!read) return { ok: false, reason: 'no open Business Suite conversation on the page' };
    return finish({
      ...base,
      view: 'business-inbox',
      threadId: where.threadId,
      ...(where.threadType ? { threadType: where.threadType } : {}),
      brand: read.brand,
      ...(read.counterpart ? { counterpart: read.counterpart } : {}),
      messages: read.messages,
      composerFound: !!inboxComposer(doc),
    });
  }

  // A post: its permalink page, or a post dialog opened over any facebook.com page.
  const scope = postScope(doc);
  const hasDialog = $$(doc, SEL.dialog).some((d) => d === scope);
  if (!scope || (where?.view !== 'post-comments' && !hasDialog)) {
    return { ok: false, reason: 'not a conversation view' };
  }
  const read = readPost(doc, url, scope);
  const threadId = (hasDialog ? read.threadId : undefined) ?? where?.threadId ?? read.threadId;
  if (!threadId) return { ok: false, reason: 'no post id on the page' };
  if (!read.post && read.messages.length === 0) return { ok: false, reason: 'no post on the page' };
  return finish({
    ...base,
    view: 'post-comments',
    threadId,
    brand: read.brand,
    ...(read.post ? { post: read.post } : {}),
    messages: read.messages,
    composerFound: !!postComposer(doc),
  });
}

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  hosts: FACEBOOK_HOSTS,
  viewOf(url: URL) {
    try {
      return viewOf(url);
    } catch {
      return null;
    }
  },
  extract(doc: Document, url: URL): ExtractResult {
    try {
      return extract(doc, url);
    } catch (e) {
      return { ok: false, reason: `could not read the page: ${e instanceof Error ? e.message : String(e)}` };
    }
  },
  findComposer(doc: Document, conversation?: Conversation): HTMLElement | null {
    try {
      return composerFor(doc, conversation?.view ?? currentView(doc));
    } catch {
      return null;
    }
  },
  readComposer(composer: HTMLElement): string {
    try {
      if (composer.tagName === 'TEXTAREA' || composer.tagName === 'INPUT') {
        return (composer as HTMLTextAreaElement).value;
      }
      // Lexical keeps one <p> per line; innerText would put a blank line between paragraphs, and an
      // empty editor (`<p><br></p>`) reads as a lone line break.
      const blocks = Array.from(composer.children) as HTMLElement[];
      const lineOf = (el: HTMLElement) => (el.innerText ?? el.textContent ?? '').replace(/\n$/, '');
      const text = (
        blocks.length > 0 && blocks.every((b) => BLOCK_TAGS.test(b.tagName))
          ? blocks.map(lineOf).join('\n')
          : (composer.innerText ?? composer.textContent ?? '')
      ).replace(/\u200b/g, '');
      return text.trim() === '' ? '' : text.replace(/\n+$/, '');
    } catch {
      return '';
    }
  },
  async insertText(composer: HTMLElement, text: string): Promise<InsertResult> {
    try {
      if (composer.tagName === 'TEXTAREA') return await insertIntoTextarea(composer as HTMLTextAreaElement, text);
      return await insertIntoContentEditable(composer, text, 'lexical');
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  },
};

export { viewOf } from './url';
export default facebookAdapter;
