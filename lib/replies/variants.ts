/**
 * Variants of a suggestion the agent asks for (pure): "another" (different wording and shape),
 * "shorter", "warmer" and "formal" (German: Sie instead of du). Every variant passes the guard.
 */
import { analyse } from './analyse';
import { compose } from './compose';
import { finalize } from './engines/shared';
import type { PiiDetector } from './pii';
import { PLATFORM_LIMIT, ReplyInputSchema, type ReplyInputRaw, type Suggestion, type VariantKind } from './schema';
import { hash, pick, sentences, similarity } from './text';

const DM_WORD = /\b(?:DM|PN|Direktnachricht|Privatnachricht|direct message|private message|privately|message us)\b/i;

function shorter(text: string): string {
  const ss = sentences(text);
  if (ss.length <= 1) {
    const words = text.split(/\s+/);
    return words.slice(0, Math.max(6, Math.ceil(words.length * 0.6))).join(' ').replace(/[,;:–-]+$/u, '') + (/[.!?]$/.test(text) ? '' : '…');
  }
  // keep the opener, the sentence with the substance and any DM move; drop recaps and asides
  const keep = new Set<number>([0]);
  const dm = ss.findIndex((s) => DM_WORD.test(s));
  if (dm >= 0) keep.add(dm);
  let longest = 1;
  for (let i = 1; i < ss.length; i++) if ((ss[i]?.length ?? 0) > (ss[longest]?.length ?? 0) && i !== dm) longest = i;
  if (keep.size < 2 && ss.length > 1) keep.add(longest);
  const out = ss.filter((_, i) => keep.has(i)).join(' ');
  return out.length < text.length ? out : ss.slice(0, Math.max(1, ss.length - 1)).join(' ');
}

const WARM = {
  de: ['Wir sind für dich da.', 'Du bist damit nicht allein – wir kümmern uns.', 'Danke, dass du dich an uns wendest.', 'Wir bleiben für dich dran.'],
  en: ["We're here for you.", "You're not on your own with this – we've got it.", 'Really glad you reached out.', "We'll stay on this for you."],
};

function warmer(text: string, lang: 'de' | 'en', seed: number, angry: boolean, limit: number): string {
  const add = pick(WARM[lang], seed) + (angry ? '' : ' 💛');
  let base = text;
  // make room within the platform's limit by dropping asides first
  while (base.length + add.length + 1 > limit) {
    const next = shorter(base);
    if (next.length >= base.length) break;
    base = next;
  }
  return `${base} ${add}`;
}

const DU_SIE: [RegExp, string][] = [
  [/\bdu bist\b/g, 'Sie sind'],
  [/\bDu bist\b/g, 'Sie sind'],
  [/\bhast du\b/g, 'haben Sie'],
  [/\bHast du\b/g, 'Haben Sie'],
  [/\bdu hast\b/g, 'Sie haben'],
  [/\bkannst du\b/g, 'können Sie'],
  [/\bKannst du\b/g, 'Können Sie'],
  [/\bmagst du\b/g, 'möchten Sie'],
  [/\bMagst du\b/g, 'Möchten Sie'],
  [/\bweißt du\b/g, 'wissen Sie'],
  [/\bWeißt du\b/g, 'Wissen Sie'],
  [/\bSchreib uns\b/g, 'Schreiben Sie uns'],
  [/\bschreib uns\b/g, 'schreiben Sie uns'],
  [/\bSchick uns\b/g, 'Schicken Sie uns'],
  [/\bKomm gern\b/g, 'Kommen Sie gern'],
  [/\bMeld dich\b/g, 'Melden Sie sich'],
  [/\bProbier bitte\b/g, 'Probieren Sie bitte'],
  [/\bSag uns\b/g, 'Sagen Sie uns'],
  [/\bStarte bitte\b/g, 'Starten Sie bitte'],
  [/\bZieh den\b/g, 'Ziehen Sie den'],
  [/\bBring\b/g, 'Bringen Sie'],
  [/\bNimm\b/g, 'Nehmen Sie'],
  [/\bBitte lösch\b/g, 'Bitte löschen Sie'],
  [/\blass uns\b/g, 'lassen Sie uns'],
  [/\bLass uns\b/g, 'Lassen Sie uns'],
  [/\b(\p{L}+)st du\b/gu, '$1en Sie'],
  [/\bdu (\p{L}+)st\b/gu, 'Sie $1en'],
  [/\bdich\b/g, 'Sie'],
  [/\bdir\b/g, 'Ihnen'],
  [/\bdeine\b/g, 'Ihre'],
  [/\bdeinen\b/g, 'Ihren'],
  [/\bdeinem\b/g, 'Ihrem'],
  [/\bdeiner\b/g, 'Ihrer'],
  [/\bdein\b/g, 'Ihr'],
  [/\bdu\b/g, 'Sie'],
  [/\bDu\b/g, 'Sie'],
  [/\b(Hi|Hallo|Moin|Servus|Hey)\b/g, 'Guten Tag'],
];

