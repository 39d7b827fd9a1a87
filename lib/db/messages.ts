import type { CareDb } from './index';
import type { MessageRecord } from './schema';

/**
 * How messages are kept on disk (schema v4 on): a thread's messages in a few chunk rows of up to
 * CHUNK_CAPACITY messages each, instead of one IndexedDB row per message.
 *
 * Why: in Chromium every put is its own request to the browser process, and a thread read stores up
 * to a few hundred messages at once. Measured in the extension page: 200 single puts took 17-26 ms on
 * an empty store (more on a full one), one put of the same 200 messages in one row 1.7 ms.
 *
 * What stays the same: each message is still a whole `MessageRecord` (the sync shape, with its own
 * UUIDv7); the outbox, export and import carry messages one by one. Chunks are a local layout only,
 * never synced. A customer's history finds their chunks through the multi-entry `customerIds` index.
 */
export interface MessageChunk {
  /** `<conversationId>/<seq>`: a thread's chunks are one primary-key range, in the order they were made. */
  id: string;
  conversationId: string;
  seq: number;
  /** Distinct customers whose messages the chunk holds (multi-entry index). */
  customerIds: string[];
  messages: MessageRecord[];
}

/**
 * Messages per chunk. Writes favour big chunks (one put per chunk), a customer's history favours
 * small ones (it reads every chunk the customer wrote in, other people's messages included): in
 * Chromium, with 50 a 200-message thread is stored in 4 puts (~0.5 ms more than one) while the
 * history of a customer active in 22 long threads took half as long as with 200.
 */
export const CHUNK_CAPACITY = 50;

const SEQ_WIDTH = 6;

export function chunkId(conversationId: string, seq: number): string {
  return `${conversationId}/${String(seq).padStart(SEQ_WIDTH, '0')}`;
}

/** The primary-key range of one thread's chunks. */
function threadBounds(conversationId: string): [string, string] {
  return [`${conversationId}/`, `${conversationId}/\uffff`];
}

function customersOf(messages: readonly MessageRecord[]): string[] {
  const ids = new Set<string>();
  for (const m of messages) if (m.customerId) ids.add(m.customerId);
  return [...ids];
}

/** A thread's chunks (one range read). */
export function threadChunks(db: CareDb, conversationId: string): Promise<MessageChunk[]> {
  const [lo, hi] = threadBounds(conversationId);
  return db.messageChunks.where('id').between(lo, hi, true, true).toArray();
}

/** Every message of chunks, in the page's order. */
export function inThreadOrder(chunks: readonly MessageChunk[]): MessageRecord[] {
  return chunks.flatMap((c) => c.messages).sort((a, b) => a.position - b.position);
}

/** A thread's stored messages in the page's order. */
export async function threadMessages(db: CareDb, conversationId: string): Promise<MessageRecord[]> {
  return inThreadOrder(await threadChunks(db, conversationId));
}

/** Whether a thread has any stored message. */
export async function threadHasMessages(db: CareDb, conversationId: string): Promise<boolean> {
  const [lo, hi] = threadBounds(conversationId);
  return (await db.messageChunks.where('id').between(lo, hi, true, true).count()) > 0;
}

/** The chunks holding messages of one customer. */
export function customerChunks(db: CareDb, customerId: string): Promise<MessageChunk[]> {
  return db.messageChunks.where('customerIds').equals(customerId).toArray();
}

/** Everything one customer wrote (unordered). */
export async function customerMessages(db: CareDb, customerId: string): Promise<MessageRecord[]> {
  const out: MessageRecord[] = [];
  for (const c of await customerChunks(db, customerId)) for (const m of c.messages) if (m.customerId === customerId) out.push(m);
  return out;
}

/** Whether a customer has any stored message. */
export async function customerHasMessages(db: CareDb, customerId: string): Promise<boolean> {
  return (await db.messageChunks.where('customerIds').equals(customerId).count()) > 0;
}

/** Every stored message (export, tests). */
export async function allMessages(db: CareDb): Promise<MessageRecord[]> {
  return (await db.messageChunks.toArray()).flatMap((c) => c.messages);
}

