import type { Lang } from '../model/conversation';

// Short function words that are frequent in one language and rare in the other. Social posts are
// short, so a handful of hits decides; umlauts and ß tip the balance towards German.
const DE = new Set(
  ('der die das und ist nicht ich ihr wir sie es ein eine einen einem einer mit auf für von zu im ' +
    'den dem des bei seit schon noch auch aber oder wenn wie was warum wann wo mein meine meinen ' +
    'mir mich dich dir euch euer eure kein keine ruft ruf rufen anrufen schreibt schreib gerne gern mehr nur sehr bitte danke hallo gibt hat habe haben ' +
    'sind war waren wird werden kann könnt können doch mal jetzt heute gestern morgen immer wieder ' +
    'nach vor über unter durch gegen ohne um hier dort da dass so zum zur am vom ins als bin bist ' +
    'echt gut toll super leider endlich woche wochen tage tagen seid macht geht ja nein nix nichts ' +
    'moin servus grüße gruß liebe lieber ihre ihren euren eurem unser uns').split(' '),
);
const EN = new Set(
  ('the and is are was were not i you we they it a my your our with on for of to in at by from ' +
    'this that these those have has had do does did can could would should will what why when where ' +
    'how who please thanks thank hello hi hey no yes just still again since week weeks days day ' +
    'order ordered me him her them its be been being there here any some than then very too ' +
    'into about after before out up so if or but get got been love great awesome fix fixed ' +
    'phone account help guys anyone im dont cant wont isnt already').split(' '),
);

/** Detects German or English in a short social-media text; `und` when there is no clear signal. */
export function detectLang(text: string): Lang {
  const words = text.toLowerCase().match(/[a-zäöüß']+/g);
  if (!words) return 'und';
  let de = 0;
  let en = 0;
  for (const raw of words) {
    const w = raw.replace(/'/g, '');
    if (DE.has(w)) de += 1;
    if (EN.has(w)) en += 1;
    if (/[äöüß]/.test(w)) de += 0.75;
  }
  if (de === en) {
    if (/[äöüß]/.test(text)) return 'de';
    // Tie-breaker: letter sequences typical of each language.
    const lower = text.toLowerCase();
    const count = (re: RegExp) => (lower.match(re) ?? []).length;
    const deGrams = count(/sch|cht|ung\b|ich\b|eit\b|zu|tz|ck/g);
    const enGrams = count(/th|ing\b|ould|ght|wh|\by/g);
    if (deGrams === enGrams) return 'und';
    return deGrams > enGrams ? 'de' : 'en';
  }
  return de > en ? 'de' : 'en';
}

/** Like detectLang, but falls back to a given language (the page's or the UI's) when unsure. */
export function detectLangOr(text: string, fallback: Lang): Lang {
  const lang = detectLang(text);
  return lang === 'und' ? fallback : lang;
}
