import { z } from 'zod';
import type { CareDb } from './index';
import { allMessages, type MessageChunk, planChunkWrites, threadChunks } from './messages';
import { LATEST_VERSION } from './migrations';
import {
  ConversationRecordSchema,
  CustomerSchema,
  ErasureSchema,
  EventSchema,
  IdentitySchema,
  type MessageRecord,
  MessageRecordSchema,
  NoteSchema,
  RECORD_SCHEMAS,
  type RecordTable,
  SettingsSchema,
  TagSchema,
} from './schema';
import { getSettings } from './settings';

export const EXPORT_FORMAT = 'care-sidebar-export';
export const EXPORT_VERSION = 1;

const TABLES = Object.keys(RECORD_SCHEMAS) as RecordTable[];

/** The IndexedDB table behind a record table (messages live in chunk rows). */
function storeOf(db: CareDb, t: RecordTable) {
  return t === 'messages' ? db.messageChunks : db.table(t);
}

export const ExportTablesSchema = z.object({
  customers: z.array(CustomerSchema),
  identities: z.array(IdentitySchema),
  conversations: z.array(ConversationRecordSchema),
  messages: z.array(MessageRecordSchema),
  notes: z.array(NoteSchema),
  tags: z.array(TagSchema),
  events: z.array(EventSchema),
  erasures: z.array(ErasureSchema),
});

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  schemaVersion: number;
  exportedAt: string;
  /** The options, without the LLM key (a secret does not belong in a file that gets passed around). */
  settings: Record<string, unknown>;
  tables: z.infer<typeof ExportTablesSchema>;
}

/** An import that was refused; nothing was changed. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Everything stored, as a JSON-able object (the outbox, being sync state, is not exported). */
export async function exportAll(db: CareDb, now: number = Date.now()): Promise<ExportFile> {
  return db.transaction('r', [...TABLES.map((t) => storeOf(db, t)), db.settings], async () => {
    const tables = Object.fromEntries(
      await Promise.all(
        TABLES.map(async (t) => [t, t === 'messages' ? await allMessages(db) : await db.table(t).toArray()] as const),
      ),
    ) as ExportFile['tables'];
    const { openaiKey: _secret, ...settings } = await getSettings(db);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      schemaVersion: LATEST_VERSION,
      exportedAt: new Date(now).toISOString(),
      settings,
      tables,
    };
  });
}

export interface ImportResult {
  added: number;
  updated: number;
  /** Rows already stored in a newer state, or of erased customers. */
  skipped: number;
}

function describeIssue(table: string, issue: z.core.$ZodIssue): string {
  const [index, ...rest] = issue.path;
  const where = typeof index === 'number' ? `${table}[${index}]${rest.length ? '.' + rest.join('.') : ''}` : table;
  return `${where}: ${issue.message}`;
}

/** Checks a would-be export file completely; returns it typed or throws ImportError. */
export function parseExport(raw: unknown): ExportFile {
  let data = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      throw new ImportError('The file is not valid JSON, so it cannot be a Care Sidebar export. Nothing was imported.');
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ImportError('The file is not a Care Sidebar export (it is not a JSON object). Nothing was imported.');
  }
  const obj = data as Record<string, unknown>;
  if (obj.format !== EXPORT_FORMAT) {
    throw new ImportError(`The file is not a Care Sidebar export (its format tag is not "${EXPORT_FORMAT}"). Nothing was imported.`);
  }
  if (obj.version !== EXPORT_VERSION) {
    throw new ImportError(
      `The export has version ${JSON.stringify(obj.version)}; this extension reads version ${EXPORT_VERSION}. Nothing was imported.`,
    );
  }
  if (typeof obj.tables !== 'object' || obj.tables === null) {
    throw new ImportError('The export has no tables. Nothing was imported.');
  }
  const tablesIn = obj.tables as Record<string, unknown>;
  for (const t of TABLES) {
    const r = z.array(RECORD_SCHEMAS[t]).safeParse(tablesIn[t] ?? []);
    if (!r.success) {
      throw new ImportError(`The export is damaged at ${describeIssue(t, r.error.issues[0]!)}. Nothing was imported.`);
    }
  }
  const tables = ExportTablesSchema.parse(Object.fromEntries(TABLES.map((t) => [t, tablesIn[t] ?? []])));
  const settings = SettingsSchema.safeParse(obj.settings ?? {});
  if (!settings.success) {
    throw new ImportError(`The export's settings are invalid at ${describeIssue('settings', settings.error.issues[0]!)}. Nothing was imported.`);
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schemaVersion: typeof obj.schemaVersion === 'number' ? obj.schemaVersion : LATEST_VERSION,
    exportedAt: typeof obj.exportedAt === 'string' ? obj.exportedAt : '',
    settings: (obj.settings ?? {}) as Record<string, unknown>,
    tables,
  };
}

