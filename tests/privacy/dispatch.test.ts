import { describe, expect, it } from 'vitest';
import { alternatives, dispatchAlternation, literalStarts, prefixes, StartFilter } from '../../lib/privacy/dispatch';
import { seeded } from './helpers';

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

describe('start filter of an alternation', () => {
  it('spells the first characters of an alternative, shorter where anything may follow', () => {
    expect(prefixes('hei(?:ß|ss)e', 3)).toEqual(['hei']);
    expect(prefixes('l(?:ä|ae)uft', 3)).toEqual(['läu', 'lae']);
    expect(prefixes('kd\\.?-?nr', 3)).toEqual(['kd.', 'kd-', 'kdn']);
    expect(prefixes('id[- ]card', 3)).toEqual(['id-', 'id ']);
    expect(prefixes('(?:konto)?inhaber', 3)).toEqual(['kon', 'inh']);
    expect(prefixes('a\\d{2}', 3)).toEqual(['a']);
    expect(prefixes('pw', 3)).toEqual(['pw']);
    // an escape with a letter is a class or a control character, not that letter
    expect(prefixes('a\\nb', 3)).toEqual(['a']);
  });

  it('never rules out a place where the alternation matches', () => {
    const body = '(?:name (?:is|ist)|name|(?:konto)?inhaber(?:in)?|bin|b\\.|2fa[- ]?code|kd\\.?-?nr|l(?:ä|ae)uft auf|pw|x\\d+)';
    const alts = alternatives(body).flatMap(literalStarts);
    const filter = new StartFilter(alts);
    const sticky = new RegExp(body, 'iy');
    const pieces = ['name', 'NAME', ' is', 'ist', 'Konto', 'inhaber', 'bin', 'B.', '2FA', '-', ' ', 'code', 'KD', '.', 'nr', 'LÄUFT', 'laeuft', 'auf', 'pw', 'x', '7', 'ä', 'é'];
    const rnd = seeded(3);
    let matched = 0;
    for (let k = 0; k < 5000; k++) {
      let text = '';
      const len = 1 + Math.floor(rnd() * 6);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(rnd() * pieces.length)];
      for (let i = 0; i < text.length; i++) {
        sticky.lastIndex = i;
        if (!sticky.test(text)) continue;
        matched++;
        expect(filter.mayStart(text, i), `${JSON.stringify(text)} @${i}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(1000);
    // and it does rule out words no alternative begins with
    expect(filter.mayStart('the name', 0)).toBe(false);
    expect(filter.mayStart('nah', 0)).toBe(false);
  });
});
