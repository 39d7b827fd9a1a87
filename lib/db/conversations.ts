import { Dexie, RangeSet } from 'dexie';
import type { Author, Conversation, Message, Platform } from '../model/conversation';
import { ConversationSchema } from '../model/conversation';
import { computeClock } from '../timer/clock';
import { resolveMessageTime, TIME_SOURCE_RANK } from '../timer/time';
import { stableHash, uuidv7 } from './ids';
import { authorTag, type IdentityKey, identityKeys, threadKeyOf, withCounterpart } from './identity';
import type { CareDb } from './index';
import { threadChunks, writeThreadMessages } from './messages';
import { mergeOrder } from './order';
import { enqueue, put } from './outbox';
import type {
  ConversationRecord,
  CustomerRecord,
  EventRecord,
  IdentityRecord,
  MessageRecord,
  OutboxChange,
} from './schema';

export interface RecordOptions {
  /** When the page was read (ms). */
  seenAt: number;
  /** Applied to message text before storing (the "store masked only" option). */
  maskText?: (text: string) => string;
  /** Zone of the page's clock labels; defaults to the runtime's. */
  timeZone?: string;
  teamId?: string | null;
}

export interface RecordResult {
  conversationId: string;
  /** The customer the thread is with (DM counterpart, else its first customer author). */
  customerId: string | null;
  /** Per message of `conversation.messages`, in order: the stored row's id. */
  messageIds: string[];
  /** Per message: the author's customer id, null for the brand's own messages. */
  customerIds: (string | null)[];
  /** Per message: when the extension first saw it. */
  firstSeenAt: number[];
  /** How many messages were new. */
  added: number;
}

const keyString = (k: IdentityKey): string => `${k.platform}|${k.kind}|${k.value}`;

const LAST_SEEN_REFRESH_MS = 3_600_000;

/**
 * Identities recently looked up or stored, per open store: key string -> identity row. A cached row is
 * dropped as soon as any context commits a write that may delete or change it or its customer (Dexie's
 * storagemutated event carries the touched primary keys, also from other pages of the extension), so a
 * hit needs no read: an erased or expired customer takes its identities out of the cache with it.
 * That notice reaches other pages asynchronously, so each recording also counts the erasure tombstones
 * inside its own transaction: if another page erased someone since, the whole cache is dropped first.
 */
const IDENTITY_CACHE_SIZE = 5_000;
interface IdentityCache {
  rows: Map<string, IdentityRecord>;
  /** Erasure tombstones stored when the cache was last known to be current (null: unknown). */
  erasures: number | null;
}
const identityCaches = new WeakMap<CareDb, IdentityCache>();

type Parts = Record<string, unknown>;

/** The touched keys of one table in a storagemutated notice (plain objects when sent between pages). */
function touched(parts: Parts, dbName: string, table: string): RangeSet | null {
  const part = parts[`idb://${dbName}/${table}/:dels`];
  if (!part || typeof part !== 'object') return null;
  return part instanceof RangeSet ? part : Object.assign(new RangeSet(), part);
}

function identityCache(db: CareDb): IdentityCache {
  let cache = identityCaches.get(db);
  if (!cache) {
    const fresh: IdentityCache = { rows: new Map(), erasures: null };
    identityCaches.set(db, (cache = fresh));
    const dbName = db.name;
    Dexie.on('storagemutated', (parts: Parts) => {
      if (fresh.rows.size === 0) return;
      const customers = touched(parts, dbName, 'customers');
      const identities = touched(parts, dbName, 'identities');
      if (!customers && !identities) return;
      for (const [k, r] of fresh.rows) {
        if (customers?.hasKey(r.customerId) || identities?.hasKey(r.id)) fresh.rows.delete(k);
      }
    });
  }
  return cache;
}

function rememberIdentity(cache: Map<string, IdentityRecord>, key: string, row: IdentityRecord): void {
  cache.delete(key);
  cache.set(key, row);
  // A Map iterates in insertion order: the first key is the least recently remembered.
  if (cache.size > IDENTITY_CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/** Whether two versions of a stored message are the same, field by field. */
function sameRow(a: MessageRecord | undefined, b: MessageRecord): boolean {
  if (!a) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k as keyof MessageRecord] === b[k as keyof MessageRecord]);
}

/** The platform id of a message, if the page shows one (Facebook replies: parent/reply comment ids). */
function platformIdOf(m: Message): string | undefined {
  if (m.id) return m.id;
  if (m.replyCommentId) return `${m.commentId ?? ''}/${m.replyCommentId}`;
  return m.commentId;
}

/**
 * The stable key of each message: its platform id within the thread, or, where the page shows
 * none, a hash of thread, author, text and how many identical messages came before it.
 */
