import type { PiiDetector } from '../pii';
import type { ReplyInputRaw, Suggestion } from '../schema';

/** A sentence for the UI in both product languages. */
export interface Reason {
  de: string;
  en: string;
}

export interface Availability {
  ok: boolean;
  reason: Reason;
}

/** The documented shape of Chrome's Prompt API (`LanguageModel`), as far as the engine uses it. */
export interface LanguageModelExpected {
  type: 'text';
  languages?: string[];
}
export interface LanguageModelCreateOptions {
  initialPrompts?: { role: 'system' | 'user' | 'assistant'; content: string }[];
  expectedInputs?: LanguageModelExpected[];
  expectedOutputs?: LanguageModelExpected[];
  signal?: AbortSignal;
  temperature?: number;
  topK?: number;
}
export interface LanguageModelSession {
  prompt(input: string, options?: { responseConstraint?: object; signal?: AbortSignal }): Promise<string>;
  destroy(): void;
}
export interface LanguageModelApi {
  availability(options?: {
    expectedInputs?: LanguageModelExpected[];
    expectedOutputs?: LanguageModelExpected[];
  }): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options?: LanguageModelCreateOptions): Promise<LanguageModelSession>;
}

export interface OpenAiConfig {
  /** e.g. https://llm.example.org (without /v1) or the team server's proxy */
  baseUrl: string;
  apiKey?: string;
  model: string;
  /** default 8000 */
  timeoutMs?: number;
}

/** What an engine may use: injected so that tests and the extension pass their own. */
export interface EngineContext {
  languageModel?: LanguageModelApi | null;
  fetch?: typeof fetch;
  openai?: OpenAiConfig | null;
  detectPii?: PiiDetector;
}

export interface SuggestOptions {
  /** a different salt gives other wording from the same engine */
  salt?: number;
  signal?: AbortSignal;
}

export type EngineId = 'core' | 'chrome-ai' | 'openai';

export interface ReplyEngine {
  id: EngineId;
  available(ctx: EngineContext, lang: 'de' | 'en'): Promise<Availability>;
  suggest(input: ReplyInputRaw, ctx: EngineContext, opts?: SuggestOptions): Promise<Suggestion[]>;
}

/** An engine failure with a reason the UI can show. */
export class EngineError extends Error {
  constructor(
    public readonly code: 'timeout' | 'http' | 'rate-limit' | 'malformed' | 'unavailable' | 'network' | 'empty',
    public readonly reason: Reason,
  ) {
    super(reason.en);
    this.name = 'EngineError';
  }
}
