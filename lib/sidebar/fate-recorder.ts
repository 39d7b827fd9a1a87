import { openDb, type CareDb } from '../db';
import { recordEvent } from '../db/repo';
import type { RecordedFate } from './suggestion-fates';

/** Stores one decided suggestion fate; never throws into the UI. */
export type FateRecorder = (event: RecordedFate) => Promise<void>;

/** Event type of a suggestion's fate in the local store (data = the fate event). */
export const FATE_EVENT_TYPE = 'suggestion-fate';

/** A recorder that appends fate events to the local store (and so to the sync outbox). */
export function dbFateRecorder(getDb: () => CareDb): FateRecorder {
  return async (event) => {
    const at = Date.parse(event.at);
    await recordEvent(getDb(), { type: FATE_EVENT_TYPE, at: Number.isFinite(at) ? at : Date.now(), data: { ...event } });
  };
}

let db: CareDb | null = null;

/** The sidebar's default: the extension origin's store, opened on first use. */
export const sidebarFateRecorder: FateRecorder = dbFateRecorder(() => (db ??= openDb()));
