import { alternatives, byFirstChar, literalStarts, StartFilter } from './dispatch';
import { BIRTH_KEYWORDS, birthDateAfter, birthDateBefore } from './dob';
import { PLATE_KEYWORDS, plateAfter, VEHICLE_KEYWORDS } from './plate';
import { isDigit, isSpace, letterBefore } from './scan';
import type { Candidate, PiiType } from './types';

/**
 * Values introduced by a keyword: "Kundennummer 4711 …", "order #73310954", "Ausweis (T7RX41P0Q)",
 * "Passwort war …". A keyword regex finds the introduction; connectors ("Nr.", ":", "ist", "is") are
 * skipped procedurally; the value is read by a small hand-written tokenizer (no backtracking).
 * All keyword families share one regex (one pass over the text); its capture group names the family.
 */

const CUSTOMER_BODY =
  // the card spellings first: "customer" alone would win over "customer card number"
  '(?:(?:loyalty|rewards?|membership|member|club|bonus|customer|store)[- ]?card(?: number| no\\.?| id| #)?|' +
  'kundennummer|kunden-?nr\\.?|kundennr\\.?|kd\\.?-?nr\\.?|kd|kunden-?id|kundenkonto|vertragsnummer|vertrags-?nr\\.?|' +
    'vertragskonto(?:nummer)?|versicherungsnummer|sozialversicherungsnummer|rentenversicherungsnummer|sv-?nummer|versicherungsschein(?:nummer)?|versichertennummer|' +
    'policennummer|mitgliedsnummer|mitglieds-?nr\\.?|mitglieds-?id|mitglieds-?kennung|kontonummer|konto-?nr\\.?|konto|postnummer|' +
    'bahncard(?:-?nummer)?|zählernummer|anschlusskennung|benutzerkennung|payback(?:-?nummer)?|' +
    'customer(?: account)?(?: number| no\\.?| id| #)?|account(?: number| no\\.?| id| #)?|acct\\.?(?: no\\.?)?|' +
    'member(?:ship)?(?: number| no\\.?| id| #)|policy(?: number| no\\.?| #)|contract(?: number| no\\.?)|' +
    'rewards?(?: number| no\\.?| id| #)|loyalty(?: number| no\\.?| id)|frequent flyer(?: number| no\\.?)?|' +
    'subscriber(?: id| number)|client(?: number| no\\.?| id| ref\\.?| reference)|user ?id|kundenkennung|versichertennummer|' +
    'vertragskontonummer|mandatsreferenz|kundenreferenz|customer reference|' +
    '(?:kunden|club|bonus|mitglieds|treue)karte(?:n-?nummer|n-?nr\\.?)?|membership|vertrag|kunde)';

const ORDER_BODY =
  '(?:bestellnummer|bestell-?nr\\.?|bestellnr\\.?|bestellung|auftragsnummer|auftrags-?nr\\.?|auftrag|' +
    'sendungsnummer|sendungs-?nr\\.?|sendung|sendungsverfolgungsnummer|tracking-?nummer|tracking-?nr\\.?|' +
    'paketnummer|paket|lieferscheinnummer|buchungsnummer|buchungs-?nr\\.?|buchungscode|buchung|' +
    'reservierungsnummer|reservierung|vorgangsnummer|vorgang|ticketnummer|ticket-?nr\\.?|reparaturauftrag|' +
    'reparaturnummer|rma(?:-?nummer)?|retourennummer|retoure|rücksendung|rechnungsnummer|rechnungs-?nr\\.?|' +
    'schadensnummer|schadennummer|schaden-?nr\\.?|fallnummer|reklamationsnummer|reklamation|servicefall|' +
    'ticket-?id|sendungs-?id|lieferungsnummer|abholnummer|referenznummer|rechnung|sendungsverfolgung|' +
    'order(?: number| no\\.?| id| #)?|tracking(?: number| no\\.?| id| code)?|shipment|parcel|package|' +
    'consignment|booking(?: reference| ref\\.?| number| no\\.?| code)?|confirmation(?: number| no\\.?| code)?|' +
    'reservation(?: number| no\\.?| code)?|pnr|ride(?: id)?|trip(?: id)?|ticket(?: number| no\\.?| id)?|' +
    'case(?: number| no\\.?| id)?|claim(?: number| no\\.?)|invoice(?: number| no\\.?)?|return(?: number)|' +
    'repair(?: number| ticket| order))';