/**
 * Pure: the chunks to write so that `rows` (new or changed messages of one thread) are stored. A row
 * whose id a chunk holds replaces it there; new rows fill the thread's last chunk, then new ones.
 * Chunks that do not change are not returned.
 */
export function planChunkWrites(
  conversationId: string,
  chunks: readonly MessageChunk[],
  rows: readonly MessageRecord[],
  capacity: number = CHUNK_CAPACITY,
): MessageChunk[] {
  if (rows.length === 0) return [];
  const sorted = [...chunks].sort((a, b) => a.seq - b.seq);
  const where = new Map<string, [number, number]>();
  sorted.forEach((c, ci) => c.messages.forEach((m, mi) => where.set(m.id, [ci, mi])));
  const work: MessageChunk[] = sorted.map((c) => ({ ...c }));
  const dirty = new Set<number>();
  const own = (ci: number): MessageChunk => {
    if (!dirty.has(ci)) {
      dirty.add(ci);
      work[ci] = { ...work[ci]!, messages: [...work[ci]!.messages] };
    }
    return work[ci]!;
  };
  for (const row of rows) {
    const at = where.get(row.id);
    if (at) {
      own(at[0]).messages[at[1]] = row;
      continue;
    }
    let ci = work.length - 1;
    if (ci < 0 || work[ci]!.messages.length >= capacity) {
      const seq = ci < 0 ? 0 : work[ci]!.seq + 1;
      work.push({ id: chunkId(conversationId, seq), conversationId, seq, customerIds: [], messages: [] });
      ci = work.length - 1;
    }
    const chunk = own(ci);
    where.set(row.id, [ci, chunk.messages.length]);
    chunk.messages.push(row);
  }
  return [...dirty].sort((a, b) => a - b).map((ci) => ({ ...work[ci]!, customerIds: customersOf(work[ci]!.messages) }));
}

/** Pure: the chunks to rewrite and the chunk ids to delete so that messages with these ids are gone. */
export function planChunkRemovals(
  chunks: readonly MessageChunk[],
  drop: (m: MessageRecord) => boolean,
): { put: MessageChunk[]; remove: string[]; removed: MessageRecord[] } {
  const put: MessageChunk[] = [];
  const remove: string[] = [];
  const removed: MessageRecord[] = [];
  for (const c of chunks) {
    const keep: MessageRecord[] = [];
    for (const m of c.messages) (drop(m) ? removed : keep).push(m);
    if (keep.length === c.messages.length) continue;
    if (keep.length === 0) remove.push(c.id);
    else put.push({ ...c, messages: keep, customerIds: customersOf(keep) });
  }
  return { put, remove, removed };
}

/** Stores new or changed messages of one thread, given its chunks as read in this transaction. */
export async function writeThreadMessages(
  db: CareDb,
  conversationId: string,
  chunks: readonly MessageChunk[],
  rows: readonly MessageRecord[],
): Promise<void> {
  const writes = planChunkWrites(conversationId, chunks, rows);
  if (writes.length === 1) await db.messageChunks.put(writes[0]!);
  else if (writes.length > 1) await db.messageChunks.bulkPut(writes);
}

/** Removes the messages `drop` picks from the given chunks; returns the removed messages. */
export async function removeMessages(
  db: CareDb,
  chunks: readonly MessageChunk[],
  drop: (m: MessageRecord) => boolean,
): Promise<MessageRecord[]> {
  const plan = planChunkRemovals(chunks, drop);
  await Promise.all([
    plan.put.length > 0 && db.messageChunks.bulkPut(plan.put),
    plan.remove.length > 0 && db.messageChunks.bulkDelete(plan.remove),
  ]);
  return plan.removed;
}

/** Pure: messages grouped into a thread's chunks, in the page's order (schema upgrade, import into an empty thread). */
export function chunkThread(conversationId: string, messages: readonly MessageRecord[], capacity: number = CHUNK_CAPACITY): MessageChunk[] {
  const ordered = [...messages].sort((a, b) => a.position - b.position);
  const out: MessageChunk[] = [];
  for (let i = 0, seq = 0; i < ordered.length; i += capacity, seq++) {
    const part = ordered.slice(i, i + capacity);
    out.push({ id: chunkId(conversationId, seq), conversationId, seq, customerIds: customersOf(part), messages: part });
  }
  return out;
}
