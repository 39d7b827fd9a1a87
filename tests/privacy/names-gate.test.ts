import { describe, expect, it } from 'vitest';
import { hereGate, mayHoldName } from '../../lib/privacy/names';
import { preScan, WORD_STARTS } from '../../lib/privacy/scan';
import { seeded } from './helpers';

/**
 * The name gate tries the introduction pattern ("ich heiße", "my name is", "Kontoinhaber:") only at the
 * word starts the pre-scan recorded; if it skipped a place where the pattern matches, a post whose only
 * sign of a name is its introduction would never reach the name detector.
 */
describe('name gate over recorded word starts', () => {
  it('decides as the scan of the whole text does', () => {
    const pieces = [
      'ich heiße ', 'Ich HEISSE ', 'my name is ', 'Name: ', 'name ', 'lief auf ', 'läuft auf ', 'Kontoinhaberin ', 'inhaber ',
      'under ', 'i am ', "I'm ", 'here is ', 'mein Sohn ', 'travel', 'ler ', 'xiomara ', 'quispe ', 'Anna ', 'Lang ', 'sehr ',
      'robert ', 'this is ', ' ', ':', '-', 'ä', '1', '_', '\n', 'é', 'Zoë ',
    ];
    const rnd = seeded(17);
    let yes = 0;
    for (let k = 0; k < 4000; k++) {
      let text = '';
      const len = 1 + Math.floor(rnd() * 7);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(rnd() * pieces.length)];
      const scan = preScan(text);
      const expected = mayHoldName(text);
      if (expected) yes++;
      expect(mayHoldName(text, WORD_STARTS, scan.wordStarts), JSON.stringify(text)).toBe(expected);
    }
    expect(yes).toBeGreaterThan(500);
    expect(yes).toBeLessThan(3900);
  });
});

describe('"Name Surname here" gate', () => {
  it('agrees with its regex on generated openings', () => {
    const HERE = /^\s*\S+ \S+ (?:hier|here)\b/i;
    const pick = (xs: string[]): string => xs[Math.floor(rnd() * xs.length)]!;
    const lead = ['', ' ', '\n ', '\u00a0'];
    const words = ['Anna', 'B', 'ä-x', '😀', '1,', '', 'Jo hn'];
    const seps = [' ', ' ', '  ', '\u00a0', '\t', ''];
    const tails = ['hier', 'HERE', 'Here,', 'heRe_', 'hier2', 'hie', 'herein', 'hier!', 'here ä', ''];
    const rnd = seeded(29);
    let yes = 0;
    for (let k = 0; k < 20000; k++) {
      const text = pick(lead) + pick(words) + pick(seps) + pick(words) + pick(seps) + pick(tails) + pick(['', ' x']);
      const expected = HERE.test(text);
      if (expected) yes++;
      expect(hereGate(text), JSON.stringify(text)).toBe(expected);
    }
    expect(yes).toBeGreaterThan(100);
  });
});
