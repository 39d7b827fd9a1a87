import type { CareDb } from './index';
import type { MessageRecord } from './schema';

/**
 * How messages are kept on disk (schema v4 on): a thread's messages in a few chunk rows, each holding
 * a stretch of CHUNK_CAPACITY page positions, instead of one IndexedDB row per message.
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
  /** `<conversationId>/<seq>`: a thread's chunks are one primary-key range, in page order. */
  id: string;
  conversationId: string;
  /** Which stretch of page positions the chunk holds: [seq * CHUNK_CAPACITY, (seq + 1) * CHUNK_CAPACITY). */
  seq: number;
  /** Distinct customers whose messages the chunk holds (multi-entry index). */
  customerIds: string[];
  messages: MessageRecord[];
}

/**
 * Page positions per chunk. Writes favour big chunks (one put per chunk), a customer's history favours
 * small ones (it reads every chunk the customer wrote in, other people's messages included): in
 * Chromium, with 50 a 200-message thread is stored in 4 puts (~0.5 ms more than one) while the
 * history of a customer active in 22 long threads took half as long as with 200.
 */
export const CHUNK_CAPACITY = 50;

const SEQ_WIDTH = 6;

function chunkId(conversationId: string, seq: number): string {
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
function inThreadOrder(chunks: readonly MessageChunk[]): MessageRecord[] {
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

/** The chunk a message belongs in: its thread's chunks hold consecutive stretches of page positions. */
function seqOf(position: number, capacity: number = CHUNK_CAPACITY): number {
  return Math.floor(Math.max(0, position) / capacity);
}

/** What to store for one thread: chunk rows to put and (emptied) chunk ids to delete. */
export interface ChunkPlan {
  put: MessageChunk[];
  remove: string[];
}

/**
 * Pure: the chunk writes that store `rows` (new or changed messages of one thread). A message lives
 * in the chunk of its page position (seqOf), so the thread's last chunk holds its newest end: the
 * waiting list reads that chunk, not the whole thread. A row replaces the stored message with its id;
 * if its position moved to another chunk's stretch it moves there. Unchanged chunks are not returned;
 * chunks left empty are removed.
 */
export function planChunkWrites(
  conversationId: string,
  chunks: readonly MessageChunk[],
  rows: readonly MessageRecord[],
  capacity: number = CHUNK_CAPACITY,
): ChunkPlan {
  if (rows.length === 0) return { put: [], remove: [] };
  const bySeq = new Map<number, MessageChunk>(chunks.map((c) => [c.seq, c]));
  const where = new Map<string, number>();
  for (const c of chunks) for (const m of c.messages) where.set(m.id, c.seq);
  const dirty = new Map<number, MessageRecord[]>();
  const own = (seq: number): MessageRecord[] => {
    let list = dirty.get(seq);
    if (!list) dirty.set(seq, (list = [...(bySeq.get(seq)?.messages ?? [])]));
    return list;
  };
  for (const row of rows) {
    const target = seqOf(row.position, capacity);
    const from = where.get(row.id);
    if (from !== undefined) {
      const list = own(from);
      const i = list.findIndex((m) => m.id === row.id);
      if (from === target) {
        list[i] = row;
        continue;
      }
      list.splice(i, 1);
    }
    own(target).push(row);
    where.set(row.id, target);
  }
  const plan: ChunkPlan = { put: [], remove: [] };
  for (const [seq, messages] of [...dirty].sort((a, b) => a[0] - b[0])) {
    if (messages.length === 0) {
      if (bySeq.has(seq)) plan.remove.push(chunkId(conversationId, seq));
      continue;
    }
    plan.put.push({ id: chunkId(conversationId, seq), conversationId, seq, customerIds: customersOf(messages), messages });
  }
  return plan;
}

/**
 * The newest end of a thread from its last brand message on (or all of it, if the brand never
 * wrote), in the page's order: read from the last chunk backwards, usually one chunk.
 */
export async function threadTail(db: CareDb, conversationId: string): Promise<MessageRecord[]> {
  const [lo, hi] = threadBounds(conversationId);
  const got: MessageRecord[] = [];
  for (let upper = hi, upperOpen = false; ; ) {
    const chunk = await db.messageChunks.where('id').between(lo, upper, true, !upperOpen).last();
    if (!chunk) break;
    got.push(...chunk.messages);
    if (chunk.messages.some((m) => m.isBrand)) break;
    upper = chunk.id;
    upperOpen = true;
  }
  const ordered = got.sort((a, b) => a.position - b.position);
  let from = ordered.length;
  while (from > 0 && !ordered[from - 1]!.isBrand) from -= 1;
  return ordered.slice(Math.max(0, from - 1));
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
  const plan = planChunkWrites(conversationId, chunks, rows);
  await Promise.all([
    plan.put.length === 1 ? db.messageChunks.put(plan.put[0]!) : plan.put.length > 1 && db.messageChunks.bulkPut(plan.put),
    plan.remove.length > 0 && db.messageChunks.bulkDelete(plan.remove),
  ]);
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

/** Pure: a thread's messages grouped into its chunks by position (schema upgrade, benchmark seeding). */
export function chunkThread(conversationId: string, messages: readonly MessageRecord[], capacity: number = CHUNK_CAPACITY): MessageChunk[] {
  return planChunkWrites(conversationId, [], messages, capacity).put;
}
