import { describe, expect, it } from 'vitest';
import { detectKeyed, KEYWORDS, nextKeyword } from '../../lib/privacy/keyed';
import { preScan, WORD_STARTS } from '../../lib/privacy/scan';
import { seeded } from './helpers';

/**
 * The keyword scan runs its regex only where a keyword's first three characters stand; skipping a place
 * where the regex would match would miss an id, a password or a birth date after its keyword.
 */
function byRegex(text: string, from: number): [number, string] | null {
  KEYWORDS.lastIndex = from;
  const m = KEYWORDS.exec(text);
  return m ? [m.index, m[0]] : null;
}
function byScan(text: string, from: number): [number, string] | null {
  const m = nextKeyword(text, from);
  return m ? [m.index, m[0]] : null;
}

describe('keyword scan', () => {
  it('finds the same keyword as the regex from every position', () => {
    const pieces = [
      'Kundennummer', 'KD-Nr.', 'kd.nr', 'Bestellung', 'order #', 'Order No.', 'b.', 'B. ', 'd.o.b.', 'DOB', 'geb.', 'Geb.-Datum',
      'Führerschein', 'FÜHRERSCHEIN', 'driver’s license', "driver's licence", '2FA-Code', '2fa code', 'PIN', 'pin-code', 'Passwort',
      'Kennzeichen', 'Auto', 'car', 'code', 'Steuer-ID', 'tax id', 'born on', ' ', '_', '-', '.', ':', '1', 'x', 'é', 'ä', 'Ä', '\n', 'über',
    ];
    const rnd = seeded(5);
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const len = 1 + Math.floor(rnd() * 8);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(rnd() * pieces.length)];
      for (let from = 0; from <= text.length; from++) expect(byScan(text, from), `${JSON.stringify(text)} @${from}`).toEqual(byRegex(text, from));
    }
  });
  it('finds the same ids from the word starts the pre-scan records as by scanning the text itself', () => {
    const pieces = ['Kundennummer ', 'order #', '4471 ', 'AB-', 'PIN ', 'ist ', 'geb. ', '12.03.1980', 'ü', 'x', '_', ' ', '\n', 'Ä', '9', 'code: '];
    const rnd = seeded(11);
    for (let k = 0; k < 2000; k++) {
      let text = '';
      const len = 1 + Math.floor(rnd() * 10);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(rnd() * pieces.length)];
      const scan = preScan(text);
      const starts: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const w = /\w/.test(text[i]!);
        if (w && (i === 0 || !/\w/.test(text[i - 1]!))) starts.push(i);
      }
      expect([...WORD_STARTS.subarray(0, scan.wordStarts)], JSON.stringify(text)).toEqual(starts);
      expect(detectKeyed(text, WORD_STARTS, scan.wordStarts), JSON.stringify(text)).toEqual(detectKeyed(text));
    }
  });
});