function formal(text: string, lang: 'de' | 'en'): string {
  let t = text.replace(/\s*[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]\uFE0F?/gu, '');
  if (lang === 'de') {
    for (const [re, rep] of DU_SIE) t = t.replace(re, rep);
    t = t
      .replace(/\bOh je\b|\bMist\b|\bPuh\b|\bUff\b|\bAutsch\b/g, 'Das tut uns leid')
      .replace(/\bso darf das nicht laufen\b/g, 'so darf das nicht sein')
      .replace(/\bdas nervt\b/g, 'das ist ärgerlich')
      .replace(/\bblöd gelaufen\b/g, 'unglücklich gelaufen')
      .replace(/\bkriegen wir\b/g, 'bekommen wir')
      .replace(/\bchecken\b/g, 'prüfen')
      .replace(/\s+/g, ' ')
      .trim();
    // a reply without any informal word still gets a formal salutation, so the variant is visibly formal
    return t === text.trim() && !/^Guten Tag\b/.test(t) ? `Guten Tag. ${t}` : t;
  }
  const EN: [RegExp, string][] = [
    [/\b(Hi|Hey)\b/g, 'Hello'],
    [/\bcan't\b/gi, 'cannot'],
    [/\bwon't\b/gi, 'will not'],
    [/\bdon't\b/gi, 'do not'],
    [/\bisn't\b/gi, 'is not'],
    [/\bdoesn't\b/gi, 'does not'],
    [/\bshouldn't\b/gi, 'should not'],
    [/\bit's\b/g, 'it is'],
    [/\bIt's\b/g, 'It is'],
    [/\bthat's\b/g, 'that is'],
    [/\bThat's\b/g, 'That is'],
    [/\bwe'll\b/g, 'we will'],
    [/\bWe'll\b/g, 'We will'],
    [/\bwe're\b/g, 'we are'],
    [/\bWe're\b/g, 'We are'],
    [/\bI'd\b/g, 'I would'],
    [/\bLet's\b/g, 'Let us'],
    [/\bUgh\b|\bOof\b|\bOuch\b|\bOh no\b/g, 'We are sorry'],
    [/\bDrop us a DM\b/g, 'Please send us a direct message'],
    [/\bPop us a DM\b/g, 'Please send us a direct message'],
  ];
  for (const [re, rep] of EN) t = t.replace(re, rep);
  t = t.replace(/\s+/g, ' ').trim();
  return t === text.trim() && !/^(?:Hello|Good (?:morning|afternoon|evening))\b/.test(t) ? `Hello, ${t}` : t;
}

/** A variant of one suggestion; null when no variant passes the guard. */
export function variant(
  suggestion: Suggestion,
  kind: VariantKind,
  inputRaw: ReplyInputRaw,
  opts: { detectPii?: PiiDetector; salt?: number } = {},
): Suggestion | null {
  const input = ReplyInputSchema.parse(inputRaw);
  const a = analyse(input, opts.detectPii ? { detectPii: opts.detectPii } : {});
  const seed = hash(suggestion.text) + (opts.salt ?? 0);
  let drafts: { text: string; strategy: string }[];
  if (kind === 'another') {
    // recompose with other salts and take the draft least like the current one
    const pool: { text: string; strategy: string }[] = [];
    for (let salt = 1; salt <= 4; salt++) pool.push(...compose(input, a, { salt: seed + salt }));
    pool.sort((x, y) => similarity(x.text, suggestion.text) - similarity(y.text, suggestion.text));
    const sameStrategy = pool.filter((d) => d.strategy === suggestion.strategy);
    drafts = [...sameStrategy.slice(0, 1), ...pool.slice(0, 3)];
  } else if (kind === 'shorter') {
    drafts = [{ text: shorter(suggestion.text), strategy: suggestion.strategy }];
  } else if (kind === 'warmer') {
    drafts = [{ text: warmer(suggestion.text, a.lang, seed, a.tone === 'angry' || a.tone === 'troll', PLATFORM_LIMIT[input.platform]), strategy: suggestion.strategy }];
  } else {
    drafts = [{ text: formal(suggestion.text, a.lang), strategy: suggestion.strategy }];
  }
  const out = finalize(drafts, input, a, suggestion.engine, opts.detectPii).filter((s) => s.text !== suggestion.text);
  return out[0] ?? null;
}
