import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { messageKey } from '@/lib/conversation/customer';
import { t, uiLang, type MessageKey } from '@/lib/i18n';
import { detect } from '@/lib/privacy';
import type { Analysis } from '@/lib/replies/analyse';
import { chooseEngine } from '@/lib/replies/engines/choose';
import { runCore } from '@/lib/replies/engines/core';
import { EngineError, type EngineContext, type EngineId } from '@/lib/replies/engines/types';
import type { PiiDetector } from '@/lib/replies/pii';
import type { Guideline, MessageType, Strategy, Suggestion, Tone, VariantKind } from '@/lib/replies/schema';
import { variant } from '@/lib/replies/variants';
import { engineContext, loadEngineSettings, type EngineSettings } from '@/lib/sidebar/engine-settings';
import { sidebarFateRecorder, type FateRecorder } from '@/lib/sidebar/fate-recorder';
import { historyFromItems, replyInputFor, type ReplyHistory } from '@/lib/sidebar/reply-input';
import {
  applyVariant,
  choose,
  EMPTY_FATES,
  fateEvents,
  inserted,
  leave,
  replace,
  show,
  type FateDecision,
  type FateState,
} from '@/lib/sidebar/suggestion-fates';
import { useSidebar } from './SidebarContext';

const TONE_KEYS: Record<Tone, MessageKey> = {
  angry: 'suggestToneAngry',
  frustrated: 'suggestToneFrustrated',
  neutral: 'suggestToneNeutral',
  positive: 'suggestTonePositive',
  ironic: 'suggestToneIronic',
  troll: 'suggestToneTroll',
};
const TYPE_KEYS: Record<MessageType, MessageKey> = {
  question: 'suggestTypeQuestion',
  complaint: 'suggestTypeComplaint',
  praise: 'suggestTypePraise',
  lead: 'suggestTypeLead',
  technical_problem: 'suggestTypeTechnicalProblem',
  spam: 'suggestTypeSpam',
};
const STRATEGY_KEYS: Record<Strategy, MessageKey> = {
  'next-step': 'suggestStrategyNextStep',
  'follow-up': 'suggestStrategyFollowUp',
  dm: 'suggestStrategyDm',
  humour: 'suggestStrategyHumour',
  short: 'suggestStrategyShort',
  warning: 'suggestStrategyWarning',
};
const ENGINE_KEYS: Record<EngineId, MessageKey> = {
  core: 'suggestEngineCore',
  'chrome-ai': 'suggestEngineChrome',
  openai: 'suggestEngineOpenai',
};
const ERROR_KEYS: Record<EngineError['code'], MessageKey> = {
  timeout: 'suggestErrTimeout',
  http: 'suggestErrHttp',
  'rate-limit': 'suggestErrRateLimit',
  malformed: 'suggestErrMalformed',
  unavailable: 'suggestErrUnavailable',
  network: 'suggestErrNetwork',
  empty: 'suggestErrEmpty',
};
const VARIANT_KEYS: Record<Exclude<VariantKind, 'another'>, MessageKey> = {
  shorter: 'suggestShorter',
  warmer: 'suggestWarmer',
  formal: 'suggestFormal',
};

/** Which engine produced what is shown, and why: rendered as one sentence. */
export type EngineStatus =
  | { kind: 'checking' }
  | { kind: 'core'; reason: string }
  | { kind: 'asking'; engine: EngineId }
  | { kind: 'model'; engine: EngineId; reason: string }
  | { kind: 'fallback'; engine: EngineId; code: EngineError['code']; reason: string };

/** The sentence that says which engine is at work and why. */
export function engineStatusText(s: EngineStatus): string {
  switch (s.kind) {
    case 'checking':
      return t('suggestEngineReason', t('suggestEngineCore'), t('suggestChecking'));
    case 'core':
      return t('suggestEngineReason', t('suggestEngineCore'), s.reason);
    case 'asking':
      return t('suggestAsking', t(ENGINE_KEYS[s.engine]));
    case 'model':
      return t('suggestEngineReason', t(ENGINE_KEYS[s.engine]), s.reason);
    case 'fallback':
      return t('suggestFallback', t(ENGINE_KEYS[s.engine]), t(ERROR_KEYS[s.code]));
  }
}

