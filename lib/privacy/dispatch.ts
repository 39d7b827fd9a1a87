/**
 * Rewrites a regex alternation so that the engine picks the alternatives by their first character:
 * "(?:name is|name|bin)" becomes "(?:b(?:in)|n(?:ame is|ame))". At each position only the alternatives
 * that begin with the character there are tried, in their original order, so the same alternative wins
 * as in the plain alternation (an alternative starting with another character cannot match there).
 * Works on the plain alternations of this folder's keyword lists; any other shape throws at load time.
 */

/** The top-level alternatives of "(?:a|b(?:c|d)|e)"; throws on a body of another shape. */
export function alternatives(body: string): string[] {
  if (!body.startsWith('(?:') || !body.endsWith(')')) throw new Error(`alternation of unexpected shape: ${body}`);
  const out: string[] = [];
  let depth = 0;
  let start = 3;
  for (let i = 3; i < body.length - 1; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '[') while (i < body.length && body[i] !== ']') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) throw new Error(`unbalanced alternation: ${body}`);
  }
  if (depth !== 0) throw new Error(`unbalanced alternation: ${body}`);
  out.push(body.slice(start, body.length - 1));
  return out;
}

/**
 * An alternative as alternatives that each start with a literal letter or digit, tried in the same order:
 * a leading group is distributed over what follows it ("(?:sms|otp)[- ]?code" gives "sms[- ]?code",
 * "otp[- ]?code"); a leading optional group first with, then without it ("(?:konto)?inhaber").
 */
