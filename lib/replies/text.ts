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

const phraseCache = new Map<string, string>();
/** does the folded text contain the phrase as whole words (phrase given in plain form)? */
export function hasPhrase(j: string, phrase: string): boolean {
  let key = phraseCache.get(phrase);
  if (key === undefined) {
    key = ' ' + tokens(phrase).join(' ') + ' ';
    if (phraseCache.size < 5000) phraseCache.set(phrase, key);
  }
  return j.includes(key);
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

/** a reusable profile (trigram counts and their norm), for comparing one text against many */
export interface Profile {
  grams: Map<string, number>;
  norm: number;
}
export function profile(s: string): Profile {
  const grams = charNgrams(s);
  let n = 0;
  for (const v of grams.values()) n += v * v;
  return { grams, norm: Math.sqrt(n) };
}
/**
 * Many fixed texts indexed by trigram, to find the best cosine of one text against all of them
 * with one pass over the text's trigrams.
 */
export class ProfileIndex {
  private readonly postings = new Map<string, [number, number][]>();
  private readonly norms: number[] = [];
  add(text: string): void {
    const p = profile(text);
    const id = this.norms.length;
    this.norms.push(p.norm);
    for (const [g, c] of p.grams) {
      const list = this.postings.get(g);
      if (list) list.push([id, c]);
      else this.postings.set(g, [[id, c]]);
    }
  }
  get size(): number {
    return this.norms.length;
  }
  /** highest cosine similarity of the text to any indexed text */
  best(text: string): number {
    if (!this.norms.length) return 0;
    const p = profile(text);
    if (!p.norm) return 0;
    const dots = new Float64Array(this.norms.length);
    for (const [g, c] of p.grams) {
      const list = this.postings.get(g);
      if (list) for (const [id, n] of list) dots[id] = (dots[id] ?? 0) + c * n;
    }
    let best = 0;
    for (let i = 0; i < dots.length; i++) {
      const norm = this.norms[i] ?? 0;
      if (norm) best = Math.max(best, (dots[i] ?? 0) / (p.norm * norm));
    }
    return best;
  }
}

export function profileSimilarity(a: Profile, b: Profile): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a.grams, b.grams] : [b.grams, a.grams];
  let dot = 0;
  for (const [k, v] of small) {
    const w = large.get(k);
    if (w) dot += v * w;
  }
  return dot / (a.norm * b.norm);
}

/** the source side of copyRatio, computed once for many replies */
export interface CopySource {
  toks: string[];
  grams: Set<string>;
}
export function copySource(source: string): CopySource {
  const toks = tokens(source);
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= toks.length; i++) grams.add(toks[i] + ' ' + toks[i + 1] + ' ' + toks[i + 2]);
  return { toks, grams };
}

/** share of reply tokens inside a word trigram copied from the source text */
export function copyRatio(reply: string, source: string | CopySource): number {
  const rt = tokens(reply);
  if (!rt.length) return 0;
  const src = typeof source === 'string' ? copySource(source) : source;
  const mt = src.toks;
  if (rt.length < 3) return rt.filter((x) => mt.includes(x)).length / rt.length;
  const grams = src.grams;
  const covered = new Array<boolean>(rt.length).fill(false);
  for (let i = 0; i + 3 <= rt.length; i++) {
    if (grams.has(rt[i] + ' ' + rt[i + 1] + ' ' + rt[i + 2])) covered[i] = covered[i + 1] = covered[i + 2] = true;
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

/** removes single words in scare quotes ('pünktlich', "fixed"): they mean the opposite and are no evidence of a topic */
export function stripScareQuotes(s: string): string {
  return s.replace(/(^|[\s(])['"‚„“‘]\p{Ll}[\p{L}-]*['"“”‘’](?=[\s.,!?)]|$)/gu, '$1');
}

/**
 * Spoken and regional German (Bavarian, Austrian, Swabian, Berlin) written as spoken: common
 * function words are mapped to their standard forms so the tone and type cues and the durations
 * are read ("scho wieda", "seit drei Wochn", "ned"). Only when at least two unambiguous regional
 * forms occur, so a standard text is never touched; content words stay as they are.
 */
const DIALECT_MARKERS = new Set('scho wieda wiada ned nimma nimmer koa koan koane koana koi wos füa fia hob hoid hoit oiwei oiwai imma isch ick nich wat dit zruck zrugg jetz etz nia niad kummt gsagt gmacht ghabt gschrieben wochn stund stundn minutn dog dogn tog ois mia jetze hobs hamma samma zwoa oans'.split(' '));
const DIALECT_MAP: Record<string, string> = {
  scho: 'schon', wieda: 'wieder', wiada: 'wieder', ned: 'nicht', net: 'nicht', nimma: 'nicht mehr', nimmer: 'nicht mehr', nemme: 'nicht mehr',
  koa: 'kein', koi: 'kein', koan: 'keinen', koane: 'keine', koana: 'keiner', wos: 'was', wat: 'was', des: 'das', dit: 'das', is: 'ist', isch: 'ist',
  füa: 'für', fia: 'für', do: 'da', hob: 'habe', hobs: 'habe es', i: 'ich', ick: 'ich', mi: 'mich', mia: 'wir', nich: 'nicht', hoid: 'halt', hoit: 'halt',
  oiwei: 'immer', oiwai: 'immer', imma: 'immer', ois: 'alles', zruck: 'zurück', zrugg: 'zurück', jetz: 'jetzt', etz: 'jetzt', jetze: 'jetzt', nia: 'nie', niad: 'nie',
  kummt: 'kommt', gsagt: 'gesagt', gmacht: 'gemacht', ghabt: 'gehabt', gschrieben: 'geschrieben', wochn: 'Wochen', stund: 'Stunde', stundn: 'Stunden',
  minutn: 'Minuten', dog: 'Tag', tog: 'Tag', dogn: 'Tage', hamma: 'haben wir', samma: 'sind wir', ma: 'wir', zwoa: 'zwei', oans: 'eins',
};
export function normaliseDialect(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let markers = 0;
  for (const w of words) if (DIALECT_MARKERS.has(w) && ++markers >= 2) break;
  if (markers < 2) return text;
  return text.replace(/(?<![\p{L}\d@#])\p{L}+(?![\p{L}\d])/gu, (w) => {
    const to = DIALECT_MAP[w.toLowerCase()];
    if (!to) return w;
    // nouns keep their capital; a capitalised function word at a sentence start keeps it too
    return /^\p{Lu}/u.test(w) || /^\p{Lu}/u.test(to) ? to.charAt(0).toUpperCase() + to.slice(1) : to;
  });
}
