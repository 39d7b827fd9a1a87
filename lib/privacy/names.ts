import { FIRST, FIRST_CAP, NOT_PRIVATE, NOT_SURNAME, PARTICLES } from './names-data';
import { alternatives, dispatchAlternation, literalStarts, StartFilter } from './dispatch';
import { isSpace } from './scan';
import type { Candidate } from './types';

/**
 * Full names of private persons: a known first name (or a name introduced as one: "Name:", "ich bin",
 * "my name is") followed by a surname, optional middle names and particles ("von", "de"). Not flagged:
 * first names alone, "Frau Weber" (no first name), public figures and brands, and the agent's signature
 * at the end of a message ("Viele Grüße, Paula Kern").
 */

interface Tok {
  start: number;
  end: number;
  w: string;
  /** Filled on first use (kept as a field so every token has the same shape). */
  lower: string;
}

const CAP_RE = /^\p{Lu}\p{Ll}/u;
// Latin-1 by char codes (most words); the regex for the rest
const isUpper1 = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLower1 = (c: number): boolean =>
  (c >= 97 && c <= 122) || c === 0xb5 || (c >= 0xdf && c <= 0xff && c !== 0xf7);
/** CAP_RE.test: a capital letter, then a small letter. */
const CAP = {
  test(w: string): boolean {
    const a = w.charCodeAt(0);
    const b = w.charCodeAt(1);
    if (a < 0x100 && b < 0x100) return isUpper1(a) && isLower1(b);
    return CAP_RE.test(w);
  },
};
const SURNAME = /^(?:\p{Lu}\p{Ll}+(?:['’]\p{Lu}?\p{Ll}+)?|\p{Lu}['’]\p{Lu}\p{Ll}+|Mc\p{Lu}\p{Ll}+|Mac\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?$/u;
// lower-case surnames, also with an elided or Gaelic prefix ("o'brien", "d'angelo", "mcleod")
const LOWER_NAME = /^(?:\p{Ll}['’])?\p{Ll}{2,}(?:-\p{Ll}{2,})?$/u;
// words right before a name that introduce it ("ich bin", "my name is", "Name:", "passenger", "mein Sohn")
const INTRO_ONE = new Set(
  ('bin heiße heisse heiße name i\'m im traveller traveler passenger fahrgast empfänger empfängerin recipient ' +
    'kontoinhaber kontoinhaberin inhaber inhaberin holder sohn tochter ehemann ehefrau son daughter husband wife ' +
    'sister brother schwester bruder mutter vater mother father freund freundin kollege kollegin nachbar nachbarin ' +
    'friend colleague neighbour neighbor cousin cousine oma opa tante onkel aunt uncle').split(' '),
);
const INTRO_TWO = new Set(['name ist', 'name is', 'name lautet', 'this is', 'hier ist', 'here is', 'i am', "name's"]);
// what an account or booking is held under ("the account is under …", "booked in the name of …"): they
// introduce a known first name typed in lower case only (in Title Case a known first name needs no introduction)
const HELD_UNDER = new Set([
  'is under', 'was under', 'are under', 'booked under', 'registered under', 'listed under', 'name of', 'names of',
  'namen von', 'den namen', 'läuft auf', 'lief auf',
]);

/**
 * Whether the one or two words before token i introduce a name (cheap: set lookups on neighbouring tokens);
 * `held`: also what an account is held under ("is under", "in the name of").
 */
function introduced(text: string, toks: Tok[], i: number, held = false): boolean {
  const p1 = toks[i - 1];
  if (!p1 || !gapOk(text, p1.end, toks[i]!.start)) return false;
  if (INTRO_ONE.has(low(p1))) return true;
  const p2 = toks[i - 2];
  if (!p2 || p1.start - p2.end !== 1) return false;
  const pair = `${low(p2)} ${low(p1)}`;
  return INTRO_TWO.has(pair) || (held && HELD_UNDER.has(pair));
}

/** The gap between an introduction and a name: at most three characters, whitespace with one optional colon. */
function gapOk(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  let colon = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 && !colon) colon = true;
    else if (!isSpace(c)) return false;
  }
  return true;
}

const SIGN_OFF =
  /(?:grüße|grüßen|gruß|gruss|grüsse|lg|vg|mfg|cheers|regards|best|thanks|thank you|danke|viele grüße|dein|deine|euer|eure|ihr|ihre|your|yours|team|sincerely|wishes|[,\-–—~^/|\n])\s*$/i;

// words that follow "I am" / "ich bin" and are capitalised in shouting or title case, never first names
const MOOD = new Set(
  ('very really so not super totally extremely absolutely quite pretty completely just still sorry happy sad ' +
    'angry upset done fed tired frustrated disappointed furious annoyed unacceptable ridiculous customer ' +
    'sehr echt total extrem ganz wirklich einfach so nicht enttäuscht sauer wütend genervt fertig kunde kundin ' +
    'neu new old alt hier here da there back zurück gerade again wieder').split(' '),
);

/** Lower-cased word, computed only for the few tokens that are looked up. */
function low(t: Tok): string {
  if (t.lower === '') t.lower = t.w.toLowerCase();
  return t.lower;
}

const MARKS = /[\u0300-\u036f]/g;
/**
 * ACCENTED.test(w), read by character codes while they stay in Latin-1 (most words; a regex call costs
 * more than the loop); the regex decides once a character beyond Latin-1 appears.
 */
function hasAccent(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0xc0) continue;
    if (c > 0xff) return ACCENTED.test(w);
    // Ä Ö × Ü ß ä ö ÷ ü are not in ACCENTED
    if (c !== 0xc4 && c !== 0xd6 && c !== 0xd7 && c !== 0xdc && c !== 0xdf && c !== 0xe4 && c !== 0xf6 && c !== 0xf7 && c !== 0xfc) return true;
  }
  return false;
}
// accented letters other than the German umlauts and ß (names with umlauts are listed as written)
const ACCENTED = /[\u00c0-\u00c3\u00c5-\u00d5\u00d8-\u00db\u00dd\u00de\u00e0-\u00e3\u00e5-\u00f5\u00f8-\u00fb\u00fd-\u024f\u1e00-\u1eff]/;

