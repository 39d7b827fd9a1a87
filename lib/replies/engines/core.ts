import { analyse, type Analysis } from '../analyse';
import { compose } from '../compose';
import type { PiiDetector } from '../pii';
import { ReplyInputSchema, type ReplyInputRaw, type Suggestion } from '../schema';
import { similarity } from '../text';
import { finalize } from './shared';
import type { ReplyEngine } from './types';

/** The offline engine: analysis + composer + guard, deterministic and always available. */
export const coreEngine: ReplyEngine = {
  id: 'core',
  async available() {
    return { ok: true, reason: { de: 'Offline-Vorschläge, immer verfügbar.', en: 'Offline suggestions, always available.' } };
  },
  async suggest(inputRaw, ctx, opts = {}) {
    return suggestCore(inputRaw, ctx.detectPii ? { detectPii: ctx.detectPii } : {}, opts.salt ?? 0);
  },
};

/** Synchronous core suggestions (for the CLI, the benchmark and the sidebar's first paint). */
export function suggestCore(inputRaw: ReplyInputRaw, opts: { detectPii?: PiiDetector } = {}, salt = 0): Suggestion[] {
  return runCore(inputRaw, opts, salt).suggestions;
}

/** Core suggestions together with the analysis they were built from. */
export function runCore(inputRaw: ReplyInputRaw, opts: { detectPii?: PiiDetector } = {}, salt = 0): { analysis: Analysis; suggestions: Suggestion[] } {
  const input = ReplyInputSchema.parse(inputRaw);
  const analysis = analyse(input, opts);
  let suggestions = finalize(compose(input, analysis, { salt }), input, analysis, 'core', opts.detectPii);
  // the guard may drop or merge drafts: backfill from other wordings until there are three
  for (let extra = 1; analysis.shouldReply && suggestions.length < 3 && extra <= 4; extra++) {
    const more = finalize(compose(input, analysis, { salt: salt + extra * 7 }), input, analysis, 'core', opts.detectPii);
    for (const m of more) {
      if (suggestions.length >= 3) break;
      if (suggestions.some((x) => x.id === m.id || similarity(x.text, m.text) >= 0.8)) continue;
      suggestions = [...suggestions, m];
    }
  }
  return { analysis, suggestions };
}