const PASSPORT_BODY =
  '(?:reisepass(?:nummer)?|pass-?nr\\.?|passnummer|personalausweis(?:nummer)?|ausweis(?:nummer|-?nr\\.?)?|' +
    'führerschein(?:nummer|-?nr\\.?)?|passport(?: number| no\\.?)?|id[- ]card(?: number| no\\.?)?|' +
    'identity card(?: number| no\\.?)?|national id(?: number| no\\.?)?|' +
    "driver['’]?s licen[cs]e(?: number| no\\.?)?|driving licen[cs]e(?: number| no\\.?)?|licen[cs]e (?:number|no\\.?))";

const TAX_BODY =
  '(?:steuer-?id(?:entifikationsnummer)?|steueridentifikationsnummer|steuerliche (?:id|identifikationsnummer)|' +
    'identifikationsnummer|idnr\\.?|tax (?:id|number|identification number)|tin)';

const PASSWORD_BODY =
  '(?:passwort|kennwort|password|passcode|pw|pin(?:-?code)?|puk|tan|' +
    '(?:2fa|otp|sms|login|verification|verifizierungs|bestätigungs|sicherheits|security|einmal|one[- ]time|' +
    'authentication|auth|mfa)[- ]?code|otp|code)';

const CONNECTORS = new Set([
  'nr', 'nr.', 'no', 'no.', 'number', 'nummer', 'id', 'ist', 'is', 'was', 'war', 'lautet', 'lauten', 'lautete',
  'wäre', 'are', 'hier', 'here', 'of', 'von', 'mit', 'with', 'neu', 'new', 'mein', 'meine', 'my', 'alt', 'old',
  'altes', 'alte', 'neues', 'neue', 'the', 'die', 'der', 'das', 'dieser', 'this',
  // "customer ref: …", "Buchungs-Referenz …"
  'ref', 'ref.', 'reference', 'referenz',
]);
const ORDER_CONNECTORS = new Set(['für', 'for', 'zu', 'zur', 'zum', 'to', 'on']);

const isLetterCode = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
// whitespace : # = ( " ' „ “ ‚ and (before connectors only) -
const isPunct = (c: number, dash: boolean): boolean =>
  c === 32 || c === 9 || c === 10 || c === 0xa0 || c === 58 || c === 35 || c === 61 || c === 40 || c === 34 ||
  c === 39 || c === 0x201e || c === 0x201c || c === 0x201a || (dash && c === 45);

