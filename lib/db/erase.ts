import { uuidv7 } from './ids';
import type { CareDb } from './index';
import {
  customerChunks,
  customerHasMessages,
  type MessageChunk,
  removeMessages,
  threadChunks,
  threadHasMessages,
} from './messages';
import { enqueue, put } from './outbox';
import type { CustomerRecord, ErasureRecord, MessageRecord, OutboxChange } from './schema';
import type { Settings } from './schema';

const DAY = 86_400_000;
/** Chunk rows per read (a chunk holds up to CHUNK_CAPACITY messages). */
const RETENTION_PAGE = 50;

/**
 * Right to erasure: removes every row of one person from every table (each identity the agent
 * linked to them unless `includeLinked` is false: identities, the messages they wrote, threads
 * held with them alone and the brand's replies there, notes, tags, events, link membership, pending
 * outbox data) and leaves per erased customer only a tombstone with its id, for sync.
 */
export async function eraseCustomer(
  db: CareDb,
  customerId: string,
  opts: { now?: number; includeLinked?: boolean } = {},
): Promise<ErasureRecord[]> {
  const now = opts.now ?? Date.now();
  return db.transaction('rw', db.tables, async () => {
    const customer = await db.customers.get(customerId);
    const ids =
      customer && opts.includeLinked !== false
        ? ((await db.customers.where('groupId').equals(customer.groupId).primaryKeys()) as string[])
        : [customerId];
    const tombs: ErasureRecord[] = [];
    for (const id of [customerId, ...ids.filter((i) => i !== customerId)]) tombs.push(await eraseOne(db, id, now));
    return tombs;
  });
}

/** Erases one customer; runs inside the caller's transaction. */
async function eraseOne(db: CareDb, customerId: string, now: number): Promise<ErasureRecord> {
  const customer = await db.customers.get(customerId);
  const identities = await db.identities.where('customerId').equals(customerId).toArray();
  const names = new Set(
    [customer?.displayName, ...identities.flatMap((i) => [i.name, i.value])]
      .filter((s): s is string => !!s)
      .map((s) => s.trim().toLowerCase()),
  );
  const gone = new Set<string>([customerId]);

  // Threads: delete those held with this customer alone; in shared threads keep the others' messages.
  const convs = await db.conversations.where('customerId').equals(customerId).toArray();
  const ownChunks = await customerChunks(db, customerId);
  const touched = new Set([...convs.map((c) => c.id), ...ownChunks.map((c) => c.conversationId)]);
  for (const convId of touched) {
    const chunks = await threadChunks(db, convId);
    const msgs = chunks.flatMap((c) => c.messages);
    const others = msgs.filter((m) => m.customerId !== null && m.customerId !== customerId);
    const conv = await db.conversations.get(convId);
    if (others.length === 0) {
      msgs.forEach((m) => gone.add(m.id));
      await db.messageChunks.bulkDelete(chunks.map((c) => c.id));
      const evs = await db.events.where('conversationId').equals(convId).primaryKeys();
      evs.forEach((e) => gone.add(e as string));
      await db.events.bulkDelete(evs);
      if (conv) {
        gone.add(conv.id);
        await db.conversations.delete(conv.id);
      }
      continue;
    }
    // Shared thread: drop this customer's messages and the brand's replies addressed to them.
    const dropped = await removeMessages(
      db,
      chunks,
      (m) =>
        m.customerId === customerId || (m.isBrand && !!m.inReplyTo && names.has(m.inReplyTo.trim().replace(/^@/, '').toLowerCase())),
    );
    dropped.forEach((m) => gone.add(m.id));
    if (conv?.customerId === customerId) {
      await db.conversations.put({ ...conv, customerId: others[0]!.customerId, updatedAt: now });
    }
  }
  const msgEvents = await db.events.where('customerId').equals(customerId).primaryKeys();
  msgEvents.forEach((e) => gone.add(e as string));
  await db.events.bulkDelete(msgEvents);
  // Link events name the other customer in their data.
  const linkEvents = await db.events
    .where('type')
    .anyOf(['customers-linked', 'customer-unlinked'])
    .filter((e) => JSON.stringify(e.data).includes(customerId))
    .primaryKeys();
  linkEvents.forEach((e) => gone.add(e as string));
  await db.events.bulkDelete(linkEvents);
  // Events that point at a deleted message.
  const strayEvents = await db.events.filter((e) => e.messageId !== null && gone.has(e.messageId)).primaryKeys();
  await db.events.bulkDelete(strayEvents);
  strayEvents.forEach((e) => gone.add(e as string));

  for (const table of [db.notes, db.tags, db.identities]) {
    const keys = await table.where('customerId').equals(customerId).primaryKeys();
    keys.forEach((k) => gone.add(k as string));
    await table.bulkDelete(keys);
  }

  // Leave the link group; if the group was named after this customer, the rest take a new name.
  if (customer) {
    const rest = (await db.customers.where('groupId').equals(customer.groupId).toArray()).filter((c) => c.id !== customerId);
    if (customer.groupId === customerId && rest.length > 0) {
      const next = rest[0]!.id;
      await db.customers.bulkPut(rest.map((r): CustomerRecord => ({ ...r, groupId: next, updatedAt: now })));
    }
    await db.customers.delete(customerId);
  }

  // Pending pushes must not carry the erased data anywhere.
  const entries = await db.outbox.where('customerIds').equals(customerId).toArray();
  for (const entry of entries) {
    const changes: OutboxChange[] = [];
    for (const ch of entry.changes) {
      if (gone.has(ch.key)) continue;
      if (!ch.row || !JSON.stringify(ch.row).includes(customerId)) {
        changes.push(ch);
        continue;
      }
      // Another record that named the erased customer (a link group, a shared thread): push its current state.
      const current = await currentRow(db, ch);
      if (current && !JSON.stringify(current).includes(customerId)) changes.push(put(ch.table, current));
    }
    const customerIds = entry.customerIds.filter((c) => c !== customerId);
    if (changes.length === 0) await db.outbox.delete(entry.id);
    else if (changes.length !== entry.changes.length || customerIds.length !== entry.customerIds.length) {
      await db.outbox.put({ ...entry, changes, customerIds });
    }
  }

  const tomb: ErasureRecord = {
    id: uuidv7(now),
    teamId: customer?.teamId ?? null,
    createdAt: now,
    updatedAt: now,
    erasedId: customerId,
    erasedAt: now,
  };
  await db.erasures.add(tomb);
  await enqueue(db, 'eraseCustomer', [put('erasures', tomb)], [], now, tomb.teamId);
  return tomb;
}