const detectPii: PiiDetector = (text, { lang }) => detect(text, { lang });

const defaultGlobals = () => ({
  languageModel: (globalThis as { LanguageModel?: unknown }).LanguageModel,
  ...(typeof globalThis.fetch === 'function' ? { fetch: globalThis.fetch.bind(globalThis) } : {}),
});

interface Props {
  /** Earlier conversations of this customer, oldest first (else taken from the sidebar's memory). */
  history?: ReplyHistory;
  /** The team's guidelines, once they exist. */
  guidelines?: Guideline[];
  /** Where fates go (default: the local store). */
  recordFate?: FateRecorder;
  /** Engine settings (default: browser.storage.local 'replyEngine'). */
  loadSettings?: () => Promise<EngineSettings>;
  /** `LanguageModel` and `fetch` (default: the page's globals). */
  globals?: { languageModel?: unknown; fetch?: typeof fetch };
}

interface Upgrade {
  key: string;
  suggestions: Suggestion[];
}

/**
 * Tone, type and three reply suggestions for the selected customer message. The offline engine's
 * suggestions show at once; a configured language model replaces them when it answers (or the
 * reason it did not is shown). Choosing one puts it into the reply draft; every suggestion's fate
 * (inserted, edited, ignored) is recorded.
 */
export function Suggestions({ history, guidelines, recordFate = sidebarFateRecorder, loadSettings = loadEngineSettings, globals }: Props) {
  const state = useSidebar();
  const { conversation, selectedIndex, selectedMessage, draft, setDraft, lastInserted } = state;
  const memoryHistory = state.history;
  const effectiveHistory = useMemo(() => history ?? historyFromItems(memoryHistory), [history, memoryHistory]);

  const scope =
    selectedMessage && selectedIndex !== undefined && !selectedMessage.isBrand
      ? `${conversation.platform}:${conversation.threadId}:${messageKey(selectedMessage, selectedIndex)}`
      : null;
  const input = useMemo(
    () => replyInputFor(conversation, selectedIndex, { history: effectiveHistory, ...(guidelines ? { guidelines } : {}) }),
    [conversation, selectedIndex, effectiveHistory, guidelines],
  );
  // The page is re-read often; only a change in what the engines see starts new work.
  const inputKey = input ? JSON.stringify(input) : '';

  const [saltState, setSaltState] = useState<{ scope: string | null; salt: number }>({ scope, salt: 0 });
  const salt = saltState.scope === scope ? saltState.salt : 0;
  const setKey = `${inputKey}\u0000${salt}`;

  const core = useMemo((): { analysis: Analysis; suggestions: Suggestion[] } | null => {
    if (!input) return null;
    try {
      return runCore(input, { detectPii }, salt);
    } catch {
      return null;
    }
  }, [inputKey, salt]);

  const [upgrade, setUpgrade] = useState<Upgrade | null>(null);
  const [engine, setEngine] = useState<{ key: string; status: EngineStatus } | null>(null);
  const [live, setLive] = useState('');
  const [chosenId, setChosenId] = useState<string | null>(null);

  const shouldReply = core?.analysis.shouldReply ?? false;
  const shown: Suggestion[] = !core || !shouldReply ? [] : upgrade?.key === setKey ? upgrade.suggestions : core.suggestions.slice(0, 3);
  const status: EngineStatus = engine?.key === setKey ? engine.status : { kind: 'checking' };

  const fates = useRef<FateState>(EMPTY_FATES);

  // Ask a language model when one is configured; the core set stays until it answers.
  const globalsRef = useRef(globals);
  globalsRef.current = globals;
  useEffect(() => {
    if (!input || !core || !core.analysis.shouldReply) return;
    const ctrl = new AbortController();
    let alive = true;
    const key = setKey;
    const lang = core.analysis.lang;
    void (async () => {
      let ctx: EngineContext;
      let choice: Awaited<ReturnType<typeof chooseEngine>>;
      try {
        const settings = await loadSettings();
        ctx = { ...engineContext(settings, globalsRef.current ?? defaultGlobals()), detectPii };
        choice = await chooseEngine(ctx, lang);
      } catch {
        if (alive) setEngine({ key, status: { kind: 'core', reason: t('suggestNoModel') } });
        return;
      }
      if (!alive) return;
      if (choice.engine.id === 'core') {
        const noModel = !ctx.openai && !ctx.languageModel;
        const why = noModel
          ? t('suggestNoModel')
          : choice.considered
              .filter((c) => !c.ok)
              .map((c) => c.reason[uiLang()])
              .join(' ');
        setEngine({ key, status: { kind: 'core', reason: why || t('suggestNoModel') } });
        return;
      }
      const id = choice.engine.id;
      setEngine({ key, status: { kind: 'asking', engine: id } });
      try {
        const got = await choice.engine.suggest(input, ctx, { salt, signal: ctrl.signal });
        if (!alive) return;
        // the one the agent already chose stays; fill up to three with offline ones
        const pinned = core.suggestions.filter((c) => c.id === fates.current.chosenId);
        const merged = [...pinned, ...got.slice(0, 3), ...core.suggestions].filter((x, i, all) => all.findIndex((y) => y.id === x.id) === i).slice(0, 3);
        setUpgrade({ key, suggestions: merged });
        setEngine({ key, status: { kind: 'model', engine: id, reason: choice.reason[uiLang()] } });
      } catch (e) {
        if (!alive) return;
        const err = e instanceof EngineError ? e : new EngineError('unavailable', { de: String(e), en: String(e) });
        setEngine({ key, status: { kind: 'fallback', engine: id, code: err.code, reason: err.reason[uiLang()] } });
      }
    })();
    return () => {
      alive = false;
      ctrl.abort();
    };
  }, [setKey]);

  // ----- fates -----
  const recordRef = useRef(recordFate);
  recordRef.current = recordFate;
  const record = (decided: FateDecision[]) => {
    if (!decided.length) return;
    const events = fateEvents(decided, {
      newId: () => crypto.randomUUID(),
      now: new Date(),
      platform: conversation.platform,
      conversationId: `${conversation.platform}:${conversation.threadId}`,
    });
    for (const ev of events) void recordRef.current(ev).catch(() => undefined);
  };
  const replacingForAnother = useRef(false);
  const shownIds = shown.map((s) => s.id).join('|');

  /** Brings the tracked fates up to the shown set (also called from handlers: effects may lag a click). */
  const syncFates = () => {
    let r: { state: FateState; decided: FateDecision[] };
    if (!scope) r = leave(fates.current);
    else if (fates.current.scope !== scope) r = show(fates.current, scope, shown);
    else r = replace(fates.current, shown, replacingForAnother.current);
    replacingForAnother.current = false;
    if (r.state.scope !== fates.current.scope) setChosenId(null);
    fates.current = r.state;
    record(r.decided);
  };
  const syncedFor = useRef('');
  const syncKey = `${scope ?? ''}\u0000${shownIds}`;
  const syncIfNeeded = () => {
    if (syncedFor.current === syncKey) return;
    syncedFor.current = syncKey;
    syncFates();
  };
  useEffect(syncIfNeeded, [syncKey]);

  // Leaving the sidebar (or the conversation view) ignores what is still open.
  useEffect(
    () => () => {
      const r = leave(fates.current);
      fates.current = r.state;
      record(r.decided);
    },
    [],
  );

  const seenInsert = useRef(lastInserted?.at ?? null);
  useEffect(() => {
    if (!lastInserted || lastInserted.at === seenInsert.current) return;
    seenInsert.current = lastInserted.at;
    syncIfNeeded();
    if (!fates.current.scope || fates.current.scope !== scope) return;
    const r = inserted(fates.current, lastInserted.text);
    fates.current = r.state;
    record(r.decided);
    setChosenId(null);
  }, [lastInserted?.at]);

  if (!selectedMessage || selectedMessage.isBrand || !input) {
    return (
      <section class="suggestions-panel" aria-labelledby="suggest-heading" data-testid="suggestions">
        <h3 id="suggest-heading" class="suggest-title">
          {t('suggestTitle')}
        </h3>
        <p class="muted">{t('suggestNoMessage')}</p>
      </section>
    );
  }

  const currentChosen = () => fates.current.open.find((o) => o.suggestion.id === fates.current.chosenId)?.suggestion ?? null;

  const pickSuggestion = (s: Suggestion, n: number) => {
    syncIfNeeded();
    fates.current = choose(fates.current, s);
    setChosenId(s.id);
    setDraft(s.text);
    setLive(t('suggestChosen', n));
  };

  const another = () => {
    syncIfNeeded();
    replacingForAnother.current = true;
    setSaltState({ scope, salt: salt + 1 });
    setLive(t('suggestNewSet'));
  };

  const applyKind = (kind: Exclude<VariantKind, 'another'>) => {
    syncIfNeeded();
    const chosen = currentChosen();
    const baseText = draft.trim() ? draft : chosen?.text;
    if (!baseText) return;
    const base: Suggestion = chosen
      ? { ...chosen, text: baseText }
      : { id: 'draft', text: baseText, strategy: 'next-step', engine: 'core', issues: [] };
    let out: Suggestion | null = null;
    try {
      out = variant(base, kind, input, { detectPii, salt });
    } catch {
      out = null;
    }
    if (!out) {
      setLive(t('suggestVariantNone', t(VARIANT_KEYS[kind])));
      return;
    }
    if (chosen) fates.current = applyVariant(fates.current, kind);
    setDraft(out.text);
    setLive(t('suggestVariantDone', t(VARIANT_KEYS[kind])));
  };

  const analysis = core?.analysis;
  const canVary = !!(draft.trim() || currentChosen());

  return (
    <section class="suggestions-panel" aria-labelledby="suggest-heading" data-testid="suggestions">
      <h3 id="suggest-heading" class="suggest-title">
        {t('suggestTitle')}
      </h3>
      {analysis && (
        <p class="chips">
          <span class="chip" data-testid="tone-chip" data-tone={analysis.tone}>
            {t('suggestToneLabel')}: {t(TONE_KEYS[analysis.tone])}
          </span>
          <span class="chip" data-testid="type-chip" data-type={analysis.type}>
            {t('suggestTypeLabel')}: {t(TYPE_KEYS[analysis.type])}
          </span>
          {analysis.needsDm && analysis.shouldReply && (
            <span class="chip" data-testid="dm-chip">
              {t('suggestDmChip')}
            </span>
          )}
        </p>
      )}
      {analysis && !analysis.shouldReply ? (
        <p class="info" data-testid="spam-note" role="note">
          {t('suggestSpamNote')}
        </p>
      ) : (
        <>
          <p class="suggest-engine muted" data-testid="suggest-engine" data-engine-status={status.kind}>
            {engineStatusText(status)}
            {status.kind === 'fallback' && status.reason && <span class="suggest-engine-detail"> {status.reason}</span>}
          </p>
          {shown.length === 0 ? (
            <p class="muted">{t('suggestNone')}</p>
          ) : (
            <ol class="suggestions" aria-label={t('suggestListLabel')}>
              {shown.map((s, i) => (
                <li
                  key={s.id}
                  class={`suggestion ${s.id === chosenId ? 'chosen' : ''}`}
                  data-testid="suggestion"
                  data-engine={s.engine}
                  data-strategy={s.strategy}
                >
                  <span class="suggestion-strategy">{t(STRATEGY_KEYS[s.strategy])}</span>
                  <p class="suggestion-text" lang={analysis?.lang}>
                    {s.text}
                  </p>
                  <button
                    type="button"
                    class="secondary"
                    data-testid="use-suggestion"
                    aria-label={t('suggestUseLabel', i + 1)}
                    aria-pressed={s.id === chosenId}
                    onClick={() => pickSuggestion(s, i + 1)}
                  >
                    {t('suggestUse')}
                  </button>
                </li>
              ))}
            </ol>
          )}
          <div class="actions suggest-actions" role="group" aria-label={t('suggestVariantsLabel')}>
            <button type="button" class="secondary" data-testid="suggest-another" onClick={another}>
              {t('suggestAnother')}
            </button>
            {(Object.keys(VARIANT_KEYS) as Exclude<VariantKind, 'another'>[]).map((kind) => (
              <button
                key={kind}
                type="button"
                class="secondary"
                data-testid={`suggest-${kind}`}
                disabled={!canVary}
                onClick={() => applyKind(kind)}
              >
                {t(VARIANT_KEYS[kind])}
              </button>
            ))}
          </div>
        </>
      )}
      <p class="sr-only" role="status" aria-live="polite">
        {live}
      </p>
    </section>
  );
}
