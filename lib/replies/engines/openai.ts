import { analyse } from '../analyse';
import { ReplyInputSchema } from '../schema';
import { buildPrompt, finalize, parseReplies } from './shared';
import { EngineError, type ReplyEngine } from './types';

const DEFAULT_TIMEOUT = 8_000;

/**
 * An OpenAI-compatible chat-completions endpoint (a team's LLM or the team server's proxy).
 * Any failure (HTTP error, 429, timeout, malformed JSON, nothing usable) raises an EngineError
 * with a reason for the UI; the caller falls back to the core engine.
 */
export const openAiEngine: ReplyEngine = {
  id: 'openai',
  async available(ctx) {
    const c = ctx.openai;
    if (!c?.baseUrl || !c.model) {
      return { ok: false, reason: { de: 'Kein Team-Sprachmodell eingerichtet.', en: 'No team language model configured.' } };
    }
    if (!ctx.fetch && typeof fetch !== 'function') {
      return { ok: false, reason: { de: 'Keine Netzwerkfunktion verfügbar.', en: 'No network function available.' } };
    }
    return { ok: true, reason: { de: `Team-Sprachmodell ${c.model} ist eingerichtet.`, en: `Team language model ${c.model} is configured.` } };
  },
  async suggest(inputRaw, ctx, opts = {}) {
    const c = ctx.openai;
    const doFetch = ctx.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
    if (!c?.baseUrl || !doFetch) throw new EngineError('unavailable', { de: 'Kein Team-Sprachmodell eingerichtet.', en: 'No team language model configured.' });
    const input = ReplyInputSchema.parse(inputRaw);
    const a = analyse(input, ctx.detectPii ? { detectPii: ctx.detectPii } : {});
    const { system, user } = buildPrompt(input, a, ctx.detectPii);
    const url = c.baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '') + '/v1/chat/completions';
    const timeoutMs = c.timeoutMs ?? DEFAULT_TIMEOUT;
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), timeoutMs);
    const onOuterAbort = () => ctrl.abort();
    opts.signal?.addEventListener('abort', onOuterAbort);
    let body: string;
    let status = 0;
    try {
      const res = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(c.apiKey ? { authorization: `Bearer ${c.apiKey}` } : {}) },
        body: JSON.stringify({
          model: c.model,
          temperature: 0.7,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: system },
            { role: 'user', content: user },
          ],
        }),
        signal: ctrl.signal,
      });
      status = res.status;
      body = await res.text();
    } catch {
      if (ctrl.signal.aborted) {
        throw new EngineError('timeout', { de: `Das Team-Sprachmodell hat nicht innerhalb von ${Math.round(timeoutMs / 1000)} s geantwortet.`, en: `The team language model did not answer within ${Math.round(timeoutMs / 1000)} s.` });
      }
      throw new EngineError('network', { de: 'Das Team-Sprachmodell ist nicht erreichbar.', en: 'The team language model cannot be reached.' });
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onOuterAbort);
    }
    if (status === 429) throw new EngineError('rate-limit', { de: 'Das Team-Sprachmodell ist gerade ausgelastet (429).', en: 'The team language model is rate-limited right now (429).' });
    if (status < 200 || status >= 300) throw new EngineError('http', { de: `Das Team-Sprachmodell meldet einen Fehler (HTTP ${status}).`, en: `The team language model returned an error (HTTP ${status}).` });
    let content: unknown;
    try {
      content = (JSON.parse(body) as { choices?: { message?: { content?: unknown } }[] }).choices?.[0]?.message?.content;
    } catch {
      content = undefined;
    }
    const replies = typeof content === 'string' ? parseReplies(content) : null;
    if (!replies) throw new EngineError('malformed', { de: 'Das Team-Sprachmodell hat kein gültiges JSON geliefert.', en: 'The team language model returned malformed JSON.' });
    const out = finalize(replies, input, a, 'openai', ctx.detectPii);
    if (!out.length) throw new EngineError('empty', { de: 'Kein Vorschlag des Team-Sprachmodells hat die Prüfung bestanden.', en: 'No suggestion of the team language model passed the guard.' });
    return out;
  },
};
