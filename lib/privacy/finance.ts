import { ibanValid, luhnValid, steuerIdValid } from './checksums';
import type { NumberRun } from './scan';
import type { Candidate } from './types';

/** IBANs (mod 97), card numbers (Luhn + issuer prefix) and the German Steuer-ID (its own checksum). */

const IBAN_LENGTH: Record<string, number> = {
  DE: 22, AT: 20, CH: 21, LI: 21, LU: 20, NL: 18, BE: 16, FR: 27, IT: 27, ES: 24, PT: 25, GB: 22,
  IE: 22, PL: 28, CZ: 24, SK: 24, DK: 18, SE: 24, NO: 15, FI: 18, HU: 28, HR: 21, SI: 19, GR: 27,
  TR: 26, RO: 24, BG: 22, EE: 20, LV: 21, LT: 20, MT: 31, CY: 28, IS: 26, MC: 27, SM: 27,
};

const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}/g;

// typed in lower or mixed case ("de89370400440532013000", "De89 3704 …"): checked in upper case; the
// upper-case country code is detectIbans' (IBAN_CANDIDATE)
const IBAN_LOWER = /\b(?:[a-z][a-zA-Z]|[A-Z][a-z])\d{2}(?: ?[a-zA-Z0-9]){11,32}/g;

/** The offset after `count` characters other than spaces from `start`. */
function endAfter(text: string, start: number, count: number): number {
  let seen = 0;
  let end = start;
  while (seen < count) {
    if (text[end] !== ' ') seen++;
    end++;
  }
  return end;
}

export function detectLowerIbans(text: string): Candidate[] {
  const out: Candidate[] = [];
  IBAN_LOWER.lastIndex = 0;
  for (let m = IBAN_LOWER.exec(text); m; m = IBAN_LOWER.exec(text)) {
    const compact = m[0].replace(/ /g, '').toUpperCase();
    const len = IBAN_LENGTH[compact.slice(0, 2)];
    if (!len || compact.length < len || !ibanValid(compact.slice(0, len))) continue;
    const end = endAfter(text, m.index, len);
    // the IBAN must end where a word ends (not inside a longer code)
    if (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) continue;
    out.push({ start: m.index, end, type: 'IBAN', priority: 92 });
    IBAN_LOWER.lastIndex = end;
  }
  return out;
}

export function detectIbans(text: string): Candidate[] {
  const out: Candidate[] = [];
  IBAN_CANDIDATE.lastIndex = 0;
  for (let m = IBAN_CANDIDATE.exec(text); m; m = IBAN_CANDIDATE.exec(text)) {
    const raw = m[0];
    const len = IBAN_LENGTH[raw.slice(0, 2)];
    const compact = raw.replace(/ /g, '');
    const tries = len ? [len] : Array.from({ length: compact.length - 14 }, (_, k) => compact.length - k);
    for (const L of tries) {
      if (compact.length < L || !ibanValid(compact.slice(0, L))) continue;
      const end = endAfter(text, m.index, L);
      out.push({ start: m.index, end, type: 'IBAN', priority: 92 });
      IBAN_CANDIDATE.lastIndex = end;
      break;
    }
  }
  return out;
}

const CARD_PREFIX = /^(?:4|5[1-5]|2[2-7]|3[47]|3[068]|6(?:011|5|4[4-9])|35)/;

const CARD_WORD = /(?:karte|card|kreditkart|visa|mastercard|maestro|amex|kartennummer)/i;
// cards that are customer or voucher numbers, not payment cards
const NOT_PAYMENT = /(?:bahn ?card|gift ?card|geschenkkarte|gutschein|payback|kundenkarte|sim[- ]?karte|sim ?card|loyalty card|voucher)/i;

/** The number is introduced as a payment card within the preceding words. */
function cardContext(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return CARD_WORD.test(before) && !NOT_PAYMENT.test(before);
}

const MARKETPLACE_ORDER = /^\d{3}-\d{7}-\d{7}$/;

export function detectCards(text: string, runs: NumberRun[]): Candidate[] {
  const out: Candidate[] = [];
  for (const r of runs) {
    const nd = r.digits.length;
    if (nd < 13 || nd > 19 || r.plus || /[^ \-\u00a0]/.test(r.seps) || r.groups > 5) continue;
    if (!luhnValid(r.digits)) continue;
    // "302-8841729-1102297": the marketplace order format (3-7-7), which a card number never takes
    if (nd === 17 && r.groups === 3 && MARKETPLACE_ORDER.test(text.slice(r.start, r.end))) continue;
    if (!CARD_PREFIX.test(r.digits)) {
      // other issuers (co-branded, domestic schemes): only when the number is introduced as a card
      if (cardContext(text, r.start)) out.push({ start: r.start, end: r.end, type: 'CREDIT_CARD', priority: 91 });
      continue;
    }
    const amex = /^3[47]/.test(r.digits);
    if (nd < 14 || (amex && nd !== 15) || (!amex && nd === 15)) {
      if (!cardContext(text, r.start)) continue;
    }
    out.push({ start: r.start, end: r.end, type: 'CREDIT_CARD', priority: 91 });
  }
  return out;
}

export function detectTaxIds(runs: NumberRun[]): Candidate[] {
  const out: Candidate[] = [];
  for (const r of runs) {
    if (r.digits.length !== 11 || r.plus || /[^ ]/.test(r.seps) || r.groups > 4) continue;
    if (!steuerIdValid(r.digits)) continue;
    out.push({ start: r.start, end: r.end, type: 'TAX_ID', priority: 78 });
  }
  return out;
}
