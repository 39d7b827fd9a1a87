import { describe, expect, it } from 'vitest';
import { conversationClock, recordConversation, recordEvent, waitingList } from '../../lib/db/repo';
import { DEFAULT_SETTINGS } from '../../lib/db/settings';
import { freshDb, igDm, msg, xDm } from './helpers';

const T0 = Date.parse('2026-11-18T09:00:00Z');
const MIN = 60_000;
const iso = (ms: number): string => new Date(ms).toISOString();

describe('waiting list', () => {
  it('lists unanswered conversations, longest waiting first, and drops answered ones', async () => {
    const db = freshDb();
    const now = T0 + 60 * MIN;
    // Waiting 50 minutes.
    await recordConversation(
      db,
      xDm('a', 'anna', 'Anna', [msg({ id: 'a1', author: { handle: 'anna' }, text: 'Hilfe', timestamp: iso(T0 + 10 * MIN) })]),
      { seenAt: T0 + 20 * MIN },
    );
    // Waiting 55 minutes (oldest unanswered message counts, not the newest).
    await recordConversation(
      db,
      xDm('b', 'ben', 'Ben', [
        msg({ id: 'b1', author: { handle: 'ben' }, text: 'Frage', timestamp: iso(T0 + 5 * MIN) }),
        msg({ id: 'b2', author: { handle: 'ben' }, text: 'Hallo??', timestamp: iso(T0 + 40 * MIN) }),
      ]),
      { seenAt: T0 + 41 * MIN },
    );
    // Answered.
    await recordConversation(
      db,
      xDm('c', 'cem', 'Cem', [
        msg({ id: 'c1', author: { handle: 'cem' }, text: 'Danke', timestamp: iso(T0) }),
        msg({ id: 'c2', author: { handle: 'acme_help' }, isBrand: true, text: 'Gern', timestamp: iso(T0 + MIN) }),
      ]),
      { seenAt: T0 + 2 * MIN },
    );
    // No time on the page: waits since first seen (estimated), 2 minutes.
    await recordConversation(db, igDm('d', 'dora', 'Dora', [msg({ author: { name: 'Dora' }, text: 'Hallo' })]), {
      seenAt: now - 2 * MIN,
    });

    const list = await waitingList(db, DEFAULT_SETTINGS, now);
    expect(list.map((w) => w.customerName)).toEqual(['Ben', 'Anna', 'Dora']);
    expect(list[0]).toMatchObject({ url: 'https://x.com/messages/b', platform: 'x', view: 'dm' });
    expect(list[0]!.clock).toMatchObject({ state: 'running', elapsedMs: 55 * MIN, level: 'warning' });
    expect(list[2]!.clock).toMatchObject({ estimated: true, elapsedMs: 2 * MIN });
    expect(list[2]!.clock.windowLeftMs).toBe(24 * 60 * MIN - 2 * MIN);

    // Ben gets an answer: he leaves the list.
    await recordConversation(
      db,
      xDm('b', 'ben', 'Ben', [
        msg({ id: 'b1', author: { handle: 'ben' }, text: 'Frage', timestamp: iso(T0 + 5 * MIN) }),
        msg({ id: 'b2', author: { handle: 'ben' }, text: 'Hallo??', timestamp: iso(T0 + 40 * MIN) }),
        msg({ id: 'b3', author: { handle: 'acme_help' }, isBrand: true, text: 'Sind dran', timestamp: iso(now - MIN) }),
      ]),
      { seenAt: now },
    );
    expect((await waitingList(db, DEFAULT_SETTINGS, now)).map((w) => w.customerName)).toEqual(['Anna', 'Dora']);
  });

  it('stops the stored clock when the extension recorded that a reply was sent', async () => {
    const db = freshDb();
    const r = await recordConversation(
      db,
      xDm('a', 'anna', 'Anna', [msg({ id: 'a1', author: { handle: 'anna' }, text: 'Hilfe', timestamp: iso(T0) })]),
      { seenAt: T0 + MIN },
    );
    expect((await conversationClock(db, r.conversationId, DEFAULT_SETTINGS, T0 + 5 * MIN))?.state).toBe('running');
    await recordEvent(db, { type: 'reply-sent', conversationId: r.conversationId, at: T0 + 3 * MIN }, T0 + 3 * MIN);
    const clock = await conversationClock(db, r.conversationId, DEFAULT_SETTINGS, T0 + 5 * MIN);
    expect(clock).toMatchObject({ state: 'stopped', elapsedMs: 3 * MIN });
    expect(await waitingList(db, DEFAULT_SETTINGS, T0 + 5 * MIN)).toEqual([]);
  });

  it('rejects a malformed event with a clear message', async () => {
    const db = freshDb();
    await expect(recordEvent(db, { type: 'Bad Type!' })).rejects.toThrow(/lower-case-dashed/);
    expect(await db.events.count()).toBe(0);
  });
});

describe('waiting list staleness', () => {
  it('leaves out threads not seen for a week (likely answered elsewhere) unless asked', async () => {
    const db = freshDb();
    await recordConversation(
      db,
      xDm('old', 'olga', 'Olga', [msg({ id: 'o1', author: { handle: 'olga' }, text: 'Hallo', timestamp: iso(T0) })]),
      { seenAt: T0 },
    );
    const later = T0 + 8 * 24 * 60 * MIN;
    expect(await waitingList(db, DEFAULT_SETTINGS, later)).toEqual([]);
    expect(await waitingList(db, DEFAULT_SETTINGS, later, { staleAfterMs: 30 * 24 * 60 * MIN })).toHaveLength(1);
  });
});