/** "amélie" → "amelie", "zoë" → "zoe": the name list is written without accents. */
export function fold(word: string): string {
  return hasAccent(word) ? word.normalize('NFD').replace(MARKS, '') : word;
}

function knownFirst(lower: string): boolean {
  if (FIRST.has(lower)) return true;
  const folded = fold(lower);
  return folded !== lower && FIRST.has(folded);
}

function isFirst(t: Tok): boolean {
  if (knownFirst(low(t))) return true;
  const dash = low(t).indexOf('-');
  return dash > 0 && knownFirst(low(t).slice(0, dash));
}

/** Words examined per text and names reported per text: bounds the work on pathological input. */
const MAX_TOKENS = 20_000;
const MAX_NAMES = 200;
const MAX_GATE_WORDS = 5_000;

const LETTER_AT = /\p{L}/uy;

/** Width of the letter (a code point of \p{L}) at i: 0 when none, 2 for a letter outside the BMP. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c < 0x100) return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? 1 : 0;
  LETTER_AT.lastIndex = i;
  if (!LETTER_AT.test(text)) return 0;
  return LETTER_AT.lastIndex - i;
}

/**
 * The words of WORD (`[\p{L}][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*)*`), read by hand: the regex engine's
 * Unicode mode and a match array per word cost more than this loop over the usual Latin text.
 */
