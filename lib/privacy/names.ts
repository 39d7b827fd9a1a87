import { FIRST, NOT_PRIVATE, NOT_SURNAME, PARTICLES } from './names-data';
import type { Candidate } from './types';

/**
 * Full names of private persons: a known first name (or a name introduced as one: "Name:", "ich bin",
 * "my name is") followed by a surname, optional middle names and particles ("von", "de"). Not flagged:
 * first names alone, "Frau Weber" (no first name), public figures and brands, and the agent's signature
 * at the end of a message ("Viele Grüße, Anna Berger").
 */

interface Tok {
  start: number;
  end: number;
  w: string;
  lower: string;
}

const WORD = /[\p{L}][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*)*/gu;
const CAP = /^\p{Lu}\p{Ll}/u;
const SURNAME = /^(?:\p{Lu}\p{Ll}+(?:['’]\p{Lu}?\p{Ll}+)?|\p{Lu}['’]\p{Lu}\p{Ll}+|Mc\p{Lu}\p{Ll}+|Mac\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?$/u;
const LOWER_NAME = /^\p{Ll}{2,}(?:-\p{Ll}{2,})?$/u;
const INTRO =
  /(?:mein name ist|mein name lautet|ich heiße|ich heisse|ich bin|my name is|my name's|i am|i'm|this is|name|name is|hier ist|here is|traveller|traveler|passenger|fahrgast|empfänger|empfängerin|recipient|kontoinhaber|kontoinhaberin|account holder|inhaber|inhaberin|sohn|tochter|ehemann|ehefrau|son|daughter|husband|wife|sister|brother|schwester|bruder|mutter|vater|mother|father)\s*:?\s*$/i;
const SIGN_OFF =
  /(?:grüße|grüßen|gruß|gruss|grüsse|lg|vg|mfg|cheers|regards|best|thanks|thank you|danke|viele grüße|dein|deine|euer|eure|ihr|ihre|your|yours|team|sincerely|wishes|[,\-–—~^/|\n])\s*$/i;

function isFirst(t: Tok): boolean {
  if (FIRST.has(t.lower)) return true;
  const dash = t.lower.indexOf('-');
  return dash > 0 && FIRST.has(t.lower.slice(0, dash));
}

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, w: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

/** Only a single space (or nbsp) joins the parts of a name. */
function joined(text: string, a: Tok, b: Tok): boolean {
  if (b.start - a.end !== 1) return false;
  const c = text[a.end];
  return c === ' ' || c === '\u00a0';
}

function surnameOk(t: Tok, lowerMode: boolean): boolean {
  if (NOT_SURNAME.has(t.lower)) return false;
  return lowerMode ? LOWER_NAME.test(t.w) : SURNAME.test(t.w);
}

/** Extends a name from token i (its first name) to its surname; returns the index of the last token or -1. */
function extend(text: string, toks: Tok[], i: number, lowerMode: boolean): number {
  let j = i;
  let last = -1;
  // middle names, then particles, then the surname
  for (let steps = 0; steps < 4; steps++) {
    const next = toks[j + 1];
    if (!next || !joined(text, toks[j]!, next)) break;
    if (PARTICLES.has(next.w)) {
      const after = toks[j + 2];
      if (after && joined(text, next, after) && (PARTICLES.has(after.w) || surnameOk(after, false))) {
        j += 1;
        continue;
      }
      break;
    }
    if (!surnameOk(next, lowerMode)) break;
    j += 1;
    last = j;
    // a middle name is only kept when another surname-like word follows ("Richard Alan Parker")
    const more = toks[j + 1];
    if (!(isFirst(next) && more && joined(text, next, more) && surnameOk(more, lowerMode))) break;
  }
  return last;
}

function isSignature(text: string, start: number, end: number): boolean {
  const rest = text.slice(end);
  if (/[\p{L}\p{N}]/u.test(rest)) return false;
  return SIGN_OFF.test(text.slice(Math.max(0, start - 30), start));
}

export function detectNames(text: string): Candidate[] {
  const toks = tokens(text);
  const out: Candidate[] = [];
  const surnames = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prevChar = t.start > 0 ? text[t.start - 1] : '';
    if (prevChar === '@' || prevChar === '#' || prevChar === '.' || prevChar === '_') continue;
    const cap = CAP.test(t.w);
    const before = text.slice(Math.max(0, t.start - 24), t.start);
    const intro = INTRO.test(before);
    let lowerMode = false;
    if (cap) {
      if (NOT_SURNAME.has(t.lower)) continue;
      if (!isFirst(t) && !intro) {
        // unknown first name: accept only "Vorname Nachname hier/here" at the start of a message
        const next = toks[i + 1];
        const after = next ? text.slice(next.end, next.end + 6).toLowerCase() : '';
        if (!(t.start < 3 && next && /^\s(?:hier|here)\b/.test(after))) continue;
      }
    } else {
      if (!intro || !FIRST.has(t.lower)) continue;
      lowerMode = true;
    }
    const last = extend(text, toks, i, lowerMode);
    if (last < 0) continue;
    const end = toks[last]!.end;
    const full = text.slice(t.start, end).toLowerCase().replace(/\s+/g, ' ');
    if (NOT_PRIVATE.has(full) || NOT_PRIVATE.has(full.replace(/\s+&?\s*/g, ' '))) {
      i = last;
      continue;
    }
    if (isSignature(text, t.start, end)) break;
    out.push({ start: t.start, end, type: 'PERSON_NAME', priority: 40 });
    surnames.add(toks[last]!.w);
    i = last;
  }
  // the family member named in the same breath: "Anna de Vries and Joost de Vries"
  if (surnames.size) {
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (!surnames.has(t.w) || out.some((c) => c.start <= t.start && t.end <= c.end)) continue;
      let k = i - 1;
      while (k >= 0 && PARTICLES.has(toks[k]!.w) && joined(text, toks[k]!, toks[k + 1]!)) k--;
      const f = toks[k];
      if (!f || k === i || !CAP.test(f.w) || NOT_SURNAME.has(f.lower) || !joined(text, f, toks[k + 1]!)) continue;
      out.push({ start: f.start, end: t.end, type: 'PERSON_NAME', priority: 40 });
    }
  }
  return out;
}
