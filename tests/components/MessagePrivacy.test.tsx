// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUiLang } from '../../lib/i18n';
import type { Message } from '../../lib/model/conversation';
import { DraftCheck } from '../../components/DraftCheck';
import { Harness, brand, conversationOf } from './privacy-helpers';

const PHONE = '0171 2345678';
const IBAN = 'DE89 3704 0044 0532 0130 00';

const messages: Message[] = [
  { id: 'b1', author: brand, isBrand: true, text: `Unsere Hotline erreichst du unter ${PHONE}.`, lang: 'de' },
  { id: 'c1', author: { name: 'Sabine Krüger', handle: 'sabine_kr' }, isBrand: false, text: `Bitte ruft mich zurück: ${PHONE}. Danke!`, lang: 'de' },
  { id: 'c2', author: { name: 'James Taylor', handle: 'jtaylor' }, isBrand: false, text: `Refund it to my account please, IBAN ${IBAN}`, lang: 'en' },
  { id: 'c3', author: { name: 'Ozan Demir', handle: 'dev_ozan' }, isBrand: false, text: 'Is 5G included in Flex 50 or is that an extra add-on?', lang: 'en' },
];

const messageEls = () => screen.getAllByTestId('message');
const warningIn = (el: HTMLElement) => el.querySelector('[data-testid="privacy-warning"]') as HTMLElement | null;

beforeEach(() => {
  fakeBrowser.reset();
  setUiLang('en');
});
afterEach(cleanup);