export function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && out.length < MAX_TOKENS) {
    const w = letterAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    i += w;
    for (;;) {
      // the run of ASCII letters that makes most of a word, without a call per letter
      let c = i < n ? text.charCodeAt(i) : -1;
      while (((c | 0x20) - 97) >>> 0 < 26) c = ++i < n ? text.charCodeAt(i) : -1;
      if (c === 39 || c === 0x2019) {
        i++;
        continue;
      }
      if (c < 0) break;
      const k = letterAt(text, i);
      if (k > 0) {
        i += k;
        continue;
      }
      if (c === 45 && i + 1 < n) {
        const after = letterAt(text, i + 1);
        if (after > 0) {
          i += 1 + after;
          continue;
        }
      }
      break;
    }
    out.push({ start, end: i, w: text.slice(start, i), lower: '' });
  }
  return out;
}

/** Only a single space (or nbsp) joins the parts of a name. */
function joined(text: string, a: Tok, b: Tok): boolean {
  if (b.start - a.end !== 1) return false;
  const c = text[a.end];
  return c === ' ' || c === '\u00a0';
}

function surnameOk(t: Tok, lowerMode: boolean): boolean {
  if (NOT_SURNAME.has(low(t))) return false;
  return lowerMode ? LOWER_NAME.test(t.w) : surnameShape(t.w);
}

/** SURNAME.test(w); the usual shape, a capital and small letters of Latin-1, is read without the Unicode regex. */
function surnameShape(w: string): boolean {
  const a = w.charCodeAt(0);
  if (w.length >= 2 && a < 0x100 && isUpper1(a)) {
    let i = 1;
    while (i < w.length) {
      const c = w.charCodeAt(i);
      if (c >= 0x100 || !isLower1(c)) break;
      i++;
    }
    if (i === w.length) return true;
  }
  return SURNAME.test(w);
}

/** VIETNAMESE.test(text.slice(from, to)), without slicing text that stays in Latin-1. */
function vietnamese(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 0x100) return VIETNAMESE.test(text.slice(from, to));
  return false;
}

/** Extends a name from token i (its first name) to its surname; returns the index of the last token or -1. */
function extend(text: string, toks: Tok[], i: number, lowerMode: boolean): number {
  let j = i;
  let last = -1;
  // Vietnamese names have three parts ("Trần Thị Mai"): keep going while the name carries its diacritics
  const viet = vietnamese(text, toks[i]!.start, (toks[i + 2] ?? toks[i + 1] ?? toks[i]!).end);
  // middle names, then particles, then the surname
  for (let steps = 0; steps < 4; steps++) {
    const next = toks[j + 1];
    if (!next || !joined(text, toks[j]!, next)) break;
    if (PARTICLES.has(next.w)) {
      const after = toks[j + 2];
      if (after && joined(text, next, after) && (PARTICLES.has(after.w) || surnameOk(after, lowerMode))) {
        j += 1;
        continue;
      }
      break;
    }
    if (!surnameOk(next, lowerMode) && !(viet && steps > 0 && surnameShape(next.w))) break;
    j += 1;
    last = j;
    // a middle name is only kept when another surname-like word follows ("Laura Beth Hollis")
    const more = toks[j + 1];
    const threePart = viet && steps === 0 && !!more && surnameShape(more.w);
    if (!((isFirst(next) || threePart) && more && joined(text, next, more) && (threePart || surnameOk(more, lowerMode)))) break;
  }
  return last;
}

const VIETNAMESE = /[\u0103\u0111\u01a1\u01b0\u1ea0-\u1ef9]/i;
// after a signed name: the team or role of the writer ("vom Service-Team", "| Social Care", "- Support",
// or on the next line "Ihr Service-Team")
const ROLE_AFTER =
  /^[ \t]*(?:[|,/–—-]\s*|\s(?:vom|von|aus dem|from|of|at|with|im|in)\s+(?:the\s+|dem\s+|der\s+|your\s+|eurem\s+|ihrem\s+)?|\n\s*(?:ihr|ihre|dein|deine|euer|eure|your|the)?\s*)[\p{L}\s&.-]{0,40}?(?:team|care|support|service|kundenservice|kundendienst|social|customer|agent|redaktion|desk|helpdesk|community)[\p{L}\s&.-]{0,30}$/iu;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** LETTER_OR_NUMBER.test(text.slice(from)), by character codes while they stay in Latin-1. */
