import { detectLang } from '../../lang/detect';
import type { ReplyInputRaw, Suggestion } from '../schema';
import { chromeAiEngine } from './chrome';
import { coreEngine } from './core';
import { openAiEngine } from './openai';
import { EngineError, type EngineContext, type EngineId, type Reason, type ReplyEngine, type SuggestOptions } from './types';

export const ENGINES: Record<EngineId, ReplyEngine> = { core: coreEngine, 'chrome-ai': chromeAiEngine, openai: openAiEngine };

export interface EngineChoice {
  engine: ReplyEngine;
  /** why this engine, for the UI */
  reason: Reason;
  /** what was tried, in order */
  considered: { id: EngineId; ok: boolean; reason: Reason }[];
}

/**
 * Picks the engine: the team's language model when one is configured, else Chrome's built-in
 * model when it is ready for the message's language, else the offline core engine. A preference
 * (`prefer`) moves one engine to the front; core is always the last resort.
 */
export async function chooseEngine(ctx: EngineContext, lang: 'de' | 'en', prefer: EngineId | 'auto' = 'auto'): Promise<EngineChoice> {
  const order: EngineId[] = ['openai', 'chrome-ai', 'core'];
  if (prefer !== 'auto') order.sort((a, b) => (a === prefer ? -1 : b === prefer ? 1 : 0));
  const considered: EngineChoice['considered'] = [];
  for (const id of order) {
    const engine = ENGINES[id];
    const av = await engine.available(ctx, lang);
    considered.push({ id, ok: av.ok, reason: av.reason });
    if (av.ok) {
      const skipped = considered.filter((c) => !c.ok);
      const why: Reason = skipped.length
        ? { de: `${av.reason.de} (${skipped.map((s) => s.reason.de).join(' ')})`, en: `${av.reason.en} (${skipped.map((s) => s.reason.en).join(' ')})` }
        : av.reason;
      return { engine, reason: why, considered };
    }
  }
  return { engine: coreEngine, reason: { de: 'Offline-Vorschläge.', en: 'Offline suggestions.' }, considered };
}

export interface SuggestResult {
  suggestions: Suggestion[];
  engine: EngineId;
  reason: Reason;
  /** set when the chosen engine failed and core stepped in */
  fallback?: { from: EngineId; code: string; reason: Reason };
}

/** Suggestions from the chosen engine, falling back to core on any failure (with the reason). */
export async function suggestReplies(
  input: ReplyInputRaw,
  ctx: EngineContext,
  opts: SuggestOptions & { prefer?: EngineId | 'auto' } = {},
): Promise<SuggestResult> {
  const detected = detectLang(input.text);
  const lang = input.lang ?? (detected === 'en' ? 'en' : 'de');
  const choice = await chooseEngine(ctx, lang, opts.prefer ?? 'auto');
  if (choice.engine.id === 'core') {
    return { suggestions: await coreEngine.suggest(input, ctx, opts), engine: 'core', reason: choice.reason };
  }
  try {
    const suggestions = await choice.engine.suggest(input, ctx, opts);
    return { suggestions, engine: choice.engine.id, reason: choice.reason };
  } catch (e) {
    const err =
      e instanceof EngineError
        ? e
        : new EngineError('unavailable', { de: `Unerwarteter Fehler: ${String((e as Error)?.message ?? e).slice(0, 80)}`, en: `Unexpected error: ${String((e as Error)?.message ?? e).slice(0, 80)}` });
    const suggestions = await coreEngine.suggest(input, ctx, opts);
    return {
      suggestions,
      engine: 'core',
      reason: { de: `${err.reason.de} Stattdessen Offline-Vorschläge.`, en: `${err.reason.en} Showing offline suggestions instead.` },
      fallback: { from: choice.engine.id, code: err.code, reason: err.reason },
    };
  }
}
