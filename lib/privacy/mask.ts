import type { Lang } from '../model/conversation';
import type { PiiSpan, PiiType } from './types';

/**
 * Masks a value for display: everything but the last 2–4 characters becomes "•", shown in groups
 * of four and capped at sixteen dots so the length does not leak ("DE89 3704 … 3000" →
 * "•••• •••• •••• •••• 3000").
 */
export function mask(value: string): string {
  const compact = Array.from(value.replace(/\s+/g, ''));
  const n = compact.length;
  if (n === 0) return '';
  const keep = n >= 12 ? 4 : n >= 8 ? 3 : n >= 4 ? 2 : 0;
  const hidden = Math.min(n - keep, 16);
  const tail = compact.slice(n - keep).join('');
  if (hidden <= 4) return '•'.repeat(hidden) + tail;
  const groups: string[] = [];
  for (let left = hidden; left > 0; left -= 4) groups.push('•'.repeat(Math.min(4, left)));
  return tail ? `${groups.join(' ')} ${tail}` : groups.join(' ');
}

/** The text with every span replaced by its masked value (for "store only masked text"). */
export function maskText(text: string, spans: readonly PiiSpan[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const s of sorted) {
    if (s.start < pos || s.end > text.length || s.end <= s.start) continue;
    out += text.slice(pos, s.start) + mask(text.slice(s.start, s.end));
    pos = s.end;
  }
  return out + text.slice(pos);
}

const LABELS: Record<PiiType, { de: string; en: string }> = {
  EMAIL: { de: 'E-Mail-Adresse', en: 'email address' },
  PHONE: { de: 'Telefonnummer', en: 'phone number' },
  IBAN: { de: 'IBAN', en: 'IBAN' },
  CREDIT_CARD: { de: 'Kartennummer', en: 'card number' },
  POSTAL_ADDRESS: { de: 'Anschrift', en: 'postal address' },
  DATE_OF_BIRTH: { de: 'Geburtsdatum', en: 'date of birth' },
  PERSON_NAME: { de: 'Name', en: 'name' },
  CUSTOMER_ID: { de: 'Kunden- oder Vertragsnummer', en: 'customer or account number' },
  ORDER_ID: { de: 'Bestell- oder Sendungsnummer', en: 'order or tracking number' },
  IP_ADDRESS: { de: 'IP-Adresse', en: 'IP address' },
  TAX_ID: { de: 'Steuer-ID', en: 'tax ID' },
  PASSPORT_ID: { de: 'Ausweisnummer', en: 'ID document number' },
  LICENSE_PLATE: { de: 'Kfz-Kennzeichen', en: 'licence plate' },
  PASSWORD: { de: 'Passwort oder PIN', en: 'password or PIN' },
};

/** Human name of a type in German or English (`und` falls back to English). */
export function typeLabel(type: PiiType, lang: Lang): string {
  return lang === 'de' ? LABELS[type].de : LABELS[type].en;
}
