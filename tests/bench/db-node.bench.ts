/**
 * Store benchmark in Node on fake-indexeddb (a pure-JS IndexedDB, much slower than Chromium's):
 * seeds N customers / M messages, then times opening a customer's history, storing a 200-message
 * conversation, the waiting list and an export. The budgets (history < 10 ms p95, record < 50 ms)
 * apply to Chromium; this run shows the query shapes scale (an index range read, not a scan).
 *   npx tsx tests/bench/db-node.bench.ts [--customers 10000] [--messages 100000] [--import]
 * Prints JSON.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb } from '../../lib/db';
import { customerHistory, exportAll, importAll, recordConversation, waitingList } from '../../lib/db/repo';
import { DEFAULT_SETTINGS } from '../../lib/db/settings';
import type { Conversation } from '../../lib/model/conversation';
import { benchConversation, seedDb } from './db-seed';

const args = process.argv.slice(2);
const num = (k: string, d: number): number => {
  const i = args.indexOf(k);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const customers = num('--customers', 10_000);
const BASE = Date.parse('2026-11-18T09:00:00Z');
const messages = num('--messages', 100_000);

function stats(xs: number[]): { p50: number; p95: number; max: number; n: number } {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): number => Number((s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0).toFixed(2));
  return { p50: q(0.5), p95: q(0.95), max: q(1), n: s.length };
}

const conversation = (i: number): Conversation => benchConversation(i, customers, BASE);

const db = openDb('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
const seed = await seedDb(db, { customers, messages });

const history: number[] = [];
for (let k = 0; k < 200; k++) {
  const id = seed.customerIds[(k * 7919) % seed.customerIds.length]!;
  const t = performance.now();
  await customerHistory(db, id, { excludeConversationId: seed.conversationIds[0] });
  history.push(performance.now() - t);
}

const record: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  await recordConversation(db, conversation(i), { seenAt: Date.now() });
  record.push(performance.now() - t);
}
const revisit: number[] = [];
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  await recordConversation(db, conversation(i), { seenAt: Date.now() });
  revisit.push(performance.now() - t);
}

let t = performance.now();
const waiting = await waitingList(db, DEFAULT_SETTINGS, Date.now());
const waitingMs = performance.now() - t;
t = performance.now();
const file = await exportAll(db);
const exportMs = performance.now() - t;

let importMs: { fresh: number; merge: number } | undefined;
if (args.includes('--import')) {
  const target = openDb('bench-import', { indexedDB: new IDBFactory(), IDBKeyRange });
  const text = JSON.stringify(file);
  t = performance.now();
  await importAll(target, text);
  const fresh = performance.now() - t;
  t = performance.now();
  await importAll(db, text);
  importMs = { fresh: Math.round(fresh), merge: Math.round(performance.now() - t) };
}

console.log(
  JSON.stringify(
    {
      engine: 'fake-indexeddb (Node)',
      customers,
      messages,
      seedMs: Math.round(seed.ms),
      customerHistoryMs: stats(history),
      record200Ms: stats(record.slice(2)),
      revisit200Ms: stats(revisit),
      waitingList: { ms: Number(waitingMs.toFixed(1)), items: waiting.length },
      exportAll: { ms: Math.round(exportMs), bytes: JSON.stringify(file).length },
      ...(importMs ? { importAllMs: importMs } : {}),
    },
    null,
    2,
  ),
);