export function messageKeys(threadKey: string, platform: Platform, messages: readonly Message[]): string[] {
  const used = new Set<string>();
  const occurrences = new Map<string, number>();
  return messages.map((m) => {
    const pid = platformIdOf(m);
    let key = pid ? `${threadKey}|id|${pid}` : undefined;
    if (!key || used.has(key)) {
      const who = m.isBrand ? '\u0001brand' : authorTag(m.author);
      const text = m.text.trim().replace(/\s+/g, ' ');
      const base = `${who}\u0000${text}`;
      const n = occurrences.get(base) ?? 0;
      occurrences.set(base, n + 1);
      key = `${platform}|h|${stableHash([threadKey, who, text, String(n)])}`;
    }
    used.add(key);
    return key;
  });
}

function displayNameOf(a: Author): string {
  return (a.name ?? a.handle ?? '').trim();
}

/**
 * Stores what the extension read from a page, in one transaction: the customers (matched only on
 * the same platform by handle or profile id), the conversation, each message once (re-visits update,
 * never duplicate, and keep the first sighting), the seen-events, and the outbox entry.
 */
export async function recordConversation(
  db: CareDb,
  conversation: Conversation,
  opts: RecordOptions,
): Promise<RecordResult> {
  const conv = ConversationSchema.parse(conversation);
  const { seenAt } = opts;
  const teamId = opts.teamId ?? null;
  const timeZone = opts.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const threadKey = threadKeyOf(conv);
  const read = withCounterpart(conv);
  // A Facebook post the comments belong to is stored as the thread's first message.
  const all: Message[] = conv.post ? [conv.post, ...read] : read;
  const offset = conv.post ? 1 : 0;
  const keys = messageKeys(threadKey, conv.platform, all);

  // Distinct customer authors (and the DM counterpart), each with its identity keys.
  const authorOf: (string | null)[] = [];
  const authors = new Map<string, { keys: IdentityKey[]; author: Author }>();
  const noteAuthor = (a: Author): string => {
    const ks = identityKeys(conv.platform, a, threadKey);
    const tag = keyString(ks[0]!);
    const cur = authors.get(tag);
    if (!cur) authors.set(tag, { keys: ks, author: a });
    else if (!cur.author.name && a.name) cur.author = { ...cur.author, name: a.name };
    return tag;
  };
  for (const m of all) authorOf.push(m.isBrand ? null : noteAuthor(m.author));
  const counterpartTag = conv.counterpart ? noteAuthor(conv.counterpart) : null;

  return db.transaction(
    'rw',
    [db.customers, db.identities, db.conversations, db.messageChunks, db.events, db.outbox, db.erasures],
    async () => {
      const changes: OutboxChange[] = [];
      const cache = identityCache(db);
      const [existingConvs, erasures] = await Promise.all([
        db.conversations.where('threadKey').equals(threadKey).toArray(),
        db.erasures.count(),
      ]);
      if (cache.erasures !== erasures) {
        cache.rows.clear();
        cache.erasures = erasures;
      }
      const existingConv = existingConvs[0];
      const conversationId = existingConv?.id ?? uuidv7(seenAt);
      // Keys are per thread, so the thread's stored messages are all the candidates: one range read.
      const chunks = existingConv ? await threadChunks(db, existingConv.id) : [];
      const stored = chunks.flatMap((c) => c.messages);
      const byMsgKey = new Map(stored.map((r) => [r.key, r]));

      // Authors of messages stored before are known; only new authors are looked up.
      const customerOfTag = new Map<string, string>();
      all.forEach((_, i) => {
        const tag = authorOf[i];
        const prev = byMsgKey.get(keys[i]!);
        if (tag && prev?.customerId) customerOfTag.set(tag, prev.customerId);
      });
      if (counterpartTag && existingConv?.customerId && !customerOfTag.has(counterpartTag)) {
        customerOfTag.set(counterpartTag, existingConv.customerId);
      }
      const unknown = [...authors].filter(([tag]) => !customerOfTag.has(tag));
      // Identities seen lately come from memory (see identityCache). The rest: one getAll() per key,
      // all in flight at once: anyOf() on a compound index and first() both walk a cursor, a round
      // trip per step.
      const wanted = unknown.flatMap(([, a]) => a.keys);
      const found = await Promise.all(
        wanted.map((k) => {
          const c = cache.rows.get(keyString(k));
          return c ? [c] : db.identities.where('[platform+kind+value]').equals([k.platform, k.kind, k.value]).toArray();
        }),
      );
      const byKey = new Map(found.flat().map((r) => [keyString(r), r]));

      const newCustomers: CustomerRecord[] = [];
      const newIdentities: IdentityRecord[] = [];
      const unnamed = new Map<string, string>();
      for (const [tag, { keys: ks, author }] of unknown) {
        const hit = ks.map((k) => byKey.get(keyString(k))).find(Boolean);
        let customerId = hit?.customerId;
        if (!customerId) {
          customerId = uuidv7(seenAt);
          newCustomers.push({
            id: customerId,
            teamId,
            createdAt: seenAt,
            updatedAt: seenAt,
            displayName: displayNameOf(author),
            platform: conv.platform,
            groupId: customerId,
          });
        } else if (hit && !hit.name && author.name?.trim()) {
          unnamed.set(customerId, author.name.trim());
        }
        customerOfTag.set(tag, customerId);
        for (const k of ks) {
          if (byKey.has(keyString(k))) continue;
          const identity: IdentityRecord = {
            id: uuidv7(seenAt),
            teamId,
            createdAt: seenAt,
            updatedAt: seenAt,
            customerId,
            platform: k.platform,
            kind: k.kind,
            value: k.value,
            ...(author.name ? { name: author.name } : {}),
            ...(author.profileUrl ? { profileUrl: author.profileUrl } : {}),
          };
          byKey.set(keyString(k), identity);
          newIdentities.push(identity);
        }
      }
      // Customers first seen by handle only get their name once a page shows it.
      const updatedCustomers: CustomerRecord[] = [];
      if (unnamed.size > 0) {
        for (const c of await db.customers.bulkGet([...unnamed.keys()])) {
          const name = c && unnamed.get(c.id);
          const handles = newIdentities.concat(found.flat()).filter((i) => i.customerId === c?.id).map((i) => i.value);
          if (c && name && (!c.displayName || handles.includes(c.displayName.toLowerCase()))) {
            updatedCustomers.push({ ...c, displayName: name, updatedAt: seenAt });
          }
        }
      }

      const customerIds = authorOf.map((t) => (t ? (customerOfTag.get(t) ?? null) : null));
      const threadCustomer =
        (counterpartTag ? customerOfTag.get(counterpartTag) : undefined) ?? customerIds.find((c) => c !== null) ?? null;
      const readStartsAt = all.length
        ? resolveMessageTime(all[0]!, { readAt: seenAt, timeZone, firstSeenAt: byMsgKey.get(keys[0]!)?.firstSeenAt ?? seenAt }).ms
        : undefined;
      const order = mergeOrder(stored, keys, readStartsAt);
      const rows: MessageRecord[] = [];
      const writes: MessageRecord[] = [];
      const seen: MessageRecord[] = [];
      let added = 0;
      all.forEach((m, i) => {
        const key = keys[i]!;
        const prev = byMsgKey.get(key);
        const firstSeenAt = prev?.firstSeenAt ?? seenAt;
        const t = resolveMessageTime(m, { readAt: seenAt, timeZone, firstSeenAt });
        const kept = prev && TIME_SOURCE_RANK[t.source] <= TIME_SOURCE_RANK[prev.timeSource] ? prev : null;
        const when = kept ?? m;
        const text = opts.maskText ? opts.maskText(m.text) : m.text;
        const pid = platformIdOf(m);
        const row: MessageRecord = {
          id: prev?.id ?? uuidv7(seenAt),
          teamId: prev?.teamId ?? teamId,
          createdAt: prev?.createdAt ?? seenAt,
          updatedAt: prev?.updatedAt ?? seenAt,
          key,
          conversationId,
          customerId: customerIds[i] ?? null,
          platform: conv.platform,
          isBrand: m.isBrand,
          ...(m.author.name ? { authorName: m.author.name } : {}),
          ...(m.author.handle ? { authorHandle: m.author.handle } : {}),
          text,
          masked: !!opts.maskText,
          lang: m.lang,
          ...(pid ? { platformId: pid } : {}),
          ...(m.permalink ? { permalink: m.permalink } : {}),
          // The labels that gave the kept time stay with it (a relative "3 h" read later would not match it).
          ...(when.timestamp ? { timestamp: when.timestamp } : {}),
          ...(when.timeLabel ? { timeLabel: when.timeLabel } : {}),
          ...(when.dayLabel ? { dayLabel: when.dayLabel } : {}),
          ...(when.relativeTime ? { relativeTime: when.relativeTime } : {}),
          ...(m.depth !== undefined ? { depth: m.depth } : {}),
          ...(m.inReplyTo ? { inReplyTo: m.inReplyTo } : {}),
          position: order.get(key) ?? i,
          firstSeenAt,
          // Refreshed at most hourly, so re-reading an unchanged thread writes nothing.
          lastSeenAt: prev && seenAt - prev.lastSeenAt < LAST_SEEN_REFRESH_MS ? prev.lastSeenAt : seenAt,
          sentAt: kept ? kept.sentAt : t.ms,
          timeSource: kept ? kept.timeSource : t.source,
        };
        const changed =
          !prev ||
          prev.text !== row.text ||
          prev.sentAt !== row.sentAt ||
          prev.customerId !== row.customerId ||
          prev.masked !== row.masked;
        if (changed) {
          row.updatedAt = seenAt;
          changes.push(put('messages', row));
        }
        if (changed || !sameRow(prev, row)) writes.push(row);
        if (!prev) {
          added += 1;
          seen.push(row);
        }
        rows.push(row);
      });

      // Messages stored earlier but not on the page now keep their place; some move by a position.
      const readKeys = new Set(keys);
      for (const r of stored) {
        if (readKeys.has(r.key)) continue;
        const position = order.get(r.key) ?? r.position;
        const row = position === r.position ? r : { ...r, position };
        if (row !== r) writes.push(row);
        rows.push(row);
      }
      const ordered = [...rows].sort((a, b) => a.position - b.position);
      const clock = computeClock({
        messages: ordered.map((r) => ({ isBrand: r.isBrand, resolvedAt: r.sentAt, resolvedSource: r.timeSource })),
        settings: { slaWarningMin: 15, slaBreachMin: 60 },
        now: seenAt,
      });
      const title = displayNameOf(conv.counterpart ?? {}) || undefined;
      const convRow: ConversationRecord = {
        id: conversationId,
        teamId: existingConv?.teamId ?? teamId,
        createdAt: existingConv?.createdAt ?? seenAt,
        updatedAt: existingConv?.updatedAt ?? seenAt,
        threadKey,
        platform: conv.platform,
        view: conv.view,
        ...(conv.threadType ? { threadType: conv.threadType } : {}),
        threadId: conv.threadId,
        url: conv.url,
        customerId: threadCustomer ?? existingConv?.customerId ?? null,
        ...(title ? { title } : existingConv?.title ? { title: existingConv.title } : {}),
        firstSeenAt: existingConv?.firstSeenAt ?? seenAt,
        lastSeenAt: seenAt,
        needsReply: clock.state === 'running' ? 1 : 0,
      };
      if (
        !existingConv ||
        existingConv.url !== convRow.url ||
        existingConv.customerId !== convRow.customerId ||
        existingConv.title !== convRow.title
      ) {
        convRow.updatedAt = seenAt;
        changes.unshift(put('conversations', convRow));
      }

      for (const c of [...newCustomers, ...updatedCustomers]) changes.unshift(put('customers', c));
      for (const r of newIdentities) changes.push(put('identities', r));
      // One append-only fact per read: which messages were first seen now (customer and brand), with
      // their resolved times, so a timer can be derived from events alone.
      const events: EventRecord[] = [];
      if (seen.length > 0) {
        events.push({
          id: uuidv7(seenAt),
          teamId,
          createdAt: seenAt,
          updatedAt: seenAt,
          type: 'messages-seen',
          at: seenAt,
          conversationId,
          customerId: convRow.customerId,
          messageId: null,
          data: {
            messageIds: seen.map((r) => r.id),
            brand: seen.map((r) => (r.isBrand ? 1 : 0)),
            sentAt: seen.map((r) => r.sentAt),
            timeSource: seen.map((r) => r.timeSource),
          },
        });
      }
      for (const e of events) changes.push(put('events', e));

      // All writes in flight at once (IndexedDB keeps their order within the transaction).
      const customerRows = [...newCustomers, ...updatedCustomers];
      await Promise.all([
        customerRows.length > 0 && db.customers.bulkPut(customerRows),
        newIdentities.length > 0 && db.identities.bulkAdd(newIdentities),
        db.conversations.put(convRow),
        writes.length > 0 && writeThreadMessages(db, conversationId, chunks, writes),
        events.length > 0 && db.events.bulkAdd(events),
        enqueue(db, 'recordConversation', changes, customerIds.concat(threadCustomer), seenAt, teamId),
      ]);

      // Remembered only once the transaction commits.
      Dexie.currentTransaction?.on('complete', () => {
        for (const r of found.flat().concat(newIdentities)) rememberIdentity(cache.rows, keyString(r), r);
      });
      return {
        conversationId,
        customerId: convRow.customerId,
        messageIds: rows.slice(offset, all.length).map((r) => r.id),
        customerIds: customerIds.slice(offset),
        firstSeenAt: rows.slice(offset, all.length).map((r) => r.firstSeenAt),
        added,
      };
    },
  );
}

/** The stored customer an author on a platform is, if any (never across platforms). */
export async function findCustomerForAuthor(
  db: CareDb,
  platform: Platform,
  author: Author,
  threadKey = '',
): Promise<CustomerRecord | undefined> {
  for (const k of identityKeys(platform, author, threadKey)) {
    const hit = await db.identities.where('[platform+kind+value]').equals([k.platform, k.kind, k.value]).first();
    if (hit) return db.customers.get(hit.customerId);
  }
  return undefined;
}
