import { describe, expect, it } from 'vitest';
import { GATE_CITY } from '../../lib/privacy/address';
import { OBFUSCATION_MARK } from '../../lib/privacy/email';
import { preScan } from '../../lib/privacy/scan';
import { seeded } from './helpers';

/**
 * The pre-scan's flags let the detector skip whole patterns; a flag that is false where its pattern can
 * match would hide obfuscated addresses or postal addresses. Each flag must be a necessary condition.
 */
describe('pre-scan flags', () => {
  const rnd = seeded(11);
  const generate = (pool: string[]): string => {
    let text = '';
    const len = 1 + Math.floor(rnd() * 12);
    for (let i = 0; i < len; i++) text += pool[Math.floor(rnd() * pool.length)];
    return text;
  };

  it('never rules out an obfuscated e-mail mark', () => {
    const pool = ['(', '[', '{', '<', ')', ']', '>', 'at', 'ät', 'ÄT', 'dot', 'DOT', 'Punkt', '@', ' ', '\n', '\u00a0', '\t', 'x', '.'];
    for (let k = 0; k < 20000; k++) {
      const text = generate(pool);
      const s = preScan(text);
      if (OBFUSCATION_MARK.test(text)) expect(s.bracket || s.spelled, JSON.stringify(text)).toBe(true);
    }
    expect(preScan('nora (at) web [dot] de').bracket).toBe(true);
    expect(preScan('jonas punkt kern ät gmx').spelled).toBe(true);
  });

  it('never rules out a postcode before a city', () => {
    const pool = ['1', '23', '4567', '89012', ' ', ',', '\n', '\u00a0', 'a', 'B', 'D-', 'AB-', '5b'];
    for (let k = 0; k < 20000; k++) {
      const text = generate(pool);
      GATE_CITY.lastIndex = 0;
      if (GATE_CITY.test(text)) expect(preScan(text).postcode, JSON.stringify(text)).toBe(true);
    }
    expect(preScan('Hauptstr. 5, 10115 Berlin').postcode).toBe(true);
    expect(preScan('Bestellung 123456 kam nicht').postcode).toBe(false);
  });
});
