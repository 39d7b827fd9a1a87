import { browser } from 'wxt/browser';
import { compileRules, RuleInputListSchema, type CompiledRule, type RuleInput } from '../privacy';

/**
 * The team's own privacy patterns (extra detector rules), kept in `browser.storage.local` under
 * `privacyRules` as an array of rule inputs (`{type, pattern, flags?, checksum?, label?}`, see
 * lib/privacy/rules.ts). The options page writes them with `savePrivacyRules`, which refuses a list
 * that does not validate or compile; the sidebar reads them with `subscribePrivacyRules`. A stored
 * list that does not validate (edited by hand, written by an older version) is never run: the
 * sidebar gets `status: 'invalid'` with the reasons and shows a note.
 */

export const PRIVACY_RULES_KEY = 'privacyRules';

export type PrivacyRulesState =
  | { status: 'ok'; rules: CompiledRule[]; inputs: RuleInput[] }
  | { status: 'invalid'; errors: string[] };

export const NO_RULES: PrivacyRulesState = Object.freeze({ status: 'ok', rules: [], inputs: [] }) as PrivacyRulesState;

/** Validates and compiles what storage holds. Absent means "no team rules". Pure. */
export function interpretStoredRules(raw: unknown): PrivacyRulesState {
  if (raw === undefined || raw === null) return NO_RULES;
  const compiled = compileRules(raw);
  if (!compiled.ok) return { status: 'invalid', errors: compiled.errors };
  const inputs = RuleInputListSchema.parse(raw);
  return { status: 'ok', rules: compiled.rules, inputs };
}

/** Reads and validates the stored rules; a read error counts as an invalid list (nothing runs). */
export async function loadPrivacyRules(): Promise<PrivacyRulesState> {
  try {
    const got = await browser.storage.local.get(PRIVACY_RULES_KEY);
    return interpretStoredRules(got[PRIVACY_RULES_KEY]);
  } catch (e) {
    return { status: 'invalid', errors: [`could not read the team rules: ${(e as Error).message ?? String(e)}`] };
  }
}

export type SaveRulesResult = { ok: true; count: number } | { ok: false; errors: string[] };

/**
 * Validates, test-compiles and stores a rule list. An invalid list is not stored; the errors say
 * which rule and why ("rule 2 (Vertragsnummer): nested quantifiers…").
 */
export async function savePrivacyRules(input: unknown): Promise<SaveRulesResult> {
  const compiled = compileRules(input);
  if (!compiled.ok) return { ok: false, errors: compiled.errors };
  const inputs = RuleInputListSchema.parse(input);
  await browser.storage.local.set({ [PRIVACY_RULES_KEY]: inputs });
  return { ok: true, count: inputs.length };
}

/** Calls `onChange` with the new state whenever another page (the options) changes the rules. */
export function watchPrivacyRules(onChange: (state: PrivacyRulesState) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(PRIVACY_RULES_KEY in changes)) return;
    onChange(interpretStoredRules(changes[PRIVACY_RULES_KEY]?.newValue));
  };
  const onChanged = browser.storage?.onChanged;
  if (!onChanged) return () => {};
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

/*
 * One shared copy for the whole sidebar: every message's warning and the draft check read the same
 * compiled rules, loaded once and kept current through storage.onChanged.
 */
let shared: PrivacyRulesState = NO_RULES;
let loaded = false;
let stopWatching: (() => void) | null = null;
const listeners = new Set<(state: PrivacyRulesState) => void>();

function publish(state: PrivacyRulesState): void {
  shared = state;
  loaded = true;
  for (const l of listeners) l(state);
}

/** The rules known so far (no team rules until the first read finished). */
export function currentPrivacyRules(): PrivacyRulesState {
  return shared;
}

/** Subscribes to the shared rules; the first subscriber starts the read and the watch. */
export function subscribePrivacyRules(listener: (state: PrivacyRulesState) => void): () => void {
  listeners.add(listener);
  if (!stopWatching) {
    let changed = false;
    stopWatching = watchPrivacyRules((state) => {
      changed = true;
      publish(state);
    });
    // A change that arrives while the first read is under way is newer than what the read returns.
    if (!loaded) void loadPrivacyRules().then((state) => changed || publish(state));
  } else if (loaded) {
    listener(shared);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stopWatching) {
      stopWatching();
      stopWatching = null;
      loaded = false;
    }
  };
}
