import type { Platform, View } from '../model/conversation';
import { type ClockInput, type ClockMessage, type ClockState, computeClock, type SlaSettings } from '../timer/clock';
import { uuidv7 } from './ids';
import type { CareDb } from './index';
import { customerChunks, threadMessages, threadTail } from './messages';
import { enqueue, put } from './outbox';
import type { ConversationRecord, CustomerRecord, EventRecord, MessageRecord, TimeSourceSchema } from './schema';
import type { z } from 'zod';

export interface HistoryItem {
  messageId: string;
  conversationId: string;
  customerId: string;
  platform: Platform;
  view: View | null;
  /** Link back: the message's permalink, else the conversation's URL. */
  url: string;
  conversationUrl: string;
  text: string;
  sentAt: number;
  timeSource: z.infer<typeof TimeSourceSchema>;
  authorName?: string;
  authorHandle?: string;
}

/** The ids of a customer and every customer the agent linked to it. */
export async function linkedCustomerIds(db: CareDb, customerId: string): Promise<string[]> {
  const c = await db.customers.get(customerId);
  if (!c) return [];
  return (await db.customers.where('groupId').equals(c.groupId).primaryKeys()) as string[];
}

/**
 * What the customer (and every identity linked to it) wrote before, on every platform, newest first.
 * One read per linked customer on the chunks' multi-entry customer index.
 */