export function literalStarts(alt: string): string[] {
  if (/^[A-Za-z0-9]/.test(alt)) return [alt];
  if (alt.startsWith('(?:')) {
    let depth = 0;
    let end = 0;
    for (let i = 0; i < alt.length; i++) {
      if (alt[i] === '\\') i++;
      else if (alt[i] === '[') while (i < alt.length && alt[i] !== ']') i++;
      else if (alt[i] === '(') depth++;
      else if (alt[i] === ')' && --depth === 0) {
        end = i;
        break;
      }
    }
    const group = alternatives(alt.slice(0, end + 1));
    const rest = alt.slice(end + 1);
    if (end > 0 && !/^[?*+{]/.test(rest)) return group.flatMap((a) => literalStarts(a + rest));
    if (end > 0 && rest.startsWith('?') && !/^\?[?*+{]/.test(rest)) {
      const tail = rest.slice(1);
      return [...group.flatMap((a) => literalStarts(a + tail)), ...literalStarts(tail)];
    }
  }
  throw new Error(`alternative of unexpected shape: ${alt}`);
}

/** Alternatives grouped by first character; `caseless` for a regex with the i flag (then "A" and "a" are one). */
export function byFirstChar(alts: readonly string[], caseless: boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const alt of alts) {
    const c = caseless ? alt[0]!.toLowerCase() : alt[0]!;
    // a caseless branch starts with the lower-case letter; the rest keeps its spelling
    const list = out.get(c) ?? [];
    list.push(alt.slice(1));
    out.set(c, list);
  }
  return out;
}

/** The alternation "(?:…|…)" rewritten as a non-capturing dispatch on the first character. */
export function dispatchAlternation(body: string, caseless: boolean): string {
  const groups = byFirstChar(alternatives(body).flatMap(literalStarts), caseless);
  const branches = [...groups].sort(([x], [y]) => (x < y ? -1 : 1)).map(([c, rests]) => `${c}(?:${rests.join('|')})`);
  return `(?:${branches.join('|')})`;
}

/** Where prefixes() stops reading an alternative (any dot, lookaround or lettered escape): what follows may be anything. */
const WILDCARD = /^(?:\\[A-Za-z0-9]|\.|\(\?[=!<])/;

/** The characters one atom at the start of `alt` stands for, and its length in the source; null for a wildcard. */
function atom(alt: string): { chars: string[]; length: number } | null {
  if (WILDCARD.test(alt)) return null;
  const c = alt[0]!;
  if (c === '\\') return { chars: [alt[1]!], length: 2 };
  if (c === '[') {
    const close = alt.indexOf(']', 1);
    const body = alt.slice(1, close);
    if (close < 0 || body.startsWith('^') || body.includes('\\') || /.-./.test(body)) return null;
    return { chars: [...body], length: close + 1 };
  }
  if ('()|*+?{}^$'.includes(c)) throw new Error(`prefix of unexpected shape: ${alt}`);
  return { chars: [c], length: 1 };
}

/**
 * The spellings of the first `n` characters of a regex alternative ("hei(?:ß|ss)e", "travell?er",
 * "kd\\.?-?nr", "id[- ]card", "(?:konto)?inhaber"). A spelling shorter than `n` means that anything may
 * follow it: the alternative ends there, or continues with a class, repetition or assertion that is not read.
 */
export function prefixes(alt: string, n: number): string[] {
  if (n === 0 || alt === '') return [''];
  if (alt.startsWith('(?:')) {
    let depth = 0;
    let close = -1;
    for (let i = 0; i < alt.length && close < 0; i++) {
      if (alt[i] === '\\') i++;
      else if (alt[i] === '[') while (i < alt.length && alt[i] !== ']') i++;
      else if (alt[i] === '(') depth++;
      else if (alt[i] === ')' && --depth === 0) close = i;
    }
    const inner = alternatives(alt.slice(0, close + 1));
    let rest = alt.slice(close + 1);
    if (/^[*+{]/.test(rest)) return [''];
    const optional = rest.startsWith('?');
    if (optional) rest = rest.slice(1);
    const out = inner.flatMap((a) => prefixes(a + rest, n));
    return optional ? [...out, ...prefixes(rest, n)] : out;
  }
  const a = atom(alt);
  if (!a) return [''];
  const rest = alt.slice(a.length);
  if (/^[*+{]/.test(rest)) return [''];
  if (rest.startsWith('?')) {
    const after = rest.slice(1);
    return [...a.chars.flatMap((c) => prefixes(after, n - 1).map((p) => c + p)), ...prefixes(after, n)];
  }
  return a.chars.flatMap((c) => prefixes(rest, n - 1).map((p) => c + p));
}

/** Lower case as the i flag (without u) compares ASCII and Latin-1 letters. */
const fold1 = (c: number): number => ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c);
/** fold1 of a Latin-1 character, then its class (charClass); 31 beyond Latin-1. */
const CLASS_OF = new Uint8Array(256);

/** A (folded) character's class for the second and third place: a-z, digit, space, hyphen, dot, apostrophe; 31 for all else. */
function charClass(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return 26;
  return c === 32 ? 27 : c === 45 ? 28 : c === 46 ? 29 : c === 39 || c === 0x2019 ? 30 : 31;
}
for (let c = 0; c < 256; c++) CLASS_OF[c] = charClass(fold1(c));
const classAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 256 ? CLASS_OF[c]! : c === 0x2019 ? 30 : 31;
};

/**
 * Where a case-insensitive alternation (regex with the i flag, no u) can start: built from its
 * alternatives, it answers from the first three characters at a position (the second and third by class),
 * by table, whether a match may begin there. It never says no where a match begins (it may say yes where
 * none does: the regex decides).
 */
export class StartFilter {
  /**
   * Per folded first (ASCII) character and class of the second: the classes of the third as bits; -1 for
   * any. (Classes keep the table small enough to stay in the cache; they only let more places through.)
   */
  private readonly third = new Int32Array(128 * 32);
  /** First characters after which any second character may follow. */
  private readonly anySecond = new Uint8Array(128);

  constructor(alts: readonly string[]) {
    for (const alt of alts) {
      for (const p of prefixes(alt.toLowerCase(), 3)) {
        const a = fold1(p.charCodeAt(0));
        if (!(a < 128)) throw new Error(`alternative starts with no ASCII character: ${alt}`);
        if (p.length < 2) {
          this.anySecond[a] = 1;
          continue;
        }
        const k = a * 32 + charClass(fold1(p.charCodeAt(1)));
        this.third[k] = p.length < 3 ? -1 : this.third[k]! | (1 << charClass(fold1(p.charCodeAt(2))));
      }
    }
  }

  mayStart(text: string, i: number): boolean {
    const a = fold1(text.charCodeAt(i));
    if (a >= 128) return false;
    if (this.anySecond[a] === 1) return true;
    if (i + 1 >= text.length) return false;
    const mask = this.third[a * 32 + classAt(text, i + 1)]!;
    if (mask === 0) return false;
    if (mask === -1) return true;
    return i + 2 < text.length && ((mask >>> classAt(text, i + 2)) & 1) === 1;
  }
}
