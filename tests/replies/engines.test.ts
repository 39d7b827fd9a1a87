import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEngine, suggestReplies } from '../../lib/replies/engines/choose';
import { chromeAiEngine } from '../../lib/replies/engines/chrome';
import { openAiEngine } from '../../lib/replies/engines/openai';
import { EngineError, type LanguageModelApi, type LanguageModelCreateOptions } from '../../lib/replies/engines/types';
import type { ReplyInputRaw } from '../../lib/replies/schema';

const input: ReplyInputRaw = {
  platform: 'x',
  brand: 'Zugline',
  author: { name: 'Lara Stein', handle: '@lara_s' },
  text: 'Der RE 4711 nach Kassel ist heute schon wieder 35 Minuten zu spät, Anschluss weg. Meine Nummer 0160 9988776, ruft mich an!',
};

// ───────── a local server speaking the chat-completions protocol ─────────
type Mode = 'good' | 'malformed' | 'not-json' | '429' | '500' | 'hang' | 'echo-pii';
let mode: Mode = 'good';
const seen: { auth?: string; body?: { model?: string; response_format?: unknown; messages?: { role: string; content: string }[] } }[] = [];
let server: Server;
let baseUrl = '';

function completion(content: string) {
  return JSON.stringify({ id: 'cmpl-1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] });
}

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.url !== '/v1/chat/completions' || req.method !== 'POST') {
        res.writeHead(404).end();
        return;
      }
      seen.push({ ...(req.headers.authorization ? { auth: req.headers.authorization } : {}), body: JSON.parse(body) });
      if (mode === 'hang') return; // never answers: the client must time out
      res.setHeader('content-type', 'application/json');
      if (mode === '429') return void res.writeHead(429).end(JSON.stringify({ error: { message: 'rate limited' } }));
      if (mode === '500') return void res.writeHead(500).end('oops');
      if (mode === 'not-json') return void res.writeHead(200).end('<html>proxy error</html>');
      if (mode === 'malformed') return void res.writeHead(200).end(completion('{"replies": [ "unterminated'));
      if (mode === 'echo-pii')
        return void res.writeHead(200).end(completion(JSON.stringify({ replies: [{ text: 'Lara, wir rufen dich unter 0160 9988776 an.', strategy: 'dm' }] })));
      res.writeHead(200).end(
        completion(
          JSON.stringify({
            replies: [
              { text: 'Lara, 35 Minuten Verspätung mit dem RE 4711 und dann der Anschluss weg – das ist ärgerlich. Die Entschädigung kannst du online beantragen; schreib uns per DM, dann helfen wir.', strategy: 'next-step' },
              { text: 'Oh je, Lara. Welchen Anschluss in Kassel hast du verpasst? Schreib uns gern eine DM, damit wir die Weiterfahrt klären.', strategy: 'follow-up' },
              { text: 'Vielen Dank für Ihre Nachricht. Wir kümmern uns schnellstmöglich um Ihr Anliegen.', strategy: 'short' },
            ],
          }),
        ),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

const openai = () => ({ openai: { baseUrl, apiKey: 'sk-test', model: 'care-1', timeoutMs: 400 } });

describe('OpenAI-compatible engine against a local server', () => {
  it('returns guarded suggestions from a good answer and never sends the customer\'s phone number', async () => {
    mode = 'good';
    seen.length = 0;
    const s = await openAiEngine.suggest(input, openai());
    expect(s.length).toBe(2); // the canned third reply is dropped by the guard
    expect(s.every((x) => x.engine === 'openai')).toBe(true);
    expect(seen[0]?.auth).toBe('Bearer sk-test');
    expect(seen[0]?.body?.model).toBe('care-1');
    expect(seen[0]?.body?.response_format).toEqual({ type: 'json_object' });
    const sent = JSON.stringify(seen[0]?.body?.messages);
    expect(sent).toContain('RE 4711');
    expect(sent.replace(/\s/g, '')).not.toContain('01609988776');
  });

  it('drops a model reply that repeats personal data and reports that nothing passed', async () => {
    mode = 'echo-pii';
    await expect(openAiEngine.suggest(input, openai())).rejects.toMatchObject({ code: 'empty' });
  });

  it.each([
    ['malformed', 'malformed'],
    ['not-json', 'malformed'],
    ['429', 'rate-limit'],
    ['500', 'http'],
    ['hang', 'timeout'],
  ] as const)('turns %s into an EngineError (%s)', async (m, code) => {
    mode = m;
    const err = await openAiEngine.suggest(input, openai()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).code).toBe(code);
    expect((err as EngineError).reason.de.length).toBeGreaterThan(10);
  });

  it('falls back to core on any failure and says why, in German and English', async () => {
    mode = '429';
    const r = await suggestReplies(input, openai());
    expect(r.engine).toBe('core');
    expect(r.fallback?.from).toBe('openai');
    expect(r.fallback?.code).toBe('rate-limit');
    expect(r.reason.de).toMatch(/429/);
    expect(r.reason.en).toMatch(/offline/i);
    expect(r.suggestions).toHaveLength(3);
    mode = 'hang';
    const t = await suggestReplies(input, openai());
    expect(t.fallback?.code).toBe('timeout');
    expect(t.suggestions.length).toBeGreaterThan(0);
  });

  it('uses the team model when it works', async () => {
    mode = 'good';
    const r = await suggestReplies(input, openai());
    expect(r.engine).toBe('openai');
    expect(r.fallback).toBeUndefined();
  });
});

// ───────── a LanguageModel double with the documented Prompt API shape ─────────
function languageModelDouble(opts: { languages: Record<string, 'available' | 'downloadable' | 'unavailable'>; answer: string }) {
  const calls: { availability: unknown[]; create: LanguageModelCreateOptions[]; prompt: { input: string; options?: { responseConstraint?: object } }[]; destroyed: number } = {
    availability: [],
    create: [],
    prompt: [],
    destroyed: 0,
  };
  const api: LanguageModelApi = {
    async availability(o) {
      calls.availability.push(o);
      const lang = o?.expectedInputs?.[0]?.languages?.[0] ?? 'en';
      return opts.languages[lang] ?? 'unavailable';
    },
    async create(o) {
      calls.create.push(o ?? {});
      return {
        async prompt(text, options) {
          calls.prompt.push({ input: text, ...(options ? { options } : {}) });
          return opts.answer;
        },
        destroy() {
          calls.destroyed++;
        },
      };
    },
  };
  return { api, calls };
}

const goodAnswer = JSON.stringify({
  replies: [
    { text: 'Lara, der RE 4711 mit 35 Minuten Verspätung und der verpasste Anschluss nach Kassel – ärgerlich. Schreib uns per DM, dann klären wir die Entschädigung.', strategy: 'dm' },
    { text: 'Oh je, Lara! Wohin wolltest du von Kassel aus weiter? Per DM finden wir die schnellste Verbindung.', strategy: 'follow-up' },
  ],
});

describe('Chrome built-in AI engine with a LanguageModel double', () => {
  it('probes the message language at run time and reports a missing German model', async () => {
    const { api, calls } = languageModelDouble({ languages: { en: 'available', de: 'downloadable' }, answer: goodAnswer });
    const de = await chromeAiEngine.available({ languageModel: api }, 'de');
    expect(de.ok).toBe(false);
    expect(de.reason.de).toMatch(/Deutsch/);
    expect(calls.availability[0]).toEqual({
      expectedInputs: [{ type: 'text', languages: ['de'] }],
      expectedOutputs: [{ type: 'text', languages: ['de'] }],
    });
    expect((await chromeAiEngine.available({ languageModel: api }, 'en')).ok).toBe(true);
    expect((await chromeAiEngine.available({}, 'en')).ok).toBe(false);
  });

  it('prompts with a JSON-schema response constraint and guards the answer', async () => {
    const { api, calls } = languageModelDouble({ languages: { de: 'available' }, answer: goodAnswer });
    const r = await suggestReplies(input, { languageModel: api });
    expect(r.engine).toBe('chrome-ai');
    expect(r.suggestions).toHaveLength(2);
    expect(calls.create[0]?.expectedInputs).toEqual([{ type: 'text', languages: ['de'] }]);
    expect(calls.create[0]?.initialPrompts?.[0]?.role).toBe('system');
    const constraint = calls.prompt[0]?.options?.responseConstraint as { type?: string; properties?: { replies?: unknown } };
    expect(constraint.type).toBe('object');
    expect(constraint.properties?.replies).toBeDefined();
    expect(calls.prompt[0]?.input.replace(/\s/g, '')).not.toContain('01609988776');
    expect(calls.destroyed).toBe(1);
  });

  it('falls back to core when the model answers with something that is not JSON', async () => {
    const { api } = languageModelDouble({ languages: { de: 'available' }, answer: 'Sure! Here are three replies: …' });
    const r = await suggestReplies(input, { languageModel: api });
    expect(r.engine).toBe('core');
    expect(r.fallback?.from).toBe('chrome-ai');
    expect(r.fallback?.code).toBe('malformed');
    expect(r.suggestions).toHaveLength(3);
  });
});

describe('chooseEngine', () => {
  it('prefers the team model, then Chrome AI, then core, and explains the choice', async () => {
    const { api } = languageModelDouble({ languages: { en: 'available', de: 'unavailable' }, answer: goodAnswer });
    expect((await chooseEngine({ ...openai(), languageModel: api }, 'en')).engine.id).toBe('openai');
    const c = await chooseEngine({ languageModel: api }, 'en');
    expect(c.engine.id).toBe('chrome-ai');
    expect(c.reason.en).toMatch(/No team language model/);
    const d = await chooseEngine({ languageModel: api }, 'de');
    expect(d.engine.id).toBe('core');
    expect(d.reason.de).toMatch(/Deutsch/);
    expect(d.considered.map((x) => x.id)).toEqual(['openai', 'chrome-ai', 'core']);
    expect((await chooseEngine({ ...openai(), languageModel: api }, 'en', 'chrome-ai')).engine.id).toBe('chrome-ai');
  });
});
