import { describe, expect, it } from 'vitest';
import { alternatives, dispatchAlternation, literalStarts } from '../../lib/privacy/dispatch';

describe('first-character dispatch of keyword alternations', () => {
  it('splits only the top-level alternatives', () => {
    expect(alternatives('(?:name (?:is|ist)|name|[|]x|bin)')).toEqual(['name (?:is|ist)', 'name', '[|]x', 'bin']);
  });

  it('distributes a leading group and an optional one in the order the engine would try them', () => {
    expect(literalStarts('(?:sms|otp)[- ]?code')).toEqual(['sms[- ]?code', 'otp[- ]?code']);
    expect(literalStarts('(?:konto)?inhaber')).toEqual(['kontoinhaber', 'inhaber']);
  });

  it('finds the same keyword as the plain alternation, also where an earlier alternative is a prefix', () => {
    const body = '(?:name (?:is|ist)|name|(?:konto)?inhaber(?:in)?|bin|b\\.|2fa code)';
    const plain = new RegExp(`\\b${body}(?![a-z])`, 'gi');
    const fast = new RegExp(`\\b${dispatchAlternation(body, true)}(?![a-z])`, 'gi');
    for (const text of ['My NAME IS Anna', 'name: Lena', 'Kontoinhaberin Meyer, ich bin Tom', 'geb. b. 1990', 'the 2FA code']) {
      expect([...text.matchAll(fast)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(plain)].map((m) => [m.index, m[0]]));
    }
  });

  it('refuses shapes it cannot rewrite faithfully instead of changing what matches', () => {
    expect(() => dispatchAlternation('(?:(?:a|b)*c|d)', true)).toThrow(/unexpected shape/);
    expect(() => dispatchAlternation('name|bin', true)).toThrow(/unexpected shape/);
  });
});
