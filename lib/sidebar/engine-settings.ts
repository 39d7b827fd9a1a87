import { z } from 'zod';
import { browser } from 'wxt/browser';
import type { EngineContext, LanguageModelApi } from '../replies/engines/types';

/** Key in browser.storage.local under which the reply engines' settings live. */
export const ENGINE_SETTINGS_KEY = 'replyEngine';

/** A trimmed text; empty means "not set". */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s ? s : undefined));

/**
 * How the sidebar picks its reply engine. The team model (an OpenAI-compatible
 * `/v1/chat/completions` endpoint, or the team server's proxy) is used when a base URL and a
 * model are set; Chrome's built-in model when `useBuiltInAi` is on and the browser has it; the
 * offline engine otherwise.
 */
export const EngineSettingsSchema = z.object({
  /** Use Chrome's built-in model (Prompt API) when it is ready for the message's language. */
  useBuiltInAi: z.boolean().default(true),
  /** e.g. https://llm.example.org or https://team.example.org/llm (with or without /v1) */
  openaiBaseUrl: optionalText(2_000)
    .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional())
    .optional(),
  openaiKey: optionalText(4_000).optional(),
  openaiModel: optionalText(200).optional(),
});
export type EngineSettings = z.infer<typeof EngineSettingsSchema>;
export type EngineSettingsInput = z.input<typeof EngineSettingsSchema>;

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = { useBuiltInAi: true };

/** The part of browser.storage.local the settings need (injectable for tests). */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** A clear error for settings that do not validate. */
export class EngineSettingsError extends Error {
  constructor(public readonly issues: { path: string; message: string }[]) {
    super(`Invalid reply engine settings: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
    this.name = 'EngineSettingsError';
  }
}

/** Validates settings from a form or storage; throws EngineSettingsError on bad input. */
export function parseEngineSettings(value: unknown): EngineSettings {
  const r = EngineSettingsSchema.safeParse(value ?? {});
  if (r.success) return r.data;
  throw new EngineSettingsError(r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
}

function localArea(): StorageAreaLike {
  return browser.storage.local as unknown as StorageAreaLike;
}

/**
 * Reads the settings. Stored values that no longer validate (hand-edited, an older shape) fall
 * back to the defaults rather than taking the suggestions down.
 */
export async function loadEngineSettings(area: StorageAreaLike = localArea()): Promise<EngineSettings> {
  let raw: unknown;
  try {
    raw = (await area.get(ENGINE_SETTINGS_KEY))[ENGINE_SETTINGS_KEY];
  } catch {
    return DEFAULT_ENGINE_SETTINGS;
  }
  const r = EngineSettingsSchema.safeParse(raw ?? {});
  return r.success ? r.data : DEFAULT_ENGINE_SETTINGS;
}

/** Validates and stores the settings; returns what was stored. */
export async function saveEngineSettings(value: EngineSettingsInput, area: StorageAreaLike = localArea()): Promise<EngineSettings> {
  const settings = parseEngineSettings(value);
  await area.set({ [ENGINE_SETTINGS_KEY]: settings });
  return settings;
}

/**
 * What the engines may use, from the settings and the page's globals (pure: the caller passes
 * `globalThis.LanguageModel` and `fetch`).
 */
export function engineContext(
  settings: EngineSettings,
  globals: { languageModel?: unknown; fetch?: typeof fetch } = {},
): EngineContext {
  const lm = globals.languageModel as Partial<LanguageModelApi> | null | undefined;
  const hasLm = !!lm && typeof lm.availability === 'function' && typeof lm.create === 'function';
  return {
    languageModel: settings.useBuiltInAi && hasLm ? (lm as LanguageModelApi) : null,
    openai:
      settings.openaiBaseUrl && settings.openaiModel
        ? { baseUrl: settings.openaiBaseUrl, model: settings.openaiModel, ...(settings.openaiKey ? { apiKey: settings.openaiKey } : {}) }
        : null,
    ...(globals.fetch ? { fetch: globals.fetch } : {}),
  };
}
