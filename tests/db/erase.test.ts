import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../lib/model/conversation';
import {
  addNote,
  addTag,
  applyRetention,
  customerHistory,
  eraseCustomer,
  linkCustomers,
  listNotes,
  recordConversation,
  recordEvent,
} from '../../lib/db/repo';
import { allRows, freshDb, igDm, msg, xDm, allMessages } from './helpers';

const T0 = Date.parse('2026-11-18T09:00:00Z');
const DAY = 86_400_000;

function publicThread(): Conversation {
  return {
    platform: 'x',
    view: 'post-detail',
    url: 'https://x.com/acme_help/status/500',
    threadId: '500',
    brand: { name: 'Acme Support', handle: 'acme_help' },
    messages: [
      msg({ id: '500', author: { handle: 'acme_help' }, isBrand: true, text: 'Neuer Tarif!' }),
      msg({ id: '501', author: { handle: 'mia_k', name: 'Mia Kowalski' }, text: 'Meine Adresse ist Hauptstr. 5' }),
      msg({ id: '502', author: { handle: 'acme_help' }, isBrand: true, text: 'Danke Mia, bitte per DM', inReplyTo: 'mia_k' }),
      msg({ id: '503', author: { handle: 'ben_b', name: 'Ben' }, text: 'Gilt das auch für mich?' }),
    ],
    composerFound: true,
  };
}

describe('eraseCustomer', () => {
  it('leaves no row of that person (and the identities linked to them) in any table, only tombstones', async () => {
    const db = freshDb();
    const dm = await recordConversation(
      db,
      xDm('d1', 'mia_k', 'Mia Kowalski', [
        msg({ id: 'm1', author: { handle: 'mia_k' }, text: 'Meine IBAN ist DE89370400440532013000' }),
        msg({ id: 'm2', author: { handle: 'acme_help' }, isBrand: true, text: 'Danke Frau Kowalski' }),
      ]),
      { seenAt: T0 },
    );
    const pub = await recordConversation(db, publicThread(), { seenAt: T0 });
    const ig = await recordConversation(db, igDm('i1', 'mia.kow', 'Mia Kowalski', [msg({ author: { name: 'Mia Kowalski' }, text: 'hallo' })]), {
      seenAt: T0,
    });
    const mia = dm.customerId!;
    const ben = pub.customerIds[3]!;
    await linkCustomers(db, mia, ig.customerId!, 'Kim', T0);
    await addNote(db, mia, 'Kowalski will kündigen', T0);
    await addTag(db, mia, 'kündigt', T0);
    await addNote(db, ben, 'Ben fragt nach Tarif', T0);
    await recordEvent(db, { type: 'suggestion-inserted', conversationId: dm.conversationId, customerId: mia }, T0);

    const tombs = await eraseCustomer(db, mia, { now: T0 + 1000 });
    expect(tombs.map((t) => t.erasedId)).toEqual([mia, ig.customerId]);

    const rows = await allRows(db);
    for (const [table, row] of rows) {
      const text = JSON.stringify(row);
      if (table === 'erasures' || (table === 'outbox' && text.includes('"eraseCustomer"'))) continue;
      expect(text, `${table} still holds the erased customer`).not.toContain(mia);
      expect(text, `${table} still holds the linked identity`).not.toContain(ig.customerId!);
      expect(text).not.toContain('DE89370400440532013000');
      expect(text).not.toContain('Kowalski');
      expect(text).not.toContain('Hauptstr');
    }
    expect(await db.erasures.toArray()).toEqual(tombs);
    expect(Object.keys(tombs[0]!).sort()).toEqual(['createdAt', 'erasedAt', 'erasedId', 'id', 'teamId', 'updatedAt']);
    const pending = (await db.outbox.toArray()).filter((o) => o.mutation === 'eraseCustomer');
    expect(pending.map((p) => p.changes[0]?.row)).toEqual(tombs);

    // Everyone else is untouched: Ben and the public thread without Mia's part.
    expect((await listNotes(db, ben)).map((n) => n.text)).toEqual(['Ben fragt nach Tarif']);
    expect((await allMessages(db)).filter((m) => m.conversationId === pub.conversationId).sort((a, b) => a.position - b.position).map((m) => m.text)).toEqual([
      'Neuer Tarif!',
      'Gilt das auch für mich?',
    ]);
    expect(await db.conversations.get(dm.conversationId)).toBeUndefined();
  });

  it('can erase one identity only, leaving the others of the link group', async () => {
    const db = freshDb();
    const x = await recordConversation(db, xDm('d1', 'mia_k', 'Mia', [msg({ id: 'm1', author: { handle: 'mia_k' }, text: 'auf X' })]), {
      seenAt: T0,
    });
    const ig = await recordConversation(db, igDm('i1', 'mia.k', 'Mia', [msg({ author: { name: 'Mia' }, text: 'auf IG' })]), {
      seenAt: T0,
    });
    await linkCustomers(db, x.customerId!, ig.customerId!, 'Kim', T0);
    await eraseCustomer(db, x.customerId!, { now: T0, includeLinked: false });
    expect((await customerHistory(db, ig.customerId!)).map((h) => h.text)).toEqual(['auf IG']);
    expect(await db.customers.get(x.customerId!)).toBeUndefined();
    expect(JSON.stringify(await allRows(db)).split(x.customerId!).length - 1).toBe(2); // the tombstone and its outbox entry
  });
});

