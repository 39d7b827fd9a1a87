import { analyse } from '../analyse';
import { ReplyInputSchema } from '../schema';
import { buildPrompt, finalize, parseReplies, SUGGESTION_JSON_SCHEMA } from './shared';
import { EngineError, type EngineContext, type LanguageModelApi, type ReplyEngine } from './types';

const expected = (lang: 'de' | 'en') => ({
  expectedInputs: [{ type: 'text' as const, languages: [lang] }],
  expectedOutputs: [{ type: 'text' as const, languages: [lang] }],
});

/**
 * Chrome's built-in model through the Prompt API (`LanguageModel`). Availability is probed per
 * language at run time (German support is not a given), with the same expected inputs and outputs
 * the session is created with; the answer is constrained by a JSON schema.
 */
export const chromeAiEngine: ReplyEngine = {
  id: 'chrome-ai',
  async available(ctx: EngineContext, lang) {
    const lm: LanguageModelApi | null | undefined = ctx.languageModel;
    if (!lm || typeof lm.availability !== 'function') {
      return { ok: false, reason: { de: 'Chrome-KI (Prompt API) gibt es in diesem Browser nicht.', en: 'Chrome built-in AI (Prompt API) is not available in this browser.' } };
    }
    let state: string;
    try {
      state = await lm.availability(expected(lang));
    } catch {
      return { ok: false, reason: { de: 'Chrome-KI antwortet nicht auf die Verfügbarkeitsabfrage.', en: 'Chrome built-in AI did not answer the availability check.' } };
    }
    const langName = lang === 'de' ? { de: 'Deutsch', en: 'German' } : { de: 'Englisch', en: 'English' };
    if (state === 'available') return { ok: true, reason: { de: `Chrome-KI ist für ${langName.de} bereit.`, en: `Chrome built-in AI is ready for ${langName.en}.` } };
    if (state === 'downloadable' || state === 'downloading') {
      return { ok: false, reason: { de: `Das Chrome-KI-Modell für ${langName.de} wird erst noch geladen.`, en: `The Chrome built-in AI model for ${langName.en} still has to download.` } };
    }
    return { ok: false, reason: { de: `Chrome-KI unterstützt ${langName.de} auf diesem Gerät nicht.`, en: `Chrome built-in AI does not support ${langName.en} on this device.` } };
  },
  async suggest(inputRaw, ctx, opts = {}) {
    const lm = ctx.languageModel;
    if (!lm) throw new EngineError('unavailable', { de: 'Chrome-KI ist nicht verfügbar.', en: 'Chrome built-in AI is not available.' });
    const input = ReplyInputSchema.parse(inputRaw);
    const a = analyse(input, ctx.detectPii ? { detectPii: ctx.detectPii } : {});
    const { system, user } = buildPrompt(input, a, ctx.detectPii);
    let raw: string;
    let session: Awaited<ReturnType<LanguageModelApi['create']>> | undefined;
    try {
      session = await lm.create({ initialPrompts: [{ role: 'system', content: system }], ...expected(a.lang), ...(opts.signal ? { signal: opts.signal } : {}) });
      raw = await session.prompt(user, { responseConstraint: SUGGESTION_JSON_SCHEMA, ...(opts.signal ? { signal: opts.signal } : {}) });
    } catch (e) {
      throw new EngineError('unavailable', { de: `Chrome-KI ist ausgefallen (${String((e as Error)?.message ?? e).slice(0, 80)}).`, en: `Chrome built-in AI failed (${String((e as Error)?.message ?? e).slice(0, 80)}).` });
    } finally {
      session?.destroy();
    }
    const replies = parseReplies(raw);
    if (!replies) throw new EngineError('malformed', { de: 'Chrome-KI hat kein gültiges JSON geliefert.', en: 'Chrome built-in AI returned malformed JSON.' });
    const out = finalize(replies, input, a, 'chrome-ai', ctx.detectPii);
    if (!out.length) throw new EngineError('empty', { de: 'Kein Vorschlag der Chrome-KI hat die Prüfung bestanden.', en: 'No Chrome built-in AI suggestion passed the guard.' });
    return out;
  },
};
