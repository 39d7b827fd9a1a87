import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb } from '../../lib/db';
import { backgroundFateRecorder, dbFateRecorder, drainPendingFates, firstThatWorks, PENDING_FATES_KEY, withPendingQueue } from '../../lib/sidebar/fate-recorder';
import type { RecordedFate } from '../../lib/sidebar/suggestion-fates';

const fate = (fate: RecordedFate['fate'], n: number): RecordedFate => ({
  kind: 'suggestion-fate',
  id: `e${n}`,
  suggestionId: `core-${n}`,
  fate,
  engine: 'core',
  strategy: 'dm',
  platform: 'facebook',
  conversationId: 'facebook:42',
  ...(fate === 'ignored' ? {} : { kept: fate === 'inserted' ? 1 : 0.7 }),
  at: '2025-11-18T10:00:00.000Z',
});

beforeEach(() => fakeBrowser.reset());

describe('fate recorder', () => {
  it('appends each fate as an event in the local store, with its outbox entry for sync', async () => {
    const db = openDb(`fates-${Math.random()}`);
    const record = dbFateRecorder(() => db);
    await record(fate('inserted', 1));
    await record({ ...fate('edited', 2), variants: ['warmer'] });
    const rows = await db.events.orderBy('id').toArray();
    expect(rows.map((r) => [r.type, r.data.fate])).toEqual([
      ['suggestion-fate', 'inserted'],
      ['suggestion-fate', 'edited'],
    ]);
    expect(rows[0]!.at).toBe(Date.parse('2025-11-18T10:00:00.000Z'));
    expect(rows[1]!.data.variants).toEqual(['warmer']);
    expect(await db.outbox.count()).toBe(2);
    db.close();
  });

  it('keeps fates in extension storage when the store refuses, and moves them in later', async () => {
    const refused = withPendingQueue(async () => {
      throw new Error('UnknownError: The user denied permission to access the database.');
    }, () => fakeBrowser.storage.local);
    // the sidebar records several fates at once: none may be lost
    await Promise.all([refused(fate('ignored', 1)), refused(fate('inserted', 2))]);
    const queued = (await fakeBrowser.storage.local.get(PENDING_FATES_KEY))[PENDING_FATES_KEY] as RecordedFate[];
    expect(queued.map((e) => e.fate)).toEqual(['ignored', 'inserted']);

    const db = openDb(`fates-${Math.random()}`);
    expect(await drainPendingFates(db, fakeBrowser.storage.local)).toBe(2);
    expect((await db.events.toArray()).map((r) => r.data.suggestionId).sort()).toEqual(['core-1', 'core-2']);
    expect((await fakeBrowser.storage.local.get(PENDING_FATES_KEY))[PENDING_FATES_KEY]).toEqual([]);
    expect(await drainPendingFates(db, fakeBrowser.storage.local)).toBe(0);
    db.close();
  });
});

describe('fate recorder through the background', () => {
  it('sends the event to the background store and fails over when it refuses', async () => {
    const sent: unknown[] = [];
    const ok = backgroundFateRecorder(async (m) => {
      sent.push(m);
      return { ok: true, value: null };
    });
    await ok(fate('edited', 3));
    expect(sent).toEqual([
      {
        type: 'care-store',
        op: 'recordEvent',
        args: [{ type: 'suggestion-fate', at: Date.parse('2025-11-18T10:00:00.000Z'), data: fate('edited', 3) }],
      },
    ]);
    const refused = backgroundFateRecorder(async () => undefined);
    await expect(refused(fate('ignored', 4))).rejects.toThrow(/did not answer/);

    const db = openDb(`fates-${Math.random()}`);
    await firstThatWorks(refused, dbFateRecorder(() => db))(fate('ignored', 4));
    expect((await db.events.toArray()).map((r) => r.data.suggestionId)).toEqual(['core-4']);
    db.close();
  });
});
