import { Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { detectLang } from '../lang/detect';
import type { Lang } from '../model/conversation';
import type { Candidate } from './types';
import type { NumberRun } from './scan';

/**
 * Private phone numbers. The number-run scanner proposes candidates; only those shaped like a phone
 * number (international "+…"/"00…", national "0…", or North-American "(612) 555-0193" / "612.555.0193")
 * reach libphonenumber. Company hotlines are dropped: service prefixes (0800, 0180x, 1-800 …) and
 * numbers introduced as the company's own ("erreichst du uns unter", "call us at", "Hotline").
 */

const NANP = /^\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/;
const NANP_TOLL = /^(?:1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?/;
// national service ranges after the trunk 0: DE/AT/CH freecall & shared cost, premium, UK 08xx/09xx
const SERVICE_NATIONAL = /^0(?:800|801|180|137|138|700|900|90\d|118|84[2-5]|87[0-3]|808|848|840|842)/;
const SERVICE_INTL = /^\+(?:(?:49|43|41|44)[ ]?\(?0?\)?[ ]?(?:800|180|137|700|900|808|84[2-5]|87[0-3])|44[ ]?\(?0?\)?[ ]?3[0347]\d)/;
const HOTLINE_BEFORE =
  /hotline|service-?nummer|servicenummer|service-?line|kundenservice|kundendienst|helpline|help line|support line|support-?nummer|customer service|customer care|toll[- ]free|freecall|erreichst du uns|erreichen sie uns|erreicht ihr uns|erreichst uns|erreichen uns|uns (?:gern |gerne |telefonisch |direkt )?(?:unter|an)\b|rufe? uns|ruft uns|call us|reach us|contact us|give us a call|text us|our (?:number|hotline|helpline|support|team)|unsere (?:nummer|hotline|servicenummer|rufnummer)|call our|filiale|zentrale|store|branch|reception|rezeption|eure (?:nummer|hotline|servicenummer|rufnummer|service-?line)|euer (?:kundenservice|support|kundendienst)|ihre (?:hotline|servicenummer)|your (?:hotline|helpline|support line|customer service number|service number)/gi;
const PRIVATE_BEFORE =
  /\b(?:mein|meine|meiner|my|mobil|mobile|handy|handynummer|cell|privat|private|festnetz|ruf mich|call me|text me|tel|phone|telefon|telefonnummer|nummer ist)\b/i;

/** The company's own number: a hotline phrase shortly before, with no "my/mein/Handy" after that phrase. */
function introducedAsHotline(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 45), start);
  HOTLINE_BEFORE.lastIndex = 0;
  let last = -1;
  for (let m = HOTLINE_BEFORE.exec(before); m; m = HOTLINE_BEFORE.exec(before)) last = m.index + m[0].length;
  return last >= 0 && !PRIVATE_BEFORE.test(before.slice(last));
}

