import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb } from '../../lib/db';
import { applyRetention, eraseCustomer, findCustomerForAuthor, recordConversation } from '../../lib/db/repo';
import type { Conversation } from '../../lib/model/conversation';
import { allRows, freshDb, igDm, msg, xDm, allMessages, messageById } from './helpers';

const T0 = Date.parse('2026-11-18T09:00:00Z');
const MIN = 60_000;

function xPost(messages: Conversation['messages']): Conversation {
  return {
    platform: 'x',
    view: 'post-detail',
    url: 'https://x.com/acme_help/status/100',
    threadId: '100',
    brand: { name: 'Acme Support', handle: 'acme_help' },
    messages,
    composerFound: true,
  };
}

describe('recordConversation', () => {
  it('matches a returning author to the stored customer, and after an erasure to a new one', async () => {
    const db = freshDb();
    const first = await recordConversation(db, xDm('d1', 'mia_k', 'Mia K', [msg({ author: { handle: 'mia_k' }, text: 'Hallo' })]), { seenAt: T0 });
    const second = await recordConversation(db, xDm('d2', 'mia_k', 'Mia K', [msg({ author: { handle: 'mia_k' }, text: 'Noch da?' })]), {
      seenAt: T0 + MIN,
    });
    expect(second.customerId).toBe(first.customerId);
    await eraseCustomer(db, first.customerId!, { now: T0 + 2 * MIN });
    const third = await recordConversation(db, xDm('d3', 'mia_k', 'Mia K', [msg({ author: { handle: 'mia_k' }, text: 'Neu hier' })]), {
      seenAt: T0 + 3 * MIN,
    });
    expect(third.customerId).not.toBe(first.customerId);
    expect(await db.customers.get(third.customerId!)).toBeDefined();
    expect((await messageById(db, third.messageIds[0]!))?.customerId).toBe(third.customerId);
  });

  it('matches a returning author to a new customer after retention removed the old one', async () => {
    const db = freshDb();
    const first = await recordConversation(db, xDm('d1', 'mia_k', 'Mia K', [msg({ author: { handle: 'mia_k' }, text: 'Hallo' })]), { seenAt: T0 });
    const later = T0 + 40 * 24 * 60 * MIN;
    expect((await applyRetention(db, later, { retentionDays: 30 })).customers).toBe(1);
    const again = await recordConversation(db, xDm('d2', 'mia_k', 'Mia K', [msg({ author: { handle: 'mia_k' }, text: 'Wieder da' })]), {
      seenAt: later,
    });
    expect(again.customerId).not.toBe(first.customerId);
    expect(await db.customers.get(again.customerId!)).toBeDefined();
  });

  it('notices an erasure made through another connection to the same store', async () => {
    const factory = new IDBFactory();
    const sidebar = openDb('shared-store', { indexedDB: factory, IDBKeyRange });
    const background = openDb('shared-store', { indexedDB: factory, IDBKeyRange });
    const first = await recordConversation(sidebar, xDm('d1', 'mia_k', 'Mia K', [msg({ author: { handle: 'mia_k' }, text: 'Hallo' })]), { seenAt: T0 });
    await eraseCustomer(background, first.customerId!, { now: T0 + MIN });
    const again = await recordConversation(sidebar, xDm('d2', 'mia_k', 'Mia K', [msg({ author: { handle: 'mia_k' }, text: 'Neu hier' })]), {
      seenAt: T0 + 2 * MIN,
    });
    expect(again.customerId).not.toBe(first.customerId);
    expect(await sidebar.customers.get(again.customerId!)).toBeDefined();
    sidebar.close();
    background.close();
  });

  it('does not reuse a cached identity erased by another page whose change notice has not arrived yet', async () => {
    const factory = new IDBFactory();
    const db = openDb('late-notice', { indexedDB: factory, IDBKeyRange });
    const first = await recordConversation(db, xDm('d1', 'mia_k', 'Mia K', [msg({ author: { handle: 'mia_k' }, text: 'Hallo' })]), { seenAt: T0 });
    // Another extension page erases her; Dexie's cross-page notice is asynchronous, so here the erasure
    // is written below Dexie, where this connection hears nothing of it.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = factory.open('late-notice');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction(['customers', 'identities', 'erasures'], 'readwrite');
      tx.objectStore('customers').delete(first.customerId!);
      tx.objectStore('identities').clear();
      tx.objectStore('erasures').add({ id: '0190f000-0000-7000-8000-0000000000ee', teamId: null, createdAt: T0, updatedAt: T0, erasedId: first.customerId, erasedAt: T0 });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    raw.close();
    const again = await recordConversation(db, xDm('d2', 'mia_k', 'Mia K', [msg({ author: { handle: 'mia_k' }, text: 'Neu hier' })]), {
      seenAt: T0 + MIN,
    });
    expect(again.customerId).not.toBe(first.customerId);
    expect(await db.customers.get(again.customerId!)).toBeDefined();
    db.close();
  });

  it('stores a thread, and a re-visit adds no duplicates and keeps the first sighting', async () => {
    const db = freshDb();
    const conv = igDm('t1', 'mia.k', 'Mia K', [
      msg({ author: { name: 'Mia K' }, text: 'Hallo, mein Paket ist nicht da' }),
      msg({ author: { name: 'Acme' }, isBrand: true, text: 'Das tut uns leid!' }),
      msg({ author: { name: 'Mia K' }, text: 'ok' }),
      msg({ author: { name: 'Mia K' }, text: 'ok' }),
    ]);
    const first = await recordConversation(db, conv, { seenAt: T0 });
    expect(first.added).toBe(4);
    const again = await recordConversation(db, conv, { seenAt: T0 + 10 * MIN });
    expect(again.added).toBe(0);
    expect(again.messageIds).toEqual(first.messageIds);
    expect((await allMessages(db)).length).toBe(4);
    expect(await db.conversations.count()).toBe(1);
    expect(await db.customers.count()).toBe(1);
    expect(again.firstSeenAt).toEqual([T0, T0, T0, T0]);
    // Two identical "ok" messages stay two messages.
    expect(new Set(first.messageIds).size).toBe(4);
    // Seen-events are facts about the first sighting only: one per read that saw new messages.
    const events = await db.events.toArray();
    expect(events.map((e) => e.type)).toEqual(['messages-seen']);
    expect(events[0]!.data.messageIds).toEqual(first.messageIds);
    expect(events[0]!.data.brand).toEqual([0, 1, 0, 0]);
  });

  it('keeps messages it saw earlier when the page later shows more of the thread', async () => {
    const db = freshDb();
    const m1 = msg({ author: { name: 'Mia K' }, text: 'erste Nachricht' });
    const m2 = msg({ author: { name: 'Mia K' }, text: 'zweite Nachricht' });
    await recordConversation(db, igDm('t1', 'mia.k', 'Mia K', [m2]), { seenAt: T0 });
    const r = await recordConversation(db, igDm('t1', 'mia.k', 'Mia K', [m1, m2]), { seenAt: T0 + MIN });
    expect(r.added).toBe(1);
    expect(r.firstSeenAt).toEqual([T0 + MIN, T0]);
    expect((await allMessages(db)).length).toBe(2);
  });

  it('upserts by platform id even when the text changed (edited message)', async () => {
    const db = freshDb();
    const a = msg({ id: '555', author: { handle: 'lena' }, text: 'Tippfehler', timestamp: '2026-11-18T08:00:00Z' });
    await recordConversation(db, xPost([a]), { seenAt: T0 });
    await recordConversation(db, xPost([{ ...a, text: 'Korrigiert' }]), { seenAt: T0 + MIN });
    const rows = await allMessages(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.text).toBe('Korrigiert');
    expect(rows[0]!.sentAt).toBe(Date.parse('2026-11-18T08:00:00Z'));
    expect(rows[0]!.timeSource).toBe('exact');
  });

  it('matches customers by handle on the same platform, never across platforms', async () => {
    const db = freshDb();
    const onX = await recordConversation(db, xDm('d1', 'mia_k', 'Mia K', [msg({ author: { handle: 'mia_k' }, text: 'hi' })]), {
      seenAt: T0,
    });
    const onX2 = await recordConversation(
      db,
      xPost([msg({ id: '7', author: { handle: '@Mia_K', name: 'Mia K' }, text: 'public question' })]),
      { seenAt: T0 + MIN },
    );
    expect(onX2.customerIds[0]).toBe(onX.customerId);
    // Same name and handle on Instagram is not automatically the same person.
    const onIg = await recordConversation(db, igDm('i1', 'mia_k', 'Mia K', [msg({ author: { name: 'Mia K' }, text: 'hallo' })]), {
      seenAt: T0 + 2 * MIN,
    });
    expect(onIg.customerId).not.toBe(onX.customerId);
    expect(await db.customers.count()).toBe(2);
    const found = await findCustomerForAuthor(db, 'x', { handle: 'MIA_K' });
    expect(found?.id).toBe(onX.customerId);
    expect(await findCustomerForAuthor(db, 'facebook', { handle: 'mia_k' })).toBeUndefined();
  });

  it('matches Facebook authors by profile id and vanity name from their profile link', async () => {
    const db = freshDb();
    const fb = (threadId: string, profileUrl: string): Conversation => ({
      platform: 'facebook',
      view: 'post-comments',
      url: `https://www.facebook.com/acme/posts/${threadId}`,
      threadId,
      brand: { name: 'Acme', pageId: '999' },
      messages: [msg({ commentId: `c${threadId}`, author: { name: 'Tom B', profileUrl }, text: 'Frage', relativeTime: '2 Std.' })],
      composerFound: false,
    });
    const a = await recordConversation(db, fb('p1', 'https://www.facebook.com/profile.php?id=100012345&comment_id=1'), {
      seenAt: T0,
    });
    const b = await recordConversation(db, fb('p2', 'https://www.facebook.com/profile.php?id=100012345'), { seenAt: T0 });
    const c = await recordConversation(db, fb('p3', 'https://www.facebook.com/tom.b.7'), { seenAt: T0 });
    expect(b.customerIds[0]).toBe(a.customerIds[0]);
    expect(c.customerIds[0]).not.toBe(a.customerIds[0]);
    const stored = await messageById(db, a.messageIds[0]!);
    expect(stored?.timeSource).toBe('relative');
    expect(stored?.sentAt).toBe(T0 - 120 * MIN);
  });

  it('keeps a name-only author per thread instead of merging strangers with the same name', async () => {
    const db = freshDb();
    const inbox = (threadId: string): Conversation => ({
      platform: 'facebook',
      view: 'business-inbox',
      url: `https://business.facebook.com/latest/inbox/all?selected_item_id=${threadId}`,
      threadId,
      threadType: 'FB_MESSAGE',
      brand: null,
      messages: [msg({ author: { name: 'Anna Schmidt' }, text: 'Hallo?' })],
      composerFound: true,
    });
    const a = await recordConversation(db, inbox('1'), { seenAt: T0 });
    const a2 = await recordConversation(db, inbox('1'), { seenAt: T0 + MIN });
    const b = await recordConversation(db, inbox('2'), { seenAt: T0 });
    expect(a2.customerId).toBe(a.customerId);
    expect(b.customerId).not.toBe(a.customerId);
  });

  it('gives DM messages that show only a name the counterpart identity from the header', async () => {
    const db = freshDb();
    const r = await recordConversation(
      db,
      igDm('t9', 'jo.becker', 'Jo Becker', [
        msg({ author: { name: 'Jo Becker' }, text: 'eins' }),
        msg({ author: { name: 'Acme' }, isBrand: true, text: 'zwei' }),
      ]),
      { seenAt: T0 },
    );
    expect(r.customerIds).toEqual([r.customerId, null]);
    const ids = await db.identities.toArray();
    expect(ids.map((i) => `${i.platform}:${i.kind}:${i.value}`)).toEqual(['instagram:handle:jo.becker']);
  });

  it('stores masked text when asked, and still recognises the message on re-visit', async () => {
    const db = freshDb();
    const conv = xDm('d1', 'mia_k', 'Mia K', [msg({ author: { handle: 'mia_k' }, text: 'Meine Nummer ist 0170 1234567' })]);
    const mask = (t: string): string => t.replace(/\d[\d ]{6,}\d/g, '[PHONE]');
    await recordConversation(db, conv, { seenAt: T0, maskText: mask });
    await recordConversation(db, conv, { seenAt: T0 + MIN, maskText: mask });
    const rows = await allMessages(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.text).toBe('Meine Nummer ist [PHONE]');
    expect(rows[0]!.masked).toBe(true);
    expect(JSON.stringify(await allRows(db))).not.toContain('1234567');
  });

  it('writes the action and its outbox entry together', async () => {
    const db = freshDb();
    await recordConversation(db, xDm('d1', 'mia_k', 'Mia K', [msg({ author: { handle: 'mia_k' }, text: 'hi' })]), { seenAt: T0 });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    const tables = outbox[0]!.changes.map((c) => c.table).sort();
    expect(tables).toEqual(['conversations', 'customers', 'events', 'identities', 'messages']);
    // A re-visit that changes nothing meaningful pushes nothing.
    await recordConversation(db, xDm('d1', 'mia_k', 'Mia K', [msg({ author: { handle: 'mia_k' }, text: 'hi' })]), {
      seenAt: T0 + MIN,
    });
    expect(await db.outbox.count()).toBe(1);
  });

  it('rejects a malformed conversation with a clear error and stores nothing', async () => {
    const db = freshDb();
    const bad = { ...xDm('d1', 'mia_k', 'Mia K', []), platform: 'myspace' } as unknown as Conversation;
    await expect(recordConversation(db, bad, { seenAt: T0 })).rejects.toThrow(/platform/);
    expect(await allRows(db)).toEqual([]);
  });

  it('stores a 200-message conversation quickly', async () => {
    const db = freshDb();
    const messages = Array.from({ length: 200 }, (_, i) =>
      msg({
        id: `m${i}`,
        author: i % 3 === 0 ? { handle: 'acme_help' } : { handle: `user${i % 17}`, name: `User ${i % 17}` },
        isBrand: i % 3 === 0,
        text: `Nachricht Nummer ${i} mit etwas Text, damit es realistisch ist.`,
        timestamp: new Date(T0 - (200 - i) * MIN).toISOString(),
      }),
    );
    const conv = xPost(messages);
    await recordConversation(db, conv, { seenAt: T0 }); // warm-up on another thread key
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      await recordConversation(db, { ...conv, threadId: `x${k}` }, { seenAt: T0 + k });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    // fake-indexeddb is much slower than Chromium's IndexedDB; the real budget is 50 ms there.
    expect(times[2]).toBeLessThan(250);
  });
});

