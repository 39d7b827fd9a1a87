import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../lib/db';
import { declareVersions, LATEST_VERSION, SCHEMA_VERSIONS } from '../../lib/db/migrations';
import { customerHistory, getSettings, listNotes, listTags, waitingList } from '../../lib/db/repo';
import { chunkThread, type MessageChunk, threadMessages } from '../../lib/db/messages';
import { type MessageRecord, RECORD_SCHEMAS, SettingsSchema } from '../../lib/db/schema';
import { DEFAULT_SETTINGS } from '../../lib/db/settings';
import { allMessages, messageById } from './helpers';

const T0 = Date.parse('2026-11-18T09:00:00Z');
const MIN = 60_000;
const id = (n: number): string => `0190f000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const base = (n: number) => ({ id: id(n), teamId: null, createdAt: T0, updatedAt: T0 });

/** Rows as version 1 stored them (no groupId, no sentAt/timeSource, no needsReply). */
function v1Rows(): Record<string, unknown[]> {
  return {
    customers: [
      { ...base(1), displayName: 'Mia K', platform: 'x' },
      { ...base(2), displayName: 'Tom', platform: 'facebook' },
    ],
    identities: [{ ...base(3), customerId: id(1), platform: 'x', kind: 'handle', value: 'mia_k' }],
    conversations: [
      {
        ...base(4),
        threadKey: 'x|dm||d1',
        platform: 'x',
        view: 'dm',
        threadId: 'd1',
        url: 'https://x.com/messages/d1',
        customerId: id(1),
        firstSeenAt: T0,
        lastSeenAt: T0,
      },
      {
        ...base(5),
        threadKey: 'facebook|post-comments||p1',
        platform: 'facebook',
        view: 'post-comments',
        threadId: 'p1',
        url: 'https://www.facebook.com/acme/posts/p1',
        customerId: id(2),
        firstSeenAt: T0,
        lastSeenAt: T0,
      },
    ],
    messages: [
      msgV1(6, 4, id(1), false, 0, { timestamp: '2026-11-18T08:00:00.000Z', text: 'Router kaputt' }),
      msgV1(7, 4, id(1), false, 1, { timeLabel: '08:30', text: 'Hallo?' }),
      msgV1(8, 5, id(2), false, 0, { relativeTime: '2h', text: 'Wann kommt die Rechnung?' }),
      msgV1(9, 5, null, true, 1, { text: 'Heute noch!' }),
    ],
    notes: [{ ...base(10), customerId: id(1), text: 'Stammkundin', authorName: 'Kim', deletedAt: null, revisions: [] }],
    tags: [{ ...base(11), customerId: id(1), tag: 'VIP', tagKey: 'vip', deletedAt: null }],
    events: [
      { ...base(12), type: 'message-seen', at: T0, conversationId: id(4), customerId: id(1), messageId: id(6), data: {} },
    ],
    erasures: [{ ...base(13), erasedId: id(99), erasedAt: T0 }],
    outbox: [{ id: id(14), teamId: null, createdAt: T0, mutation: 'addNote', changes: [], customerIds: [id(1)] }],
    settings: [{ id: 'local', value: { agentName: 'Kim', slaWarningMin: 10, slaBreachMin: 30 } }],
  };
}

/** The same rows as version 2 stored them (v2 added groupId, sentAt/timeSource and needsReply). */
function v2Rows(): Record<string, unknown[]> {
  const rows = v1Rows();
  const times: Record<string, [number, string]> = {
    [id(6)]: [Date.parse('2026-11-18T08:00:00Z'), 'exact'],
    [id(7)]: [T0 - 30 * MIN, 'clock'],
    [id(8)]: [T0 - 120 * MIN, 'relative'],
    [id(9)]: [T0, 'seen'],
  };
  return {
    ...rows,
    customers: rows.customers!.map((c) => ({ ...(c as object), groupId: (c as { id: string }).id })),
    messages: rows.messages!.map((m) => {
      const [sentAt, timeSource] = times[(m as { id: string }).id]!;
      return { ...(m as object), sentAt, timeSource };
    }),
    conversations: rows.conversations!.map((c) => ({ ...(c as object), needsReply: (c as { id: string }).id === id(4) ? 1 : 0 })),
  };
}

/** The same rows as version 4 stored them: messages in per-thread chunk rows. */
function v4Rows(): Record<string, unknown[]> {
  const { messages, ...rest } = v2Rows();
  const byThread = new Map<string, MessageRecord[]>();
  for (const m of messages as MessageRecord[]) byThread.set(m.conversationId, [...(byThread.get(m.conversationId) ?? []), m]);
  return { ...rest, messageChunks: [...byThread].flatMap(([conv, ms]) => chunkThread(conv, ms)) };
}

/** Rows as the given schema version stored them. */
const rowsOf = (version: number): Record<string, unknown[]> => (version === 1 ? v1Rows() : version < 4 ? v2Rows() : v4Rows());

/** The rows a version's tables held, with chunked messages as single messages. */
function expectedRows(rows: Record<string, unknown[]>): Record<string, unknown[]> {
  const { messageChunks, ...rest } = rows;
  return messageChunks ? { ...rest, messages: (messageChunks as MessageChunk[]).flatMap((c) => c.messages) } : rest;
}

function msgV1(
  n: number,
  conv: number,
  customerId: string | null,
  isBrand: boolean,
  position: number,
  extra: Record<string, unknown>,
) {
  return {
    ...base(n),
    key: `k${n}`,
    conversationId: id(conv),
    customerId,
    platform: conv === 4 ? 'x' : 'facebook',
    isBrand,
    masked: false,
    lang: 'de',
    position,
    firstSeenAt: T0,
    lastSeenAt: T0,
    ...extra,
  };
}

describe('schema migrations', () => {
  it('declares consecutive versions ending at the latest', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
  });

  for (const from of SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < LATEST_VERSION)) {
    it(`upgrades a store from version ${from} keeping every row`, async () => {
      const indexedDB = new IDBFactory();
      const old = new Dexie('upgrade', { indexedDB, IDBKeyRange });
      declareVersions(old, from);
      await old.open();
      const rows = rowsOf(from);
      for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
      old.close();

      const db = openDb('upgrade', { indexedDB, IDBKeyRange });
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);
      for (const [table, list] of Object.entries(expectedRows(rows))) {
        const now: Array<{ id: string }> = table === 'messages' ? await allMessages(db) : await db.table(table).toArray();
        expect(now).toHaveLength(list.length);
        // Every old field is still there with its value.
        for (const before of list as Array<Record<string, unknown>>) {
          const after = now.find((r: { id: string }) => r.id === before.id);
          expect(after).toMatchObject(before);
        }
        // And every row now passes the current record schema.
        const schema = RECORD_SCHEMAS[table as keyof typeof RECORD_SCHEMAS];
        if (schema) for (const r of now) expect(schema.safeParse(r).error).toBeUndefined();
      }
      // Each thread's messages are together, in the page's order.
      expect((await threadMessages(db, id(4))).map((m) => m.text)).toEqual(['Router kaputt', 'Hallo?']);
      expect((await threadMessages(db, id(5))).map((m) => m.text)).toEqual(['Wann kommt die Rechnung?', 'Heute noch!']);
      // Fields added on the way were computed, not invented.
      expect((await db.customers.get(id(1)))?.groupId).toBe(id(1));
      expect(await messageById(db, id(6))).toMatchObject({ sentAt: Date.parse('2026-11-18T08:00:00Z'), timeSource: 'exact' });
      expect(await messageById(db, id(8))).toMatchObject({ sentAt: T0 - 120 * MIN, timeSource: 'relative' });
      expect((await db.conversations.get(id(4)))?.needsReply).toBe(1);
      expect((await db.conversations.get(id(5)))?.needsReply).toBe(0);
      // And the features that rely on them work on the upgraded data.
      expect((await customerHistory(db, id(1))).map((h) => h.text).sort()).toEqual(['Hallo?', 'Router kaputt']);
      expect((await listNotes(db, id(1))).map((n) => n.text)).toEqual(['Stammkundin']);
      expect(await listTags(db, id(1))).toEqual(['VIP']);
      expect((await waitingList(db, DEFAULT_SETTINGS, T0 + MIN)).map((w) => w.conversationId)).toEqual([id(4)]);
      expect(await getSettings(db)).toEqual(SettingsSchema.parse({ agentName: 'Kim', slaWarningMin: 10, slaBreachMin: 30 }));
      db.close();
    });
  }
});