function letterOrNumberFrom(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x100) return LETTER_OR_NUMBER.test(text.slice(i));
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    // ª ² ³ µ ¹ º ¼ ½ ¾ and the Latin-1 letters
    if (c === 0xaa || c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xb9 || c === 0xba || (c >= 0xbc && c <= 0xbe)) return true;
    if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) return true;
  }
  return false;
}

function isSignature(text: string, start: number, end: number): boolean {
  if (letterOrNumberFrom(text, end)) {
    // "Bis bald, Name vom Service-Team" / "Name\nIhr Support" closing the message (short: bounded work per name)
    if (text.length - end > 80 || !ROLE_AFTER.test(text.slice(end).replace(/[.!]+\s*$/, ''))) return false;
  }
  return SIGN_OFF.test(text.slice(Math.max(0, start - 30), start));
}

// an agent's draft: the team speaks ("wir", "we", "our"), signs with initials ("^AB"), or greets the customer
// by title or first name ("Hallo Frau Kaya", "Hi Jonas,")
const AGENT_CUE =
  /(?:^|[^\p{L}])(?:wir|uns|unsere?[mnrs]?|we|we're|we've|we'll|our|us|team|kundenservice|support)(?![\p{L}])|\^[A-Z]{2,3}(?![\p{L}])/iu;
const GREETING = /^\s*(?:hallo|hi|hey|hello|dear|liebe[rs]?|guten (?:tag|morgen|abend)|sehr geehrter?|moin|servus)\s+(\p{L}+)/iu;
const FIRST_PERSON = /(?:^|[^\p{L}])(?:ich|mein[emnrs]?|mir|mich|i|i'm|i've|my|me)(?![\p{L}'])/iu;

/**
 * A name after a sign-off is the customer's own ("Viele Grüße, Jana Roth" under a complaint) when the text
 * speaks in the first person singular and shows none of an agent's draft cues; otherwise it is the agent's signature.
 */
function customerSigned(text: string): boolean {
  if (AGENT_CUE.test(text) || !FIRST_PERSON.test(text)) return false;
  const g = GREETING.exec(text);
  return !(g && (TITLES.has(g[1]!.toLowerCase()) || knownFirst(g[1]!.toLowerCase())));
}

// a capitalised word followed by another capitalised word or a surname particle: the only shape of a full name
const CAP_WORD =
  /[A-ZÄÖÜ\u00c0-\u00de][a-zäöüß\u00df-\u00ff]+(?=[ \u00a0](?:[A-ZÄÖÜ\u00c0-\u00de]|(?:von|van|de|der|den|da|di|du|del|della|le|la|ten|ter|zu|vom|al|el|bin|ibn) ))/g;
// an introduction followed by two words; the first must look like a name (checked in mayHoldName)
const INTRO_WORDS =
  '(?:bin|hei(?:ß|ss)e|name of|namen von|den namen|under|l(?:ä|ae)uft auf|lief auf|name (?:is|ist|lautet)|name\'s|name|i\'m|i am|this is|hier ist|here is|travell?er|passenger|fahrgast|empf(?:ä|ae)nger(?:in)?|recipient|(?:konto)?inhaber(?:in)?|holder|sohn|tochter|son|daughter|husband|wife|sister|brother|schwester|bruder|mutter|vater|mother|father|ehemann|ehefrau|freund(?:in)?|kolleg(?:e|in)|nachbar(?:in)?|friend|colleague|neighbou?r|cousine?|oma|opa|tante|onkel|aunt|uncle)';
// (dispatched on the first character: the engine tries only the words that can start where it stands)
const INTRO_SOURCE =
  `\\b${dispatchAlternation(INTRO_WORDS, true)}` +
  '(?![A-Za-z\\u00c0-\\u024f])\\s*:?\\s*([A-Za-z\\u00c0-\\u024f\\u1e00-\\u1eff]+(?:-[A-Za-z\\u00c0-\\u024f\\u1e00-\\u1eff]+)?)[ \\u00a0][A-Za-z\\u00c0-\\u024f\\u1e00-\\u1eff]';
const INTRO_GATE = new RegExp(INTRO_SOURCE, 'gi');
/** INTRO_GATE anchored where it is tried (at the word starts whose first three characters can begin an introduction). */
const INTRO_AT = new RegExp(INTRO_SOURCE, 'iy');
/**
 * /^\s*\S+ \S+ (?:hier|here)\b/i.test(text) ("Anna Berg hier, …"), read by character codes: the two runs of non-space
 * characters before "hier"/"here" can only end where whitespace begins, so nothing needs backtracking.
 */
export function hereGate(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  for (let word = 0; word < 2; word++) {
    const start = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    if (i === start || text.charCodeAt(i) !== 32) return false;
    i++;
  }
  if (i + 4 > n) return false;
  // "hier" or "here" in any case (| 0x20 lower-cases an ASCII letter and leaves no other character on one)
  const c0 = text.charCodeAt(i) | 0x20;
  const c1 = text.charCodeAt(i + 1) | 0x20;
  const c2 = text.charCodeAt(i + 2) | 0x20;
  const c3 = text.charCodeAt(i + 3) | 0x20;
  const hier = c0 === 104 && c1 === 105 && c2 === 101 && c3 === 114;
  const here = c0 === 104 && c1 === 101 && c2 === 114 && c3 === 101;
  if (!hier && !here) return false;
  const after = i + 4 < n ? text.charCodeAt(i + 4) : 32;
  return !((after >= 48 && after <= 57) || ((after | 0x20) >= 97 && (after | 0x20) <= 122) || after === 95);
}

/** Which word starts can begin an introduction (from their first three characters). */
const INTRO_STARTS = new StartFilter(alternatives(INTRO_WORDS).flatMap(literalStarts));

/** Whether an INTRO_GATE match introduces something that may be a name. */
function introducesName(m: RegExpExecArray): boolean {
  const w = m[1]!;
  const lower = w.toLowerCase();
  return w !== lower || /^(?:hei|name)/i.test(m[0]) ? !NOT_SURNAME.has(lower) && !MOOD.has(lower) : knownFirst(lower);
}

/**
 * The fast path: most posts hold no known first name and no introduction, so nothing is tokenised.
 * `starts`/`count`: the text's ASCII word starts (preScan's WORD_STARTS); an introduction is tried only
 * at those whose first characters can begin one (the same matches as scanning the whole text).
 */
export function mayHoldName(text: string, starts?: Int32Array, count = 0): boolean {
  CAP_WORD.lastIndex = 0;
  let n = 0;
  for (let m = CAP_WORD.exec(text); m; m = CAP_WORD.exec(text)) {
    if (FIRST_CAP.has(m[0]) || ++n > MAX_GATE_WORDS || (hasAccent(m[0]) && FIRST.has(fold(m[0].toLowerCase())))) return true;
  }
  if (starts) {
    // the matches INTRO_GATE's scan finds: leftmost first, each search after the previous match
    let pos = 0;
    for (let j = 0, k = 0; j < count && k < 50; j++) {
      const i = starts[j]!;
      if (i < pos || !INTRO_STARTS.mayStart(text, i)) continue;
      INTRO_AT.lastIndex = i;
      const m = INTRO_AT.exec(text);
      if (!m) continue;
      if (introducesName(m)) return true;
      k++;
      pos = i + m[0].length;
    }
  } else {
    INTRO_GATE.lastIndex = 0;
    for (let m = INTRO_GATE.exec(text), k = 0; m && k < 50; m = INTRO_GATE.exec(text), k++) if (introducesName(m)) return true;
  }
  return hereGate(text);
}

// words that follow "my name is" / "ich heiße" without being a name
const NOT_LOWER_NAME = new Set(
  ('not nicht kein keine leider eigentlich actually really irrelevant egal unwichtig spelled spelt written ' +
    'geschrieben falsch wrong missing correct richtig listed shown printed also auch jetzt now still noch on ' +
    'auf in im at as als unter under dich sie euch you everywhere überall nirgends nowhere bekannt known').split(' '),
);
// the last word of any introduction (INTRO_ONE, INTRO_TWO)
const LOWER_INTRO_END = new Set([...INTRO_ONE, 'ist', 'is', 'lautet', "name's", 'am']);
// the last word of HELD_UNDER ("under", "of", "auf" ...): common words, so a known first name is looked up first
const HELD_END = new Set([...HELD_UNDER].map((p) => p.split(' ')[1]!).filter((w) => !LOWER_INTRO_END.has(w)));
// both, so most lower-case words cost one lookup
const ANY_INTRO_END = new Set([...LOWER_INTRO_END, ...HELD_END]);
const STRONG_INTRO = new Set(['name ist', 'name is', 'name lautet', "name's"]);

/** The word after token i is joined to it and could be a lower-case surname (not a mood, filler or verb form). */
function plainSurname(text: string, toks: Tok[], i: number): boolean {
  const next = toks[i + 1];
  if (!next || !joined(text, toks[i]!, next)) return false;
  const w = low(next);
  return !(NOT_SURNAME.has(w) || MOOD.has(w) || NOT_LOWER_NAME.has(w) || /(?:ed|ing|lich|ig|bar)$/.test(w));
}

/** "my name is xiomara quispe": two plain lower-case words after a strong introduction. */
function plainLowerName(text: string, toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  const p1 = toks[i - 1];
  const p2 = toks[i - 2];
  const strong = (p1 && /^hei(?:ß|ss)e$/.test(low(p1))) || (p1 && p2 && STRONG_INTRO.has(`${low(p2)} ${low(p1)}`));
  if (!strong) return false;
  const next = toks[i + 1];
  if (!next || !joined(text, t, next) || t.w.length < 3) return false;
  for (const w of [low(t), low(next)]) {
    if (NOT_SURNAME.has(w) || MOOD.has(w) || NOT_LOWER_NAME.has(w) || /(?:ed|ing|lich|ig|bar)$/.test(w)) return false;
  }
  return true;
}

const TITLES = new Set(['herr', 'herrn', 'frau', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'madam']);
// (lower-casing never shortens a word, so a longer word is no title)
const MAX_TITLE = Math.max(...[...TITLES].map((t) => t.length));
// the titles' first letters, lower-cased (ASCII): other words are never looked up
const TITLE_FIRST = new Uint8Array(128);
for (const title of TITLES) TITLE_FIRST[title.charCodeAt(0)] = 1;
const mayBeTitle = (t: Tok): boolean =>
  t.end - t.start <= MAX_TITLE && TITLE_FIRST[t.w.charCodeAt(0) | 0x20] === 1 && TITLES.has(low(t));

const SAINT_BEFORE = /(?:^|[^\p{L}])(?:st|ste|sankt|saint|san|santa|santo|são|sint)\.?\s$/iu;

/** SAINT_BEFORE on the 8 characters before `start`; every saint's word holds an s (or ſ, which /iu folds to s). */
function saintBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 8);
  for (let i = from; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 115 || c === 83 || c === 0x17f) return SAINT_BEFORE.test(text.slice(from, start));
  }
  return false;
}

