import { buildFateEvent, type SuggestionFateEvent } from '../replies/fate';
import type { Suggestion, VariantKind } from '../replies/schema';

/**
 * Which suggestions the agent has seen for the message they answer, and which one went into the
 * draft. Pure: every step returns a new state plus the fates it decided; the sidebar turns those
 * into events. A suggestion is decided once: inserted as is, edited before inserting, or ignored
 * (the agent moved on, asked for another set, or inserted something else).
 */
export interface TrackedSuggestion {
  suggestion: Suggestion;
  /** variants (shorter, warmer…) applied on the way to the draft */
  variants: VariantKind[];
}

export interface FateState {
  /** the message these suggestions answer (platform:thread:message) */
  scope: string | null;
  open: TrackedSuggestion[];
  /** id of the suggestion last put into the draft */
  chosenId: string | null;
}

export interface FateDecision {
  tracked: TrackedSuggestion;
  /** what went into the composer; null = ignored */
  insertedText: string | null;
}

export const EMPTY_FATES: FateState = { scope: null, open: [], chosenId: null };

/** Everything still open is ignored: the agent moved to another message or conversation. */
export function leave(state: FateState): { state: FateState; decided: FateDecision[] } {
  return { state: EMPTY_FATES, decided: state.open.map((tracked) => ({ tracked, insertedText: null })) };
}

/** Suggestions shown for `scope`; a new scope first closes the old one (its open ones are ignored). */
export function show(state: FateState, scope: string, suggestions: Suggestion[]): { state: FateState; decided: FateDecision[] } {
  let decided: FateDecision[] = [];
  let base = state;
  if (state.scope !== scope) {
    ({ decided } = leave(state));
    base = { ...EMPTY_FATES, scope };
  }
  const known = new Set(base.open.map((o) => o.suggestion.id));
  const added = suggestions.filter((s) => !known.has(s.id)).map((suggestion) => ({ suggestion, variants: [] }));
  return { state: { ...base, open: [...base.open, ...added] }, decided };
}

/**
 * A set replaced the shown one. With `ignoreOld` (the agent asked for another set) the replaced,
 * unchosen suggestions are ignored; without it (a language model's answer replaced the offline
 * first paint) they are dropped unrecorded, since the agent hardly had time to read them.
 */
export function replace(state: FateState, suggestions: Suggestion[], ignoreOld: boolean): { state: FateState; decided: FateDecision[] } {
  const nextIds = new Set(suggestions.map((s) => s.id));
  const gone = state.open.filter((o) => o.suggestion.id !== state.chosenId && !nextIds.has(o.suggestion.id));
  const kept = state.open.filter((o) => !gone.includes(o));
  const known = new Set(kept.map((o) => o.suggestion.id));
  const added = suggestions.filter((s) => !known.has(s.id)).map((suggestion) => ({ suggestion, variants: [] }));
  return {
    state: { ...state, open: [...kept, ...added] },
    decided: ignoreOld ? gone.map((tracked) => ({ tracked, insertedText: null })) : [],
  };
}

/** The agent put a suggestion into the draft (tracked again if it was decided already). */
export function choose(state: FateState, suggestion: Suggestion): FateState {
  const open = state.open.some((o) => o.suggestion.id === suggestion.id) ? state.open : [...state.open, { suggestion, variants: [] }];
  return { ...state, open, chosenId: suggestion.id };
}

/** A variant of the chosen suggestion went into the draft. */
export function applyVariant(state: FateState, kind: VariantKind): FateState {
  if (!state.chosenId) return state;
  return {
    ...state,
    open: state.open.map((o) => (o.suggestion.id === state.chosenId ? { ...o, variants: [...o.variants, kind] } : o)),
  };
}

/**
 * The draft went into the composer: the chosen suggestion is inserted or edited (decided by
 * comparing texts), every other open one is ignored. Nothing stays open afterwards.
 */
export function inserted(state: FateState, text: string): { state: FateState; decided: FateDecision[] } {
  const decided = state.open.map((tracked) => ({
    tracked,
    insertedText: tracked.suggestion.id === state.chosenId ? text : null,
  }));
  return { state: { ...state, open: [], chosenId: null }, decided };
}

export interface FateEventContext {
  newId: () => string;
  now: Date;
  platform?: SuggestionFateEvent['platform'];
  conversationId?: string;
}

/** A fate event plus the variants the agent applied (absent when none). */
export type RecordedFate = SuggestionFateEvent & { variants?: VariantKind[] };

/** The events for decided fates (the fate.ts builder decides inserted vs edited). */
export function fateEvents(decided: FateDecision[], ctx: FateEventContext): RecordedFate[] {
  return decided.map(({ tracked, insertedText }) => {
    const event = buildFateEvent({
      id: ctx.newId(),
      suggestionId: tracked.suggestion.id.slice(0, 200),
      engine: tracked.suggestion.engine,
      strategy: tracked.suggestion.strategy,
      ...(ctx.platform ? { platform: ctx.platform } : {}),
      ...(ctx.conversationId ? { conversationId: ctx.conversationId.slice(0, 500) } : {}),
      suggested: tracked.suggestion.text,
      insertedText,
      at: ctx.now.toISOString(),
    });
    return tracked.variants.length && insertedText !== null ? { ...event, variants: tracked.variants } : event;
  });
}
