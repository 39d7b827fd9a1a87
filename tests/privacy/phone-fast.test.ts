import type { CountryCode } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { parsedPossible, shortcut } from '../../lib/privacy/phone';
import { seeded } from './helpers';

/**
 * The phone detector answers libphonenumber's isPossible() from the metadata for common shapes instead of
 * parsing. A wrong shortcut would flag or miss customers' numbers; these checks hold it to the parser's
 * answer over many generated numbers (also after a library update that changes the metadata).
 */

const rnd = seeded(7);
const digits = (n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(rnd() * 10);
  return s;
};
const CODES = ['1', '7', '30', '31', '32', '33', '34', '36', '39', '41', '43', '44', '45', '46', '47', '48', '49', '90', '351', '352', '353', '358', '420'];
const N = Number(process.env.PHONE_FAST_SAMPLES ?? 3000);

/** The generated numbers on which the shortcut answers and disagrees with the parser, and how often it answered. */
function disagreements(make: () => [string, CountryCode | undefined]): { wrong: string[]; answered: number } {
  const wrong: string[] = [];
  let answered = 0;
  for (let i = 0; i < N; i++) {
    const [raw, country] = make();
    const fast = shortcut(raw, country);
    if (fast === undefined) continue;
    answered++;
    if (fast !== parsedPossible(raw, country)) wrong.push(`${raw} ${country ?? ''}`);
  }
  return { wrong, answered };
}

describe('phone possibility without the parser', () => {
  it('agrees with libphonenumber on international numbers', () => {
    let k = 0;
    const any = disagreements(() => ['+' + digits(7 + Math.floor(rnd() * 10)), undefined]);
    const known = disagreements(() => ['+' + CODES[k++ % CODES.length]! + digits(5 + Math.floor(rnd() * 10)), undefined]);
    expect([...any.wrong, ...known.wrong]).toEqual([]);
    expect(known.answered).toBeGreaterThan(N / 2);
  });

  it('agrees with libphonenumber on German and North-American national numbers', () => {
    const de = disagreements(() => ['0' + digits(6 + Math.floor(rnd() * 9)), 'DE']);
    const us = disagreements(() => [digits(10), 'US']);
    expect([...de.wrong, ...us.wrong]).toEqual([]);
    expect(de.answered).toBeGreaterThan(N / 2);
    expect(us.answered).toBeGreaterThan(N / 2);
  });
});
