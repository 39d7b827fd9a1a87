import { sameAuthor } from '../conversation/customer';
import { isPublicView, type Author, type Conversation, type Message } from '../model/conversation';
import type { Guideline, ReplyInput, ReplyInputRaw } from '../replies/schema';

/** Earlier conversations of the customer, as the customer memory gives them (oldest first). */
export type ReplyHistory = ReplyInput['history'];

const MAX_TURNS = 30;
const MAX_TURN_TEXT = 4_000;

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/^@/, '').trim();

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a brand message answers the given customer (names them, replies to them, or mentions them). */
function addresses(brandMsg: Message, customer: Author): boolean {
  const names = [customer.handle, customer.name, customer.name?.split(/\s+/)[0]]
    .filter((n): n is string => !!n && n.replace(/^@/, '').length >= 2)
    .map((n) => n.replace(/^@/, ''));
  if (brandMsg.inReplyTo && names.some((n) => fold(n) === fold(brandMsg.inReplyTo ?? ''))) return true;
  return names.some((n) => new RegExp(`(?<![\\p{L}\\p{N}_])@?${escapeRe(n)}(?![\\p{L}\\p{N}_])`, 'iu').test(brandMsg.text));
}

const turn = (m: Message) => ({ role: m.isBrand ? ('agent' as const) : ('customer' as const), text: m.text.slice(0, MAX_TURN_TEXT) });

/**
 * The earlier turns a reply to message `index` should take into account. In a private thread
 * that is everything before it. Under a public post other people talk too, so it is the post
 * itself, the customer's own earlier messages, and the brand's answers to this customer (those
 * that follow the customer's message, reply to them or name them) — not what the brand told
 * someone else.
 */
export function threadBefore(conversation: Conversation, index: number): ReplyInput['thread'] {
  const target = conversation.messages[index];
  if (!target) return [];
  const earlier = conversation.messages.slice(0, index).filter((m) => m.text.trim());
  const turns: Message[] = [];
  if (conversation.post?.text.trim()) turns.push(conversation.post);
  if (!isPublicView(conversation.view)) {
    turns.push(...earlier);
  } else {
    earlier.forEach((m, i) => {
      const isRoot = i === 0 && m.isBrand && !conversation.post && !m.depth;
      if (isRoot) turns.push(m);
      else if (!m.isBrand && sameAuthor(m.author, target.author)) turns.push(m);
      else if (m.isBrand) {
        const prev = earlier[i - 1];
        const followsCustomer = !!prev && !prev.isBrand && sameAuthor(prev.author, target.author);
        if (followsCustomer || addresses(m, target.author)) turns.push(m);
      }
    });
  }
  return turns.slice(-MAX_TURNS).map(turn);
}

export interface ReplyInputExtras {
  history?: ReplyHistory;
  guidelines?: Guideline[];
}

/**
 * The reply engines' input for the message the agent answers, or null when there is nothing to
 * answer (no message, a brand message, an empty text).
 */
export function replyInputFor(conversation: Conversation, index: number | undefined, extras: ReplyInputExtras = {}): ReplyInputRaw | null {
  if (index === undefined) return null;
  const m = conversation.messages[index];
  if (!m || m.isBrand || !m.text.trim()) return null;
  const brand = conversation.brand?.name ?? conversation.brand?.handle;
  return {
    text: m.text.slice(0, 20_000),
    ...(m.lang === 'de' || m.lang === 'en' ? { lang: m.lang } : {}),
    platform: conversation.platform,
    ...(brand ? { brand: brand.slice(0, 500) } : {}),
    author: {
      ...(m.author.name ? { name: m.author.name.slice(0, 500) } : {}),
      ...(m.author.handle ? { handle: m.author.handle.replace(/^@/, '').slice(0, 500) } : {}),
    },
    thread: threadBefore(conversation, index),
    history: (extras.history ?? []).slice(-200),
    guidelines: (extras.guidelines ?? []).slice(0, 500),
    visibility: isPublicView(conversation.view) ? 'public' : 'private',
  };
}

const PLATFORMS = new Set(['x', 'facebook', 'instagram']);

/**
 * The customer memory's history items (newest first: text, sentAt, platform) as the engines'
 * history (oldest first). Anything that does not look like an item is skipped.
 */
export function historyFromItems(items: unknown): ReplyHistory {
  if (!Array.isArray(items)) return [];
  const out: ReplyHistory = [];
  for (const it of items.slice(0, 200)) {
    if (!it || typeof it !== 'object') continue;
    const { text, sentAt, platform } = it as { text?: unknown; sentAt?: unknown; platform?: unknown };
    if (typeof text !== 'string' || !text.trim()) continue;
    const date = typeof sentAt === 'number' && Number.isFinite(sentAt) ? new Date(sentAt) : null;
    out.push({
      text: text.slice(0, 20_000),
      ...(date && !Number.isNaN(date.getTime()) ? { date: date.toISOString().slice(0, 10) } : {}),
      ...(typeof platform === 'string' && PLATFORMS.has(platform) ? { platform: platform as 'x' | 'facebook' | 'instagram' } : {}),
    });
  }
  return out.reverse();
}
