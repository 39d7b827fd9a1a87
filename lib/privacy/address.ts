import { dispatchAlternation } from './dispatch';
import { isDigit, isLetter, isSpace } from './scan';
import type { Candidate } from './types';

/**
 * Postal addresses: a street with a house number, extended by postcode and city when they follow.
 * German/Austrian/Swiss ("Lindenstr. 9, 10969 Berlin", "Am Weiher 7, 36037 Fulda"), British/Irish/US
 * ("17 Quay Street, Galway", "908 Maple Ridge Ct, Dayton, OH 45402", "PO Box 3021").
 * A postcode or a city alone is no address.
 */

// suffixes that almost only end street names; the others ("Parkplatz 3", "Nürnberg 2") need postcode + city
const SUFFIX =
  'straße|strasse|str\\.|weg|allee|gasse|ring|damm|ufer|chaussee|steig|pfad|graben|stieg|wall|promenade|zeile|' +
  'anger|kamp|redder|twiete';
const RISKY_SUFFIX = 'platz|markt|hof|berg|tor|feld|garten|brücke|park|gracht|dorf|höhe|kai';
const NOT_UNIT =
  '(?!\\s?(?:€|%|min|minuten|std|stunden|tage|tagen|km|m\\b|x\\b|mal|euro|eur|uhr|jahre|wochen|monate|h\\b|gb|mb|mbit))';
const HOUSE = `\\s?\\d{1,4}\\s?[a-hA-H]?(?:\\s?[-/]\\s?\\d{1,4}[a-h]?)?(?![\\p{L}\\p{N}]|[.,]\\d)${NOT_UNIT}`;
const CITY_DE = '(?:,\\s?|\\s)(?:D-|A-|CH-)?\\d{4,5}\\s[\\p{Lu}][\\p{L}]+(?:[- ](?:am |an der |im |in der |bei )?[\\p{Lu}][\\p{L}.]+)?';

// street word with a street suffix, at least two letters before the suffix ("Platz 64" is a seat)
// run sticky from the start of the word that holds a street suffix (found by STREET_NUMBER below)
const DE_STREET = new RegExp(
  `(?:(?:[\\p{L}][\\p{L}]*-)*[\\p{L}][\\p{L}]+|(?:[\\p{L}][\\p{L}]*-)+)(?:${SUFFIX})(?:${HOUSE})(?:${CITY_DE})?`,
  'iuy',
);
const DE_STREET_RISKY = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:[\\p{L}][\\p{L}]*-)*[\\p{L}][\\p{L}]+(?:${RISKY_SUFFIX})(?:${HOUSE})(?:${CITY_DE})`,
  'giu',
);
// any one or two capitalised words + number, when postcode and city follow ("Obere Zeile 14, 24103 Kiel")
const DE_WITH_CITY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur|Unter den|Hinter der|Vor dem) )?[\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+)?${HOUSE},\\s?(?:D-|A-|CH-)?\\d{4,5}\\s[\\p{Lu}][\\p{L}]+`,
  'gu',
);

const EN_TYPE =
  'Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Close|Crescent|' +
  'Square|Sq|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Row|Gardens|Grove|Mews|Walk|Hill|Park|Green|Rise|Quay|Parade';
const EN_UNIT = '(?:,?\\s(?:Apt|Apartment|Suite|Ste|Unit|Flat|#)\\.?\\s?[A-Z0-9-]{1,6})?';
const EN_CITY =
  '(?:,\\s[\\p{Lu}][\\p{Ll}]+(?: [\\p{Lu}][\\p{Ll}]+){0,2}(?:,\\s[A-Z]{2}\\s\\d{5}(?:-\\d{4})?|\\s\\d{1,2}(?!\\d)|,?\\s[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2})?)?';
