// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../components/App';
import { openDb } from '../../lib/db';
import { setUiLang } from '../../lib/i18n';
import type { Conversation } from '../../lib/model/conversation';
import { fakeConnection } from './fake-connection';
import type { ToContent } from '../../lib/messaging/protocol';


const conversation: Conversation = {
  platform: 'instagram',
  view: 'post-comments',
  url: 'https://www.instagram.com/p/abc/',
  threadId: 'abc',
  brand: { name: 'Kaffeerösterei Ost', handle: 'roesterei_ost' },
  messages: [
    { id: 'c1', author: { name: 'jana.k', handle: 'jana.k' }, isBrand: false, text: 'Meine Bestellung von Montag ist immer noch nicht da, wo bleibt sie? 😕', lang: 'de' },
  ],
  composerFound: true,
};

beforeAll(() => setUiLang('en'));
afterEach(cleanup);

describe('suggestions inside the sidebar', () => {
  it('a chosen suggestion goes to the composer and its fate lands in the local store once the insert succeeded', async () => {
    const conn = fakeConnection();
    render(<App token="t" createConnection={conn.create} />);
    conn.deliver({ type: 'conversation', conversation });
    const items = await screen.findAllByTestId('suggestion');
    expect(items).toHaveLength(3);
    const text = items[2]!.querySelector('.suggestion-text')!.textContent!;
    fireEvent.click(within(items[2]!).getByRole('button'));
    await waitFor(() => expect((screen.getByTestId('reply-draft') as HTMLTextAreaElement).value).toBe(text));
    fireEvent.click(screen.getByTestId('insert'));
    const insert = conn.sent.find((m): m is Extract<ToContent, { type: 'insert' }> => m.type === 'insert')!;
    expect(insert.text).toBe(text);

    const db = openDb();
    // nothing is decided until the composer has accepted the text
    expect(await db.events.where('type').equals('suggestion-fate').count()).toBe(0);
    conn.deliver({ type: 'insert-result', requestId: insert.requestId, ok: true });
    await waitFor(async () => expect(await db.events.where('type').equals('suggestion-fate').count()).toBe(3), { timeout: 5_000 });
    const rows = await db.events.where('type').equals('suggestion-fate').toArray();
    const ins = rows.find((r) => r.data.fate === 'inserted')!;
    expect(ins.data).toMatchObject({ engine: 'core', platform: 'instagram', conversationId: 'instagram:abc', kept: 1 });
    expect(rows.filter((r) => r.data.fate === 'ignored')).toHaveLength(2);
    db.close();
  });
});