/** `brandDraft`: the text is the brand's own reply, so a name after a sign-off is always the agent's signature. */
export function detectNames(text: string, brandDraft = false, starts?: Int32Array, count = 0): Candidate[] {
  if (!mayHoldName(text, starts, count)) return [];
  const toks = tokens(text);
  const out: Candidate[] = [];
  // (a list: a text names one or two persons, and comparing strings costs less than hashing every word)
  const surnames: string[] = [];
  const covered = new Set<number>();
  let skipped = 0;
  for (let i = 0; i < toks.length && out.length < MAX_NAMES; i++) {
    const t = toks[i]!;
    // "Herr Braun", "Mrs Patel": a title with a surname only; a first name after the title is read on its own
    if (mayBeTitle(t)) continue;
    const prevChar = t.start > 0 ? text.charCodeAt(t.start - 1) : 0;
    if (prevChar === 64 || prevChar === 35 || prevChar === 46 || prevChar === 95) continue; // @ # . _
    const cap = CAP.test(t.w);
    let lowerMode = false;
    let known = false;
    if (cap) {
      known = isFirst(t);
      if (NOT_SURNAME.has(low(t))) continue;
      if (!known && (MOOD.has(low(t)) || !introduced(text, toks, i))) {
        // unknown first name: accept only "Vorname Nachname hier/here" at the start of a message
        if (t.start >= 3) continue;
        const next = toks[i + 1];
        const after = next ? text.slice(next.end, next.end + 6).toLowerCase() : '';
        if (!(next && /^\s(?:hier|here)\b/.test(after))) continue;
      }
    } else {
      // most tokens are lower-case words: a set lookup on the word and the one before decides cheaply
      // (introduced() needs the word before to end an introduction, so that is looked up first: most
      // lower-case words follow no introduction and need no first-name lookup)
      const p1 = toks[i - 1];
      if (!p1 || !ANY_INTRO_END.has(low(p1))) continue;
      known = FIRST.has(low(t));
      if (!known && HELD_END.has(low(p1))) continue;
      if (!introduced(text, toks, i)) {
        // "the account is under robert …": a known first name, held under, with a plain surname
        if (!known || !introduced(text, toks, i, true) || !plainSurname(text, toks, i)) continue;
      }
      // an unknown lower-case first name only right after "my name is" / "ich heiße", and only with a plain surname
      if (!known) known = knownFirst(low(t));
      if (!known && !plainLowerName(text, toks, i)) continue;
      lowerMode = true;
    }
    const last = extend(text, toks, i, lowerMode);
    if (last < 0) continue;
    const end = toks[last]!.end;
    // an unknown first name in Title Case Writing ("I am Very Upset Right Now") is no name
    if (!known) {
      const after = toks[last + 1];
      if (MOOD.has(low(toks[last]!)) || (after && joined(text, toks[last]!, after) && CAP.test(after.w))) continue;
    }
    // (the parts of a name are joined by one space or nbsp: only an nbsp needs replacing)
    let full = text.slice(t.start, end).toLowerCase();
    if (full.includes('\u00a0')) full = full.replace(/\s+/g, ' ');
    const pair = last > i ? `${low(t)} ${low(toks[i + 1]!)}` : full;
    if (NOT_PRIVATE.has(full) || NOT_PRIVATE.has(pair)) {
      i = last;
      continue;
    }
    // "St. Georg", "Sankt Peter", "San Marco": saints, churches and places, not persons
    if (saintBefore(text, t.start)) {
      if (++skipped > MAX_NAMES) break; // bounded work on pathological input
      i = last;
      continue;
    }
    if (isSignature(text, t.start, end) && (brandDraft || !customerSigned(text))) break;
    out.push({ start: t.start, end, type: 'PERSON_NAME', priority: 40 });
    if (!surnames.includes(toks[last]!.w)) surnames.push(toks[last]!.w);
    for (let k = i; k <= last; k++) covered.add(toks[k]!.start);
    i = last;
  }
  // the family member named in the same breath: "Mira van Dijk and Sem van Dijk"
  if (surnames.length) {
    for (let i = 1; i < toks.length && out.length < MAX_NAMES; i++) {
      const t = toks[i]!;
      if (!surnames.includes(t.w) || covered.has(t.start)) continue;
      let k = i - 1;
      while (k >= 0 && PARTICLES.has(toks[k]!.w) && joined(text, toks[k]!, toks[k + 1]!)) k--;
      const f = toks[k];
      if (!f || k === i || !CAP.test(f.w) || NOT_SURNAME.has(low(f)) || !joined(text, f, toks[k + 1]!)) continue;
      out.push({ start: f.start, end: t.end, type: 'PERSON_NAME', priority: 40 });
    }
  }
  return out;
}