/** The stored state of a row an outbox change names (messages live in their thread's chunks). */
async function currentRow(db: CareDb, ch: OutboxChange): Promise<{ id: string } | undefined> {
  if (ch.table !== 'messages') return (await db.table(ch.table).get(ch.key)) as { id: string } | undefined;
  const conversationId = ch.row?.conversationId;
  if (typeof conversationId !== 'string') return undefined;
  for (const c of await threadChunks(db, conversationId)) {
    const m = c.messages.find((r) => r.id === ch.key);
    if (m) return m;
  }
  return undefined;
}

export interface RetentionResult {
  conversations: number;
  messages: number;
  events: number;
  customers: number;
}

/**
 * Deletes what is older than the retention period (off when retentionDays is null): messages by
 * when they were written, events by when they happened, threads not seen since, and customers left
 * with nothing (no messages, notes or tags). Local housekeeping: nothing goes to the outbox.
 */
export async function applyRetention(
  db: CareDb,
  now: number,
  settings: Pick<Settings, 'retentionDays'>,
): Promise<RetentionResult> {
  const result: RetentionResult = { conversations: 0, messages: 0, events: 0, customers: 0 };
  if (settings.retentionDays === null) return result;
  const cutoff = now - settings.retentionDays * DAY;
  return db.transaction('rw', db.tables, async () => {
    // No index on when messages were written (it would be written with every chunk to serve this rare
    // job): page through the chunks by primary key, one getAll per page, rewriting those that shrink.
    const oldMessages: MessageRecord[] = [];
    for (let after: string | null = null; ; ) {
      const page: MessageChunk[] = await (after === null
        ? db.messageChunks.limit(RETENTION_PAGE)
        : db.messageChunks.where('id').above(after).limit(RETENTION_PAGE)
      ).toArray();
      oldMessages.push(...(await removeMessages(db, page, (m) => m.sentAt < cutoff)));
      if (page.length < RETENTION_PAGE) break;
      after = page[page.length - 1]!.id;
    }
    result.messages = oldMessages.length;
    result.events = await db.events.where('at').below(cutoff).delete();
    const oldConvs = await db.conversations.where('lastSeenAt').below(cutoff).toArray();
    for (const c of oldConvs) {
      if (await threadHasMessages(db, c.id)) continue;
      await db.conversations.delete(c.id);
      await db.events.where('conversationId').equals(c.id).delete();
      result.conversations += 1;
    }
    const candidates = new Set(oldMessages.map((m) => m.customerId).filter((c): c is string => !!c));
    for (const c of oldConvs) if (c.customerId) candidates.add(c.customerId);
    for (const id of candidates) {
      const c = await db.customers.get(id);
      if (!c || c.updatedAt >= cutoff) continue;
      const stillUsed =
        (await customerHasMessages(db, id)) ||
        (await db.notes.where('customerId').equals(id).count()) > 0 ||
        (await db.tags.where('customerId').equals(id).count()) > 0 ||
        (await db.conversations.where('customerId').equals(id).count()) > 0;
      if (stillUsed) continue;
      const group = (await db.customers.where('groupId').equals(c.groupId).toArray()).filter((g) => g.id !== id);
      if (c.groupId === id && group.length > 0) {
        const next = group[0]!.id;
        await db.customers.bulkPut(group.map((g): CustomerRecord => ({ ...g, groupId: next })));
      }
      await db.identities.where('customerId').equals(id).delete();
      await db.customers.delete(id);
      result.customers += 1;
    }
    // Pushes that waited longer than the period would carry expired data.
    // Retention runs rarely; a scan by createdAt is simpler than trusting id times after clock changes.
    await db.outbox.filter((o) => o.createdAt < cutoff).delete();
    return result;
  });
}
