/** Checksums that separate real account, card and tax numbers from random digit runs. */

/** Luhn (cards): digits only, at least 12 of them. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** ISO 13616 IBAN check (mod 97 = 1) on a compact upper-case IBAN. */
export function ibanValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    const v = c >= 65 ? c - 55 : c - 48;
    rest = v > 9 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
  }
  return rest === 1;
}

/** Any string passes mod 97 when its letters and digits do; used for team rules (IBAN-like). */
export function mod97Valid(value: string): boolean {
  return ibanValid(value.replace(/[\s-]/g, '').toUpperCase());
}

/**
 * German Steuer-Identifikationsnummer: 11 digits, no leading zero, in the first ten digits one
 * digit occurs two or three times (never three times in a row) and at least one digit is missing,
 * check digit by ISO 7064 MOD 11,10.
 */
export function steuerIdValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[digits.charCodeAt(i) - 48]! += 1;
  let multi = 0;
  let missing = 0;
  for (const c of counts) {
    if (c === 0) missing += 1;
    else if (c > 1) {
      if (c > 3) return false;
      multi += 1;
    }
  }
  if (multi !== 1 || missing < 1 || missing > 2) return false;
  for (let i = 0; i + 2 < 10; i++) {
    if (digits[i] === digits[i + 1] && digits[i] === digits[i + 2]) return false;
  }
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === digits.charCodeAt(10) - 48;
}
