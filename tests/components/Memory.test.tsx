// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../components/App';
import type { Conversation, Message } from '../../lib/model/conversation';
import type { CareDb } from '../../lib/db';
import { findCustomerForAuthor, recordConversation, saveSettings, threadKeyOf } from '../../lib/db/repo';
import { setSidebarStore } from '../../lib/sidebar/memory';
import { localStore } from '../../lib/sidebar/store';
import { setUiLang } from '../../lib/i18n';
import { freshDb, allMessages } from '../db/helpers';
import { fakeConnection } from './fake-connection';


const BRAND = { name: 'Nordwind Mobil', pageId: '100064512345678' };
const msg = (over: Partial<Message> & Pick<Message, 'text'>): Message => ({ author: {}, isBrand: false, lang: 'de', ...over });

/** A Messenger thread whose header links the customer's profile. */
function messenger(messages: Message[]): Conversation {
  return {
    platform: 'facebook',
    view: 'dm',
    url: 'https://www.facebook.com/messages/t/7391',
    threadId: '7391',
    brand: BRAND,
    counterpart: { name: 'Jana Kurz', profileUrl: 'https://www.facebook.com/jana.kurz.3' },
    messages,
    composerFound: true,
  };
}

/** A Business Suite thread of the same person, showing only her name (not matched automatically). */
function inbox(messages: Message[]): Conversation {
  return {
    platform: 'facebook',
    view: 'business-inbox',
    url: 'https://business.facebook.com/latest/inbox/all/?selected_item_id=9001&thread_type=FB_MESSAGE',
    threadId: '9001',
    threadType: 'FB_MESSAGE',
    brand: BRAND,
    counterpart: { name: 'Jana Kurz' },
    messages,
    composerFound: true,
  };
}

const jana = { name: 'Jana Kurz' };
const waiting = [
  msg({ author: jana, text: 'Mein Router blinkt rot, seit gestern kein Internet.' }),
  msg({ author: BRAND, isBrand: true, text: 'Danke, wir prüfen den Anschluss.' }),
  msg({ author: jana, text: 'Gibt es schon etwas Neues?' }),
];

let db: CareDb;

beforeEach(async () => {
  setUiLang('en');
  db = freshDb();
  setSidebarStore(localStore(db));
  await saveSettings(db, { agentName: 'Lisa' });
});

afterEach(() => {
  cleanup();
  setSidebarStore(null);
});

async function openApp(c: Conversation) {
  const conn = fakeConnection();
  const utils = render(<App token="t" createConnection={conn.create} />);
  conn.deliver({ type: 'conversation', conversation: c });
  await screen.findByTestId('customer-panel', {}, { timeout: 5_000 });
  return { conn, ...utils };
}

describe('reply timer', () => {
  it('runs for a thread ending with a customer message, says the time is estimated, and stops at the brand reply', async () => {
    const { conn } = await openApp(inbox(waiting));
    const timer = screen.getByTestId('reply-timer');
    await waitFor(() => expect(timer.dataset.state).toBe('running'));
    expect(timer.dataset.level).toBe('ok');
    // The page shows no times: the clock counts from when the extension first saw the message.
    expect(screen.getByTestId('reply-timer-estimated')).toBeTruthy();
    // A private Messenger thread: the 24-hour window is shown.
    expect(screen.getByTestId('reply-window').textContent).toMatch(/24-hour reply window: (23 h 5\d min|24 h 00 min) left/);
    conn.deliver({
      type: 'conversation',
      conversation: inbox([...waiting, msg({ author: BRAND, isBrand: true, text: 'Der Techniker kommt morgen.' })]),
    });
    await waitFor(() => expect(screen.getByTestId('reply-timer').dataset.state).toBe('stopped'), { timeout: 3_000 });
    expect(screen.getByTestId('reply-timer').textContent).toContain('Answered after');
  });

  it('changes level at the warning and breach targets from the settings', async () => {
    await saveSettings(db, { slaWarningMin: 5, slaBreachMin: 30 });
    const at = (minAgo: number) => new Date(Date.now() - minAgo * 60_000).toISOString();
    await openApp(inbox([msg({ author: jana, text: 'Hallo?', timestamp: at(10) })]));
    await waitFor(() => expect(screen.getByTestId('reply-timer').dataset.level).toBe('warning'), { timeout: 3_000 });
    expect(screen.queryByTestId('reply-timer-estimated')).toBeNull();
    cleanup();
    await openApp(inbox([msg({ author: jana, text: 'Hallo??', timestamp: at(45) })]));
    await waitFor(() => expect(screen.getByTestId('reply-timer').dataset.level).toBe('breach'), { timeout: 3_000 });
    expect(screen.getByTestId('reply-timer').textContent).toContain('over 30 min');
  });

  it('shows none when no customer has written', async () => {
    await openApp(messenger([msg({ author: BRAND, isBrand: true, text: 'Willkommen!' })]));
    expect(screen.getByTestId('reply-timer').dataset.state).toBe('none');
    expect(screen.getByTestId('reply-timer').dataset.level).toBe('ok');
  });
});

