import type { Candidate } from './types';

/**
 * Vehicle registration plates. German "HB-TR 902" (district, hyphen) and British "LK19 XPD" are
 * distinctive on their own; spaced German "F AX 37" and US "7ABC123" only after a plate keyword.
 */

/** Keywords that introduce a plate (used inside the shared keyword regex of keyed.ts). */
export const PLATE_KEYWORDS =
  '(?:kennzeichen|kfz-kennzeichen|autokennzeichen|nummernschild|plate|number plate|licen[cs]e plate|reg(?:istration)?(?: plate| number| no\\.?)?|vrm)';
const AFTER_KEY = /^[\s:#("]{0,4}(?:(?:is|ist|war|was|lautet)\s)?/i;
const DE = /^[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2}[- ]?\d{1,4}[EH]?(?![\p{L}\p{N}])/u;
const UK = /^[A-Z]{2}\d{2} ?[A-Z]{3}(?![\p{L}\p{N}])/u;
// Austrian "W 12345 X", "G 472 KL", "W-12345B": district, digits, letters
const AT = /^[A-Z]{1,2}[ -]\d{1,5}[ -]?[A-Z]{1,3}(?![\p{L}\p{N}])/u;
// Swiss "LU 90311": canton code and up to six digits
const CH = /^(?:AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH)[ -]?\d{1,6}(?![\p{L}\p{N}])/u;
const US = /^(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,8}(?![\p{L}\p{N}])/u;

const DE_FREE = /(?<![\p{L}\p{N}-])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?\d{1,4}[EH]?(?![\p{L}\p{N}-])/gu;
const UK_FREE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2} [A-Z]{3}(?![\p{L}\p{N}])/gu;

/** Words for a vehicle: a plate-shaped value right after them is its plate ("mein Auto ZH 48120"). */
export const VEHICLE_KEYWORDS = '(?:auto|wagen|fahrzeug|pkw|lkw|motorrad|car|vehicle|van|motorbike)';

/**
 * The plate right after a plate keyword, in any of the forms; after a mere vehicle word (`vehicle`) only
 * the distinctive European forms with letters and digits count, not the bare US one.
 */
export function plateAfter(text: string, from: number, vehicle = false): Candidate | null {
  const skip = AFTER_KEY.exec(text.slice(from, from + 12));
  const at = from + (skip ? skip[0].length : 0);
  const rest = text.slice(at, at + 14);
  const m = vehicle
    ? DE.exec(rest) ?? UK.exec(rest) ?? AT.exec(rest) ?? CH.exec(rest)
    : DE.exec(rest) ?? UK.exec(rest) ?? AT.exec(rest) ?? CH.exec(rest) ?? US.exec(rest);
  if (m && vehicle && /^\p{Lu}+ \d{1,3}$/u.test(m[0])) return null; // "Wagen ICE 5", "car EU 27": too short to tell
  return m ? { start: at, end: at + m[0].length, type: 'LICENSE_PLATE', priority: 85 } : null;
}

/** Product and standard names shaped like a plate: "USB-C 3", "DVB-T 2", "WLAN-AC 1200". */
const TECH = /^(?:USB|DVB|LTE|WPA|DSL|SIM|UHD|DVD|HDMI|WLAN|LAN|UMTS|NFC|ICE|USA|EU|AC|DC|HD|PS|TV|SSD|HDD|CPU|GPU|RAM|OS|WIFI)-/;

/** Plates distinctive enough to need no keyword: "HB-TR 902", "LK19 XPD". */
export function detectPlates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [gate, re] of [
    [/[A-ZÄÖÜ]-[A-Z]/, DE_FREE],
    [/[A-Z]{2}\d{2} [A-Z]{3}/, UK_FREE],
  ] as const) {
    if (!gate.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (TECH.test(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, type: 'LICENSE_PLATE', priority: 50 });
    }
  }
  return out;
}
