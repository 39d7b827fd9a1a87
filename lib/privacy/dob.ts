import type { Candidate } from './types';

/** Dates of birth: only a date introduced as one ("geb. 14.03.1979", "DOB 03/14/1990"); other dates are not personal. */

/** Keywords that introduce a birth date (used inside the shared keyword regex of keyed.ts). */
export const BIRTH_KEYWORDS =
  '(?:geb\\.?|b\\.|geboren(?: am)?|geburtsdatum|geburtstag|geb\\.-datum|gebdat|dob|d\\.o\\.b\\.?|date of birth|birth ?date|birthday|born(?: on)?)';

const MONTHS =
  'januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|' +
  'january|february|march|may|june|july|october|december|jan|feb|mär|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dez|dec';
const DATE = new RegExp(
  `(?<![\\d.])(?:(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})|(\\d{4})-(\\d{2})-(\\d{2})|\\d{1,2}(?:\\.|st|nd|rd|th)? ?(?:of )?(?:${MONTHS})\\.?,? \\d{4}|(?:${MONTHS})\\.? (?:the )?\\d{1,2}(?:st|nd|rd|th)?,? \\d{4})(?![\\d])`,
  'iu',
);

function plausible(m: RegExpExecArray): boolean {
  const year = /\d{4}/.exec(m[0]);
  // nobody who writes to customer care was born this decade: "birthday present ordered 12/01/2024" is no DOB
  if (year && (Number(year[0]) < 1900 || Number(year[0]) > 2014)) return false;
  if (m[1] !== undefined) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const okDM = a >= 1 && a <= 31 && b >= 1 && b <= 12;
    const okMD = a >= 1 && a <= 12 && b >= 1 && b <= 31;
    return okDM || okMD;
  }
  if (m[4] !== undefined) {
    const y = Number(m[4]);
    return y >= 1900 && y <= 2030 && Number(m[5]) >= 1 && Number(m[5]) <= 12 && Number(m[6]) >= 1 && Number(m[6]) <= 31;
  }
  return true;
}

/** The birth date within 60 characters after a birth keyword (right after the terse "b."), if any. */
export function birthDateAfter(text: string, from: number, terse = false): Candidate | null {
  const windowText = text.slice(from, from + (terse ? 14 : 60));
  const m = DATE.exec(windowText);
  if (!m || !plausible(m)) return null;
  // the date must come before the next sentence about something else
  if (/[!?]\s/.test(windowText.slice(0, m.index))) return null;
  return { start: from + m.index, end: from + m.index + m[0].length, type: 'DATE_OF_BIRTH', priority: 90 };
}

/** "am 12.03.1985 geboren", "1990-04-02 born": the date shortly before "geboren"/"born". */
export function birthDateBefore(text: string, keywordStart: number, keyword: string): Candidate | null {
  if (!/^(?:geboren|born)/.test(keyword)) return null;
  const from = Math.max(0, keywordStart - 30);
  const windowText = text.slice(from, keywordStart);
  let last: RegExpExecArray | null = null;
  const all = new RegExp(DATE.source, 'giu');
  for (let m = all.exec(windowText); m; m = all.exec(windowText)) last = m;
  if (!last || !plausible(last) || /[.!?]\s/.test(windowText.slice(last.index + last[0].length))) return null;
  return { start: from + last.index, end: from + last.index + last[0].length, type: 'DATE_OF_BIRTH', priority: 90 };
}