const EN_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,5}[A-Za-z]?\\s(?:(?:[\\p{Lu}][\\p{L}'.]*|\\d{1,3}(?:st|nd|rd|th)) ){1,4}(?:${EN_TYPE})\\.?(?![\\p{L}])${EN_UNIT}${EN_CITY}`,
  'gu',
);
const PO_BOX = new RegExp(
  `(?<![\\p{L}])(?:P\\.?\\s?O\\.?\\s?Box|Postfach)\\s\\d{1,7}(?:,\\s(?:[\\p{Lu}][\\p{L}]+ ?){1,3}(?:,\\s[A-Z]{2}\\s\\d{5}(?:-\\d{4})?)?|(?:,\\s?|\\s)\\d{4,5}\\s[\\p{Lu}][\\p{L}]+)?`,
  'giu',
);

// Cheap necessary conditions decide which full patterns run. Each starts with a rare first character
// (a digit, a capital letter) so V8 skips most positions without entering the alternation.
// the house number's first digit, with a street suffix right before it (starts on a digit: fast to scan)
// the cheap class lookbehind (the last letters of the suffixes) rejects most digits before the alternation runs
const STREET_NUMBER = new RegExp(`\\d(?<=[egmrdnlp.]\\s?\\d)(?<=(?:${SUFFIX})\\s?\\d)`, 'gi');
// a risky suffix right before a house number (a necessary part of DE_STREET_RISKY, same flags)
const GATE_RISKY = new RegExp(`\\d(?<=(?:${RISKY_SUFFIX})\\s?\\d)`, 'iu');
export const GATE_CITY = /\d\s?[a-hA-H]?(,?)\s(?:[A-Z]{1,2}-)?\d{4,5}\s/g;
const GATE_EN = new RegExp(`\\b${dispatchAlternation(`(?:${EN_TYPE})`, false)}\\b`);
const GATE_BOX = /box|postfach/i;
const MAX_MATCHES = 200;
// the address of a shop, branch or parcel locker is not the customer's
const BUSINESS_BEFORE =
  /(?:filiale|shop|store|markt|geschäft|branch|location|standort|werkstatt|packstation|paketshop|postfiliale|restaurant|hotel|praxis|niederlassung|showroom|outlet)\b[^.!?\n]{0,25}$/i;

/** Keeps an address unless it is a shop's or branch's (module-level functions: no closures per call). */
function keep(text: string, start: number, end0: number, out: Candidate[]): void {
  let end = end0;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  if (BUSINESS_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return;
  out.push({ start, end, type: 'POSTAL_ADDRESS', priority: 65 });
}

function run(text: string, re: RegExp, out: Candidate[]): void {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m && n < MAX_MATCHES; m = re.exec(text), n++) keep(text, m.index, m.index + m[0].length, out);
}

function hasLowerCase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch !== ch.toUpperCase()) return true;
  }
  return false;
}

/** Street names with a suffix: find "…straße 5" by its number, then match from the start of the street word. */
function streets(text: string, out: Candidate[]): void {
  STREET_NUMBER.lastIndex = 0;
  let n = 0;
  for (let g = STREET_NUMBER.exec(text); g && n < MAX_MATCHES; g = STREET_NUMBER.exec(text), n++) {
    let k = g.index;
    if (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
    let ws = k;
    while (ws > 0 && k - ws < 80) {
      const c = text.charCodeAt(ws - 1);
      if (!(isLetter(c) || c === 45 || c === 46)) break;
      ws--;
    }
    while (ws < k && (text.charCodeAt(ws) === 45 || text.charCodeAt(ws) === 46)) ws++;
    if (ws > 0 && isDigit(text.charCodeAt(ws - 1))) continue;
    // a capitalised word with digits glued on is a code ("WINTERRING30", "SPRING20"), not a street
    if (k === g.index && !hasLowerCase(text, ws, k)) continue;
    DE_STREET.lastIndex = ws;
    const m = DE_STREET.exec(text);
    if (!m) continue;
    keep(text, ws, ws + m[0].length, out);
    STREET_NUMBER.lastIndex = Math.max(STREET_NUMBER.lastIndex, ws + m[0].length);
  }
}

/** `postcode`: the text has four or five digits standing alone before whitespace (preScan); GATE_CITY needs them. */
export function detectAddresses(text: string, postcode = true): Candidate[] {
  let city = false;
  let cityComma = false;
  GATE_CITY.lastIndex = 0;
  for (let m = postcode ? GATE_CITY.exec(text) : null, g = 0; m && g < 100; m = GATE_CITY.exec(text), g++) {
    city = true;
    if (m[1] === ',') {
      cityComma = true;
      break;
    }
  }
  const en = GATE_EN.test(text);
  const box = GATE_BOX.test(text);
  const out: Candidate[] = [];
  streets(text, out);
  if (city && GATE_RISKY.test(text)) run(text, DE_STREET_RISKY, out);
  if (cityComma) run(text, DE_WITH_CITY, out);
  if (en) run(text, EN_STREET, out);
  if (box) run(text, PO_BOX, out);
  return out;
}
