import { describe, expect, it } from 'vitest';
import { KEYWORDS, nextKeyword } from '../../lib/privacy/keyed';

/**
 * The keyword scan runs its regex only where a keyword's first two characters stand; skipping a place
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
    let seed = 5;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const len = 1 + Math.floor(rnd() * 8);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(rnd() * pieces.length)];
      for (let from = 0; from <= text.length; from++) expect(byScan(text, from), `${JSON.stringify(text)} @${from}`).toEqual(byRegex(text, from));
    }
  });
});
