import type { Candidate } from './types';

/**
 * E-mail addresses, plain and obfuscated ("name(at)web.de", "nora[at]proton[dot]me",
 * "stefan punkt wolff at web punkt de"). Plain ones are found by expanding around each "@"
 * (bounded, no regex backtracking over the whole text).
 */

const isAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
// local part: letters, digits and . _ % + -   domain: letters, digits and . -
const isLocal = (c: number): boolean => isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isDomain = (c: number): boolean => isAlnum(c) || c === 46 || c === 45;

const MAX_EMAILS = 500;

function plain(text: string, out: Candidate[]): void {
  let at = text.indexOf('@');
  let seen = 0;
  while (at !== -1 && out.length < MAX_EMAILS && ++seen < 5 * MAX_EMAILS) {
    let s = at;
    while (s > 0 && at - s < 64 && isLocal(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && isDomain(text.charCodeAt(e))) e++;
    // trim trailing dots/hyphens ("… at x@y.de.")
    while (e > at + 1 && /[.-]/.test(text[e - 1]!)) e--;
    while (s < at && /[.]/.test(text[s]!)) s++;
    const domain = text.slice(at + 1, e);
    if (s < at && /^[A-Za-z0-9\u00c0-\u024f-]+(?:\.[A-Za-z0-9\u00c0-\u024f-]+)*\.[A-Za-z]{2,24}$/.test(domain)) {
      out.push({ start: s, end: e, type: 'EMAIL', priority: 95 });
    }
    at = text.indexOf('@', e > at ? e : at + 1);
  }
}

const TLD = '(?:de|com|net|org|at|ch|eu|info|io|me|co\\.uk|uk|fr|nl|it|es|pl|tr|email|biz|us|ca|ie|be|dk|se|no|fi)';
const WORD = '[a-z0-9_-]{1,40}';
const DOT = '(?:\\s?[(\\[{]\\s?(?:dot|punkt)\\s?[)\\]}]\\s?|\\s(?:dot|punkt)\\s|\\.)';
const AT = '(?:\\s?[(\\[{]\\s?(?:at|ät)\\s?[)\\]}]\\s?|\\s(?:at|ät)\\s)';
// each part is a word followed by at most four "dot word" pieces: bounded and unambiguous
const OBFUSCATED = new RegExp(
  `(?<![a-z0-9._-])${WORD}(?:${DOT}${WORD}){0,4}${AT}${WORD}(?:${DOT}${WORD}){0,3}${DOT}${TLD}(?![a-z0-9])`,
  'gi',
);

export const OBFUSCATION_MARK = /[([{]\s?(?:at|ät|dot|punkt)\s?[)\]}]|\s(?:dot|punkt)\s/i;

function obfuscated(text: string, out: Candidate[]): void {
  OBFUSCATED.lastIndex = 0;
  for (let m = OBFUSCATED.exec(text); m; m = OBFUSCATED.exec(text)) {
    const v = m[0];
    // "I looked at amazon.de" is no address: require a bracket or a spelled-out "dot"/"punkt"
    if (!/[([{]/.test(v) && !/\s(?:dot|punkt)\s/i.test(v)) continue;
    out.push({ start: m.index, end: m.index + v.length, type: 'EMAIL', priority: 95 });
  }
}

/** `marked`: the text holds a bracketed at/dot or a spelled-out dot/punkt (OBFUSCATION_MARK). */
export function detectEmails(text: string, hasAt: boolean, marked: boolean): Candidate[] {
  const out: Candidate[] = [];
  if (hasAt) plain(text, out);
  // the obfuscated pattern only reports matches with a bracket or a spelled-out "dot"/"punkt"
  if (marked) obfuscated(text, out);
  return out;
}
