// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { Suggestions } from '../../components/Suggestions';
import { SidebarContext, type SidebarState } from '../../components/SidebarContext';
import { setUiLang } from '../../lib/i18n';
import type { Conversation, Message } from '../../lib/model/conversation';
import type { EngineSettings } from '../../lib/sidebar/engine-settings';
import type { RecordedFate } from '../../lib/sidebar/suggestion-fates';

const brand = { name: 'Stadtwerke Nord', handle: 'sw_nord' };
const m = (author: Message['author'], text: string, lang: Message['lang'], isBrand = false): Message => ({ author, isBrand, text, lang });

const conversation: Conversation = {
  platform: 'x',
  view: 'post-detail',
  url: 'https://x.com/sw_nord/status/1',
  threadId: '1',
  brand,
  messages: [
    m(brand, 'Ab Januar gibt es unseren neuen Ökostromtarif.', 'de', true),
    m({ name: 'Klaus Brandt', handle: 'kbrandt' }, 'Seit FÜNF Tagen kein Strom in der Lindenstraße und keiner ruft zurück. Eine Frechheit!!! 😡', 'de'),
    m({ name: 'Mia Lorenz', handle: 'mia_l' }, 'Does the new plan also work with my heat pump at home?', 'en'),
    m({ name: 'Crypto Kings', handle: 'cryptokingz' }, 'Make money from home with crypto 🚀🚀 follow4follow, DM me for signals', 'en'),
  ],
  composerFound: true,
};

interface Api {
  select: (i: number) => void;
  insert: (text: string) => void;
  draft: () => string;
}

function Harness(props: { index: number; api: Api; children: preact.ComponentChildren }) {
  const [index, setIndex] = useState(props.index);
  const [draft, setDraft] = useState('');
  const [lastInserted, setLastInserted] = useState<SidebarState['lastInserted']>(null);
  props.api.select = (i) => setIndex(i);
  props.api.insert = (text) => setLastInserted({ text, at: Date.now() + Math.random() });
  props.api.draft = () => draft;
  const value: SidebarState = {
    conversation,
    selectedIndex: index,
    selectedMessage: conversation.messages[index],
    customer: conversation.messages[index]?.author,
    draft,
    setDraft,
    composerDraft: '',
    send: () => {},
    lastInserted,
  };
  return (
    <SidebarContext.Provider value={value}>
      {props.children}
      <textarea data-testid="reply-draft" value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} />
    </SidebarContext.Provider>
  );
}

const noModel = async (): Promise<EngineSettings> => ({ useBuiltInAi: true });

function setup(index: number, opts: { settings?: () => Promise<EngineSettings>; globals?: { languageModel?: unknown; fetch?: typeof fetch } } = {}) {
  const api = {} as Api;
  const events: RecordedFate[] = [];
  const recordFate = vi.fn(async (e: RecordedFate) => {
    events.push(e);
  });
  render(
    <Harness index={index} api={api}>
      <Suggestions recordFate={recordFate} loadSettings={opts.settings ?? noModel} globals={opts.globals ?? {}} />
    </Harness>,
  );
  return { api, events, recordFate };
}

const texts = () => screen.getAllByTestId('suggestion').map((el) => el.querySelector('.suggestion-text')!.textContent!);
const draftEl = () => screen.getByTestId('reply-draft') as HTMLTextAreaElement;

beforeAll(() => setUiLang('en'));
afterEach(cleanup);

