/**
 * The cheap pre-scan: one pass over the text that says which detector families can possibly fire,
 * and a linear scanner for runs of digits with separators (the candidates for phones, cards, tax ids).
 * Nothing here backtracks: every character is looked at a bounded number of times.
 */

export interface PreScan {
  digits: number;
  at: boolean;
  upper: boolean;
  colons: number;
  /** "AB12": two capitals then two digits (IBAN, British plate). */
  upperUpperDigitDigit: boolean;
  /** "M-K": capital, hyphen, capital (German plate). */
  upperDashUpper: boolean;
  /** Number of "digit.digit" (IPv4 needs three). */
  dottedDigits: number;
  /** One of ( [ { < : a bracketed "(at)" / "[dot]" is possible. */
  bracket: boolean;
  /** " dot", " punkt" or " ät" in any case after whitespace: a spelled-out " dot " / " punkt " / " ät " is possible. */
  spelled: boolean;
  /** Four or five digits on their own followed by whitespace: a postcode before a city is possible. */
  postcode: boolean;
  /** How many word starts (an ASCII word character \\w after none) WORD_STARTS holds for this text. */
  wordStarts: number;
}

/**
 * Offsets of the word starts of the text last given to preScan (the first `wordStarts` entries): the
 * keyword scan tries its regex only there, without another pass over every character. Reused across calls.
 */
export let WORD_STARTS = new Int32Array(1024);

function recordStart(n: number, i: number): void {
  if (n >= WORD_STARTS.length) {
    const grown = new Int32Array(WORD_STARTS.length * 2);
    grown.set(WORD_STARTS);
    WORD_STARTS = grown;
  }
  WORD_STARTS[n] = i;
}

const UPPER = 1;
const DIGIT = 2;
const DASH = 3;
const DOT = 4;
const WS = 5;
const OTHER = 0;

/** Whitespace as the regex class \s knows it. */
export const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const low = (c: number): number => c | 0x20;

/** Whether the "t" at i ends " dot", " punkt" or " ät" (any case, as the i flag compares them). */
function spelledBefore(text: string, i: number): boolean {
  const a = low(text.charCodeAt(i - 1));
  if (a === 0xe4) return i >= 2 && isSpace(text.charCodeAt(i - 2));
  if (a === 111) return i >= 3 && low(text.charCodeAt(i - 2)) === 100 && isSpace(text.charCodeAt(i - 3));
  return (
    a === 107 && i >= 5 && low(text.charCodeAt(i - 2)) === 110 && low(text.charCodeAt(i - 3)) === 117 &&
    low(text.charCodeAt(i - 4)) === 112 && isSpace(text.charCodeAt(i - 5))
  );
}

export function preScan(text: string): PreScan {
  let digits = 0;
  let at = false;
  let upper = false;
  let colons = 0;
  let uudd = false;
  let udu = false;
  let dotted = 0;
  let bracket = false;
  let spelled = false;
  let postcode = false;
  let run = 0;
  let p1 = OTHER;
  let p2 = OTHER;
  let p3 = OTHER;
  let starts = 0;
  // whether the character before is an ASCII word character (\w)
  let word = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // lower-case letters and spaces, most of a text, change little but the history
    if (c >= 97 && c <= 122) {
      if (!word) {
        recordStart(starts++, i);
        word = true;
      }
      if (c === 116 && !spelled) spelled = spelledBefore(text, i);
      p3 = p2;
      p2 = p1;
      p1 = OTHER;
      continue;
    }
    if (c === 32) {
      word = false;
      if (p1 === DIGIT && run >= 4 && run <= 5) postcode = true;
      p3 = p2;
      p2 = p1;
      p1 = WS;
      continue;
    }
    let k = OTHER;
    const w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
    if (w && !word) recordStart(starts++, i);
    word = w;
    if (c >= 48 && c <= 57) {
      digits++;
      k = DIGIT;
      run = p1 === DIGIT ? run + 1 : 1;
      if (p1 === DIGIT && p2 === UPPER && p3 === UPPER) uudd = true;
      else if (p1 === DOT && p2 === DIGIT) dotted++;
    } else if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)) {
      upper = true;
      k = UPPER;
      if (p1 === DASH && p2 === UPPER) udu = true;
      if (c === 84 && !spelled) spelled = spelledBefore(text, i);
    } else if (c === 45) k = DASH;
    else if (c === 46) k = DOT;
    else if (c === 64) at = true;
    else if (c === 58) colons++;
    else if (c === 40 || c === 91 || c === 123 || c === 60) bracket = true;
    else if (isSpace(c)) {
      if (p1 === DIGIT && run >= 4 && run <= 5) postcode = true;
      k = WS;
    }
    p3 = p2;
    p2 = p1;
    p1 = k;
  }
  return {
    digits, at, upper, colons, upperUpperDigitDigit: uudd, upperDashUpper: udu, dottedDigits: dotted, bracket, spelled, postcode,
    wordStarts: starts,
  };
}

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Letters incl. Latin-1/Latin Extended (umlauts, ß, ı, ł ...). */
export const isLetter = (c: number): boolean => isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
export const isWordChar = (c: number): boolean => isDigit(c) || isLetter(c) || c === 95;

