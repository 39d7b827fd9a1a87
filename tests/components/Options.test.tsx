// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../components/Options';
import type { CareDb } from '../../lib/db';
import { exportAll, getSettings, recordConversation } from '../../lib/db/repo';
import { setUiLang } from '../../lib/i18n';
import { freshDb, allRows, igDm, msg, allMessages } from '../db/helpers';

let db: CareDb;

beforeEach(() => {
  fakeBrowser.reset();
  setUiLang('en');
  db = freshDb();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  setUiLang('en');
});

function pickFile(input: HTMLElement, name: string, content: string) {
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('options page', () => {
  it('saves agent name, reply targets, retention and masked storage', async () => {
    render(<Options db={db} />);
    const name = (await screen.findByTestId('agent-name')) as HTMLInputElement;
    fireEvent.input(name, { target: { value: 'Lisa' } });
    fireEvent.input(screen.getByTestId('sla-warning'), { target: { value: '10' } });
    fireEvent.input(screen.getByTestId('sla-breach'), { target: { value: '30' } });
    fireEvent.click(screen.getByTestId('retention-on'));
    fireEvent.input(await screen.findByTestId('retention-days'), { target: { value: '90' } });
    fireEvent.click(screen.getByTestId('masked-only'));
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(() => expect(screen.getByTestId('settings-status').textContent).toBe('Settings saved.'));
    expect(await getSettings(db)).toMatchObject({
      agentName: 'Lisa',
      slaWarningMin: 10,
      slaBreachMin: 30,
      retentionDays: 90,
      storeMaskedOnly: true,
    });
  });

  it('refuses a breach target before the warning target and stores nothing', async () => {
    render(<Options db={db} />);
    fireEvent.input(await screen.findByTestId('sla-warning'), { target: { value: '45' } });
    fireEvent.input(screen.getByTestId('sla-breach'), { target: { value: '30' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(() => expect(screen.getByTestId('settings-status').textContent).toMatch(/^Not saved: .*breach target must be later/));
    expect(await getSettings(db)).toMatchObject({ slaWarningMin: 15, slaBreachMin: 60 });
  });

  it('switches the page to German', async () => {
    render(<Options db={db} />);
    fireEvent.change(await screen.findByTestId('ui-lang'), { target: { value: 'de' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    await screen.findByText('Care Sidebar – Einstellungen');
    expect((await getSettings(db)).uiLang).toBe('de');
  });

  it('rejects a corrupt or foreign import with a clear message and changes nothing', async () => {
    await recordConversation(db, igDm('t1', 'jonas.b', 'Jonas', [msg({ author: { name: 'Jonas' }, text: 'Hallo' })]), { seenAt: 1_700_000_000_000 });
    const before = await allRows(db);
    render(<Options db={db} />);
    const input = await screen.findByTestId('import');
    pickFile(input, 'broken.json', '{"format": "care-sidebar-export", "version": 1, "tables": {"customers": [{"id": 1}]}}');
    await waitFor(() => expect(screen.getByTestId('data-status').textContent).toMatch(/^Import refused, nothing was changed: .*customers\[0\]/));
    pickFile(input, 'other.json', '{"hello": "world"}');
    await waitFor(() => expect(screen.getByTestId('data-status').textContent).toMatch(/not a Care Sidebar export/));
    pickFile(input, 'not-json.json', 'this is not json');
    await waitFor(() => expect(screen.getByTestId('data-status').textContent).toMatch(/not valid JSON/));
    expect(await allRows(db)).toEqual(before);
  });

  it('imports a valid export into an empty store', async () => {
    const source = freshDb();
    await recordConversation(source, igDm('t1', 'jonas.b', 'Jonas', [msg({ author: { name: 'Jonas' }, text: 'Hallo' })]), { seenAt: 1_700_000_000_000 });
    const file = JSON.stringify(await exportAll(source));
    render(<Options db={db} />);
    pickFile(await screen.findByTestId('import'), 'export.json', file);
    await waitFor(() => expect(screen.getByTestId('data-status').textContent).toMatch(/^Imported: \d+ new/));
    expect((await allMessages(db)).length).toBe(1);
  });

  it('erases one customer completely after confirmation', async () => {
    await recordConversation(db, igDm('t1', 'jonas.b', 'Jonas', [msg({ author: { name: 'Jonas' }, text: 'Hallo' })]), { seenAt: 1_700_000_000_000 });
    await recordConversation(db, igDm('t2', 'petra.w', 'Petra', [msg({ author: { name: 'Petra' }, text: 'Hi' })]), { seenAt: 1_700_000_000_000 });
    render(<Options db={db} />);
    fireEvent.input(await screen.findByTestId('erase-search'), { target: { value: 'jonas' } });
    await waitFor(() => expect((screen.getByTestId('erase-choice') as HTMLSelectElement).options).toHaveLength(1));
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    window.confirm = confirm;
    fireEvent.click(screen.getByTestId('erase'));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(await db.customers.count()).toBe(2);
    fireEvent.click(screen.getByTestId('erase'));
    await waitFor(() => expect(screen.getByTestId('data-status').textContent).toBe('Jonas was erased.'));
    const rows = JSON.stringify(await allRows(db));
    expect(rows).not.toContain('jonas.b');
    expect(rows).toContain('petra.w');
  });

  it('validates the reply engine endpoint and stores good settings', async () => {
    const asked: string[][] = [];
    fakeBrowser.permissions.request = async (p: { origins?: string[] }) => {
      asked.push(p.origins ?? []);
      return true;
    };
    render(<Options db={db} />);
    fireEvent.input(await screen.findByTestId('engine-openaiBaseUrl'), { target: { value: 'ftp://nope' } });
    fireEvent.click(screen.getByTestId('engine-save'));
    await waitFor(() => expect(screen.getByTestId('engine-status').textContent).toBe('The endpoint must be an http(s) URL.'));
    fireEvent.input(screen.getByTestId('engine-openaiBaseUrl'), { target: { value: 'https://llm.example.org' } });
    fireEvent.input(screen.getByTestId('engine-openaiModel'), { target: { value: 'gpt-x' } });
    fireEvent.click(screen.getByTestId('engine-save'));
    await waitFor(() => expect(screen.getByTestId('engine-status').textContent).toBe('Suggestion settings saved.'));
    const stored = await fakeBrowser.storage.local.get('replyEngine');
    expect(stored.replyEngine).toMatchObject({ openaiBaseUrl: 'https://llm.example.org', openaiModel: 'gpt-x' });
    expect(asked).toEqual([['https://llm.example.org/*']]);
  });

  it('says so when the agent does not allow the team model server', async () => {
    fakeBrowser.permissions.request = async () => false;
    render(<Options db={db} />);
    fireEvent.input(await screen.findByTestId('engine-openaiBaseUrl'), { target: { value: 'https://llm.example.org' } });
    fireEvent.click(screen.getByTestId('engine-save'));
    await waitFor(() => expect(screen.getByTestId('engine-status').textContent).toMatch(/not allowed to reach this server/));
  });

  it('shows why team privacy rules are refused and stores valid ones', async () => {
    render(<Options db={db} />);
    const box = await screen.findByTestId('rules-input');
    fireEvent.input(box, { target: { value: '[{"type": "nope"' } });
    fireEvent.click(screen.getByTestId('rules-save'));
    await screen.findByTestId('rules-errors');
    expect(screen.getByTestId('rules-status').textContent).toMatch(/^Rules not saved/);
    expect((await fakeBrowser.storage.local.get('privacyRules')).privacyRules).toBeUndefined();
    fireEvent.input(box, { target: { value: '[{"type": "CUSTOMER_ID", "pattern": "NW-\\\\d{6}", "label": "Vertragsnummer"}]' } });
    fireEvent.click(screen.getByTestId('rules-save'));
    await waitFor(() => expect(screen.getByTestId('rules-status').textContent).toBe('1 rules saved.'));
    expect(screen.queryByTestId('rules-errors')).toBeNull();
    expect((await fakeBrowser.storage.local.get('privacyRules')).privacyRules).toHaveLength(1);
  });
});
