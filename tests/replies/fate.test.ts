import { describe, expect, it } from 'vitest';
import { buildFateEvent, SuggestionFateEventSchema } from '../../lib/replies/fate';

const base = { id: '0190f7a0-0000-7000-8000-000000000001', suggestionId: 'core-abc', engine: 'core' as const, strategy: 'dm', platform: 'x' as const, at: '2026-11-26T10:00:00.000Z' };
const suggested = 'Lara, 35 Minuten Verspätung – ärgerlich. Schreib uns per DM.';

describe('suggestion fate events', () => {
  it('records a suggestion inserted as is', () => {
    const e = buildFateEvent({ ...base, suggested, insertedText: ` ${suggested} ` });
    expect(e).toMatchObject({ kind: 'suggestion-fate', fate: 'inserted', kept: 1, engine: 'core', suggestionId: 'core-abc' });
    expect(SuggestionFateEventSchema.parse(e)).toEqual(e);
  });
  it('records an edited suggestion with how much of it survived', () => {
    const e = buildFateEvent({ ...base, suggested, insertedText: 'Lara, 35 Minuten Verspätung sind ärgerlich. Schreib uns bitte per DM, dann klären wir die Entschädigung.' });
    expect(e.fate).toBe('edited');
    expect(e.kept).toBeGreaterThan(0.3);
    expect(e.kept).toBeLessThan(1);
  });
  it('records an ignored suggestion', () => {
    const e = buildFateEvent({ ...base, suggested, insertedText: null });
    expect(e.fate).toBe('ignored');
    expect(e.kept).toBeUndefined();
  });
  it('rejects a malformed record with a clear error', () => {
    expect(() => buildFateEvent({ ...base, at: 'yesterday', suggested, insertedText: null })).toThrow(/at|datetime|Invalid/);
  });
});