describe('customer memory', () => {
  it('stores the conversation once, however often the page is read', async () => {
    const { conn } = await openApp(messenger(waiting));
    await waitFor(async () => expect((await allMessages(db)).length).toBe(3), { timeout: 3_000 });
    conn.deliver({ type: 'conversation', conversation: { ...messenger(waiting) } });
    conn.deliver({ type: 'conversation', conversation: { ...messenger(waiting) } });
    // The first read saw two customer messages (and the brand's); re-reads see nothing new.
    const customerSeen = async () =>
      (await db.events.where('type').equals('messages-seen').toArray())
        .flatMap((e) => e.data.brand as number[])
        .filter((b) => b === 0).length;
    await waitFor(async () => expect(await customerSeen()).toBe(2), { timeout: 3_000 });
    expect((await allMessages(db)).length).toBe(3);
  });

  it('stores masked text when the options say so', async () => {
    await saveSettings(db, { storeMaskedOnly: true });
    await openApp(messenger([msg({ author: jana, text: 'Ruf mich an: 0176 55512345 oder jana.kurz@example.de' })]));
    await waitFor(async () => expect((await allMessages(db)).length).toBe(1), { timeout: 3_000 });
    const [row] = await allMessages(db);
    expect(row!.text).not.toContain('55512345');
    expect(row!.text).not.toContain('jana.kurz@example.de');
    expect(row!.masked).toBe(true);
  });

  it('links two identities by hand and then shows the other conversation as history', async () => {
    // The Messenger thread was seen before.
    await recordConversation(db, messenger([msg({ author: jana, text: 'Frage zur Rechnung vom Oktober' })]), {
      seenAt: Date.now() - 86_400_000,
    });
    await openApp(inbox(waiting));
    // Same name, but no shared handle or profile id: not the same customer yet.
    await waitFor(() => expect(screen.getByText(/Nothing from this customer/)).toBeTruthy(), { timeout: 3_000 });
    expect(screen.queryAllByTestId('history-item')).toHaveLength(0);

    fireEvent.input(screen.getByTestId('link-search'), { target: { value: 'jana' } });
    const select = (await screen.findByTestId('link-choice', {}, { timeout: 3_000 })) as HTMLSelectElement;
    await waitFor(() => expect(select.options[0]?.textContent).toContain('@jana.kurz.3'));
    fireEvent.click(screen.getByTestId('link-customer'));

    const item = await screen.findByTestId('history-item', {}, { timeout: 3_000 });
    expect(item.textContent).toContain('Frage zur Rechnung vom Oktober');
    expect(item.textContent).toContain('Facebook');
    const link = within(item).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://www.facebook.com/messages/t/7391');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.getAllByTestId('linked-customer')).toHaveLength(1);

    fireEvent.click(screen.getByTestId('unlink'));
    await waitFor(() => expect(screen.queryAllByTestId('history-item')).toHaveLength(0), { timeout: 3_000 });
  });

  it('keeps notes with the agent name and time; edits and deletes them', async () => {
    await openApp(messenger(waiting));
    const input = screen.getByTestId('note-input') as HTMLTextAreaElement;
    fireEvent.input(input, { target: { value: 'Mag keine Anrufe, lieber per DM.' } });
    fireEvent.click(screen.getByTestId('note-save'));
    const note = await screen.findByTestId('note', {}, { timeout: 3_000 });
    expect(note.textContent).toContain('Mag keine Anrufe, lieber per DM.');
    expect(within(note).getByTestId('note-meta').textContent).toMatch(/^Lisa · /);
    expect(input.value).toBe('');

    // Still there in a new sidebar (a reload).
    cleanup();
    await openApp(messenger(waiting));
    await screen.findByTestId('note', {}, { timeout: 3_000 });

    fireEvent.click(screen.getByTestId('note-edit'));
    fireEvent.input(screen.getByTestId('note-edit-input'), { target: { value: 'Lieber per DM, nie anrufen.' } });
    fireEvent.click(screen.getByTestId('note-update'));
    await waitFor(() => expect(screen.getByTestId('note-text').textContent).toBe('Lieber per DM, nie anrufen.'));

    fireEvent.click(screen.getByTestId('note-delete'));
    await waitFor(() => expect(screen.queryAllByTestId('note')).toHaveLength(0));
    expect(screen.getByText('No notes yet.')).toBeTruthy();
  });

  it('renders stranger text as text in history and notes', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const cid = (await recordConversation(db, messenger([msg({ author: jana, text: hostile })]), { seenAt: Date.now() - 60_000 }))
      .customerId!;
    const other = await recordConversation(db, inbox(waiting), { seenAt: Date.now() - 60_000 });
    const { linkCustomers } = await import('../../lib/db/repo');
    await linkCustomers(db, other.customerId!, cid, 'Lisa');
    const { container } = await openApp(inbox(waiting));
    const item = await screen.findByTestId('history-item', {}, { timeout: 3_000 });
    expect(item.textContent).toContain(hostile);
    expect(container.querySelector('img')).toBeNull();
  });

  it('adds and removes tags', async () => {
    await openApp(messenger(waiting));
    fireEvent.input(screen.getByTestId('tag-input'), { target: { value: 'VIP' } });
    fireEvent.click(screen.getByTestId('tag-add'));
    await waitFor(() => expect(screen.getAllByTestId('tag').map((el) => el.textContent)).toEqual(['VIP×']));
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag VIP' }));
    await waitFor(() => expect(screen.queryAllByTestId('tag')).toHaveLength(0));
  });

  it('resolves the customer of a thread the extension reads', async () => {
    await openApp(messenger(waiting));
    await waitFor(async () => expect(await db.customers.count()).toBe(1), { timeout: 3_000 });
    const c = await findCustomerForAuthor(db, 'facebook', { name: 'Jana Kurz' }, threadKeyOf(messenger(waiting)));
    // Messages show only the name; the header's profile link identifies her.
    expect(c).toBeUndefined();
    const byProfile = await findCustomerForAuthor(db, 'facebook', { profileUrl: 'https://www.facebook.com/jana.kurz.3' });
    expect(byProfile?.displayName).toBe('Jana Kurz');
  });
});

