import { ConversationSchema, type Conversation, type ExtractResult, type View } from '../../model/conversation';
import { insertIntoContentEditable, insertIntoTextarea } from '../composer';
import { $ } from '../dom';
import type { InsertResult, SiteAdapter } from '../types';
import { extractChat } from './chat';
import { clipShort, readBrand } from './common';
import { extractPostDetail } from './post';
import { X_SELECTORS as S } from './selectors';
import { X_HOSTS, routeOf, viewOfUrl } from './url';

const MAX_MESSAGES = 5_000;

/** The editable element itself: the test id may sit on a wrapper around the contenteditable. */
function editable(el: HTMLElement | null): HTMLElement | null {
  if (!el) return null;
  if (el.tagName === 'TEXTAREA' || el.getAttribute('contenteditable') === 'true') return el;
  return $(el, '[contenteditable="true"], textarea') ?? el;
}

function viewOfDocument(doc: Document): View | null {
  try {
    return viewOfUrl(new URL(doc.URL));
  } catch {
    return null;
  }
}

function findComposer(doc: Document, conversation?: Conversation): HTMLElement | null {
  const view = conversation?.view ?? viewOfDocument(doc);
  const chat = (): HTMLElement | null => editable($(doc, S.chatComposer) ?? $(doc, S.legacyComposer));
  const post = (): HTMLElement | null =>
    editable($(doc, `${S.primaryColumn} ${S.composer}`) ?? $(doc, S.composer)) ?? $(doc, S.composerMobile);
  if (view === 'dm') return chat();
  if (view === 'post-detail') return post();
  return post() ?? chat();
}

function readComposer(composer: HTMLElement): string {
  // Same as composerText, without depending on the page's element constructors.
  const el = editable(composer) ?? composer;
  const raw =
    el.tagName === 'TEXTAREA' || el.tagName === 'INPUT'
      ? (el as HTMLTextAreaElement).value
      : (el.innerText ?? el.textContent ?? '');
  const text = raw.replace(/\u200b/g, '');
  return text.trim() === '' ? '' : text.replace(/\s+$/, '');
}

async function insertText(composer: HTMLElement, text: string): Promise<InsertResult> {
  try {
    const el = editable(composer);
    if (!el) return { ok: false, error: 'no composer' };
    if (el.tagName === 'TEXTAREA') {
      return await insertIntoTextarea(el as HTMLTextAreaElement, text);
    }
    if (el.getAttribute('contenteditable') === 'true') {
      // Every contenteditable composer on X (post reply, legacy DM) is Draft.js (PLATFORM-DOM §4).
      return await insertIntoContentEditable(el, text, 'draftjs');
    }
    return { ok: false, error: 'the composer is not editable' };
  } catch (e) {
    return { ok: false, error: `could not put the text into the composer: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function extract(doc: Document, url: URL): ExtractResult {
  try {
    const route = routeOf(url);
    if (!route) return { ok: false, reason: 'not a conversation page' };
    const brand = readBrand(doc, url);
    const base: Omit<Conversation, 'messages' | 'composerFound'> = {
      platform: 'x',
      view: route.view,
      url: url.href.slice(0, 4_000),
      threadId: clipShort(route.threadId),
      brand,
    };
    const read = route.view === 'dm' ? extractChat(doc, url, route.threadId, brand) : extractPostDetail(doc, url, route.threadId, brand);
    if (!read.ok) return read;
    const conversation: Conversation = {
      ...base,
      messages: read.messages.slice(0, MAX_MESSAGES),
      composerFound: findComposer(doc, { ...base, messages: [], composerFound: false }) !== null,
    };
    if ('counterpart' in read && read.counterpart) conversation.counterpart = read.counterpart;
    const parsed = ConversationSchema.safeParse(conversation);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, reason: `the page did not yield a valid conversation (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})` };
    }
    return { ok: true, conversation: parsed.data };
  } catch (e) {
    return { ok: false, reason: `the X page could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The X adapter: post detail with replies, XChat and legacy DMs. */
export const xAdapter: SiteAdapter = {
  platform: 'x',
  hosts: X_HOSTS,
  viewOf: viewOfUrl,
  extract,
  findComposer,
  readComposer,
  insertText,
};

export { routeOf } from './url';
