import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { CareDb } from '../../lib/db';
import { saveSettings } from '../../lib/db/repo';
import { localStore, maybeApplyRetention, remoteStore, RETENTION_RUN_KEY, serveStore, STORE_MESSAGE } from '../../lib/sidebar/store';
import { freshDb, igDm, msg, allMessages } from '../db/helpers';

let db: CareDb;
const sidebar = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidebar.html') });
const ask = async (message: unknown, sender: object) => {
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
  return results[0];
};
const thread = igDm('t1', 'jonas.b', 'Jonas', [msg({ author: { name: 'Jonas' }, text: 'Mein Paket ist nicht da, ruf mich an: 0176 55512345' })]);

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
});
afterEach(() => vi.restoreAllMocks());

describe('background store for the sidebar', () => {
  it('answers the extension pages and refuses content scripts', async () => {
    serveStore(() => db);
    const rec = await ask({ type: STORE_MESSAGE, op: 'recordRead', args: [thread, 1_700_000_000_000] }, sidebar());
    expect(rec).toMatchObject({ ok: true, value: { added: 1 } });
    const fromPage = await ask(
      { type: STORE_MESSAGE, op: 'customerHistory', args: [rec.value.customerId, {}] },
      { id: fakeBrowser.runtime.id, url: 'https://www.instagram.com/direct/t/1/', tab: { id: 3 } },
    );
    expect(fromPage).toEqual({ ok: false, error: 'not allowed' });
    // Not a store request at all: left to other listeners.
    expect(await ask({ type: 'something-else' }, sidebar())).toBeUndefined();
    expect(await ask({ type: STORE_MESSAGE, op: 'dropEverything', args: [] }, sidebar())).toBeUndefined();
  });

  it('reports a refused write with a readable reason', async () => {
    serveStore(() => db);
    const rec = await ask({ type: STORE_MESSAGE, op: 'recordRead', args: [thread, 1_700_000_000_000] }, sidebar());
    const bad = await ask({ type: STORE_MESSAGE, op: 'addNote', args: [rec.value.customerId, '   '] }, sidebar());
    expect(bad).toEqual({ ok: false, error: 'A note cannot be empty' });
  });

  it('works the same through remoteStore as on the local store', async () => {
    serveStore(() => db);
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(((m: unknown) => ask(m, sidebar())) as never);
    const remote = remoteStore();
    const rec = await remote.recordRead(thread, 1_700_000_000_000);
    await remote.addNote(rec.customerId!, 'Ruft lieber nicht an');
    expect((await localStore(db).listNotes(rec.customerId!)).map((n) => n.text)).toEqual(['Ruft lieber nicht an']);
    await expect(remote.addTag(rec.customerId!, '')).rejects.toThrow('A tag cannot be empty');
  });

  it('stores masked text when the agent chose it', async () => {
    await saveSettings(db, { storeMaskedOnly: true });
    await localStore(db).recordRead(thread, 1_700_000_000_000);
    const [row] = await allMessages(db);
    expect(row!.text).not.toContain('55512345');
    expect(row!.masked).toBe(true);
  });

  it('runs retention at most once a day, and never while it is off', async () => {
    const day = 86_400_000;
    const now = 1_800_000_000_000;
    await localStore(db).recordRead(thread, now - 400 * day);
    expect(await maybeApplyRetention(db, now)).toBe(false);
    expect((await allMessages(db)).length).toBe(1);
    await saveSettings(db, { retentionDays: 30 });
    expect(await maybeApplyRetention(db, now)).toBe(true);
    expect((await allMessages(db)).length).toBe(0);
    expect((await fakeBrowser.storage.local.get(RETENTION_RUN_KEY))[RETENTION_RUN_KEY]).toBe(now);
    expect(await maybeApplyRetention(db, now + day / 2)).toBe(false);
    expect(await maybeApplyRetention(db, now + day)).toBe(true);
  });
});
