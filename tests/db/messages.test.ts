import { describe, expect, it } from 'vitest';
import {
  CHUNK_CAPACITY,
  chunkThread,
  planChunkRemovals,
  planChunkWrites,
  threadChunks,
  threadMessages,
  threadTail,
} from '../../lib/db/messages';
import {
  applyRetention,
  customerHistory,
  eraseCustomer,
  exportAll,
  importAll,
  recordConversation,
  waitingList,
  DEFAULT_SETTINGS,
} from '../../lib/db/repo';
import type { MessageRecord } from '../../lib/db/schema';
import type { Conversation } from '../../lib/model/conversation';
import { allMessages, freshDb, msg } from './helpers';

const T0 = Date.parse('2026-11-18T09:00:00Z');
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

function row(n: number, over: Partial<MessageRecord> = {}): MessageRecord {
  return {
    id: `0190f000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    teamId: null,
    createdAt: T0,
    updatedAt: T0,
    key: `k${n}`,
    conversationId: 'c1',
    customerId: n % 2 ? `cust-${n % 5}` : null,
    platform: 'x',
    isBrand: n % 2 === 0,
    text: `text ${n}`,
    masked: false,
    lang: 'de',
    position: n,
    firstSeenAt: T0,
    lastSeenAt: T0,
    sentAt: T0 + n,
    timeSource: 'exact',
    ...over,
  };
}

describe('chunk planning (pure)', () => {
  it('puts each message in the chunk of its page position, with the chunk\'s customers', () => {
    const rows = Array.from({ length: 7 }, (_, i) => row(i));
    const { put, remove } = planChunkWrites('c1', [], rows, 3);
    expect(put.map((c) => c.messages.map((m) => m.position))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(put.map((c) => c.seq)).toEqual([0, 1, 2]);
    expect(new Set(put.map((c) => c.id)).size).toBe(3);
    expect(remove).toEqual([]);
    expect(put[0]!.customerIds.sort()).toEqual(['cust-1']);
    expect(put[1]!.customerIds.sort()).toEqual(['cust-0', 'cust-3']);
  });

  it('replaces a changed message where it is and rewrites only that chunk', () => {
    const chunks = chunkThread('c1', Array.from({ length: 6 }, (_, i) => row(i)), 3);
    const changed = { ...row(4), text: 'edited', customerId: 'cust-new' };
    const { put } = planChunkWrites('c1', chunks, [changed], 3);
    expect(put).toHaveLength(1);
    expect(put[0]!.id).toBe(chunks[1]!.id);
    expect(put[0]!.messages.map((m) => m.text)).toEqual(['text 3', 'edited', 'text 5']);
    expect(put[0]!.customerIds.sort()).toEqual(['cust-0', 'cust-3', 'cust-new']);
    // The chunks read before are not changed in place.
    expect(chunks[1]!.messages[1]!.text).toBe('text 4');
  });

  it('adds a newer message to the chunk of its position, opening the next chunk when the stretch is full', () => {
    const chunks = chunkThread('c1', Array.from({ length: 5 }, (_, i) => row(i)), 3);
    const { put } = planChunkWrites('c1', chunks, [row(5), row(6)], 3);
    expect(put.map((c) => [c.seq, c.messages.map((m) => m.position)])).toEqual([
      [1, [3, 4, 5]],
      [2, [6]],
    ]);
  });

  it('moves messages whose position changed (older messages loaded above them) and drops emptied chunks', () => {
    const chunks = chunkThread('c1', [row(0), row(1), row(2)], 3);
    // Two older messages appear at the top: the three move down by two positions.
    const moved = [row(0), row(1), row(2)].map((r) => ({ ...r, position: r.position + 2 }));
    const older = [row(10, { position: 0 }), row(11, { position: 1 })];
    const { put, remove } = planChunkWrites('c1', chunks, [...older, ...moved], 3);
    expect(put.map((c) => [c.seq, c.messages.map((m) => m.position).sort()])).toEqual([
      [0, [0, 1, 2]],
      [1, [3, 4]],
    ]);
    expect(remove).toEqual([]);
    // A thread whose messages all move out of a chunk's stretch loses that chunk.
    const far = planChunkWrites('c1', chunks, [row(0), row(1), row(2)].map((r) => ({ ...r, position: r.position + 6 })), 3);
    expect(far.remove).toEqual([chunks[0]!.id]);
    expect(far.put.map((c) => c.seq)).toEqual([2]);
  });

  it('writes nothing for nothing', () => {
    expect(planChunkWrites('c1', chunkThread('c1', [row(1)]), [])).toEqual({ put: [], remove: [] });
  });

  it('removes messages, rewriting chunks that keep some and deleting chunks left empty', () => {
    const chunks = chunkThread('c1', Array.from({ length: 6 }, (_, i) => row(i)), 3);
    const plan = planChunkRemovals(chunks, (m) => m.position <= 3);
    expect(plan.remove).toEqual([chunks[0]!.id]);
    expect(plan.put.map((c) => c.messages.map((m) => m.position))).toEqual([[4, 5]]);
    expect(plan.removed.map((m) => m.position)).toEqual([0, 1, 2, 3]);
    expect(plan.put[0]!.customerIds.sort()).toEqual(['cust-0']);
  });
});

/** An X post with `n` replies from different people (every third from the brand). */
function bigPost(n: number, over: { prefix?: string } = {}): Conversation {
  const p = over.prefix ?? 'm';
  return {
    platform: 'x',
    view: 'post-detail',
    url: 'https://x.com/acme_help/status/500',
    threadId: '500',
    brand: { name: 'Acme Support', handle: 'acme_help' },
    messages: Array.from({ length: n }, (_, j) =>
      j % 3 === 0
        ? msg({ id: `${p}${j}`, author: { handle: 'acme_help' }, isBrand: true, text: `Antwort ${j}` })
        : msg({ id: `${p}${j}`, author: { handle: `kunde_${j % 40}` }, text: `Frage ${j}`, timestamp: new Date(T0 - (n - j) * MIN).toISOString() }),
    ),
    composerFound: true,
  };
}

describe('threads longer than one chunk', () => {
  it('stores every message once, in order, across chunks, and re-reading adds nothing', async () => {
    const db = freshDb();
    const n = CHUNK_CAPACITY + 50;
    const first = await recordConversation(db, bigPost(n), { seenAt: T0 });
    const chunks = await threadChunks(db, first.conversationId);
    expect(chunks.length).toBe(2);
    expect((await threadMessages(db, first.conversationId)).map((m) => m.text)).toEqual(bigPost(n).messages.map((m) => m.text));
    const again = await recordConversation(db, bigPost(n), { seenAt: T0 + MIN });
    expect(again.added).toBe(0);
    expect(again.messageIds).toEqual(first.messageIds);
    expect(await allMessages(db)).toHaveLength(n);
  });

  it('finds a customer in every chunk of a thread for the history, and the waiting list sees the thread end', async () => {
    const db = freshDb();
    const n = CHUNK_CAPACITY * 2 + 10;
    const rec = await recordConversation(db, bigPost(n), { seenAt: T0 });
    // kunde_1 wrote messages 1, 41, 81, ... in every chunk.
    const author = rec.customerIds[1]!;
    const history = await customerHistory(db, author, { limit: 1000 });
    const expected = bigPost(n).messages.filter((m) => m.author.handle === 'kunde_1').map((m) => m.text);
    expect(history.map((h) => h.text).sort()).toEqual([...expected].sort());
    // The last message (n-1) is a customer's: the thread waits since then.
    const waiting = await waitingList(db, DEFAULT_SETTINGS, T0 + MIN);
    expect(waiting.map((w) => w.conversationId)).toEqual([rec.conversationId]);
  });

  it('reads a waiting thread\'s unanswered end from its last chunk, also after older messages were loaded above', async () => {
    const db = freshDb();
    const n = CHUNK_CAPACITY * 3;
    const post = bigPost(n);
    const rec = await recordConversation(db, post, { seenAt: T0 });
    // n-1 is a customer's, n-3 the brand's last reply (every third message is the brand's).
    expect((await threadTail(db, rec.conversationId)).map((m) => m.text)).toEqual(post.messages.slice(n - 3).map((m) => m.text));
    // Older replies appear above (the agent scrolled up): every position moves, the end stays the end.
    const older = bigPost(10, { prefix: 'old' }).messages.map((m) => ({ ...m, text: `${m.text} (älter)` }));
    await recordConversation(db, { ...post, messages: [...older, ...post.messages] }, { seenAt: T0 + MIN });
    expect((await threadTail(db, rec.conversationId)).map((m) => m.text)).toEqual(post.messages.slice(n - 3).map((m) => m.text));
    expect((await threadMessages(db, rec.conversationId)).map((m) => m.text)).toEqual([...older, ...post.messages].map((m) => m.text));
    // Chunks hold stretches of positions: the last one holds the thread's end.
    const chunks = await threadChunks(db, rec.conversationId);
    for (const c of chunks) for (const m of c.messages) expect(Math.floor(m.position / CHUNK_CAPACITY)).toBe(c.seq);
  });

  it('erases one customer from a long shared thread, keeping everyone else in place', async () => {
    const db = freshDb();
    const n = CHUNK_CAPACITY + 30;
    const rec = await recordConversation(db, bigPost(n), { seenAt: T0 });
    const victim = rec.customerIds[1]!;
    await eraseCustomer(db, victim, { now: T0 + MIN });
    const left = await threadMessages(db, rec.conversationId);
    const expected = bigPost(n).messages.filter((m) => m.author.handle !== 'kunde_1').map((m) => m.text);
    expect(left.map((m) => m.text)).toEqual(expected);
    expect(JSON.stringify(await db.messageChunks.toArray())).not.toContain(victim);
  });

  it('drops old messages by retention chunk by chunk and keeps the rest', async () => {
    const db = freshDb();
    const old = await recordConversation(db, bigPost(CHUNK_CAPACITY + 5, { prefix: 'o' }), { seenAt: T0 });
    const later = T0 + 40 * DAY;
    const fresh = { ...bigPost(3, { prefix: 'f' }), threadId: '501', url: 'https://x.com/acme_help/status/501' };
    const kept = await recordConversation(
      db,
      { ...fresh, messages: fresh.messages.map((m) => ({ ...m, timestamp: new Date(later).toISOString() })) },
      { seenAt: later },
    );
    const r = await applyRetention(db, later + DAY, { retentionDays: 30 });
    expect(r.messages).toBe(CHUNK_CAPACITY + 5);
    expect(await threadChunks(db, old.conversationId)).toEqual([]);
    expect((await threadMessages(db, kept.conversationId)).map((m) => m.text)).toEqual(fresh.messages.map((m) => m.text));
  });

  it('round-trips a long thread through export and import into an empty store', async () => {
    const db = freshDb();
    const rec = await recordConversation(db, bigPost(CHUNK_CAPACITY + 20), { seenAt: T0 });
    const file = await exportAll(db, T0);
    expect(file.tables.messages).toHaveLength(CHUNK_CAPACITY + 20);
    const other = freshDb();
    expect((await importAll(other, JSON.stringify(file))).added).toBeGreaterThan(CHUNK_CAPACITY);
    expect((await threadMessages(other, rec.conversationId)).map((m) => m.id)).toEqual(
      (await threadMessages(db, rec.conversationId)).map((m) => m.id),
    );
    // Importing again changes nothing.
    const again = await importAll(other, JSON.stringify(file));
    expect(again.added).toBe(0);
    expect(await allMessages(other)).toHaveLength(CHUNK_CAPACITY + 20);
  });
});