describe('re-reading a thread', () => {
  it('writes nothing when nothing changed', async () => {
    const db = freshDb();
    const conv = igDm('t1', 'mia.k', 'Mia K', [
      msg({ author: { name: 'Mia K' }, text: 'eins' }),
      msg({ author: { name: 'Acme' }, isBrand: true, text: 'zwei' }),
    ]);
    await recordConversation(db, conv, { seenAt: T0 });
    let writes = 0;
    db.messageChunks.hook('updating', () => {
      writes += 1;
    });
    db.messageChunks.hook('creating', () => {
      writes += 1;
    });
    await recordConversation(db, conv, { seenAt: T0 + MIN });
    expect(writes).toBe(0);
    // A new message rewrites its thread's chunk only.
    await recordConversation(db, { ...conv, messages: [...conv.messages, msg({ author: { name: 'Mia K' }, text: 'drei' })] }, {
      seenAt: T0 + 2 * MIN,
    });
    expect(writes).toBe(1);
  });

  it('times the wait from a customer message that has scrolled off the page', async () => {
    const db = freshDb();
    const first = [
      msg({ author: { name: 'Acme' }, isBrand: true, text: 'Wie können wir helfen?' }),
      msg({ author: { name: 'Mia K' }, text: 'Mein Router' }),
    ];
    await recordConversation(db, igDm('t1', 'mia.k', 'Mia K', first), { seenAt: T0 });
    // Later the page shows only her newer messages: the wait still began at her first unanswered one.
    const later = [msg({ author: { name: 'Mia K' }, text: 'Hallo??' }), msg({ author: { name: 'Mia K' }, text: 'Niemand da?' })];
    const r = await recordConversation(db, igDm('t1', 'mia.k', 'Mia K', later), { seenAt: T0 + 30 * MIN });
    const { conversationClock } = await import('../../lib/db/repo');
    const clock = await conversationClock(db, r.conversationId, { slaWarningMin: 15, slaBreachMin: 60 }, T0 + 40 * MIN);
    expect(clock).toMatchObject({ state: 'running', waitingSinceMs: T0, elapsedMs: 40 * MIN, estimated: true, unansweredCount: 3 });
  });
});

describe('customer names', () => {
  it('names a customer first seen by handle only once a page shows the name', async () => {
    const db = freshDb();
    const post = (id: string, author: Conversation['messages'][number]['author']): Conversation => ({
      platform: 'instagram',
      view: 'post-comments',
      url: `https://www.instagram.com/p/${id}/`,
      threadId: id,
      brand: null,
      messages: [msg({ commentId: `c${id}`, author, text: 'Frage' })],
      composerFound: false,
    });
    const a = await recordConversation(db, post('A', { handle: 'lena.h' }), { seenAt: T0 });
    expect((await db.customers.get(a.customerIds[0]!))?.displayName).toBe('lena.h');
    await recordConversation(db, post('B', { handle: 'lena.h', name: 'Lena H.' }), { seenAt: T0 + MIN });
    expect((await db.customers.get(a.customerIds[0]!))?.displayName).toBe('Lena H.');
  });
});