/** A run of digits joined by short separators: "0176 / 55 20 18 04", "+49 (0)171 …", "5412-7530-0918-2264". */
export interface NumberRun {
  start: number;
  end: number;
  /** The digits alone; empty for runs of fewer than six digits (no detector needs them). */
  digits: string;
  /** Number of digit groups (digits between separators). */
  groups: number;
  /** Separator characters between the digit groups (e.g. " ", "-", " / ", "."); empty for short runs. */
  seps: string;
  plus: boolean;
}

const SEP = new Set([32, 45, 47, 46, 40, 41, 0xa0, 0x2013]); // space - / . ( ) nbsp en-dash
const MAX_DIGITS = 40;
/** Where each digit group of the run being read starts and ends (a run has at most MAX_DIGITS groups). */
const GROUP_START = new Int32Array(MAX_DIGITS + 1);
const GROUP_END = new Int32Array(MAX_DIGITS + 1);
/** A post has a handful of numbers; beyond this many runs the rest of a pathological text is not scanned. */
const MAX_RUNS = 2000;

const NEXT_CANDIDATE = /[0-9+(]/g;

/** All digit runs; a run stops at letters, at punctuation other than separators, or after 3 separators in a row. */
export function numberRuns(text: string): NumberRun[] {
  const out: NumberRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && out.length < MAX_RUNS) {
    const c = text.charCodeAt(i);
    const startsPlus = c === 43 && i + 1 < n && isDigit(text.charCodeAt(i + 1));
    const startsParen = c === 40 && i + 1 < n && isDigit(text.charCodeAt(i + 1));
    if (!isDigit(c) && !startsPlus && !startsParen) {
      // jump to the next digit, "+" or "(" (the regex engine scans plain text faster than this loop)
      NEXT_CANDIDATE.lastIndex = i + 1;
      const next = NEXT_CANDIDATE.exec(text);
      if (!next) break;
      i = next.index;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (isWordChar(prev) || (isDigit(c) && (prev === 46 || prev === 44 || prev === 43 || prev === 45))) {
      // inside a word (JJD0001…) or after a decimal point: skip the whole token
      i++;
      while (i < n && (isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i++;
      continue;
    }
    const start = i;
    let count = 0;
    let groups = 0;
    let sepRun = 0;
    let lastDigitEnd = i;
    let inGroup = false;
    if (startsPlus) i++;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      if (isDigit(d)) {
        if (!inGroup) {
          GROUP_START[groups] = i;
          groups++;
          inGroup = true;
        }
        GROUP_END[groups - 1] = i + 1;
        count++;
        sepRun = 0;
        lastDigitEnd = i + 1;
        if (count > MAX_DIGITS) break;
      } else if (SEP.has(d) && sepRun < 3) {
        inGroup = false;
        sepRun++;
      } else break;
    }
    const overlong = count > MAX_DIGITS;
    // a letter glued to the last digit (5G, 100GB, 3344E) makes this no plain number run
    const after = lastDigitEnd < n ? text.charCodeAt(lastDigitEnd) : 32;
    if (!overlong && !isLetter(after)) {
      // digits and separators as strings only for runs long enough to matter (allocation is the cost here)
      let digits = '';
      let seps = '';
      // (from the groups' bounds: slices cost less than two regex replaces over the run)
      if (count >= 6) {
        for (let g = 0; g < groups; g++) {
          digits += text.slice(GROUP_START[g]!, GROUP_END[g]!);
          if (g > 0) seps += text.slice(GROUP_END[g - 1]!, GROUP_START[g]!);
        }
      }
      out.push({ start, end: lastDigitEnd, digits, groups, seps, plus: startsPlus });
    }
    i = Math.max(lastDigitEnd, start + 1);
    // skip the rest of an overlong run without rescanning it
    if (overlong) while (i < n && (isDigit(text.charCodeAt(i)) || SEP.has(text.charCodeAt(i)))) i++;
  }
  return out;
}

/** Whether a keyword match is glued to a preceding letter or digit (ASCII \\b misses "ü" + "bersendung"). */
export function letterBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const c = text.charCodeAt(index - 1);
  return isDigit(c) || isLetter(c);
}
