// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../components/App';
import type { Conversation } from '../../lib/model/conversation';
import { fakeConnection } from './fake-connection';


const hostile = '<img src=x onerror=alert(1)>';
const conversation: Conversation = {
  platform: 'x',
  view: 'post-detail',
  url: 'https://x.com/brand/status/1',
  threadId: '1',
  brand: { name: 'Brand', handle: 'brand' },
  messages: [
    { id: '1', author: { name: 'Brand', handle: 'brand' }, isBrand: true, text: 'Neuer Tarif', lang: 'de' },
    { id: '2', author: { name: 'Eve', handle: 'eve' }, isBrand: false, text: hostile, lang: 'en' },
    { id: '3', author: { name: 'Dana Fox', handle: 'dana' }, isBrand: false, text: 'Wann kommt 5G?', lang: 'de' },
  ],
  composerFound: true,
};

afterEach(cleanup);

describe('sidebar app', () => {
  it('shows the customer and every message as text, never as HTML', async () => {
    const conn = fakeConnection();
    const { container } = render(<App token="t" createConnection={conn.create} />);
    conn.deliver({ type: 'conversation', conversation });
    await waitFor(() => expect(screen.getAllByTestId('message')).toHaveLength(3));
    expect(screen.getByTestId('customer-name').textContent).toBe('Dana Fox');
    expect(screen.getByTestId('customer-handle').textContent).toBe('dana');
    const items = screen.getAllByTestId('message');
    expect(items.map((el) => el.getAttribute('data-brand'))).toEqual(['true', 'false', 'false']);
    expect(items[1]!.textContent).toContain(hostile);
    expect(container.querySelector('img')).toBeNull();
  });

  it('selects another customer when the agent clicks their message', async () => {
    const conn = fakeConnection();
    render(<App token="t" createConnection={conn.create} />);
    conn.deliver({ type: 'conversation', conversation });
    await waitFor(() => expect(screen.getAllByTestId('message')).toHaveLength(3));
    fireEvent.click(screen.getAllByTestId('message')[1]!.querySelector('button')!);
    await waitFor(() => expect(screen.getByTestId('customer-name').textContent).toBe('Eve'));
  });

  it('sends the draft to the content script and reports the outcome', async () => {
    const conn = fakeConnection();
    render(<App token="t" createConnection={conn.create} />);
    conn.deliver({ type: 'conversation', conversation });
    const draft = (await screen.findByTestId('reply-draft')) as HTMLTextAreaElement;
    fireEvent.input(draft, { target: { value: 'Hallo Dana, 5G ist dabei.' } });
    fireEvent.click(screen.getByTestId('insert'));
    const insert = conn.sent.find((m) => m.type === 'insert');
    expect(insert).toMatchObject({ type: 'insert', text: 'Hallo Dana, 5G ist dabei.' });
    conn.deliver({ type: 'insert-result', requestId: (insert as { requestId: string }).requestId, ok: false, error: 'no-composer' });
    await screen.findByText(/No reply box is open/);
  });

  it('collapses to a tab and opens again', async () => {
    const conn = fakeConnection();
    render(<App token="t" createConnection={conn.create} />);
    conn.deliver({ type: 'layout', collapsed: true, width: 380 });
    const open = await screen.findByRole('button', { name: 'Open sidebar' });
    fireEvent.click(open);
    expect(conn.sent).toContainEqual({ type: 'set-layout', collapsed: false });
  });
});

describe('drafts per conversation', () => {
  it('keeps each thread its own draft when the agent switches conversation', async () => {
    const conn = fakeConnection();
    render(<App token="t" createConnection={conn.create} />);
    conn.deliver({ type: 'conversation', conversation });
    const draft = (await screen.findByTestId('reply-draft')) as HTMLTextAreaElement;
    fireEvent.input(draft, { target: { value: 'Hallo Dana, 5G ist dabei.' } });
    conn.deliver({ type: 'conversation', conversation: { ...conversation, threadId: '2', url: 'https://x.com/brand/status/2' } });
    await waitFor(() => expect((screen.getByTestId('reply-draft') as HTMLTextAreaElement).value).toBe(''));
    conn.deliver({ type: 'no-conversation', reason: 'the thread is still loading' });
    conn.deliver({ type: 'conversation', conversation });
    await waitFor(() => expect((screen.getByTestId('reply-draft') as HTMLTextAreaElement).value).toBe('Hallo Dana, 5G ist dabei.'));
  });
});
