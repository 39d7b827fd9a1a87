import { describe, expect, it } from 'vitest';
import type { CareDb } from '../../lib/db';
import {
  addNote,
  addTag,
  customerHistory,
  eraseCustomer,
  exportAll,
  getSettings,
  importAll,
  ImportError,
  listNotes,
  recordConversation,
  saveSettings,
} from '../../lib/db/repo';
import { allRows, freshDb, igDm, msg, xDm, allMessages } from './helpers';

const T0 = Date.parse('2026-11-18T09:00:00Z');

async function seeded(): Promise<{ db: CareDb; customerId: string }> {
  const db = freshDb();
  const r = await recordConversation(
    db,
    xDm('d1', 'mia_k', 'Mia K', [
      msg({ id: '1', author: { handle: 'mia_k' }, text: 'Router blinkt', timestamp: '2026-11-18T08:00:00Z' }),
      msg({ id: '2', author: { handle: 'acme_help' }, isBrand: true, text: 'Wir prüfen das' }),
    ]),
    { seenAt: T0 },
  );
  await saveSettings(db, { agentName: 'Kim', openaiKey: 'sk-secret' });
  await addNote(db, r.customerId!, 'Ruft oft an', T0);
  await addTag(db, r.customerId!, 'VIP', T0);
  return { db, customerId: r.customerId! };
}

describe('export and import', () => {
  it('round-trips everything into an empty store, without the API key', async () => {
    const { db, customerId } = await seeded();
    const file = await exportAll(db, T0);
    expect(file).toMatchObject({ format: 'care-sidebar-export', version: 1 });
    const text = JSON.stringify(file);
    expect(text).not.toContain('sk-secret');

    const other = freshDb();
    const result = await importAll(other, text);
    expect(result.added).toBe(file.tables.customers.length + file.tables.identities.length + 1 + 2 + 1 + 1 + file.tables.events.length);
    expect((await listNotes(other, customerId)).map((n) => n.text)).toEqual(['Ruft oft an']);
    expect((await customerHistory(other, customerId)).map((h) => h.text)).toEqual(['Router blinkt']);
    expect((await getSettings(other)).agentName).toBe('Kim');
    // Importing the same file again changes nothing.
    const again = await importAll(other, file);
    expect(again.added).toBe(0);
    expect((await allMessages(other)).length).toBe(2);
  });

  it('joins a thread the store already knows under other ids instead of duplicating it', async () => {
    const { db } = await seeded();
    const file = await exportAll(db, T0);
    const other = freshDb();
    // The other browser saw the same thread on its own.
    const mine = await recordConversation(
      other,
      xDm('d1', 'mia_k', 'Mia K', [msg({ id: '1', author: { handle: 'mia_k' }, text: 'Router blinkt' })]),
      { seenAt: T0 + 1000 },
    );
    await importAll(other, file);
    expect(await other.conversations.count()).toBe(1);
    expect(await other.customers.count()).toBe(1);
    expect((await allMessages(other)).length).toBe(2);
    expect((await listNotes(other, mine.customerId!)).map((n) => n.text)).toEqual(['Ruft oft an']);
  });

  const malformed: Array<[string, (file: Record<string, unknown>) => unknown, RegExp]> = [
    ['not JSON', () => '{"format": "care-sidebar-export", ', /not valid JSON/],
    ['a JSON array', () => '[1,2,3]', /not a Care Sidebar export/],
    ['a foreign format tag', (f) => ({ ...f, format: 'other-tool-backup' }), /format tag/],
    ['a wrong version', (f) => ({ ...f, version: 99 }), /version 99/],
    [
      'a record failing validation half-way',
      (f) => {
        const tables = structuredClone(f.tables) as Record<string, Array<Record<string, unknown>>>;
        tables.messages![1]!.sentAt = 'yesterday';
        return { ...f, tables };
      },
      /messages\[1\]\.sentAt/,
    ],
    [
      'a record with a bad id',
      (f) => {
        const tables = structuredClone(f.tables) as Record<string, Array<Record<string, unknown>>>;
        tables.notes![0]!.id = 'not-a-uuid';
        return { ...f, tables };
      },
      /notes\[0\]\.id/,
    ],
  ];
  for (const [what, make, message] of malformed) {
    it(`rejects ${what} with a clear message and changes nothing`, async () => {
      const { db } = await seeded();
      const file = (await exportAll(db, T0)) as unknown as Record<string, unknown>;
      const target = freshDb();
      await recordConversation(target, igDm('t1', 'someone', 'Some One', [msg({ author: { name: 'Some One' }, text: 'hi' })]), {
        seenAt: T0,
      });
      const before = await allRows(target);
      const err = await importAll(target, make(file)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportError);
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).toMatch(/Nothing was imported/);
      expect(await allRows(target)).toEqual(before);
    });
  }

  it('rolls back everything when a write fails in the middle', async () => {
    const { db } = await seeded();
    const file = await exportAll(db, T0);
    // Two messages of the file claim the same key: valid records, refused after other tables were written.
    const dup = structuredClone(file);
    dup.tables.messages[1]!.key = dup.tables.messages[0]!.key;
    const target = freshDb();
    const before = await allRows(target);
    await expect(importAll(target, dup)).rejects.toBeInstanceOf(ImportError);
    expect(await allRows(target)).toEqual(before);
  });

  it('does not bring an erased customer back from an older export', async () => {
    const { db, customerId } = await seeded();
    const old = await exportAll(db, T0);
    await eraseCustomer(db, customerId, { now: T0 + 1000 });
    await importAll(db, old);
    expect(await db.customers.get(customerId)).toBeUndefined();
    expect((await allMessages(db)).filter((m) => m.customerId === customerId)).toHaveLength(0);
    expect(JSON.stringify(await allMessages(db))).not.toContain('Router blinkt');
  });
});
