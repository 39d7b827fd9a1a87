import { describe, expect, it } from 'vitest';
import {
  addNote,
  addTag,
  customerHistory,
  deleteNote,
  editNote,
  linkCustomers,
  listNotes,
  listTags,
  recordConversation,
  removeTag,
  saveSettings,
  unlinkCustomer,
} from '../../lib/db/repo';
import { freshDb, igDm, msg, xDm } from './helpers';

const T0 = Date.parse('2026-11-18T09:00:00Z');
const HOUR = 3_600_000;

async function twoPlatforms() {
  const db = freshDb();
  const x = await recordConversation(
    db,
    xDm('d1', 'mia_k', 'Mia K', [
      msg({ id: 'a', author: { handle: 'mia_k' }, text: 'Router blinkt rot', timestamp: new Date(T0 - 48 * HOUR).toISOString() }),
      msg({ id: 'b', author: { handle: 'acme_help' }, isBrand: true, text: 'Wir schauen nach', timestamp: new Date(T0 - 47 * HOUR).toISOString() }),
    ]),
    { seenAt: T0 - 47 * HOUR },
  );
  const ig = await recordConversation(
    db,
    igDm('i1', 'mia.k', 'Mia K', [msg({ author: { name: 'Mia K' }, text: 'Immer noch kein Internet' })]),
    { seenAt: T0 },
  );
  return { db, x, ig };
}

describe('customer history and links', () => {
  it('shows nothing from another platform until the agent links the two identities', async () => {
    const { db, x, ig } = await twoPlatforms();
    expect(await customerHistory(db, ig.customerId!, { excludeConversationId: ig.conversationId })).toEqual([]);
    await linkCustomers(db, ig.customerId!, x.customerId!, 'Agent Kim', T0);
    const h = await customerHistory(db, ig.customerId!, { excludeConversationId: ig.conversationId });
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({
      platform: 'x',
      text: 'Router blinkt rot',
      sentAt: T0 - 48 * HOUR,
      conversationUrl: 'https://x.com/messages/d1',
      url: 'https://x.com/messages/d1',
    });
    // Linked both ways, and the brand's own replies are not the customer's history.
    const fromX = await customerHistory(db, x.customerId!);
    expect(fromX.map((i) => i.text)).toEqual(['Immer noch kein Internet', 'Router blinkt rot']);
    const ev = await db.events.where('type').equals('customers-linked').toArray();
    expect(ev[0]?.data).toMatchObject({ by: 'Agent Kim' });
  });

  it('unlinking takes one identity out and leaves the rest linked', async () => {
    const { db, x, ig } = await twoPlatforms();
    const third = await recordConversation(
      db,
      xDm('d2', 'mia_work', 'Mia K', [msg({ author: { handle: 'mia_work' }, text: 'Zweitaccount' })]),
      { seenAt: T0 },
    );
    await linkCustomers(db, x.customerId!, ig.customerId!, 'Kim', T0);
    await linkCustomers(db, ig.customerId!, third.customerId!, 'Kim', T0);
    expect(await customerHistory(db, third.customerId!)).toHaveLength(3);
    await unlinkCustomer(db, x.customerId!, 'Kim', T0);
    expect((await customerHistory(db, x.customerId!)).map((i) => i.text)).toEqual(['Router blinkt rot']);
    expect((await customerHistory(db, third.customerId!)).map((i) => i.text).sort()).toEqual([
      'Immer noch kein Internet',
      'Zweitaccount',
    ]);
  });

  it('notes carry the agent name and time, can be edited and deleted, and follow links', async () => {
    const { db, x, ig } = await twoPlatforms();
    await saveSettings(db, { agentName: 'Kim' });
    const n1 = await addNote(db, x.customerId!, 'Hat schon zweimal angerufen', T0);
    await addNote(db, ig.customerId!, 'Bevorzugt Englisch', T0 + 1);
    await expect(addNote(db, x.customerId!, '   ')).rejects.toThrow(/empty/);
    expect((await listNotes(db, x.customerId!)).map((n) => n.text)).toEqual(['Hat schon zweimal angerufen']);
    await linkCustomers(db, x.customerId!, ig.customerId!, 'Kim', T0);
    expect((await listNotes(db, x.customerId!)).map((n) => n.text)).toEqual([
      'Bevorzugt Englisch',
      'Hat schon zweimal angerufen',
    ]);
    await saveSettings(db, { agentName: 'Alex' });
    const edited = await editNote(db, n1.id, 'Hat dreimal angerufen', T0 + 5);
    expect(edited).toMatchObject({ authorName: 'Alex', createdAt: T0, updatedAt: T0 + 5 });
    await deleteNote(db, n1.id, T0 + 6);
    expect((await listNotes(db, x.customerId!)).map((n) => n.text)).toEqual(['Bevorzugt Englisch']);
    const tomb = await db.notes.get(n1.id);
    expect(tomb).toMatchObject({ text: '', deletedAt: T0 + 6 });
    const mutations = (await db.outbox.toArray()).map((o) => o.mutation);
    expect(mutations).toEqual(expect.arrayContaining(['addNote', 'editNote', 'deleteNote', 'linkCustomers']));
  });

  it('tags are one row per customer and tag', async () => {
    const { db, x } = await twoPlatforms();
    await addTag(db, x.customerId!, 'VIP', T0);
    await addTag(db, x.customerId!, 'vip', T0 + 1);
    await addTag(db, x.customerId!, 'Störung', T0 + 2);
    expect(await listTags(db, x.customerId!)).toEqual(['Störung', 'VIP']);
    await removeTag(db, x.customerId!, 'VIP', T0 + 3);
    expect(await listTags(db, x.customerId!)).toEqual(['Störung']);
    await addTag(db, x.customerId!, 'VIP', T0 + 4);
    expect(await listTags(db, x.customerId!)).toEqual(['Störung', 'VIP']);
    expect(await db.tags.count()).toBe(2);
    await expect(addTag(db, x.customerId!, '')).rejects.toThrow(/empty/);
  });
});