/** Skips whitespace, ":#=(\"" and connector words after a keyword; returns where the value starts. */
function skipConnectors(text: string, pos: number, extra?: Set<string>): number {
  let i = pos;
  for (let step = 0; step < 4; step++) {
    while (i < text.length && isPunct(text.charCodeAt(i), true)) i++;
    let j = i;
    while (j < text.length && j - i < 10 && (isLetterCode(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
    if (j === i || isDigit(text.charCodeAt(j))) break;
    const word = text.slice(i, j).toLowerCase();
    if (CONNECTORS.has(word) || extra?.has(word)) {
      i = j;
      continue;
    }
    break;
  }
  // one more round of punctuation after the last connector ("Nr.: 123")
  while (i < text.length && isPunct(text.charCodeAt(i), false)) i++;
  return i;
}

const isAlnumCode = (c: number): boolean => isDigit(c) || isLetterCode(c);

/** Reads an identifier: letters/digits joined by single - / . _ ; digit groups may be joined by single spaces. */
export function readToken(text: string, pos: number, spacedDigits: boolean): [number, number] {
  let i = pos;
  let groups = 0;
  const n = text.length;
  while (i < n && i - pos < 48) {
    const c = text.charCodeAt(i);
    if (isAlnumCode(c)) {
      i++;
      continue;
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    // - / . _ inside an identifier
    if ((c === 45 || c === 47 || c === 46 || c === 95) && isAlnumCode(next)) {
      i++;
      continue;
    }
    if (spacedDigits && c === 32 && groups < 5 && isDigit(next) && i > 0 && isDigit(text.charCodeAt(i - 1))) {
      // continue "6630 1187 52" but not "73310954 2 Tage"
      let k = i + 1;
      while (k < n && isDigit(text.charCodeAt(k))) k++;
      if (k - (i + 1) >= 2 && !(k < n && isAlnumCode(text.charCodeAt(k)))) {
        groups++;
        i++;
        continue;
      }
    }
    break;
  }
  return [pos, i];
}

const DATE_LIKE = /^(?:\d{1,2}[./-]\d{1,2}(?:[./-](?:\d{2}|\d{4})?)?|(?:19|20)\d{2}-\d{1,2}(?:-\d{1,2})?)$/;
const CURRENCY_AFTER = /^\s?(?:€|eur\b|euro|\$|usd|chf|£|gbp|cent|ct\b|%|gb\b|mb\b|min|std|stunden|tage|days|hours|uhr|x\b)/i;

/** Whether s holds . / or - (every DATE_LIKE spelling does). */
function hasDateSeparator(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 47 || c === 45) return true;
  }
  return false;
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

function plausibleId(value: string, after: string, pnr: boolean): boolean {
  const d = digitCount(value);
  if (d === 0) return false;
  // (each pattern only where it can match: a date needs a separator, a price at most six characters)
  if (hasDateSeparator(value) && DATE_LIKE.test(value)) return false;
  if (CURRENCY_AFTER.test(after)) return false;
  if (value.length <= 6 && /^\d{1,3}(?:[.,]\d{2})?$/.test(value)) return false;
  if (pnr && /^[A-Z0-9]{5,8}$/.test(value) && /[A-Z]/.test(value)) return true;
  if (value.length === 4 && /^(?:19|20)\d{2}$/.test(value)) return false;
  const letters = value.length - d;
  return d >= 5 || (d >= 4 && letters >= 1) || (d >= 3 && letters >= 2 && value.length >= 6);
}

const PNR_KEY = /^(?:buchung|booking|confirmation|reservation|reservierung|pnr)/;

/** . - / _ : punctuation that ends a sentence or a link, not an id. */
const TRAILING_PUNCT = new Set([46, 45, 47, 95]);
/** Reads the value after a keyword and reports it when `validate` accepts it; returns where it ends, or -1. */
function idAfter(
  text: string,
  from: number,
  keyword: string,
  type: PiiType,
  out: Candidate[],
  validate: (value: string, after: string, keyword: string) => boolean,
  extra?: Set<string>,
): number {
  const pos = skipConnectors(text, from, extra);
  const [s, e0] = readToken(text, pos, true);
  let e = e0;
  while (e > s && TRAILING_PUNCT.has(text.charCodeAt(e - 1))) e--;
  if (e <= s) return -1;
  // a short letter prefix set apart by a space: "VN 12345678", "ABC 9876543" (the digits carry the id)
  if (e - s <= 4 && /^[A-Z]{1,4}$/.test(text.slice(s, e)) && text.charCodeAt(e) === 32 && isDigit(text.charCodeAt(e + 1))) {
    const [, e2] = readToken(text, e + 1, true);
    const tail = text.slice(e + 1, e2);
    if (/^\d+(?: \d+)*$/.test(tail) && digitCount(tail) >= 5) e = e2;
  }
  const value = text.slice(s, e);
  if (!validate(value, text.slice(e, e + 8), keyword)) return -1;
  out.push({ start: s, end: e, type, priority: 90 });
  return e;
}

const FAMILY_BODIES = [
  CUSTOMER_BODY, ORDER_BODY, PASSPORT_BODY, TAX_BODY, PASSWORD_BODY, BIRTH_KEYWORDS, PLATE_KEYWORDS, VEHICLE_KEYWORDS,
];

/**
 * The keyword families' alternatives, dispatched on their first character: at a word start the engine
 * tries only the alternatives that begin with that character (in their original order, so the same
 * alternative wins as in one plain alternation of all families). No capture groups (they cost on every
 * attempt): `families` lists per first character the families that can start with it, in order.
 */
function dispatched(): { source: string; families: Map<string, number[]> } {
  const families = new Map<string, number[]>();
  const all: string[] = [];
  FAMILY_BODIES.forEach((body, family) => {
    for (const alt of alternatives(body).flatMap(literalStarts)) {
      const c = alt[0]!.toLowerCase();
      all.push(alt);
      const fams = families.get(c) ?? [];
      if (!fams.includes(family)) fams.push(family);
      families.set(c, fams);
    }
  });
  const branches = [...byFirstChar(all, true)]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([c, rests]) => `${c}(?:${rests.join('|')})`);
  return { source: `\\b(?:${branches.join('|')})(?![A-Za-z\\u00c0-\\u024f])`, families };
}

const DISPATCHED = dispatched();
/** The keyword regex itself; detectKeyed runs it through nextKeyword. */
export const KEYWORDS = new RegExp(DISPATCHED.source, 'gi');
const FAMILY_WHOLE = FAMILY_BODIES.map((body) => new RegExp(`^${body}$`, 'i'));

/**
 * Where a keyword can start, from the first three characters of a word: the keyword regex runs (sticky)
 * only there instead of at every word.
 */
const KEYWORD_STARTS = new StartFilter(FAMILY_BODIES.flatMap((body) => alternatives(body).flatMap(literalStarts)));
const KEYWORD_AT = new RegExp(DISPATCHED.source, 'iy');
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** KEYWORDS.exec from `from`: the same match, tried only where a keyword's first three characters stand. */
export function nextKeyword(text: string, from: number): RegExpExecArray | null {
  const n = text.length;
  let prevWord = from > 0 && isWordCode(text.charCodeAt(from - 1));
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    const word = isWordCode(c);
    if (word && !prevWord) {
      if (KEYWORD_STARTS.mayStart(text, i)) {
        KEYWORD_AT.lastIndex = i;
        const m = KEYWORD_AT.exec(text);
        if (m) return m;
      }
    }
    prevWord = word;
  }
  return null;
}

/**
 * nextKeyword over the word starts preScan recorded (`starts[0..count)`, ascending): the same match,
 * found without another pass over every character. `at.k` is where to look first in `starts` (advanced).
 */
interface Cursor {
  k: number;
}

function nextKeywordAt(text: string, from: number, starts: Int32Array, count: number, at: Cursor): RegExpExecArray | null {
  let j = at.k;
  while (j < count && starts[j]! < from) j++;
  for (; j < count; j++) {
    const i = starts[j]!;
    if (KEYWORD_STARTS.mayStart(text, i)) {
      KEYWORD_AT.lastIndex = i;
      const m = KEYWORD_AT.exec(text);
      if (m) {
        at.k = j + 1;
        return m;
      }
    }
  }
  at.k = count;
  return null;
}

/** familyOf per lower-cased keyword (a small finite set: the spellings the keyword lists allow). */
const FAMILY_OF = new Map<string, number>();

/**
 * The family of a keyword match: the first family one of whose alternatives spells the whole match (an
 * earlier family spelling it would have matched first, so this is the family the alternation chose).
 */
function familyOf(key: string): number {
  let f = FAMILY_OF.get(key);
  if (f === undefined) {
    f = familyOfUncached(key);
    if (FAMILY_OF.size < 5000) FAMILY_OF.set(key, f);
  }
  return f;
}

function familyOfUncached(key: string): number {
  const fams = DISPATCHED.families.get(key[0]!.toLowerCase()) ?? [];
  if (fams.length === 1) return fams[0]!;
  for (const f of fams) if (FAMILY_WHOLE[f]!.test(key)) return f;
  return -1;
}

const MAX_KEYWORDS = 500;

/**
 * Every keyword-introduced value: ids, secrets, birth dates, plates. `starts`/`count`: the word starts of
 * this text as preScan recorded them (WORD_STARTS); without them the text is scanned here.
 */
export function detectKeyed(text: string, starts?: Int32Array, count = 0): Candidate[] {
  const out: Candidate[] = [];
  let n = 0;
  let pos = 0;
  // (no closure per call: a loop over the recorded starts, or the plain scan without them)
  const at: Cursor = { k: 0 };
  for (
    let m = starts ? nextKeywordAt(text, 0, starts, count, at) : nextKeyword(text, 0);
    m && n < MAX_KEYWORDS;
    m = starts ? nextKeywordAt(text, pos, starts, count, at) : nextKeyword(text, pos), n++
  ) {
    const from = m.index + m[0].length;
    pos = from;
    if (letterBefore(text, m.index)) continue;
    const key = m[0].toLowerCase();
    const family = familyOf(key);
    let end = -1;
    if (family === 0) end = idAfter(text, from, key, 'CUSTOMER_ID', out, (v, a) => plausibleId(v, a, false));
    else if (family === 1)
      end = idAfter(text, from, key, 'ORDER_ID', out, (v, a, k) => plausibleId(v, a, PNR_KEY.test(k)), ORDER_CONNECTORS);
    else if (family === 2)
      end = idAfter(text, from, key, 'PASSPORT_ID', out, (v) => /^[A-Z0-9]{6,16}$/i.test(v) && digitCount(v) >= 2);
    else if (family === 3)
      end = idAfter(text, from, key, 'TAX_ID', out, (v) => digitCount(v) >= 10 && digitCount(v) <= 13 && /^[\d ]+$/.test(v));
    else if (family === 4) end = secretAfter(text, from, key, out);
    else {
      const c =
        family === 5
          ? (birthDateAfter(text, from, key === 'b.') ?? birthDateBefore(text, m.index, key))
          : plateAfter(text, from, family === 7);
      if (c) {
        out.push(c);
        end = c.end;
      }
    }
    // (never back: a birth date found before "geboren"/"born" ends before the keyword, and going back
    // to it would find the same keyword again and again, never reading the keywords after it)
    if (end > from) pos = end;
  }
  return out;
}

/** Well-known tracking / order formats that need no keyword: marketplace order, DHL parcel, UPS, SSCC parcel. */
const FORMATS = /\b(?:\d{3}-\d{7}-\d{7}|JJD\d{14,22}|1Z[0-9A-Z]{16}|003\d{17})\b/g;

export function detectFormats(text: string): Candidate[] {
  const out: Candidate[] = [];
  FORMATS.lastIndex = 0;
  for (let m = FORMATS.exec(text); m; m = FORMATS.exec(text)) {
    if (letterBefore(text, m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'ORDER_ID', priority: 88 });
  }
  return out;
}

const PW_STOP = new Set(
  ('falsch richtig vergessen geändert zurückgesetzt zurücksetzen abgelaufen gesperrt funktioniert geht nicht ' +
    'kein keine nicht mehr immer noch auch schon jetzt wieder dann wird wurde wurden ändern vergessen eingeben ' +
    'eingegeben ok okay richtig korrekt zu kurz lang neu alt reset wrong incorrect invalid expired forgotten ' +
    'changed not working correct right too short long the a an my your new old still again now also ' +
    'just being been locked blocked required needed sent send field reset-link link').split(' '),
);

// words between a code keyword and the code that say it was sent to the customer ("der Code aus der Mail lautet …")
const SENT_CUE =
  /^(?:sms|text|texted|mail|e-?mail|sent|send|geschickt|gesendet|geschickte|zugeschickt|bekommen|bekam|erhalten|got|received)$/i;
const CUE_FILLER = new Set(['me', 'mir', 'us', 'uns', 'hat', 'habt', 'haben', 'hast', 'have', 'has', 'had', 'an', 'to', 'per', 'via']);
// words that say the customer typed the code in ("so I typed …", "dann habe ich … eingegeben")
const TYPED_CUE = /^(?:typed|entered|tried|tippte|getippt|eingetippt|eingegeben|probiert|versucht)$/i;
// a copula close after a PIN/code keyword ("the code, it was …", "die PIN, die ich habe, ist …"): only
// within the first words, so "PIN letter came, the fee was 2500" stays apart
const COPULA_CUE = /^(?:is|was|war|ist|lautet|lautete)$/i;
const COPULA_WORDS = 3;
// before a bare "code": codes that are no secret (errors, vouchers, postcodes)
const NOT_SECRET_BEFORE = /(?:error|fehler|rabatt|promo|discount|voucher|gutschein|aktions|postal|zip|area|country|status|qr|bar|farb|colou?r)[\s-]*$/i;

// time and hedge words between the connector and the secret ("Passwort lautet momentan …", "PIN is currently …")
const SECRET_ADVERB = /^(?:momentan|aktuell|derzeit|zurzeit|gerade|jetzt|nun|noch|currently|now|still|presently)$/i;

/**
 * Skips quotes, ":" and connector words ("war", "is", "mein"); `connector` tells whether one was seen,
 * `adverb` whether a time word ("momentan", "currently") stood before the value.
 */
function skipSecretConnectors(text: string, from: number): { pos: number; connector: boolean; adverb: boolean } {
  let i = from;
  let connector = false;
  let adverb = false;
  for (let step = 0; step < 4; step++) {
    const before = i;
    while (i < text.length && /[\s:=„“"'‚(]/.test(text[i]!)) i++;
    if (/[:=]/.test(text.slice(before, i))) connector = true;
    const w = /^(?:war|ist|is|was|lautet|lautete|wäre|were|are|meine?|my|alte?s?|old|neue?s?|new|\p{L}{3,9})(?![\p{L}\p{N}])/iu.exec(
      text.slice(i, i + 10),
    );
    if (!w) break;
    if (SECRET_ADVERB.test(w[0])) {
      // (only after a connector: "Passwort momentan gesperrt" names no secret)
      if (!connector) break;
      adverb = true;
    } else if (w[0].length > 8 || !/^(?:war|ist|is|was|lautet|lautete|wäre|were|are|meine?|my|alte?s?|old|neue?s?|new)$/i.test(w[0])) break;
    else if (!/^(?:meine?|my|alte?s?|old|neue?s?|new)$/i.test(w[0])) connector = true;
    i += w[0].length;
  }
  return { pos: i, connector, adverb };
}

/** Up to five plain words after the keyword, when one of them says the code was sent; the position after them, or -1. */
/**
 * Up to five plain words after the keyword, when one of them says the code was sent or typed in (or, when
 * `copula`, an "is"/"was" among the first words); the position after them, or -1.
 */
function afterSentCue(text: string, from: number, copula: boolean): number {
  const re = /[\s,]*([\p{L}-]{1,12})/uy;
  re.lastIndex = from;
  let cued = -1;
  for (let k = 0; k < 5; k++) {
    const m = re.exec(text);
    if (!m) break;
    const w = m[1]!;
    if (SENT_CUE.test(w) || TYPED_CUE.test(w) || (copula && k < COPULA_WORDS && COPULA_CUE.test(w))) cued = re.lastIndex;
    else if (cued >= 0 && CUE_FILLER.has(w.toLowerCase())) cued = re.lastIndex;
    else if (cued >= 0) break;
  }
  return cued;
}

/** "Tq4#mz81", "k4Tz9wQ2": letters and digits mixed, with a symbol or several switches; not "v2.3.1", "iPhone15". */
function looksGenerated(token: string): boolean {
  if (!/\d/.test(token) || !/\p{L}/u.test(token) || /[@/]|^www\./i.test(token)) return false;
  if (/[!#$%&*?+=^~_]/.test(token)) return true;
  let switches = 0;
  for (let k = 1; k < token.length; k++) {
    const a = token.charCodeAt(k - 1);
    const b = token.charCodeAt(k);
    if (isAlnumCode(a) && isAlnumCode(b) && isDigit(a) !== isDigit(b)) switches++;
  }
  return switches >= 3;
}

/** The first token within a few words that looks like a generated secret: letters and digits, often symbols. */
function strongTokenAhead(text: string, from: number): [number, number] | null {
  const windowEnd = Math.min(text.length, from + 50);
  let i = from;
  for (let k = 0; k < 6 && i < windowEnd; k++) {
    while (i < windowEnd && isSpace(text.charCodeAt(i))) i++;
    let e = i;
    while (e < text.length && e - i < 40 && !isSpace(text.charCodeAt(e))) e++;
    let v = e;
    while (v > i && /[.,!?;:)"'“”…]/.test(text[v - 1]!)) v--;
    const token = text.slice(i, v);
    if (token.length >= 6 && looksGenerated(token)) return [i, v];
    // a sentence end stops the search
    if (v < e && /[.!?]/.test(text[v]!)) return null;
    i = e;
  }
  return null;
}

// what the secret is for, then a verb or colon: "PIN für die Karte ist …", "password for the app is …"
const OWNER_PHRASE =
  /\s+(?:für|fürs|for|of|zu|zum|zur|von|vom|on|to|at|auf|bei)(?:\s+[\p{L}-]{1,16}){1,3}?(?:\s+(?:ist|is|lautet|lautete|war|was|wäre)(?![\p{L}\p{N}])|\s?[:=])/iuy;

/** The secret after "Passwort"/"PIN"/"code": digits for PINs and codes, a non-word token for passwords. */
function secretAfter(text: string, from: number, key: string, out: Candidate[]): number {
  const bare = key === 'code';
  if (bare && NOT_SECRET_BEFORE.test(text.slice(Math.max(0, from - key.length - 14), from - key.length))) return -1;
  OWNER_PHRASE.lastIndex = from;
  const owner = bare ? null : OWNER_PHRASE.exec(text);
  const skipped = skipSecretConnectors(text, owner ? from + owner[0].length : from);
  const connector = skipped.connector || owner !== null;
  let i = skipped.pos;
  const isPin = /^(?:pin|puk|tan|otp)/.test(key) || key.endsWith('code');
  if (isPin) {
    const PIN = /^\d{3,4}(?: \d{3,4})?(?![\p{L}\p{N}])|^\d{4,8}(?![\p{L}\p{N}])/u;
    let d = bare ? null : PIN.exec(text.slice(i, i + 12));
    if (!d) {
      const cue = afterSentCue(text, from, !bare);
      if (cue < 0) return -1;
      i = skipSecretConnectors(text, cue).pos;
      d = PIN.exec(text.slice(i, i + 12));
    }
    if (!d || (bare && digitCount(d[0]) < 4)) return -1;
    if (/^\s?(?:€|eur|euro|\$|%|mal|times|x\b)/i.test(text.slice(i + d[0].length, i + d[0].length + 6))) return -1;
    out.push({ start: i, end: i + d[0].length, type: 'PASSWORD', priority: 90 });
    return i + d[0].length;
  }
  let e = i;
  while (e < text.length && e - i < 64 && !isSpace(text.charCodeAt(e))) e++;
  while (e > i && /[.,!?;:)"'“”…]/.test(text[e - 1]!)) e--;
  const value = text.slice(i, e);
  const strong = /\d/.test(value) || /[^\p{L}]/u.test(value) || /\p{Ll}\p{Lu}/u.test(value);
  // after a time word only a strong value ("Passwort ist jetzt ungültig" names no password)
  const weak = !strong && (!connector || skipped.adverb || PW_STOP.has(value.toLowerCase()) || value.length < 5);
  if (e - i < 3 || /^(?:https?:|www\.)/i.test(value) || weak) {
    // "the temporary password from your email Lw9?ka27": a generated-looking token a few words on
    const ahead = strongTokenAhead(text, from);
    if (!ahead) return -1;
    out.push({ start: ahead[0], end: ahead[1], type: 'PASSWORD', priority: 90 });
    return ahead[1];
  }
  out.push({ start: i, end: e, type: 'PASSWORD', priority: 90 });
  return e;
}
