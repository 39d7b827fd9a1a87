import type { Lang } from '../model/conversation';
import { detectAddresses } from './address';
import { luhnValid, mod97Valid } from './checksums';
import { detectEmails, OBFUSCATION_MARK } from './email';
import { detectCards, detectIbans, detectLowerIbans, detectTaxIds } from './finance';
import { detectFormats, detectKeyed } from './keyed';
import { detectNames } from './names';
import { detectIps } from './network';
import { detectPhones, type LangRef } from './phone';
import { detectPlates } from './plate';
import { numberRuns, preScan, WORD_STARTS } from './scan';
import type { Candidate, CompiledRule, PiiSpan } from './types';

export interface DetectOptions {
  /** Language of the text; detected when absent or `und`. */
  lang?: Lang | string;
  /** Team rules from compileRules(); they win overlaps against built-in findings. */
  extraRules?: readonly CompiledRule[];
  /**
   * The text is the brand's own reply (the agent's draft): a full name after a sign-off is the agent's
   * signature, never a customer's name. Without it, a signed name counts as the customer's when the
   * text speaks in the first person singular with no sign of a team ("wir", "^AB", a greeting).
   */
  brandDraft?: boolean;
}

/** Web addresses: numbers inside a link are paths and ids of the site, not phones or tax ids. */
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"]{1,500}/gi;
const KEPT_IN_URL = new Set(['EMAIL', 'ORDER_ID', 'CUSTOMER_ID']);

function dropInsideUrls(text: string, cands: Candidate[]): Candidate[] {
  if (cands.length === 0 || (text.indexOf('://') === -1 && text.indexOf('www.') === -1)) return cands;
  const urls: [number, number][] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m && urls.length < 200; m = URL_RE.exec(text)) urls.push([m.index, m.index + m[0].length]);
  if (urls.length === 0) return cands;
  return cands.filter((c) => KEPT_IN_URL.has(c.type) || !urls.some(([s, e]) => c.start < e && s < c.end));
}

/** Appends without spreading (a spread call copies the arguments once more). */
function add(out: Candidate[], found: readonly Candidate[]): void {
  for (let i = 0; i < found.length; i++) out.push(found[i]!);
}

/** Texts longer than this are scanned in their first MAX_TEXT characters only (a post is far shorter). */
export const MAX_TEXT = 200_000;

function runRules(text: string, rules: readonly CompiledRule[], out: Candidate[]): void {
  for (const rule of rules) {
    const re = rule.regex;
    re.lastIndex = 0;
    let guard = 0;
    for (let m = re.exec(text); m && guard < 1000; m = re.exec(text), guard++) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const digits = m[0].replace(/\D/g, '');
      if (rule.checksum === 'luhn' && !luhnValid(digits)) continue;
      if (rule.checksum === 'mod97' && !mod97Valid(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, type: rule.type, priority: 100 });
    }
  }
}

function overlapsAny(spans: readonly PiiSpan[], c: Candidate): boolean {
  for (let i = 0; i < spans.length; i++) if (spans[i]!.start < c.end && c.start < spans[i]!.end) return true;
  return false;
}

/** Whether candidate a ranks before b: higher priority, then longer, then earlier. */
function before(a: Candidate, b: Candidate): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  return la !== lb ? la > lb : a.start < b.start;
}

/**
 * Keeps the best non-overlapping candidates: higher priority first, then the longer one. Occupied
 * characters are marked in a byte map, so the cost grows with the candidates' lengths, not their square.
 */
function resolve(cands: Candidate[], length: number): PiiSpan[] {
  if (cands.length === 0) return [];
  if (cands.length === 1) {
    const c = cands[0]!;
    return [{ start: c.start, end: c.end, type: c.type }];
  }
  if (cands.length <= 16) {
    // the usual case: a handful of candidates, sorted by insertion and compared pairwise without
    // allocating a map (Array.prototype.sort with a comparator costs more on a few elements)
    for (let i = 1; i < cands.length; i++) {
      const c = cands[i]!;
      let j = i - 1;
      while (j >= 0 && before(c, cands[j]!)) {
        cands[j + 1] = cands[j]!;
        j--;
      }
      cands[j + 1] = c;
    }
    const few: PiiSpan[] = [];
    for (const c of cands) {
      if (overlapsAny(few, c)) continue;
      // kept in order of their start
      const span = { start: c.start, end: c.end, type: c.type };
      let j = few.length;
      few.push(span);
      while (j > 0 && few[j - 1]!.start > span.start) {
        few[j] = few[j - 1]!;
        j--;
      }
      few[j] = span;
    }
    return few;
  }
  cands.sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length);
  const kept: PiiSpan[] = [];
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push({ start: c.start, end: c.end, type: c.type });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Finds personal data in a post or draft. Offsets are JavaScript string indices, end exclusive. */
export function detect(input: string, options: DetectOptions = {}): PiiSpan[] {
  const text = input.length > MAX_TEXT ? input.slice(0, MAX_TEXT) : input;
  if (text.length < 3) return [];
  const scan = preScan(text);
  const cands: Candidate[] = [];
  if (options.extraRules?.length) runRules(text, options.extraRules, cands);
  // the mark needs a bracket or a spelled-out dot/punkt/ät after whitespace; most texts have neither
  const marked = (scan.bracket || scan.spelled) && OBFUSCATION_MARK.test(text);
  if (scan.at || marked) add(cands, detectEmails(text, scan.at, marked));
  add(cands, detectNames(text, options.brandDraft === true, WORD_STARTS, scan.wordStarts));
  if (scan.digits > 0) {
    // a plain object rather than a closure: closures made per call cost an allocation (and a
    // defineProperty under tsx's keep-names transform)
    const lang: LangRef = { text, lang: options.lang === 'de' || options.lang === 'en' ? options.lang : undefined };
    const runs = numberRuns(text);
    add(cands, detectKeyed(text, WORD_STARTS, scan.wordStarts));
    if (scan.digits >= 6) {
      add(cands, detectPhones(text, runs, lang));
      add(cands, detectCards(text, runs));
      add(cands, detectTaxIds(runs));
      if (scan.upperUpperDigitDigit) add(cands, detectIbans(text));
      if (scan.digits >= 12) add(cands, detectLowerIbans(text));
      if (scan.digits >= 16 || scan.upperUpperDigitDigit) add(cands, detectFormats(text));
    }
    if (scan.dottedDigits >= 3 || scan.colons >= 3) add(cands, detectIps(text, scan.colons >= 3));
    add(cands, detectAddresses(text, scan.postcode));
    if (scan.upperUpperDigitDigit || scan.upperDashUpper) add(cands, detectPlates(text));
  }
  return resolve(dropInsideUrls(text, cands), text.length);
}