describe('applyRetention', () => {
  it('does nothing while retention is off', async () => {
    const db = freshDb();
    await recordConversation(db, xDm('d1', 'a', 'A', [msg({ id: '1', author: { handle: 'a' }, text: 'alt' })]), { seenAt: T0 - 400 * DAY });
    const before = await allRows(db);
    await applyRetention(db, T0, { retentionDays: null });
    expect(await allRows(db)).toEqual(before);
  });

  it('deletes conversations, messages and events older than the period and keeps recent ones', async () => {
    const db = freshDb();
    const old = await recordConversation(db, xDm('d1', 'a', 'Alt', [msg({ id: '1', author: { handle: 'a' }, text: 'alt' })]), {
      seenAt: T0 - 40 * DAY,
    });
    const mixed = await recordConversation(
      db,
      xDm('d2', 'b', 'Bea', [msg({ id: '2', author: { handle: 'b' }, text: 'vor langer Zeit', timestamp: new Date(T0 - 45 * DAY).toISOString() })]),
      { seenAt: T0 - 45 * DAY },
    );
    await recordConversation(
      db,
      xDm('d2', 'b', 'Bea', [
        msg({ id: '2', author: { handle: 'b' }, text: 'vor langer Zeit', timestamp: new Date(T0 - 45 * DAY).toISOString() }),
        msg({ id: '3', author: { handle: 'b' }, text: 'neu', timestamp: new Date(T0 - DAY).toISOString() }),
      ]),
      { seenAt: T0 - DAY },
    );
    const kept = await addNote(db, old.customerId!, 'Notiz bleibt', T0 - 40 * DAY);
    const r = await applyRetention(db, T0, { retentionDays: 30 });
    expect(r).toMatchObject({ conversations: 1, messages: 2 });
    expect(await db.conversations.get(old.conversationId)).toBeUndefined();
    expect((await allMessages(db)).map((m) => m.text)).toEqual(['neu']);
    expect(await db.conversations.get(mixed.conversationId)).toBeDefined();
    expect((await db.events.toArray()).every((e) => e.at >= T0 - 30 * DAY)).toBe(true);
    // A customer the agent wrote a note about stays; the note too.
    expect(await db.notes.get(kept.id)).toBeDefined();
    expect(await db.customers.get(old.customerId!)).toBeDefined();
  });

  it('removes customers left with nothing', async () => {
    const db = freshDb();
    const old = await recordConversation(db, xDm('d1', 'a', 'Alt', [msg({ id: '1', author: { handle: 'a' }, text: 'alt' })]), {
      seenAt: T0 - 40 * DAY,
    });
    await applyRetention(db, T0, { retentionDays: 30 });
    expect(await db.customers.get(old.customerId!)).toBeUndefined();
    expect(await db.identities.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
