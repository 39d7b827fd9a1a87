/**
 * Personal data in a customer's message, as spans. The product's detector lives in lib/privacy
 * (`detect(text, {lang})`) and is used by default; a caller may pass another detector (tests, team
 * rules). The small set of patterns below always runs as well, as a second net for what a reply
 * must never repeat publicly (phone numbers, IBANs, e-mail addresses, order/customer/meter numbers).
 */
import { detect } from '../privacy';

export interface PiiSpanLike {
  start: number;
  end: number;
  type: string;
}
export type PiiDetector = (text: string, opts: { lang: 'de' | 'en' }) => PiiSpanLike[];

const PATTERNS: { type: string; re: RegExp }[] = [
  { type: 'EMAIL', re: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}/giu },
  { type: 'IBAN', re: /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b/g },
  // phone: +49 / 0 followed by 7+ digits with optional spaces, slashes, dashes
  { type: 'PHONE', re: /(?<![\p{L}\p{N}])(?:\+\d{2}|0)\d{2,4}[\s/-]?\d{2,4}[\s/-]?\d{2,6}(?![\p{L}\p{N}])/gu },
  // order / reference ids with letters and digits: FM-558812, #A12345, E17UP01234
  { type: 'ORDER_ID', re: /#?\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z][A-Z0-9]{0,5}-?\d{4,}[A-Z0-9]*\b/g },
  { type: 'ORDER_ID', re: /#\d{4,}\b/g },
  // account / customer / meter numbers: keyword followed by digits
  {
    type: 'CUSTOMER_ID',
    re: /(?<=(?:account|acct|customer|kunden|vertrags|zähler|zahler|meter|serial|konto|order|bestell|auftrags|sendungs|tracking)[\p{L}.]*(?:\s*(?:no\.?|nr\.?|number|nummer|#|:))?\s*)(?:\d[\d -]{3,20}\d|[A-Za-z]{0,4}\d[A-Za-z0-9]{3,})\b/giu,
  },
  // the last digits of a card or account: "card ending 4471", "Karte endet auf 0815", "last four digits 9921"
  {
    type: 'CARD_TAIL',
    re: /(?<=(?:ending(?: in| with)?|ends (?:in|with)|endet auf|endend auf|endung|last (?:four|4) (?:digits|numbers)(?: are| is)?|letzten (?:vier|4) (?:ziffern|stellen)(?: sind| lauten)?)\s*:?\s*)(?:\*+\s*)?\d{3,4}(?!\d)/giu,
  },
];

/** Fallback detector: spans of personal data the reply must not repeat. */
export const basicDetect: PiiDetector = (text) => {
  const out: PiiSpanLike[] = [];
  for (const { type, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = m[0].trim();
      const digits = value.replace(/\D/g, '');
      // clock times, prices and short numbers are facts, not personal data
      if (type === 'PHONE' && digits.length < 8) continue;
      if (type === 'CUSTOMER_ID' && digits.length < 5) continue;
      out.push({ start: m.index, end: m.index + m[0].length, type });
    }
  }
  return mergeSpans(out);
};

export function mergeSpans(spans: PiiSpanLike[]): PiiSpanLike[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PiiSpanLike[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
    } else out.push({ ...s });
  }
  return out;
}

/** Runs the given detector and the fallback together (a miss in one is caught by the other). */
export const privacyDetect: PiiDetector = (text, opts) => detect(text, { lang: opts.lang });

export function detectPii(text: string, lang: 'de' | 'en', detector: PiiDetector = privacyDetect): PiiSpanLike[] {
  let spans: PiiSpanLike[] = basicDetect(text, { lang });
  try {
    spans = spans.concat(detector(text, { lang }));
  } catch {
    // a failing detector must not take the reply assistant down; the fallback still ran
  }
  // person names are not repeated-data risks for a reply that greets the customer by name
  return mergeSpans(spans.filter((s) => s.type !== 'PERSON_NAME'));
}

/** The personal-data strings of a text (what must never reappear in a public reply). */
export function piiStrings(text: string, lang: 'de' | 'en', detector?: PiiDetector): string[] {
  return detectPii(text, lang, detector)
    .map((s) => text.slice(s.start, s.end).trim())
    .filter((s) => s.replace(/[^\p{L}\p{N}]/gu, '').length >= 4);
}
