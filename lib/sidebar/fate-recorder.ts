import { browser } from 'wxt/browser';
import { z } from 'zod';
import { openDb, type CareDb } from '../db';
import { recordEvent } from '../db/repo';
import type { StorageAreaLike } from './engine-settings';
import { STORE_MESSAGE } from './store';
import type { RecordedFate } from './suggestion-fates';

/** Stores one decided suggestion fate. */
export type FateRecorder = (event: RecordedFate) => Promise<void>;

/** Event type of a suggestion's fate in the local store (data = the fate event). */
export const FATE_EVENT_TYPE = 'suggestion-fate';

/** browser.storage.local key of fates waiting for the local store (when IndexedDB is refused). */
export const PENDING_FATES_KEY = 'pendingSuggestionFates';
const MAX_PENDING = 500;

const PendingSchema = z.array(z.record(z.string(), z.json())).catch([]);

/** A recorder that appends fate events to the local store (and so to the sync outbox). */
export function dbFateRecorder(getDb: () => CareDb): FateRecorder {
  return async (event) => {
    const at = Date.parse(event.at);
    await recordEvent(getDb(), { type: FATE_EVENT_TYPE, at: Number.isFinite(at) ? at : Date.now(), data: { ...event } });
  };
}

/**
 * Tries `primary`; when it fails (a browser that refuses IndexedDB to the sidebar's iframe on a
 * third-party page), keeps the event in extension storage, newest last, capped, so nothing is lost
 * until `drainPendingFates` moves it into the store from a context that may open it.
 */
export function withPendingQueue(primary: FateRecorder, area: () => StorageAreaLike): FateRecorder {
  // one at a time: the queue is a read-modify-write of one storage key
  let chain: Promise<void> = Promise.resolve();
  const run = async (event: RecordedFate) => {
    try {
      await primary(event);
    } catch {
      const a = area();
      const pending = PendingSchema.parse((await a.get(PENDING_FATES_KEY))[PENDING_FATES_KEY] ?? []);
      await a.set({ [PENDING_FATES_KEY]: [...pending, { ...event }].slice(-MAX_PENDING) });
    }
  };
  return (event) => {
    const next = chain.then(() => run(event));
    chain = next.catch(() => undefined);
    return next;
  };
}

/** Moves queued fates into the local store; returns how many were moved. */
export async function drainPendingFates(db: CareDb, area: StorageAreaLike = browser.storage.local as unknown as StorageAreaLike): Promise<number> {
  const pending = PendingSchema.parse((await area.get(PENDING_FATES_KEY))[PENDING_FATES_KEY] ?? []);
  if (!pending.length) return 0;
  const record = dbFateRecorder(() => db);
  let moved = 0;
  for (const e of pending) {
    if (typeof e.at !== 'string' || e.kind !== 'suggestion-fate') continue;
    await record(e as unknown as RecordedFate);
    moved++;
  }
  await area.set({ [PENDING_FATES_KEY]: [] });
  return moved;
}

/**
 * A recorder that asks the background's store (`care-store` message, op `recordEvent`): the
 * sidebar iframe may be refused IndexedDB on a third-party page, the background never is.
 */
export function backgroundFateRecorder(send: (msg: unknown) => Promise<unknown> = (m) => browser.runtime.sendMessage(m)): FateRecorder {
  return async (event) => {
    const at = Date.parse(event.at);
    const reply = (await send({
      type: STORE_MESSAGE,
      op: 'recordEvent',
      args: [{ type: FATE_EVENT_TYPE, at: Number.isFinite(at) ? at : Date.now(), data: { ...event } }],
    })) as { ok: boolean; error?: string } | undefined;
    if (!reply?.ok) throw new Error(reply?.error ?? 'The extension background did not answer');
  };
}

/** Tries each recorder in turn until one succeeds. */
export function firstThatWorks(...recorders: FateRecorder[]): FateRecorder {
  return async (event) => {
    let last: unknown = new Error('no recorder');
    for (const r of recorders) {
      try {
        await r(event);
        return;
      } catch (e) {
        last = e;
      }
    }
    throw last;
  };
}

let db: CareDb | null = null;

/**
 * The sidebar's default: the background's store, else this page's own store (top-level extension
 * pages and tests), else the queue in extension storage.
 */
export const sidebarFateRecorder: FateRecorder = withPendingQueue(
  firstThatWorks(
    backgroundFateRecorder(),
    dbFateRecorder(() => (db ??= openDb())),
  ),
  () => browser.storage.local as unknown as StorageAreaLike,
);
