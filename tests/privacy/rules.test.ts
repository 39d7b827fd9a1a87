import { describe, expect, it } from 'vitest';
import { compileRules, detect } from '../../lib/privacy';

function rules(input: unknown) {
  const r = compileRules(input);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.rules;
}

describe('team rules', () => {
  it('finds a team-specific number format and wins against built-in findings', () => {
    const extraRules = rules([{ type: 'CUSTOMER_ID', pattern: 'SW-\\d{6}', label: 'Stadtwerke-Kundennummer' }]);
    const text = 'Meine Nummer SW-123456, bitte prüfen';
    expect(detect(text, { extraRules }).map((s) => text.slice(s.start, s.end))).toEqual(['SW-123456']);
    expect(detect(text)).toEqual([]);
  });
  it('applies a checksum before reporting a match', () => {
    const extraRules = rules([{ type: 'CREDIT_CARD', pattern: '\\b\\d{4}(?:-\\d{4}){3}\\b', checksum: 'luhn' }]);
    expect(detect('Karte 4003-9090-0995-6443', { extraRules })).toHaveLength(1);
    expect(detect('Gutschein 4003-9090-0995-6444', { extraRules })).toEqual([]);
  });
  it('honours flags such as case-insensitive matching', () => {
    const extraRules = rules([{ type: 'ORDER_ID', pattern: 'auf-\\d{5}', flags: 'i' }]);
    expect(detect('Auftrag AUF-55123 fehlt', { extraRules })).toHaveLength(1);
  });
  it('rejects invalid regular expressions with a clear message', () => {
    const r = compileRules([{ type: 'ORDER_ID', pattern: '([a-z' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/rule 0.*(invalid regular expression|unbalanced)/);
  });
  it('rejects catastrophic patterns without running them', () => {
    for (const pattern of ['(a+)+$', '(a|a)*b', '(\\d+)*x', '([a-z]*)+', '(x)\\1', '(?<n>a)\\k<n>', '((ab)*c)*']) {
      const r = compileRules([{ type: 'PASSWORD', pattern }]);
      expect(r.ok, pattern).toBe(false);
      if (!r.ok) expect(r.errors[0]).toMatch(/nested quantifiers|repeated alternation|backreferences/);
    }
  });
  it('rejects several unbounded repetitions that can backtrack polynomially', () => {
    const r = compileRules([{ type: 'ORDER_ID', pattern: '\\d+\\d+\\d+x' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/unbounded repetition/);
  });
  it('accepts bounded, harmless group repetition', () => {
    expect(compileRules([{ type: 'PHONE', pattern: '(?:\\d{3}-){2}\\d{4}' }]).ok).toBe(true);
    expect(compileRules([{ type: 'PHONE', pattern: '(?:ab)?c+' }]).ok).toBe(true);
  });
  it('rejects over-long patterns, unknown types, bad flags, empty matches and non-arrays', () => {
    const bad: unknown[] = [
      [{ type: 'ORDER_ID', pattern: 'a'.repeat(201) }],
      [{ type: 'SHOE_SIZE', pattern: '\\d+' }],
      [{ type: 'ORDER_ID', pattern: '\\d+', flags: 'gx' }],
      [{ type: 'ORDER_ID', pattern: '\\d*' }],
      { type: 'ORDER_ID', pattern: '\\d+' },
      'nonsense',
    ];
    for (const input of bad) {
      const r = compileRules(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
    }
  });
});
