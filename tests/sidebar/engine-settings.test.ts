import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_ENGINE_SETTINGS,
  ENGINE_SETTINGS_KEY,
  EngineSettingsError,
  engineContext,
  loadEngineSettings,
  parseEngineSettings,
  saveEngineSettings,
} from '../../lib/sidebar/engine-settings';

const lm = { availability: async () => 'available' as const, create: async () => ({ prompt: async () => '{}', destroy: () => {} }) };

beforeEach(() => fakeBrowser.reset());

describe('reply engine settings', () => {
  it('default to the built-in model and no team model', async () => {
    expect(await loadEngineSettings()).toEqual(DEFAULT_ENGINE_SETTINGS);
    expect(DEFAULT_ENGINE_SETTINGS).toEqual({ useBuiltInAi: true });
  });

  it('round-trip through browser.storage.local under replyEngine, trimmed, blanks dropped', async () => {
    const saved = await saveEngineSettings({
      useBuiltInAi: false,
      openaiBaseUrl: ' https://llm.example.org/v1 ',
      openaiKey: '',
      openaiModel: 'gpt-4o-mini',
    });
    expect(saved).toEqual({ useBuiltInAi: false, openaiBaseUrl: 'https://llm.example.org/v1', openaiModel: 'gpt-4o-mini' });
    const raw = await fakeBrowser.storage.local.get(ENGINE_SETTINGS_KEY);
    expect(raw[ENGINE_SETTINGS_KEY]).toEqual(saved);
    expect(await loadEngineSettings()).toEqual(saved);
  });

  it('refuse a base URL that is not http(s) with a clear error, and store nothing', async () => {
    await expect(saveEngineSettings({ useBuiltInAi: true, openaiBaseUrl: 'javascript:alert(1)' })).rejects.toBeInstanceOf(EngineSettingsError);
    expect(() => parseEngineSettings({ useBuiltInAi: 'yes' })).toThrow(/useBuiltInAi/);
    expect(await fakeBrowser.storage.local.get(ENGINE_SETTINGS_KEY)).toEqual({});
  });

  it('fall back to the defaults when the stored value is corrupt', async () => {
    await fakeBrowser.storage.local.set({ [ENGINE_SETTINGS_KEY]: { useBuiltInAi: 42, openaiBaseUrl: 'ftp://x' } });
    expect(await loadEngineSettings()).toEqual(DEFAULT_ENGINE_SETTINGS);
  });

  it('give the engines a team model only with URL and model, and Chrome AI only when allowed and present', () => {
    const fetchFn = (async () => new Response('{}')) as typeof fetch;
    const full = engineContext(
      { useBuiltInAi: true, openaiBaseUrl: 'https://llm.example.org', openaiKey: 'k', openaiModel: 'm' },
      { languageModel: lm, fetch: fetchFn },
    );
    expect(full.openai).toEqual({ baseUrl: 'https://llm.example.org', apiKey: 'k', model: 'm' });
    expect(full.languageModel).toBe(lm);
    expect(full.fetch).toBe(fetchFn);
    expect(engineContext({ useBuiltInAi: true, openaiBaseUrl: 'https://llm.example.org' }).openai).toBeNull();
    expect(engineContext({ useBuiltInAi: false }, { languageModel: lm }).languageModel).toBeNull();
    expect(engineContext({ useBuiltInAi: true }, { languageModel: { nope: true } }).languageModel).toBeNull();
  });
});
