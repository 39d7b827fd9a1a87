import { describe, expect, it } from 'vitest';
import { tokens } from '../../lib/privacy/names';
import { seeded } from './helpers';

/**
 * The name detector reads words with a hand-written loop for speed; it must cut exactly the words of
 * this regex (letters of any script, inner apostrophes, hyphenated parts), or names would be cut short
 * or run together.
 */
const WORD = /[\p{L}][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*)*/gu;

const spec = (text: string): [number, number, string][] => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length, m[0]]);
const read = (text: string): [number, number, string][] => tokens(text).map((t) => [t.start, t.end, t.w]);

describe('name tokenizer', () => {
  it('cuts names with umlauts, apostrophes, hyphens and other scripts like the word pattern', () => {
    for (const text of [
      "Hans-Peter Müller-Lüdenscheidt, O'Brien und d’Angelo -- Anna- -Berg",
      'Trần Thị Mai, Łukasz Żółć, Ægir Ðórsson, ªº µ × ÷ ÿ',
      'Иван Петров; Γιώργος; 山田 太郎; 𝒜𝒷𝒸 𠀀x 😭Anna😭 Berg',
      "it's 'quoted' ’ - - a-b-c a--b a'-b x\u00a0y",
      '\ud800Anna \udc00Berg \ud835\udc9c',
    ]) {
      expect(read(text)).toEqual(spec(text));
    }
  });

  it('agrees with the word pattern on generated text', () => {
    const pool = ['a', 'Z', 'ß', 'é', '\u00aa', '\u00d7', "'", '’', '-', ' ', '1', '.', 'Ж', '山', '😭', '𝒜', '\ud800', '\udc00', '\u0301', '_'];
    const rnd = seeded(3);
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const len = Math.floor(rnd() * 30);
      for (let i = 0; i < len; i++) text += pool[Math.floor(rnd() * pool.length)];
      expect(read(text), JSON.stringify(text)).toEqual(spec(text));
    }
  });
});