describe('privacy warning under customer messages', () => {
  it('names the types and shows the values masked, inside the message, only where there is personal data', () => {
    render(<Harness conversation={conversationOf(messages)} />);
    const [brandEl, sabine, james, ozan] = messageEls();
    expect(warningIn(brandEl!)).toBeNull();
    expect(warningIn(ozan!)).toBeNull();

    const phoneWarning = warningIn(sabine!)!;
    expect(phoneWarning.textContent).toContain('phone number');
    expect(phoneWarning.textContent).toContain('678');
    expect(phoneWarning.textContent).not.toContain('2345678');
    expect(phoneWarning.textContent).toContain('•');

    const ibanWarning = warningIn(james!)!;
    expect(ibanWarning.textContent).toContain('IBAN');
    expect(ibanWarning.textContent).toContain('3000');
    expect(ibanWarning.textContent).not.toMatch(/3704|0532/);
    expect(screen.getAllByTestId('privacy-warning')).toHaveLength(2);
  });

  it('names the types in German when the sidebar speaks German', () => {
    setUiLang('de');
    render(<Harness conversation={conversationOf(messages)} />);
    expect(warningIn(messageEls()[1]!)!.textContent).toContain('Telefonnummer');
    expect(within(warningIn(messageEls()[1]!)!).getByRole('button').textContent).toMatch(/Antwort/);
  });

  it('drafts a German reply for a German message, by first name, without the number', () => {
    const drafts: string[] = [];
    render(<Harness conversation={conversationOf(messages)} onDraft={(d) => drafts.push(d)} />);
    fireEvent.click(within(warningIn(messageEls()[1]!)!).getByTestId('privacy-reply'));
    const reply = (screen.getByTestId('reply-draft') as HTMLTextAreaElement).value;
    expect(reply).toMatch(/^(Hallo|Hi|Hey) Sabine,/);
    expect(reply).toMatch(/Telefonnummer|Nummer/);
    expect(reply).toMatch(/lösch|raus/i);
    expect(reply).toMatch(/Direktnachricht|DM|privat/);
    expect(reply).not.toMatch(/\d{3}/);
    expect(reply).not.toContain('Krüger');
    expect(within(warningIn(messageEls()[1]!)!).getByRole('status').textContent).toMatch(/draft/);
  });

  it('drafts an English reply for an English message, and another wording on a second click', () => {
    render(<Harness conversation={conversationOf(messages)} />);
    const button = within(warningIn(messageEls()[2]!)!).getByTestId('privacy-reply');
    fireEvent.click(button);
    const first = (screen.getByTestId('reply-draft') as HTMLTextAreaElement).value;
    expect(first).toMatch(/^(Hi|Hello|Hey) James,/);
    expect(first).toMatch(/payment details/);
    expect(first).toMatch(/delete|remove|take the comment down|taking the post down/i);
    expect(first).toMatch(/direct message|DM|private/i);
    expect(first).not.toMatch(/DE89|3704|\d{4}/);
    fireEvent.click(within(warningIn(messageEls()[2]!)!).getByTestId('privacy-reply'));
    const second = (screen.getByTestId('reply-draft') as HTMLTextAreaElement).value;
    expect(second).not.toBe(first);
    expect(second).not.toMatch(/DE89|3704|\d{4}/);
  });

  it('answers a message of unknown language in the sidebar language', () => {
    setUiLang('de');
    const m: Message = { id: 'u', author: { name: 'kim_22' }, isBrand: false, text: `${PHONE}`, lang: 'und' };
    render(<Harness conversation={conversationOf([m])} />);
    fireEvent.click(screen.getByTestId('privacy-reply'));
    const reply = (screen.getByTestId('reply-draft') as HTMLTextAreaElement).value;
    expect(reply).toMatch(/^(Hallo|Hi|Hallo zusammen),/); // no first name in a handle
    expect(reply).not.toContain('2345678');
  });

  it('in a private chat shows a milder note without the "remove your post" action', () => {
    render(<Harness conversation={conversationOf(messages, 'dm')} />);
    const note = warningIn(messageEls()[1]!)!;
    expect(note.className).toContain('info');
    expect(note.getAttribute('data-severity')).toBe('info');
    expect(note.textContent).toContain('phone number');
    expect(note.textContent).toMatch(/private/);
    expect(within(note).queryByRole('button')).toBeNull();
    expect(screen.queryByTestId('privacy-reply')).toBeNull();
  });

  it('uses the team rules from storage, and ignores an invalid stored list with a visible note', async () => {
    const custom: Message = { id: 'k', author: { name: 'Lena Hoffmann' }, isBrand: false, text: 'Bei mir steht ZX-778812 auf dem Aufkleber', lang: 'de' };
    await fakeBrowser.storage.local.set({ privacyRules: [{ type: 'CUSTOMER_ID', pattern: '\\bZX-\\d{6}\\b', label: 'Vertrag' }] });
    render(<Harness conversation={conversationOf([custom])} />);
    const warning = await screen.findByTestId('privacy-warning');
    expect(warning.textContent).toContain('customer or account number');
    expect(warning.textContent).not.toContain('778812');
    cleanup();

    await fakeBrowser.storage.local.set({ privacyRules: [{ type: 'CUSTOMER_ID', pattern: '(a+)+$' }] });
    render(<Harness conversation={conversationOf([custom])}>{() => <DraftCheck />}</Harness>);
    const note = await screen.findByTestId('privacy-rules-note');
    expect(note.textContent).toMatch(/not used/);
    expect(note.textContent).toMatch(/nested quantifiers/);
    expect(screen.queryByTestId('privacy-warning')).toBeNull();
  });

  it('picks up rules the options page saves while the sidebar is open', async () => {
    const custom: Message = { id: 'k', author: { name: 'Lena Hoffmann' }, isBrand: false, text: 'Bei mir steht ZX-778812 auf dem Aufkleber', lang: 'de' };
    render(<Harness conversation={conversationOf([custom])} />);
    expect(screen.queryByTestId('privacy-warning')).toBeNull();
    await fakeBrowser.storage.local.set({ privacyRules: [{ type: 'CUSTOMER_ID', pattern: '\\bZX-\\d{6}\\b' }] });
    await waitFor(() => expect(screen.getByTestId('privacy-warning').textContent).toContain('customer or account number'));
  });
});