describe('waiting list', () => {
  it('lists only conversations still waiting, and opens a thread on another site in a new tab', async () => {
    const hour = 3_600_000;
    await recordConversation(
      db,
      {
        ...messenger([msg({ author: jana, text: 'Hallo?', timestamp: new Date(Date.now() - 2 * hour).toISOString() })]),
      },
      { seenAt: Date.now() - hour },
    );
    await recordConversation(
      db,
      {
        platform: 'x',
        view: 'dm',
        url: 'https://x.com/messages/1-2',
        threadId: '1-2',
        brand: { handle: 'nordwind' },
        counterpart: { name: 'Max', handle: 'max_m' },
        messages: [msg({ author: { name: 'Max', handle: 'max_m' }, text: 'Paket?', timestamp: new Date(Date.now() - 3 * hour).toISOString() })],
        composerFound: true,
      },
      { seenAt: Date.now() - hour },
    );
    const { conn } = await openApp(
      messenger([...waiting.slice(0, 1), msg({ author: BRAND, isBrand: true, text: 'Erledigt.' })]),
    );
    const list = screen.getByTestId('waiting-list');
    await waitFor(() => expect(within(list).getAllByTestId('waiting-item')).toHaveLength(1), { timeout: 3_000 });
    // The open thread is answered now; only Max waits (the Messenger thread was re-read with a reply).
    const items = within(list).getAllByTestId('waiting-item');
    expect(items[0]!.textContent).toContain('Max');
    expect(items[0]!.textContent).toContain('X');
    const a = within(items[0]!).getByRole('link');
    // Another site than the open page: a new tab.
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('href')).toBe('https://x.com/messages/1-2');
    expect(conn.sent.some((m) => m.type === 'open-url')).toBe(false);
  });

  it('sorts by waiting time and asks the page to open a same-site thread', async () => {
    const hour = 3_600_000;
    const ig = (id: string, name: string, agoH: number): Conversation => ({
      platform: 'instagram',
      view: 'dm',
      url: `https://www.instagram.com/direct/t/${id}/`,
      threadId: id,
      brand: { handle: 'nordwind' },
      counterpart: { name, handle: name.toLowerCase() },
      messages: [msg({ author: { name }, text: `Hallo von ${name}`, timestamp: new Date(Date.now() - agoH * hour).toISOString() })],
      composerFound: true,
    });
    await recordConversation(db, ig('1', 'Anna', 1), { seenAt: Date.now() });
    await recordConversation(db, ig('2', 'Bernd', 5), { seenAt: Date.now() });
    const { conn } = await openApp(ig('3', 'Clara', 2));
    const list = screen.getByTestId('waiting-list');
    await waitFor(() => expect(within(list).getAllByTestId('waiting-item')).toHaveLength(3), { timeout: 3_000 });
    const names = within(list).getAllByTestId('waiting-item').map((el) => el.textContent ?? '');
    expect(names[0]).toContain('Bernd');
    expect(names[1]).toContain('Clara');
    expect(names[2]).toContain('Anna');
    fireEvent.click(within(list).getAllByRole('link')[0]!);
    expect(conn.sent).toContainEqual({ type: 'open-url', url: 'https://www.instagram.com/direct/t/2/' });
  });

  it('is shown when no conversation is open', async () => {
    await recordConversation(db, inbox(waiting), { seenAt: Date.now() });
    const conn = fakeConnection();
    render(<App token="t" createConnection={conn.create} />);
    conn.deliver({ type: 'no-conversation', reason: 'not a conversation page' });
    const list = await screen.findByTestId('waiting-list');
    await waitFor(() => expect(within(list).getAllByTestId('waiting-item')).toHaveLength(1), { timeout: 3_000 });
    expect(within(list).getByRole('link').textContent).toContain('Jana Kurz');
  });
});