export async function customerHistory(
  db: CareDb,
  customerId: string,
  opts: { excludeConversationId?: string; limit?: number } = {},
): Promise<HistoryItem[]> {
  const limit = opts.limit ?? 100;
  return db.transaction('r', [db.customers, db.messageChunks, db.conversations], async () => {
    // Round trips, not rows, are the cost: the customer's own chunks are read with the customer, and
    // their threads with the link group; only linked customers' chunks and threads need a third.
    const [customer, own] = await Promise.all([db.customers.get(customerId), customerChunks(db, customerId)]);
    if (!customer) return [];
    const [groupIds, ownConvs] = await Promise.all([
      db.customers.where('groupId').equals(customer.groupId).primaryKeys() as Promise<string[]>,
      db.conversations.bulkGet([...new Set(own.map((c) => c.conversationId))]),
    ]);
    const others = await Promise.all(groupIds.filter((id) => id !== customerId).map((id) => customerChunks(db, id)));
    const ids = new Set(groupIds.length > 0 ? groupIds : [customerId]);
    const chunkSeen = new Set<string>();
    const seen = new Set<string>();
    const ex = opts.excludeConversationId;
    const merged = [own, ...others]
      .flat()
      // Linked customers in one thread share its chunks: each is read once.
      .filter((c) => c.conversationId !== ex && !chunkSeen.has(c.id) && chunkSeen.add(c.id))
      .flatMap((c) => c.messages.filter((m) => m.customerId !== null && ids.has(m.customerId)))
      .sort((a, b) => b.sentAt - a.sentAt)
      // The same post seen in two threads (an X reply chain) is one history entry.
      .filter((m) => {
        const k = m.platformId ? `${m.platform}|${m.platformId}` : m.id;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .slice(0, limit);
    const byId = new Map(ownConvs.filter((c) => !!c).map((c) => [c!.id, c!]));
    const missing = [...new Set(merged.map((m) => m.conversationId))].filter((id) => !byId.has(id));
    if (missing.length > 0) for (const c of await db.conversations.bulkGet(missing)) if (c) byId.set(c.id, c);
    return merged.map((m): HistoryItem => {
      const c = byId.get(m.conversationId);
      return {
        messageId: m.id,
        conversationId: m.conversationId,
        customerId: m.customerId!,
        platform: m.platform,
        view: c?.view ?? null,
        url: m.permalink ?? c?.url ?? '',
        conversationUrl: c?.url ?? '',
        text: m.text,
        sentAt: m.sentAt,
        timeSource: m.timeSource,
        ...(m.authorName ? { authorName: m.authorName } : {}),
        ...(m.authorHandle ? { authorHandle: m.authorHandle } : {}),
      };
    });
  });
}

function linkEvent(type: string, now: number, customerId: string, data: EventRecord['data'], teamId: string | null): EventRecord {
  return {
    id: uuidv7(now),
    teamId,
    createdAt: now,
    updatedAt: now,
    type,
    at: now,
    conversationId: null,
    customerId,
    messageId: null,
    data,
  };
}

/**
 * The agent says two customers are the same person (e.g. on X and on Instagram): their link
 * groups become one. Returns the group id. Linking is never automatic across platforms.
 */
export async function linkCustomers(
  db: CareDb,
  a: string,
  b: string,
  by: string,
  now: number = Date.now(),
): Promise<string> {
  return db.transaction('rw', [db.customers, db.events, db.outbox], async () => {
    const [ca, cb] = await db.customers.bulkGet([a, b]);
    if (!ca || !cb) throw new Error(`Cannot link: customer ${!ca ? a : b} does not exist`);
    if (ca.groupId === cb.groupId) return ca.groupId;
    const moved = await db.customers.where('groupId').equals(cb.groupId).toArray();
    const updated = moved.map((c): CustomerRecord => ({ ...c, groupId: ca.groupId, updatedAt: now }));
    await db.customers.bulkPut(updated);
    const ev = linkEvent('customers-linked', now, a, { otherCustomerId: b, by }, ca.teamId);
    await db.events.add(ev);
    await enqueue(
      db,
      'linkCustomers',
      [...updated.map((c) => put('customers', c)), put('events', ev)],
      [a, b],
      now,
      ca.teamId,
    );
    return ca.groupId;
  });
}

/** Takes a customer out of its link group (the others stay linked to each other). */
export async function unlinkCustomer(db: CareDb, id: string, by = '', now: number = Date.now()): Promise<void> {
  await db.transaction('rw', [db.customers, db.events, db.outbox], async () => {
    const c = await db.customers.get(id);
    if (!c) throw new Error(`Cannot unlink: customer ${id} does not exist`);
    const group = await db.customers.where('groupId').equals(c.groupId).toArray();
    if (group.length <= 1) return;
    const updated: CustomerRecord[] = [{ ...c, groupId: c.id, updatedAt: now }];
    if (c.groupId === c.id) {
      // The group was named after this customer: the rest take the next member's id.
      const rest = group.filter((g) => g.id !== id);
      const next = rest[0]!.id;
      for (const r of rest) updated.push({ ...r, groupId: next, updatedAt: now });
    }
    await db.customers.bulkPut(updated);
    const ev = linkEvent('customer-unlinked', now, id, { by }, c.teamId);
    await db.events.add(ev);
    await enqueue(db, 'unlinkCustomer', [...updated.map((u) => put('customers', u)), put('events', ev)], [id], now, c.teamId);
  });
}

/** Times of brand replies the extension knows from events (the agent sent a reply). */
async function replyTimes(db: CareDb, conversationId: string): Promise<number[]> {
  const evs = await db.events.where('conversationId').equals(conversationId).toArray();
  return evs.filter((e) => e.type === 'reply-sent').map((e) => e.at);
}

/** What the clock needs of a stored conversation; tick it with computeClock({ ...input, settings, now }). */
export interface StoredClockInput {
  messages: ClockMessage[];
  brandReplies: number[];
  thread: NonNullable<ClockInput['thread']>;
}

function clockInputFrom(c: ConversationRecord, msgs: MessageRecord[], brandReplies: number[]): StoredClockInput {
  return {
    // Stored times were resolved when the labels were read, so a relative "3h" does not slide with the clock.
    messages: msgs.map((m) => ({ key: m.id, isBrand: m.isBrand, resolvedAt: m.sentAt, resolvedSource: m.timeSource })),
    brandReplies,
    thread: { platform: c.platform, view: c.view, ...(c.threadType ? { threadType: c.threadType } : {}) },
  };
}

/** A thread's messages and reply times, both reads in flight at once. */
async function clockInputOf(db: CareDb, c: ConversationRecord): Promise<{ msgs: MessageRecord[]; input: StoredClockInput }> {
  const [msgs, replies] = await Promise.all([threadMessages(db, c.id), replyTimes(db, c.id)]);
  return { msgs, input: clockInputFrom(c, msgs, replies) };
}

/**
 * The end of a thread from its last brand message on: all a running clock depends on. Read from the
 * thread's last chunk backwards, so a long thread with a short unanswered run costs one chunk, not all.
 */
async function waitingTailOf(db: CareDb, c: ConversationRecord): Promise<{ msgs: MessageRecord[]; input: StoredClockInput }> {
  const [msgs, replies] = await Promise.all([threadTail(db, c.id), replyTimes(db, c.id)]);
  return { msgs, input: clockInputFrom(c, msgs, replies) };
}

/** The clock input of a stored conversation (null if unknown), for a live timer in the sidebar. */
export async function conversationClockInput(db: CareDb, conversationId: string): Promise<StoredClockInput | null> {
  return db.transaction('r', [db.conversations, db.messageChunks, db.events], async () => {
    const c = await db.conversations.get(conversationId);
    return c ? (await clockInputOf(db, c)).input : null;
  });
}

/** The reply clock of a stored conversation, from its messages and reply events. */
export async function conversationClock(
  db: CareDb,
  conversationId: string,
  settings: SlaSettings,
  now: number,
): Promise<ClockState | null> {
  const input = await conversationClockInput(db, conversationId);
  return input ? computeClock({ ...input, settings, now }) : null;
}

export interface WaitingItem {
  conversationId: string;
  url: string;
  platform: Platform;
  view: View;
  customerId: string | null;
  customerName: string;
  clock: ClockState;
}

/**
 * Every seen conversation with unanswered customer messages, longest waiting first. Threads not
 * seen for `staleAfterMs` (default 7 days) are left out: they were likely answered elsewhere.
 */
export async function waitingList(
  db: CareDb,
  settings: SlaSettings,
  now: number,
  opts: { staleAfterMs?: number } = {},
): Promise<WaitingItem[]> {
  const staleBefore = now - (opts.staleAfterMs ?? 7 * 86_400_000);
  return db.transaction('r', [db.conversations, db.messageChunks, db.events, db.customers], async () => {
    const convs = (await db.conversations.where('needsReply').equals(1).toArray()).filter((c) => c.lastSeenAt >= staleBefore);
    // Every thread's reads are in flight at once: IndexedDB pipelines them inside the transaction,
    // where awaiting one thread after another would pay a round trip each.
    const [customers, threads] = await Promise.all([
      db.customers.bulkGet(convs.map((c) => c.customerId ?? '')),
      Promise.all(convs.map((c) => waitingTailOf(db, c))),
    ]);
    const items: WaitingItem[] = [];
    for (const [i, c] of convs.entries()) {
      const { msgs, input } = threads[i]!;
      const clock = computeClock({ ...input, settings, now });
      if (clock.state !== 'running') continue;
      const firstCustomer = msgs.find((m) => !m.isBrand);
      items.push({
        conversationId: c.id,
        url: c.url,
        platform: c.platform,
        view: c.view,
        customerId: c.customerId,
        customerName: customers[i]?.displayName || c.title || firstCustomer?.authorName || firstCustomer?.authorHandle || '',
        clock,
      });
    }
    return items.sort((a, b) => b.clock.elapsedMs - a.clock.elapsedMs);
  });
}
