import type { Candidate } from './types';

/** IP addresses, but not version numbers that look like them ("Firmware 2.1.14.207", "v2.0.1.3"). */

const V4 = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)/g;
const VERSION_CONTEXT = /(?:version|firmware|fw|build|release|update|ver\.?|v|os|ios|android|app|software|patch|treiber|driver)\W{0,3}$/i;
const VERSION_NEAR = /\b(?:version|firmware|build|release|update|patch|v\d)/i;
const VERSION_AFTER = /^\W{0,3}(?:firmware|version|build|update|release)/i;

function ipv4(text: string, out: Candidate[]): void {
  V4.lastIndex = 0;
  for (let m = V4.exec(text); m; m = V4.exec(text)) {
    const parts = m[0].split('.');
    if (parts.some((p) => Number(p) > 255 || (p.length > 1 && p.startsWith('0')))) continue;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 15);
    if (VERSION_CONTEXT.test(before) || VERSION_AFTER.test(after)) continue;
    // "1.0.0.2" (three one-digit parts) and dotted numbers in a sentence about versions are releases, not hosts
    if (parts.filter((p) => p.length === 1).length >= 3) continue;
    if (VERSION_NEAR.test(text.slice(Math.max(0, m.index - 40), m.index)) && !/\bip\b/i.test(before)) continue;
    if (/^\d+\.\d+\.\d+\.\d+$/.test(m[0]) && Number(parts[0]) === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'IP_ADDRESS', priority: 70 });
  }
}

// 3 to 7 colons between hex groups (at most one "::"); bounded repetition, each step consumes a colon
const V6 = /(?<![\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){3,7}(?![\w:])/gi;

function ipv6(text: string, out: Candidate[]): void {
  V6.lastIndex = 0;
  for (let m = V6.exec(text); m; m = V6.exec(text)) {
    const v = m[0];
    if (v.length < 8 || (v.match(/::/g)?.length ?? 0) > 1 || /:::/.test(v)) continue;
    const groups = v.split(':').filter(Boolean);
    if (groups.length < 3 || !groups.some((g) => g.length >= 3 || /[a-f]/i.test(g))) continue;
    out.push({ start: m.index, end: m.index + v.length, type: 'IP_ADDRESS', priority: 70 });
  }
}

export function detectIps(text: string, colon: boolean): Candidate[] {
  const out: Candidate[] = [];
  if (/\d\.\d{1,3}\.\d/.test(text)) ipv4(text, out);
  if (colon && /[0-9a-f]:[0-9a-f]{0,4}:[0-9a-f]{0,4}:/i.test(text)) ipv6(text, out);
  return out;
}
