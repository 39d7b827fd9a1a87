/** Small text helpers shared by the analysis, the composer and the guard (pure). */

/** lower-case, accents folded (ä→a, ß→ss) */
export function fold(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
}

/** word tokens (letters/digits) after folding */
export function tokens(s: string): string[] {
  return fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** folded tokens joined by single spaces and padded, for phrase tests with word boundaries */
export function joined(s: string): string {
  return ' ' + tokens(s).join(' ') + ' ';
}

/** does the folded text contain the phrase as whole words (phrase given in plain form)? */
export function hasPhrase(j: string, phrase: string): boolean {
  return j.includes(' ' + tokens(phrase).join(' ') + ' ');
}

/** does any word start with one of the stems? */
export function hasStem(toks: readonly string[], stems: readonly string[]): boolean {
  return toks.some((t) => stems.some((s) => t.startsWith(s)));
}

export function sentences(s: string): string[] {
  return s
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((x) => x.trim())
    .filter(Boolean);
}

function charNgrams(s: string, n = 3): Map<string, number> {
  const t = ' ' + tokens(s).join(' ') + ' ';
  const m = new Map<string, number>();
  for (let i = 0; i + n <= t.length; i++) {
    const g = t.slice(i, i + n);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  if (!a.size || !b.size) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return dot / Math.sqrt(na * nb);
}

/** character-trigram cosine in [0,1] */
export function similarity(a: string, b: string): number {
  return cosine(charNgrams(a), charNgrams(b));
}

/** a reusable profile, for comparing one text against many */
export function profile(s: string): Map<string, number> {
  return charNgrams(s);
}
export const profileSimilarity = cosine;

/** share of reply tokens inside a word trigram copied from the source text */
export function copyRatio(reply: string, source: string): number {
  const rt = tokens(reply);
  if (!rt.length) return 0;
  const mt = tokens(source);
  if (rt.length < 3) return rt.filter((x) => mt.includes(x)).length / rt.length;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= mt.length; i++) grams.add(mt.slice(i, i + 3).join(' '));
  const covered = new Array<boolean>(rt.length).fill(false);
  for (let i = 0; i + 3 <= rt.length; i++) {
    if (grams.has(rt.slice(i, i + 3).join(' '))) covered[i] = covered[i + 1] = covered[i + 2] = true;
  }
  return covered.filter(Boolean).length / rt.length;
}

/** FNV-1a hash, for deterministic choices that depend on the content */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** integer mixing (murmur3 finaliser), so nearby seeds pick unrelated elements */
export function mix(n: number): number {
  let h = n | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** picks one element deterministically from a non-empty list */
export function pick<T>(list: readonly T[], seed: number): T {
  const v = list[mix(seed) % list.length];
  if (v === undefined) throw new Error('pick from an empty list');
  return v;
}

/** joins items as a natural list: "a, b und c" / "a, b and c" */
export function listJoin(items: readonly string[], lang: 'de' | 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = lang === 'de' ? ' und ' : ' and ';
  return items.slice(0, -1).join(', ') + and + items[items.length - 1];
}
