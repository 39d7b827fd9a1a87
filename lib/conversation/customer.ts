import type { Author, Conversation, Message } from '../model/conversation';

/** Stable key for a message inside one conversation (platform id, else position). */
export function messageKey(message: Message, index: number): string {
  return message.id ?? message.replyCommentId ?? message.commentId ?? `#${index}`;
}

const norm = (s: string | undefined) => (s ?? '').trim().toLowerCase().replace(/^@/, '');

/** Whether two authors are the same account, as far as the page lets us tell. */
export function sameAuthor(a: Author, b: Author): boolean {
  if (a.handle && b.handle) return norm(a.handle) === norm(b.handle);
  if (a.profileUrl && b.profileUrl) return a.profileUrl === b.profileUrl;
  return !!a.name && norm(a.name) === norm(b.name);
}

/** Whether `reply` (a brand message) answers `message` (a customer message). */
function answers(reply: Message, message: Message, view: Conversation['view']): boolean {
  if (view === 'dm' || view === 'business-inbox') return true; // one customer: any later brand reply
  const target = norm(reply.inReplyTo);
  if (target) {
    return target === norm(message.author.handle) || target === norm(message.author.name);
  }
  // X shows no "in reply to" in the thread: a reply mentions the customer by @handle or name.
  const text = reply.text.toLowerCase();
  const handle = norm(message.author.handle);
  if (handle && text.includes('@' + handle)) return true;
  const first = norm(message.author.name).split(/\s+/)[0];
  return !!first && first.length > 1 && new RegExp(`(^|[^\\p{L}])${escapeRe(first)}([^\\p{L}]|$)`, 'u').test(text);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Indexes of customer messages that no later brand message answers. */
export function unansweredIndexes(conversation: Conversation): number[] {
  const { messages, view } = conversation;
  const out: number[] = [];
  messages.forEach((m, i) => {
    if (m.isBrand) return;
    const answered = messages.slice(i + 1).some((r) => r.isBrand && answers(r, m, view));
    if (!answered) out.push(i);
  });
  return out;
}

/** Sort key for "newest": ISO timestamp where the page gives one, else document order. */
function newestIndex(conversation: Conversation, indexes: number[]): number | undefined {
  let best: number | undefined;
  for (const i of indexes) {
    if (best === undefined) {
      best = i;
      continue;
    }
    const a = conversation.messages[i]?.timestamp;
    const b = conversation.messages[best]?.timestamp;
    if (a && b) {
      if (a >= b) best = i;
    } else {
      best = i; // document order: later is newer
    }
  }
  return best;
}

/**
 * The message the agent answers by default: in a direct-message view the other party's newest
 * message; in a post view the newest customer comment without a brand reply (else the newest
 * customer comment at all).
 */
export function defaultSelection(conversation: Conversation): number | undefined {
  const customer = conversation.messages.map((m, i) => (m.isBrand ? -1 : i)).filter((i) => i >= 0);
  if (customer.length === 0) return undefined;
  const open = unansweredIndexes(conversation);
  return newestIndex(conversation, open.length ? open : customer);
}

/** The customer of the open conversation, given the selected message. */
export function customerOf(conversation: Conversation, selected: number | undefined): Author | undefined {
  if ((conversation.view === 'dm' || conversation.view === 'business-inbox') && conversation.counterpart) {
    return conversation.counterpart;
  }
  if (selected !== undefined) {
    const m = conversation.messages[selected];
    if (m && !m.isBrand) return m.author;
  }
  const fallback = defaultSelection(conversation);
  return fallback === undefined ? undefined : conversation.messages[fallback]?.author;
}
