// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUiLang } from '../../lib/i18n';
import type { ToContent } from '../../lib/messaging/protocol';
import type { Message } from '../../lib/model/conversation';
import { DraftCheck } from '../../components/DraftCheck';
import { Harness, conversationOf } from './privacy-helpers';

const customer: Message = { id: 'c', author: { name: 'Lena Hoffmann' }, isBrand: false, text: 'Gilt das auch für Bestandskunden?', lang: 'de' };
const publicThread = conversationOf([customer]);
const dmThread = conversationOf([customer], 'dm');

const type = (text: string) => fireEvent.input(screen.getByTestId('reply-draft'), { target: { value: text } });
const badges = (sent: ToContent[]) => sent.filter((m) => m.type === 'composer-badge').map((m) => (m as Extract<ToContent, { type: 'composer-badge' }>).badge);

beforeEach(() => {
  fakeBrowser.reset();
  setUiLang('en');
});
afterEach(cleanup);

describe('draft check', () => {
  it('warns about personal data in a public reply, highlighted in a copy of the draft, after typing pauses', async () => {
    render(<Harness conversation={publicThread}>{() => <DraftCheck />}</Harness>);
    type("Hi Sabine, we'll call you back on 0171 2345678, and the refund goes to DE89 3704 0044 0532 0130 00.");
    // Typing is never held up by the check: nothing shows in the same tick.
    expect(screen.queryByTestId('draft-privacy-warning')).toBeNull();
    const warning = await screen.findByTestId('draft-privacy-warning');
    expect(warning.className).toContain('warning');
    expect(warning.getAttribute('data-severity')).toBe('warning');
    expect(warning.getAttribute('role')).toBe('status');
    expect(warning.textContent).toMatch(/public reply/);
    expect(warning.textContent).toMatch(/phone number/);
    expect(warning.textContent).toMatch(/IBAN/);
    const marks = [...warning.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['0171 2345678', 'DE89 3704 0044 0532 0130 00']);
  });

  it("marks a customer named in the agent's draft, never the name the agent signs it with", async () => {
    render(<Harness conversation={publicThread}>{() => <DraftCheck />}</Harness>);
    type('Ich habe gestern mit Lena Hoffmann telefoniert und melde mich morgen. Viele Grüße, Paula Kern');
    const warning = await screen.findByTestId('draft-privacy-warning');
    expect([...warning.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Lena Hoffmann']);
  });

  it('renders the draft copy as text, never as HTML', async () => {
    const { container } = render(<Harness conversation={publicThread}>{() => <DraftCheck />}</Harness>);
    type('<img src=x onerror=alert(1)> 0171 2345678');
    const warning = await screen.findByTestId('draft-privacy-warning');
    expect(warning.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });

  it('goes away when the data is removed from the draft, and never shows for a clean draft', async () => {
    render(<Harness conversation={publicThread}>{() => <DraftCheck />}</Harness>);
    type('Wir rufen dich unter 0171 2345678 zurück.');
    await screen.findByTestId('draft-privacy-warning');
    type('Schreib uns gern eine DM, dann klären wir das.');
    await waitFor(() => expect(screen.queryByTestId('draft-privacy-warning')).toBeNull());
  });

  it('is a milder note in a private chat', async () => {
    render(<Harness conversation={dmThread}>{() => <DraftCheck />}</Harness>);
    type('Wir haben dir an max.mustermann@example.org geschrieben.');
    const note = await screen.findByTestId('draft-privacy-warning');
    expect(note.className).toContain('info');
    expect(note.className).not.toContain('warning');
    expect(note.getAttribute('role')).toBe('status');
    expect(note.querySelector('mark')?.textContent).toBe('max.mustermann@example.org');
  });

  it("checks the site's composer too and sends the badge, then clears it when the composer is clean", async () => {
    const sent: ToContent[] = [];
    const { rerender } = render(<Harness conversation={publicThread} sent={sent} composerDraft="Ruf mich an: 0171 2345678">{() => <DraftCheck />}</Harness>);
    await waitFor(() => expect(badges(sent)).toHaveLength(1));
    expect(badges(sent)[0]).toEqual({ level: 'warning', label: 'Personal data in a public reply: phone number' });
    const warning = screen.getByTestId('draft-privacy-warning');
    expect(warning.querySelector('mark')?.textContent).toBe('0171 2345678');
    expect(warning.textContent).toMatch(/site's reply box/);

    rerender(<Harness conversation={publicThread} sent={sent} composerDraft="Danke, wir melden uns per DM.">{() => <DraftCheck />}</Harness>);
    await waitFor(() => expect(badges(sent).at(-1)).toEqual({ level: 'none', label: '' }));
    expect(screen.queryByTestId('draft-privacy-warning')).toBeNull();
    expect(badges(sent).filter((b) => b.level === 'none')).toHaveLength(1);
  });

  it('sends the badge again after each pause while the composer still holds the data (the site may re-render it)', async () => {
    const sent: ToContent[] = [];
    const view = (text: string) => <Harness conversation={publicThread} sent={sent} composerDraft={text}>{() => <DraftCheck />}</Harness>;
    const { rerender } = render(view('Ruf mich an: 0171 2345678'));
    await waitFor(() => expect(badges(sent)).toHaveLength(1));
    rerender(view('Ruf mich an: 0171 2345678 – bis gleich'));
    await waitFor(() => expect(badges(sent)).toHaveLength(2));
    expect(badges(sent).every((b) => b.level === 'warning')).toBe(true);
  });

  it('sends an info badge in a private chat and clears it when the panel goes away', async () => {
    const sent: ToContent[] = [];
    const { unmount } = render(<Harness conversation={dmThread} sent={sent} composerDraft="IBAN: DE89 3704 0044 0532 0130 00">{() => <DraftCheck />}</Harness>);
    await waitFor(() => expect(badges(sent)[0]?.level).toBe('info'));
    unmount();
    expect(badges(sent).at(-1)).toEqual({ level: 'none', label: '' });
  });

  it('sends no badge while the composer is clean', async () => {
    const sent: ToContent[] = [];
    render(<Harness conversation={publicThread} sent={sent} composerDraft="Danke dir!">{() => <DraftCheck />}</Harness>);
    type('0171 2345678');
    await screen.findByTestId('draft-privacy-warning');
    expect(badges(sent)).toEqual([]);
  });
});