// the number is introduced as another identifier: British health and insurance numbers (not among the
// types flagged; an NHS number is written 3-3-4 like a phone), device serials
const OTHER_ID_BEFORE =
  /(?:^|[^\p{L}])(?:nhs|national insurance|ni|imei|serial)(?: number| no\.?| #| nr\.?)?(?:\s+(?:is|was))?\s*[:#]?\s*$/iu;

function introducedAsOtherId(text: string, start: number): boolean {
  return OTHER_ID_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

function countries(lang: Lang): CountryCode[] {
  return lang === 'en' ? ['GB', 'DE'] : ['DE', 'GB'];
}

// Shapes whose answer is known without parsing (mobile ranges of DE/AT/CH/UK and plain NANP numbers):
// the parser costs tens of microseconds per call in mixed traffic, so it only sees the rest.
const OBVIOUS = /^(?:\+491[5-7]\d{8,9}|01[5-7]\d{8,9}|\+447\d{9}|07\d{9}|\+4367\d{7,10}|\+417[5-9]\d{7}|\+?1?[2-9]\d{2}[2-9]\d{6})$/;

/** The parts of libphonenumber's metadata API read here (its typings declare only the constructor). */
interface PlanApi {
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
}
interface MetadataApi {
  hasCallingCode(code: string): boolean;
  getCountryCodesForCallingCode(code: string): string[] | undefined;
  selectNumberingPlan(countryOrCode: string): void;
  numberingPlan: PlanApi;
}

/** Per calling code: its plain national prefixes and the possible lengths common to / found in its countries. */
interface CodeInfo {
  prefixes: string[];
  all: Set<number>;
  some: Set<number>;
}
let metadata: MetadataApi | undefined;
const CODE_INFO = new Map<string, CodeInfo | null>();

/** Derived from the metadata once per calling code (never from the text): null when a fast answer is unsafe. */
function codeInfo(code: string): CodeInfo | null {
  let info = CODE_INFO.get(code);
  if (info !== undefined) return info;
  metadata ??= new Metadata() as unknown as MetadataApi;
  info = null;
  const countries = metadata.getCountryCodesForCallingCode(code);
  if (countries?.length) {
    metadata.selectNumberingPlan(code);
    const pfp = metadata.numberingPlan.nationalPrefixForParsing();
    const prefixes = pfp ? pfp.split('|') : [];
    const lengths = countries.map((c) => {
      metadata!.selectNumberingPlan(c);
      return metadata!.numberingPlan.possibleLengths();
    });
    if (prefixes.every((p) => /^\d+$/.test(p)) && lengths.every((l) => l?.length)) {
      const all = new Set(lengths[0]!.filter((n) => lengths.every((l) => l!.includes(n))));
      info = { prefixes, all, some: new Set(lengths.flat() as number[]) };
    }
  }
  CODE_INFO.set(code, info);
  return info;
}

/**
 * libphonenumber's answer for "+digits" without running its parser, where the metadata decides it alone:
 * the calling code is the first known prefix of one to three digits; when the rest starts with no national
 * prefix it is the national number, and a length that every country of the calling code allows (or none
 * does) settles isPossible(). Undefined when the parser must decide.
 */
function possibleInternational(raw: string): boolean | undefined {
  if (raw.charCodeAt(1) === 48) return undefined;
  metadata ??= new Metadata() as unknown as MetadataApi;
  for (let k = 2; k <= 4 && k < raw.length; k++) {
    const code = raw.slice(1, k);
    if (!metadata.hasCallingCode(code)) continue;
    const info = codeInfo(code);
    if (!info) return undefined;
    const national = raw.slice(k);
    for (const p of info.prefixes) if (national.startsWith(p)) return undefined;
    const n = national.length;
    if (n < 2 || n > 17) return false;
    if (info.all.has(n)) return true;
    return info.some.has(n) ? undefined : false;
  }
  return undefined;
}

// Two more shapes the metadata settles (checked against the parser in tests/privacy/phone-fast.test.ts):
// ten NANP digits starting 2-9 (no prefix to strip, every NANP country allows 10 digits), and a German
// national number "0" + 6 to 14 digits (DE alone has +49, its trunk prefix is "0", it allows 4 to 15 digits).
const NANP_TEN = /^[2-9]\d{9}$/;
const DE_NATIONAL = /^0[1-9]\d{5,13}$/;

/** The metadata's answer for the shapes above, or undefined when the parser must decide. */
export function shortcut(raw: string, country: CountryCode | undefined): boolean | undefined {
  if (country === undefined) return possibleInternational(raw);
  if (country === 'US' ? NANP_TEN.test(raw) : country === 'DE' && DE_NATIONAL.test(raw)) return true;
  return undefined;
}

export function parsedPossible(raw: string, country: CountryCode | undefined): boolean {
  const p = parsePhoneNumberFromString(raw, country);
  return p !== undefined && p.isPossible();
}

function possible(raw: string, country: CountryCode | undefined): boolean {
  if (OBVIOUS.test(raw)) return true;
  return shortcut(raw, country) ?? parsedPossible(raw, country);
}

/** The text's language, detected on first use (most texts never need it). Plain data, no closure. */
export interface LangRef {
  text: string;
  lang: Lang | undefined;
}

function langOf(ref: LangRef): Lang {
  return (ref.lang ??= detectLang(ref.text));
}

export function detectPhones(text: string, runs: NumberRun[], lang: LangRef): Candidate[] {
  const out: Candidate[] = [];
  let seen = 0;
  for (const run of runs) {
    if (++seen > 500) break; // a real post has a handful of numbers; bound the work on pathological input
    const nd = run.digits.length;
    if (nd < 6 || nd > 15) continue;
    let start = run.start;
    let raw = text.slice(start, run.end);
    // a trailing "(" or unmatched ")" is not part of the number
    if (raw.startsWith('(') && !raw.includes(')')) {
      raw = raw.slice(1);
      start += 1;
    }
    // "(0171) 1234567": an area code in brackets is a national number
    // (each pattern only tried where its first characters stand: a regex call costs more than the look)
    const paren = raw.charCodeAt(0) === 40;
    const bracketed = paren && /^\(0\d{2,5}\)/.test(raw);
    // dates, versions and decimal-looking runs: "12.02.2024", "2.1.14.207"
    const c1 = raw.charCodeAt(1);
    const c2 = raw.charCodeAt(2);
    if ((c1 === 46 || c2 === 46) && /^\d{1,2}\.\d{1,2}\./.test(raw)) continue;
    if ((c1 === 47 || c2 === 47) && /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(raw)) continue;
    // "(0)176 …": the trunk zero in brackets, as written after a dropped country code
    const first = bracketed || (paren && /^\(0\)\s?[1-9]/.test(raw)) ? '0' : raw[0];
    let ok = false;
    let hotline = false;
    if (first === '+' || raw.startsWith('00')) {
      const intl = first === '+' ? raw : '+' + raw.slice(2);
      if (nd < 8) continue;
      hotline = SERVICE_INTL.test(intl.replace(/[\s()./-]+/g, ' '));
      if (hotline) continue;
      ok = possible('+' + run.digits.slice(raw.startsWith('00') ? 2 : 0), undefined);
    } else if (first === '0') {
      // dotted national runs are versions and build numbers ("020417.3.9.002.1"), not phones
      if (run.groups > 6 || nd < 7 || run.seps.includes('.')) continue;
      const compact = raw.replace(/[\s()./\u2013-]+/g, '');
      hotline = SERVICE_NATIONAL.test(compact);
      if (hotline) continue;
      // British 03xx numbers are non-geographic company lines (in German text 03xx is an eastern area code)
      // (judged on the words themselves: a German-language thread can hold an English post)
      if (c1 === 51 && /^03[0347]\d[\s-]?\d{3}[\s-]?\d{4}$/.test(raw) && (langOf(lang) === 'en' || detectLang(text) === 'en')) continue;
      // German-speaking text: a national 0-number of 7 to 13 digits is possible by length alone
      // (Germany's plan accepts every such number, so GB, tried first for English, cannot change the answer)
      if (DE_NATIONAL.test(compact) || (langOf(lang) === 'de' && /^0[1-9]\d{5,11}$/.test(compact))) ok = true;
      else {
        for (const c of countries(langOf(lang))) {
          if (possible(compact, c)) {
            ok = true;
            break;
          }
        }
      }
    } else if (NANP.test(raw) || (first === '1' && /^1[ .-]\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/.test(raw))) {
      hotline = NANP_TOLL.test(raw);
      if (hotline) continue;
      // fictional 555 numbers are not "valid", but they are possible: keep the check to length & shape
      ok = possible(run.digits, 'US');
    }
    if (!ok) continue;
    // service prefixes were dropped above, before any parser call; now the wording around the number
    if (introducedAsHotline(text, start) || introducedAsOtherId(text, start)) continue;
    out.push({ start, end: run.end, type: 'PHONE', priority: 60 });
  }
  return out;
}
