import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  PRIVACY_RULES_KEY,
  interpretStoredRules,
  loadPrivacyRules,
  savePrivacyRules,
  subscribePrivacyRules,
  type PrivacyRulesState,
} from '../../lib/sidebar/privacy-rules';
import { detect } from '../../lib/privacy';

beforeEach(() => fakeBrowser.reset());

describe('team privacy rules in extension storage', () => {
  it('treats absent rules as none', async () => {
    expect(await loadPrivacyRules()).toEqual({ status: 'ok', rules: [], inputs: [] });
  });

  it('saves a valid list and loads it compiled, ready for the detector', async () => {
    expect(await savePrivacyRules([{ type: 'CUSTOMER_ID', pattern: '\\bZX-\\d{6}\\b', label: 'Vertrag' }])).toEqual({ ok: true, count: 1 });
    const state = await loadPrivacyRules();
    expect(state.status).toBe('ok');
    if (state.status !== 'ok') return;
    expect(detect('Vertrag ZX-778812 bitte', { extraRules: state.rules })).toEqual([{ start: 8, end: 17, type: 'CUSTOMER_ID' }]);
  });

  it('refuses to save an invalid or catastrophic list and keeps the old one', async () => {
    await savePrivacyRules([{ type: 'PHONE', pattern: '\\d{5}' }]);
    const bad = await savePrivacyRules([{ type: 'PHONE', pattern: '(a+)+$' }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join()).toMatch(/nested quantifiers/);
    expect((await savePrivacyRules([{ type: 'NOPE', pattern: 'x' }])).ok).toBe(false);
    expect((await fakeBrowser.storage.local.get(PRIVACY_RULES_KEY))[PRIVACY_RULES_KEY]).toEqual([{ type: 'PHONE', pattern: '\\d{5}' }]);
  });

  it('never runs an invalid stored list, and says why', () => {
    const state = interpretStoredRules([{ type: 'PHONE', pattern: '(x|x)*y' }, { type: 'EMAIL', pattern: 'ok' }]);
    expect(state.status).toBe('invalid');
    if (state.status === 'invalid') expect(state.errors[0]).toMatch(/rule 0/);
    expect(interpretStoredRules('not a list').status).toBe('invalid');
  });

  it('tells subscribers about the first read and later changes', async () => {
    const seen: PrivacyRulesState[] = [];
    const stop = subscribePrivacyRules((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ [PRIVACY_RULES_KEY]: [{ type: 'ORDER_ID', pattern: 'B-\\d{4}' }] });
    await expect.poll(() => seen.at(-1)?.status === 'ok' && seen.at(-1)!.status === 'ok' && (seen.at(-1) as { inputs: unknown[] }).inputs.length).toBe(1);
    await fakeBrowser.storage.local.set({ [PRIVACY_RULES_KEY]: [{ type: 'ORDER_ID', pattern: '' }] });
    await expect.poll(() => seen.at(-1)?.status).toBe('invalid');
    stop();
  });
});
