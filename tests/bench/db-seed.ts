/**
 * Seeds a store with N customers and M messages quickly (bulkPut in chunks), for the history and
 * record benchmarks. Runs in the extension page (real IndexedDB) or in Node with fake-indexeddb.
 * Rows pass the record schemas, so the store looks like one the extension filled itself.
 */
import type { CareDb } from '../../lib/db';
import { uuidv7 } from '../../lib/db/ids';
import { chunkThread } from '../../lib/db/messages';
import type {
  ConversationRecord,
  CustomerRecord,
  IdentityRecord,
  MessageRecord,
} from '../../lib/db/schema';
import type { Conversation, Platform, View } from '../../lib/model/conversation';

export interface SeedOptions {
  customers: number;
  messages: number;
  /** Share of customers linked in pairs across platforms (default 0.1). */
  linkedShare?: number;
  /** Time the newest message was written (default now). */
  now?: number;
  /** Rows per bulkPut (default 5000). */
  chunk?: number;
}

export interface SeedResult {
  customerIds: string[];
  conversationIds: string[];
  ms: number;
}

const PLATFORMS: Array<[Platform, View]> = [
  ['x', 'post-detail'],
  ['x', 'dm'],
  ['facebook', 'post-comments'],
  ['facebook', 'dm'],
  ['instagram', 'post-comments'],
  ['instagram', 'dm'],
];

const WORDS = (
  'hallo ich habe seit gestern kein internet mein router blinkt rot können sie helfen ' +
  'my order has not arrived yet could you check the tracking please thanks rechnung ' +
  'doppelt abgebucht vertrag kündigen tarif wechseln roaming funktioniert nicht'
).split(' ');

/** Deterministic pseudo-random numbers so every run seeds the same shape. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 0x1_0000_0000;
  };
}

async function putChunked<T>(table: { bulkPut(rows: T[]): Promise<unknown> }, rows: T[], chunk: number): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await table.bulkPut(rows.slice(i, i + chunk));
}

/** Fills the store; returns the ids it made and how long it took. */
export async function seedDb(db: CareDb, opts: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const now = opts.now ?? Date.now();
  const chunk = opts.chunk ?? 5000;
  const rand = rng(42);
  const customers: CustomerRecord[] = [];
  const identities: IdentityRecord[] = [];
  const conversations: ConversationRecord[] = [];
  const messages: MessageRecord[] = [];
  const base = (t: number) => ({ id: uuidv7(t), teamId: null, createdAt: t, updatedAt: t });

  for (let i = 0; i < opts.customers; i++) {
    const [platform, view] = PLATFORMS[i % PLATFORMS.length]!;
    const t = now - Math.floor(rand() * 365 * 86_400_000);
    const b = base(t);
    customers.push({ ...b, displayName: `Kunde ${i}`, platform, groupId: b.id });
    identities.push({ ...base(t), customerId: b.id, platform, kind: 'handle', value: `kunde_${i}`, name: `Kunde ${i}` });
    const c = base(t);
    conversations.push({
      ...c,
      threadKey: `${platform}|${view}||seed-${i}`,
      platform,
      view,
      threadId: `seed-${i}`,
      url: `https://example.invalid/${platform}/${i}`,
      customerId: b.id,
      firstSeenAt: t,
      lastSeenAt: t,
      needsReply: 0,
    });
  }
  // Link pairs of customers on different platforms.
  const linked = Math.floor((opts.linkedShare ?? 0.1) * opts.customers);
  for (let i = 0; i + 1 < linked; i += 2) customers[i + 1]!.groupId = customers[i]!.groupId;

  // Page positions count per thread (0, 1, 2 …), as recording assigns them.
  const nextPosition = new Map<string, number>();
  for (let j = 0; j < opts.messages; j++) {
    const ci = Math.floor(rand() * opts.customers);
    const conv = conversations[ci]!;
    const isBrand = rand() < 0.3;
    const sentAt = now - Math.floor(rand() * 365 * 86_400_000);
    const words = Array.from({ length: 8 + Math.floor(rand() * 20) }, () => WORDS[Math.floor(rand() * WORDS.length)]);
    const position = nextPosition.get(conv.id) ?? 0;
    nextPosition.set(conv.id, position + 1);
    messages.push({
      ...base(sentAt),
      key: `${conv.threadKey}|id|${j}`,
      conversationId: conv.id,
      customerId: isBrand ? null : conv.customerId,
      platform: conv.platform,
      isBrand,
      authorName: isBrand ? 'Brand' : `Kunde ${ci}`,
      text: words.join(' '),
      masked: false,
      lang: 'de',
      platformId: String(j),
      position,
      firstSeenAt: sentAt,
      lastSeenAt: sentAt,
      sentAt,
      timeSource: 'exact',
    });
  }

  // Messages are stored the way recording stores them: in their threads' chunk rows.
  const byThread = new Map<string, MessageRecord[]>();
  for (const m of messages) byThread.set(m.conversationId, [...(byThread.get(m.conversationId) ?? []), m]);
  const chunks = [...byThread].flatMap(([id, ms]) => chunkThread(id, ms));
  await db.transaction('rw', [db.customers, db.identities, db.conversations, db.messageChunks], async () => {
    await putChunked(db.customers, customers, chunk);
    await putChunked(db.identities, identities, chunk);
    await putChunked(db.conversations, conversations, chunk);
    await putChunked(db.messageChunks, chunks, Math.max(1, Math.floor(chunk / 20)));
  });
  return {
    customerIds: customers.map((c) => c.id),
    conversationIds: conversations.map((c) => c.id),
    ms: performance.now() - started,
  };
}

/**
 * The conversation the store benchmarks record: an X post with 200 replies, every third from the
 * brand, the rest from about 130 customers `kunde_<n>` of the seeded store (thread i overlaps i+1).
 */
export function benchConversation(i: number, customers: number, now: number): Conversation {
  return {
    platform: 'x',
    view: 'post-detail',
    url: `https://x.com/brand/status/${i}`,
    threadId: `bench-${i}`,
    brand: { name: 'Brand', handle: 'brand' },
    messages: Array.from({ length: 200 }, (_, j) => ({
      id: `${i}-${j}`,
      author: j % 3 === 0 ? { handle: 'brand' } : { handle: `kunde_${(i * 7 + j) % customers}` },
      isBrand: j % 3 === 0,
      text: `Nachricht ${j}: mein Router blinkt seit gestern rot, bitte um Hilfe.`,
      lang: 'de' as const,
      timestamp: new Date(now - (200 - j) * 60_000).toISOString(),
    })),
    composerFound: true,
  };
}
