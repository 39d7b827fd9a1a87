import type { Dexie, Transaction } from 'dexie';
import { resolveMessageTime } from '../timer/time';
import { chunkThread } from './messages';
import type { MessageRecord } from './schema';

/**
 * Every schema version the extension has shipped, oldest first. Never edit a shipped version:
 * add a new one with an upgrade function, and a test that upgrades from each older one.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** The first schema. */
const v1: SchemaVersion = {
  version: 1,
  stores: {
    customers: 'id, updatedAt',
    identities: 'id, customerId, &[platform+kind+value]',
    conversations: 'id, &threadKey, customerId, lastSeenAt',
    messages: 'id, &key, conversationId, customerId, firstSeenAt',
    notes: 'id, customerId',
    tags: 'id, customerId, &[customerId+tagKey]',
    events: 'id, type, conversationId, customerId, at',
    settings: 'id',
    outbox: 'id, *customerIds',
    erasures: 'id, erasedId',
  },
};

/**
 * v2: cross-platform links (customers get a link `groupId`), a resolved `sentAt`/`timeSource` on
 * messages with a [customerId+sentAt] index so a customer's history is one ordered range read, and a
 * `needsReply` hint on conversations so the waiting list scans only threads that may be waiting.
 */
const v2: SchemaVersion = {
  version: 2,
  stores: {
    customers: 'id, groupId, updatedAt',
    conversations: 'id, &threadKey, customerId, needsReply, lastSeenAt',
    messages: 'id, &key, conversationId, [customerId+sentAt], sentAt',
  },
  async upgrade(tx) {
    await tx
      .table('customers')
      .toCollection()
      .modify((c: { id: string; groupId?: string }) => {
        c.groupId ??= c.id;
      });
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    await tx
      .table('messages')
      .toCollection()
      .modify((m: Record<string, unknown> & { firstSeenAt: number; sentAt?: number; timeSource?: string }) => {
        const r = resolveMessageTime(
          {
            timestamp: typeof m.timestamp === 'string' ? m.timestamp : undefined,
            timeLabel: typeof m.timeLabel === 'string' ? m.timeLabel : undefined,
            dayLabel: typeof m.dayLabel === 'string' ? m.dayLabel : undefined,
            relativeTime: typeof m.relativeTime === 'string' ? m.relativeTime : undefined,
          },
          { readAt: m.firstSeenAt, timeZone, firstSeenAt: m.firstSeenAt },
        );
        m.sentAt = r.ms;
        m.timeSource = r.source;
      });
    const messages = (await tx.table('messages').toArray()) as Array<{
      conversationId: string;
      isBrand: boolean;
      position: number;
      lastSeenAt: number;
    }>;
    const latest = new Map<string, { position: number; isBrand: boolean; lastSeenAt: number }>();
    for (const m of messages) {
      const cur = latest.get(m.conversationId);
      if (!cur || m.lastSeenAt > cur.lastSeenAt || (m.lastSeenAt === cur.lastSeenAt && m.position > cur.position)) {
        latest.set(m.conversationId, m);
      }
    }
    await tx
      .table('conversations')
      .toCollection()
      .modify((c: { id: string; needsReply?: 0 | 1 }) => {
        const last = latest.get(c.id);
        c.needsReply = last && !last.isBrand ? 1 : 0;
      });
  },
};

/**
 * v3: fewer message indexes, since every index is written for each of the ~200 rows a thread read
 * stores. Nothing queries by `key` (a thread's keys are read with its messages by `conversationId`, and
 * recording matches them there) or by `sentAt` alone (retention pages through the table instead).
 * Rows keep every field; only index structures change (IndexedDB drops them), so no upgrade function.
 */
const v3: SchemaVersion = {
  version: 3,
  stores: {
    messages: 'id, [conversationId+position], [customerId+sentAt]',
  },
};

/**
 * v4: messages move into per-thread chunk rows (see lib/db/messages.ts: one put per ~200 messages
 * instead of one per message). The old table is read here and dropped in v5: Dexie lets an upgrade
 * read a table only while its version still declares it.
 */
const v4: SchemaVersion = {
  version: 4,
  stores: {
    messageChunks: 'id, *customerIds',
  },
  async upgrade(tx) {
    const rows = (await tx.table('messages').toArray()) as MessageRecord[];
    const byThread = new Map<string, MessageRecord[]>();
    for (const m of rows) {
      const list = byThread.get(m.conversationId);
      if (list) list.push(m);
      else byThread.set(m.conversationId, [m]);
    }
    const chunks = [...byThread].flatMap(([conversationId, msgs]) => chunkThread(conversationId, msgs));
    if (chunks.length > 0) await tx.table('messageChunks').bulkAdd(chunks);
  },
};

/** v5: the per-message table, emptied into chunks by v4. */
const v5: SchemaVersion = {
  version: 5,
  stores: {
    messages: null,
  },
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1, v2, v3, v4, v5];
export const LATEST_VERSION = 5;

/** Declares the schema versions up to `upTo` on a Dexie instance (tests open older versions this way). */
export function declareVersions(db: Dexie, upTo: number = LATEST_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}