/**
 * Imports an export (a JSON string or parsed object): validated fully first, then merged by id in one
 * transaction (a stored row that changed later wins). Records of the same thread, message or identity
 * stored under other ids are joined to the stored ones. Erased customers stay erased. A corrupt or
 * foreign file throws ImportError and changes nothing.
 */
export async function importAll(db: CareDb, raw: unknown): Promise<ImportResult> {
  const file = parseExport(raw);
  const t = file.tables;
  const result: ImportResult = { added: 0, updated: 0, skipped: 0 };
  try {
    await db.transaction('rw', [...TABLES.map((n) => storeOf(db, n)), db.settings], async () => {
      const erased = new Set([
        ...t.erasures.map((e) => e.erasedId),
        ...(await db.erasures.toArray()).map((e) => e.erasedId),
      ]);
      // Join identities, threads and messages the store already knows under other ids.
      const customerMap = new Map<string, string>();
      const convMap = new Map<string, string>();
      const msgMap = new Map<string, string>();
      // Whole-table reads are single getAll() requests; anyOf() over thousands of keys walks a cursor.
      const localIdentities = t.identities.length ? await db.identities.toArray() : [];
      const identityByKey = new Map(localIdentities.map((i) => [`${i.platform}|${i.kind}|${i.value}`, i]));
      for (const i of t.identities) {
        const local = identityByKey.get(`${i.platform}|${i.kind}|${i.value}`);
        if (local && local.customerId !== i.customerId && !customerMap.has(i.customerId)) customerMap.set(i.customerId, local.customerId);
      }
      const localConvs = t.conversations.length ? await db.conversations.toArray() : [];
      const convByKey = new Map(localConvs.map((c) => [c.threadKey, c.id]));
      const sharedConvs: string[] = [];
      for (const c of t.conversations) {
        const local = convByKey.get(c.threadKey);
        if (local && local !== c.id) convMap.set(c.id, local);
        if (local) sharedConvs.push(local);
      }
      // Message keys are per thread: only threads both sides know can hold the same message.
      // The chunks of every thread the file has messages for (joined or not), read once.
      const chunksOf = new Map<string, MessageChunk[]>();
      const msgConvs = [...new Set([...sharedConvs, ...t.messages.map((m) => convMap.get(m.conversationId) ?? m.conversationId)])];
      (await Promise.all(msgConvs.map((id) => threadChunks(db, id)))).forEach((cs, i) => chunksOf.set(msgConvs[i]!, cs));
      const localMsgs = sharedConvs.flatMap((id) => (chunksOf.get(id) ?? []).flatMap((c) => c.messages));
      const msgByKey = new Map(localMsgs.map((m) => [m.key, m.id]));
      for (const m of t.messages) {
        const local = msgByKey.get(m.key);
        if (local && local !== m.id) msgMap.set(m.id, local);
      }
      const cust = (id: string): string => customerMap.get(id) ?? id;
      const custN = (id: string | null): string | null => (id === null ? null : cust(id));
      const conv = (id: string): string => convMap.get(id) ?? id;
      const isErased = (id: string | null): boolean => id !== null && erased.has(id);

      const merge = async <R extends { id: string; updatedAt: number }>(
        table: Exclude<RecordTable, 'messages'>,
        rows: R[],
        joined: (r: R) => boolean,
      ): Promise<void> => {
        const keep = rows.filter((r) => {
          if (joined(r)) {
            result.skipped += 1;
            return false;
          }
          return true;
        });
        const local = await db.table(table).bulkGet(keep.map((r) => r.id));
        const write: R[] = [];
        keep.forEach((r, i) => {
          const l = local[i] as R | undefined;
          if (l && l.updatedAt > r.updatedAt) result.skipped += 1;
          else {
            if (l) result.updated += 1;
            else result.added += 1;
            write.push(r);
          }
        });
        await db.table(table).bulkPut(write);
      };

      await merge(
        'customers',
        t.customers.map((c) => ({ ...c, groupId: cust(c.groupId) })),
        (c) => customerMap.has(c.id) || erased.has(c.id),
      );
      await merge(
        'identities',
        t.identities.map((i) => ({ ...i, customerId: cust(i.customerId) })),
        (i) => identityByKey.has(`${i.platform}|${i.kind}|${i.value}`) || isErased(i.customerId),
      );
      await merge(
        'conversations',
        t.conversations.map((c) => ({ ...c, customerId: custN(c.customerId) })),
        (c) => convMap.has(c.id) || isErased(c.customerId),
      );
      const erasedConvs = new Set(t.conversations.filter((c) => isErased(c.customerId)).map((c) => c.id));
      // One row per message key: the store has no unique index on keys (recording matches them per
      // thread), so a file that holds one message twice under two ids is refused here.
      const idOfKey = new Map<string, string>();
      for (const m of t.messages) {
        const other = idOfKey.get(m.key);
        if (other !== undefined && other !== m.id) {
          throw new ImportError(`The file holds one message twice (records ${other} and ${m.id}). Nothing was imported.`);
        }
        idOfKey.set(m.key, m.id);
      }
      // Messages merge the same way, into their threads' chunks.
      const byThread = new Map<string, MessageRecord[]>();
      for (const raw of t.messages) {
        const m = { ...raw, conversationId: conv(raw.conversationId), customerId: custN(raw.customerId) };
        if (msgMap.has(m.id) || isErased(m.customerId) || erasedConvs.has(m.conversationId)) {
          result.skipped += 1;
          continue;
        }
        const list = byThread.get(m.conversationId);
        if (list) list.push(m);
        else byThread.set(m.conversationId, [m]);
      }
      const chunkWrites: MessageChunk[] = [];
      const chunkRemovals: string[] = [];
      for (const [convId, rows] of byThread) {
        const chunks = chunksOf.get(convId) ?? [];
        const local = new Map(chunks.flatMap((c) => c.messages).map((m) => [m.id, m]));
        const write = rows.filter((r) => {
          const l = local.get(r.id);
          if (l && l.updatedAt > r.updatedAt) result.skipped += 1;
          else if (l) result.updated += 1;
          else result.added += 1;
          return !(l && l.updatedAt > r.updatedAt);
        });
        const plan = planChunkWrites(convId, chunks, write);
        chunkWrites.push(...plan.put);
        chunkRemovals.push(...plan.remove);
      }
      if (chunkWrites.length > 0) await db.messageChunks.bulkPut(chunkWrites);
      if (chunkRemovals.length > 0) await db.messageChunks.bulkDelete(chunkRemovals);
      await merge(
        'notes',
        t.notes.map((n) => ({ ...n, customerId: cust(n.customerId) })),
        (n) => isErased(n.customerId),
      );
      const localTags = t.tags.length ? await db.tags.toArray() : [];
      const tagByKey = new Map(localTags.map((g) => [`${g.customerId}|${g.tagKey}`, g.id]));
      await merge(
        'tags',
        t.tags.map((g) => ({ ...g, customerId: cust(g.customerId) })),
        (g) => {
          const local = tagByKey.get(`${g.customerId}|${g.tagKey}`);
          return (local !== undefined && local !== g.id) || isErased(g.customerId);
        },
      );
      await merge(
        'events',
        t.events.map((e) => ({
          ...e,
          customerId: custN(e.customerId),
          conversationId: e.conversationId === null ? null : conv(e.conversationId),
          messageId: e.messageId === null ? null : (msgMap.get(e.messageId) ?? e.messageId),
        })),
        (e) => isErased(e.customerId) || (e.conversationId !== null && erasedConvs.has(e.conversationId)),
      );
      await merge('erasures', t.erasures, () => false);

      const current = await getSettings(db);
      const incoming = SettingsSchema.parse({ ...current, ...file.settings, openaiKey: current.openaiKey });
      await db.settings.put({ id: 'local', value: { ...incoming } });
    });
  } catch (err) {
    if (err instanceof ImportError) throw err;
    const why = err instanceof Error ? err.message : String(err);
    throw new ImportError(`The export could not be stored (${why}). Nothing was imported.`);
  }
  return result;
}