describe('reply suggestions in the sidebar', () => {
  it('shows tone and type of the selected message as translated chips', async () => {
    setup(1);
    expect(screen.getByTestId('tone-chip').textContent).toBe('Tone: angry');
    expect(screen.getByTestId('type-chip').textContent).toMatch(/^Type: (complaint|technical problem)$/);
    cleanup();
    setUiLang('de');
    setup(1);
    expect(screen.getByTestId('tone-chip').textContent).toBe('Ton: verärgert');
    setUiLang('en');
  });

  it('offers three different suggestions at once, each with its text and a labelled button', () => {
    setup(1);
    const list = texts();
    expect(list).toHaveLength(3);
    expect(new Set(list).size).toBe(3);
    for (const t of list) expect(t.length).toBeGreaterThan(20);
    const buttons = screen.getAllByRole('button', { name: /Use suggestion \d as the reply draft/ });
    expect(buttons).toHaveLength(3);
  });

  it('puts the chosen suggestion into the reply draft and says so', async () => {
    setup(2);
    const second = screen.getAllByTestId('suggestion')[1]!;
    fireEvent.click(within(second).getByRole('button'));
    await waitFor(() => expect(draftEl().value).toBe(second.querySelector('.suggestion-text')!.textContent));
    expect(within(second).getByRole('button').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Suggestion 2 is in the reply draft.');
  });

  it('changes the draft with shorter, warmer and more formal, and shows another set on request', async () => {
    setup(1);
    expect((screen.getByTestId('suggest-shorter') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(screen.getAllByTestId('suggestion')[0]!).getByRole('button'));
    await waitFor(() => expect(draftEl().value).not.toBe(''));
    for (const kind of ['warmer', 'shorter', 'formal'] as const) {
      const before = draftEl().value;
      fireEvent.click(screen.getByTestId(`suggest-${kind}`));
      await waitFor(() => expect(draftEl().value).not.toBe(before));
      expect(draftEl().value.length).toBeGreaterThan(10);
      if (kind === 'shorter') expect(draftEl().value.length).toBeLessThan(before.length);
    }
    const first = texts();
    fireEvent.click(screen.getByTestId('suggest-another'));
    await waitFor(() => expect(texts()).not.toEqual(first));
    expect(texts()).toHaveLength(3);
  });

  it('works on a draft the agent typed themselves', async () => {
    setup(1);
    fireEvent.input(draftEl(), { target: { value: 'Hallo Klaus, das tut uns leid. Wir prüfen die Lindenstraße jetzt. Du hörst heute noch von uns.' } });
    fireEvent.click(screen.getByTestId('suggest-formal'));
    await waitFor(() => expect(draftEl().value).toContain('Sie'));
  });

  it('offers nothing for pure spam and says why', () => {
    setup(3);
    expect(screen.queryAllByTestId('suggestion')).toHaveLength(0);
    expect(screen.getByTestId('type-chip').textContent).toBe('Type: spam');
    expect(screen.getByTestId('spam-note').textContent).toMatch(/better not to reply.*Hide or report/);
  });

  it('asks for a customer message when a brand message is selected', () => {
    setup(0);
    expect(screen.queryAllByTestId('suggestion')).toHaveLength(0);
    expect(screen.getByText('Select a customer message to get suggestions.')).toBeTruthy();
  });
});

describe('engine choice', () => {
  it('names the offline engine and why', async () => {
    setup(1);
    await waitFor(() => expect(screen.getByTestId('suggest-engine').textContent).toBe('Offline engine: no language model configured'));
  });

  it('upgrades to Chrome built-in AI when it is ready for the language', async () => {
    const replies = {
      replies: [
        { text: 'Fünf Tage ohne Strom in der Lindenstraße – das ist zu lang, Klaus. Wir haken beim Netzteam nach und melden uns hier.', strategy: 'next-step' },
        { text: 'Klaus, das darf nicht sein. Schick uns per DM, seit wann genau, dann eskalieren wir das.', strategy: 'dm' },
        { text: 'Verstehe den Ärger, Klaus. Ist nur dein Haus betroffen oder die ganze Straße?', strategy: 'follow-up' },
      ],
    };
    const prompts: unknown[] = [];
    const LanguageModel = {
      availability: vi.fn(async () => 'available' as const),
      create: vi.fn(async () => ({
        prompt: async (_input: string, o?: { responseConstraint?: object }) => {
          prompts.push(o?.responseConstraint);
          return JSON.stringify(replies);
        },
        destroy: () => {},
      })),
    };
    setup(1, { globals: { languageModel: LanguageModel } });
    await waitFor(() => expect(screen.getByTestId('suggest-engine').textContent).toMatch(/^Chrome built-in AI: /));
    await waitFor(() => expect(screen.getAllByTestId('suggestion')[0]!.getAttribute('data-engine')).toBe('chrome-ai'));
    expect(texts()).toHaveLength(3);
    expect(prompts[0]).toBeTypeOf('object');
    expect(LanguageModel.availability).toHaveBeenCalledWith(expect.objectContaining({ expectedInputs: [{ type: 'text', languages: ['de'] }] }));
  });

  it('keeps the offline suggestions when Chrome AI is off in the settings', async () => {
    const LanguageModel = { availability: vi.fn(async () => 'available' as const), create: vi.fn() };
    setup(1, { settings: async () => ({ useBuiltInAi: false }), globals: { languageModel: LanguageModel } });
    await waitFor(() => expect(screen.getByTestId('suggest-engine').textContent).toBe('Offline engine: no language model configured'));
    expect(LanguageModel.availability).not.toHaveBeenCalled();
  });

  it('says when the team model failed and shows offline suggestions instead', async () => {
    const fetchFn = vi.fn(async () => new Response('slow down', { status: 429 })) as unknown as typeof fetch;
    setup(1, {
      settings: async () => ({ useBuiltInAi: false, openaiBaseUrl: 'https://llm.example.org', openaiModel: 'care-1' }),
      globals: { fetch: fetchFn },
    });
    const before = texts();
    await waitFor(() =>
      expect(screen.getByTestId('suggest-engine').textContent).toContain('Team model (OpenAI-compatible) failed (rate limit) — offline suggestions shown.'),
    );
    expect(texts()).toEqual(before);
    expect(screen.getAllByTestId('suggestion')[0]!.getAttribute('data-engine')).toBe('core');
  });

  it('shows the offline suggestions while the team model is still answering', async () => {
    let release: (r: Response) => void = () => {};
    const fetchFn = vi.fn(() => new Promise<Response>((r) => (release = r))) as unknown as typeof fetch;
    setup(2, {
      settings: async () => ({ useBuiltInAi: false, openaiBaseUrl: 'https://llm.example.org', openaiModel: 'care-1' }),
      globals: { fetch: fetchFn },
    });
    expect(texts()).toHaveLength(3);
    await waitFor(() => expect(screen.getByTestId('suggest-engine').textContent).toBe('Offline suggestions shown while Team model (OpenAI-compatible) answers…'));
    const body = {
      choices: [{ message: { content: JSON.stringify({ replies: [{ text: 'Hi Mia, yes – the new plan works with heat pumps. Which model do you have? We can check the tariff for it.', strategy: 'follow-up' }] }) } }],
    };
    await act(async () => release(new Response(JSON.stringify(body), { status: 200 })));
    await waitFor(() => expect(screen.getByTestId('suggest-engine').textContent).toMatch(/^Team model \(OpenAI-compatible\): /));
    expect(screen.getAllByTestId('suggestion')[0]!.getAttribute('data-engine')).toBe('openai');
    expect(texts()).toHaveLength(3);
  });
  it('keeps the suggestion the agent already chose when the model answers later', async () => {
    let release: (r: Response) => void = () => {};
    const fetchFn = vi.fn(() => new Promise<Response>((r) => (release = r))) as unknown as typeof fetch;
    setup(2, {
      settings: async () => ({ useBuiltInAi: false, openaiBaseUrl: 'https://llm.example.org', openaiModel: 'care-1' }),
      globals: { fetch: fetchFn },
    });
    await waitFor(() => expect(fetchFn).toHaveBeenCalled());
    const chosen = texts()[1]!;
    fireEvent.click(within(screen.getAllByTestId('suggestion')[1]!).getByRole('button'));
    const body = {
      choices: [{ message: { content: JSON.stringify({ replies: [
        { text: 'Hi Mia, yes – the new plan works with heat pumps. Which model do you have? We can check the tariff for it.', strategy: 'follow-up' },
        { text: 'Good question, Mia! Heat pumps are covered; tell us your yearly usage and we will compare the tariffs for you.', strategy: 'next-step' },
      ] }) } }],
    };
    await act(async () => release(new Response(JSON.stringify(body), { status: 200 })));
    await waitFor(() => expect(screen.getAllByTestId('suggestion')[1]!.getAttribute('data-engine')).toBe('openai'));
    expect(texts()[0]).toBe(chosen);
    expect(within(screen.getAllByTestId('suggestion')[0]!).getByRole('button').getAttribute('aria-pressed')).toBe('true');
    expect(draftEl().value).toBe(chosen);
  });
});

describe('suggestion fates', () => {
  it('records inserted when the suggestion went in unchanged, the others as ignored', async () => {
    const { api, events } = setup(1);
    const chosen = texts()[0]!;
    fireEvent.click(within(screen.getAllByTestId('suggestion')[0]!).getByRole('button'));
    await waitFor(() => expect(draftEl().value).toBe(chosen));
    act(() => api.insert(chosen));
    await waitFor(() => expect(events).toHaveLength(3));
    expect(events.map((e) => e.fate).sort()).toEqual(['ignored', 'ignored', 'inserted']);
    expect(events.find((e) => e.fate === 'inserted')).toMatchObject({ kind: 'suggestion-fate', engine: 'core', kept: 1, platform: 'x', conversationId: 'x:1' });
  });

  it('records edited when the agent changed it before inserting', async () => {
    const { api, events } = setup(1);
    fireEvent.click(within(screen.getAllByTestId('suggestion')[1]!).getByRole('button'));
    await waitFor(() => expect(draftEl().value).not.toBe(''));
    const edited = draftEl().value + ' Wir melden uns bis 18 Uhr.';
    act(() => api.insert(edited));
    await waitFor(() => expect(events.some((e) => e.fate === 'edited')).toBe(true));
    const e = events.find((x) => x.fate === 'edited')!;
    expect(e.kept).toBeGreaterThan(0.5);
    expect(e.kept).toBeLessThan(1);
  });

  it('records ignored when the agent moves to another message or inserts something else', async () => {
    const { api, events } = setup(1);
    const firstSet = screen.getAllByTestId('suggestion').map((el) => el.getAttribute('data-strategy'));
    expect(firstSet).toHaveLength(3);
    act(() => api.select(2));
    await waitFor(() => expect(events).toHaveLength(3));
    expect(events.every((e) => e.fate === 'ignored')).toBe(true);
    act(() => api.insert('Hi Mia, we will check that for you.'));
    await waitFor(() => expect(events).toHaveLength(6));
    expect(events.slice(3).every((e) => e.fate === 'ignored')).toBe(true);
  });
});
