import { letterBefore } from './keyed';
import type { Candidate } from './types';

/**
 * Vehicle registration plates. German "M-KL 4821" (district, hyphen) and British "LK19 XPD" are
 * distinctive on their own; spaced German "K DL 881" and US "7ABC123" only after a plate keyword.
 */

const KEY =
  /\b(?:kennzeichen|kfz-kennzeichen|autokennzeichen|nummernschild|plate|number plate|licen[cs]e plate|reg(?:istration)?(?: plate| number| no\.?)?|vrm)(?![A-Za-z\u00c0-\u024f])[\s:#("]{0,4}(?:(?:is|ist|war|was|lautet)\s)?/gi;
const DE = /^[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2}[- ]?\d{1,4}[EH]?(?![\p{L}\p{N}])/u;
const UK = /^[A-Z]{2}\d{2} ?[A-Z]{3}(?![\p{L}\p{N}])/u;
const US = /^(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,8}(?![\p{L}\p{N}])/u;

const DE_FREE = /(?<![\p{L}\p{N}-])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?\d{1,4}[EH]?(?![\p{L}\p{N}-])/gu;
const UK_FREE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2} [A-Z]{3}(?![\p{L}\p{N}])/gu;

export function detectPlates(text: string): Candidate[] {
  const out: Candidate[] = [];
  KEY.lastIndex = 0;
  for (let k = KEY.exec(text); k; k = KEY.exec(text)) {
    if (letterBefore(text, k.index)) continue;
    const at = k.index + k[0].length;
    const rest = text.slice(at, at + 14);
    const m = DE.exec(rest) ?? UK.exec(rest) ?? US.exec(rest);
    if (m) out.push({ start: at, end: at + m[0].length, type: 'LICENSE_PLATE', priority: 85 });
  }
  for (const [gate, re] of [
    [/[A-ZÄÖÜ]-[A-Z]/, DE_FREE],
    [/[A-Z]{2}\d{2} [A-Z]{3}/, UK_FREE],
  ] as const) {
    if (!gate.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: 'LICENSE_PLATE', priority: 50 });
    }
  }
  return out;
}
