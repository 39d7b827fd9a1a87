/**
 * The guard every suggestion passes before an agent sees it, whichever engine wrote it (pure).
 * It repairs what can be repaired sentence by sentence and drops the suggestion when too little
 * is left. Checks, in order:
 *  - parroting: a sentence that quotes the customer (≥ 80 % copied word trigrams) is removed; a
 *    reply that is still ≥ 50 % copied is dropped;
 *  - canned phrases: sentences that read like boilerplate (char-trigram cosine ≥ 0.6 to the
 *    product's list or a team macro) are removed; dropped when they made up half the reply;
 *  - personal data: a sentence repeating the customer's personal data is removed (public replies);
 *  - asking for personal data in public: such a sentence is replaced by a move to DMs;
 *  - irony: thanking an ironic customer for the "praise" is removed;
 *  - guidelines: avoid-phrase (sentence removed), require-phrase (appended), max-length;
 *  - length: the platform's limit (X: 280) by dropping trailing sentences, then cutting at a word.
 */
import { CANNED_PHRASES } from './canned';
import { piiStrings, type PiiDetector } from './pii';
import { PLATFORM_LIMIT, type Guideline, type ReplyInput, type Tone } from './schema';
import { copyRatio, copySource, fold, joined, ProfileIndex, sentences } from './text';

export type GuardIssue =
  | 'parrot'
  | 'canned'
  | 'pii-echo'
  | 'pii-request'
  | 'irony-thanks'
  | 'guideline-avoid'
  | 'guideline-require'
  | 'too-long'
  | 'empty';

export type GuardResult = { ok: true; text: string; issues: GuardIssue[] } | { ok: false; issues: GuardIssue[] };

export interface GuardContext {
  input: Pick<ReplyInput, 'text' | 'platform' | 'thread' | 'guidelines' | 'visibility'> & { lang?: 'de' | 'en' };
  lang: 'de' | 'en';
  tone?: Tone;
  detectPii?: PiiDetector;
  /** the customer's personal data, when the caller already found it (saves detecting it per suggestion) */
  personalData?: string[];
}

const PARROT = 0.5;
const CANNED_SIM = 0.6;

const CANNED_INDEX = new ProfileIndex();
for (const p of CANNED_PHRASES) CANNED_INDEX.add(p);

const DM_RE =
  /(?:^| )(?:dm|dms|pn|direktnachricht|privatnachricht|private nachricht|personliche nachricht|per nachricht|direct message|private message|privately|inbox|messenger|message us|privat)(?= |$)/;

const PII_TERMS =
  'kundennummer|kundennr|vertragsnummer|iban|kontonummer|geburtsdatum|adresse|anschrift|telefonnummer|handynummer|nummer|e mail adresse|mailadresse|e mail|zahlernummer|sendungsnummer|bestellnummer|auftragsnummer|passwort|pin|tan|account number|account details|customer number|sort code|date of birth|address|phone number|mobile number|number|email address|email|tracking number|order number|postcode|card number|reference number|bank details|password|pin';
const POSS = '(?:deine|deinen|ihre|ihren|eure|euren|dein|ihr|your)';
const ASK_RES = [
  new RegExp(`(?:^| )(?:nenn|schick|send|gib|geben|teil|schreib|poste|verrat|antworte|share|tell|give|post|provide|reply with|confirm|drop)\\S*(?: \\S+){0,3} ${POSS} (?:${PII_TERMS})(?= |$)`),
  new RegExp(`${POSS} (?:${PII_TERMS})(?: \\S+){0,3} (?:nennen|mitteilen|schicken|senden|geben|posten|schreiben|verraten)(?= |$)`),
  new RegExp(`(?:wie lautet|what s|what is|need)(?: \\S+){0,2} ${POSS} (?:${PII_TERMS})(?= |$)`),
];
const NEG_RE = /(?:^| )(?:nicht|kein|keine|keinesfalls|niemals|nie|not|never|don t|do not|no need)(?= |$)/;

const IRONY_THANKS = [
  'danke fur das lob', 'danke fur dein lob', 'danke fur ihr lob', 'danke fur euer lob', 'danke fur die blumen',
  'danke fur die netten worte', 'danke fur das kompliment', 'freut uns dass', 'das freut uns', 'freut uns sehr',
  'schon dass du zufrieden', 'schon dass sie zufrieden', 'schon zu horen', 'thanks for the kind words',
  'thank you for the kind words', 'thanks for the compliment', 'thank you for your kind', 'glad you enjoyed',
  'glad you like', 'glad you liked', 'glad you love', 'happy to hear', 'great to hear', 'glad to hear',
  'we love to hear', 'thanks for the love', 'thanks for the praise',
].map((p) => ' ' + p + ' ');

const DM_REPAIR: Record<'de' | 'en', string> = {
  de: 'Schreib uns die Details bitte per DM, nicht hier öffentlich.',
  en: 'Please send us the details by DM rather than here in public.',
};

const squash = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');

/** the reply asks for the customer's own data in public (no DM/private channel mentioned) */
const PII_WORDS = PII_TERMS.split('|');

export function asksPersonalDataPublicly(text: string): boolean {
  return asksInJoined(joined(text).trim());
}

function asksInJoined(j: string): boolean {
  // cheap pre-check: no data word, no request for data
  if (!PII_WORDS.some((w) => j.includes(w))) return false;
  if (DM_RE.test(j)) return false;
  return ASK_RES.some((re) => {
    const m = re.exec(j);
    if (!m) return false;
    const around = j.slice(Math.max(0, m.index - 20), m.index + m[0].length + 30);
    return !NEG_RE.test(around);
  });
}

export function proposesDm(text: string): boolean {
  return DM_RE.test(joined(text).trim());
}

function cannedScore(sentence: string, team: ProfileIndex | null): number {
  return Math.max(CANNED_INDEX.best(sentence), team ? team.best(sentence) : 0);
}

function cutToLimit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const ss = sentences(text);
  while (ss.length > 1 && ss.join(' ').length > limit) ss.pop();
  let out = ss.join(' ');
  if (out.length > limit) {
    out = out.slice(0, limit - 1);
    const sp = out.lastIndexOf(' ');
    if (sp > limit * 0.6) out = out.slice(0, sp);
    out = out.replace(/[\s,;:–-]+$/u, '') + '…';
  }
  return out;
}

/** Checks and repairs one suggestion. */
export function guard(text: string, ctx: GuardContext): GuardResult {
  const issues = new Set<GuardIssue>();
  const { input, lang } = ctx;
  const isPublic = (input.visibility ?? 'public') === 'public';
  const guidelines: Guideline[] = input.guidelines ?? [];
  const macros = guidelines.filter((g) => g.kind === 'canned');
  let teamCanned: ProfileIndex | null = null;
  if (macros.length) {
    teamCanned = new ProfileIndex();
    for (const g of macros) teamCanned.add(g.text);
  }
  const source = [input.text, ...(input.thread ?? []).filter((t) => t.role === 'customer').map((t) => t.text)].join(' \n ');
  const pii = isPublic ? (ctx.personalData ?? piiStrings(source, lang, ctx.detectPii)).map(squash).filter((p) => p.length >= 4) : [];

  const src = copySource(input.text);
  let ss = sentences(text.trim());
  const totalChars = ss.reduce((n, s) => n + s.length, 0) || 1;
  let cannedChars = 0;
  const kept: string[] = [];
  for (const s0 of ss) {
    const s = s0;
    const js = joined(s);
    if (s.length >= 40 && copyRatio(s, src) >= 0.8) {
      issues.add('parrot');
      continue;
    }
    if (cannedScore(s, teamCanned) >= CANNED_SIM) {
      issues.add('canned');
      cannedChars += s.length;
      continue;
    }
    if (pii.length && pii.some((p) => squash(s).includes(p))) {
      issues.add('pii-echo');
      continue;
    }
    if (ctx.tone === 'ironic' && IRONY_THANKS.some((p) => js.includes(p))) {
      issues.add('irony-thanks');
      continue;
    }
    const avoid = guidelines.find((g) => g.kind === 'avoid-phrase' && js.includes(joined(g.text)));
    if (avoid) {
      issues.add('guideline-avoid');
      continue;
    }
    if (isPublic && asksInJoined(js.trim())) {
      issues.add('pii-request');
      kept.push(DM_REPAIR[lang]);
      continue;
    }
    kept.push(s);
  }
  if (cannedChars / totalChars >= 0.5) return { ok: false, issues: [...issues] };
  ss = kept;
  let out = ss.join(' ').replace(/\s+/g, ' ').trim();
  // the whole reply may read as one canned paragraph
  if (out && cannedScore(out, teamCanned) >= CANNED_SIM) {
    issues.add('canned');
    return { ok: false, issues: [...issues] };
  }
  if (!out || out.length < 12) {
    issues.add('empty');
    return { ok: false, issues: [...issues] };
  }
  if (copyRatio(out, src) >= PARROT) {
    issues.add('parrot');
    return { ok: false, issues: [...issues] };
  }
  // a reply that moves a case to DM must not also ask for data in public
  if (isPublic && asksPersonalDataPublicly(out)) {
    issues.add('pii-request');
    return { ok: false, issues: [...issues] };
  }

  let limit = PLATFORM_LIMIT[input.platform];
  for (const g of guidelines) {
    if (g.kind === 'max-length') {
      const n = Number.parseInt(g.text, 10);
      if (Number.isFinite(n) && n >= 20) limit = Math.min(limit, n);
    }
  }
  const required = guidelines.filter((g) => g.kind === 'require-phrase' && !joined(out).includes(joined(g.text)));
  for (const g of required) {
    issues.add('guideline-require');
    const add = g.text.trim();
    const room = limit - add.length - 1;
    out = (room > 20 ? cutToLimit(out, room) + ' ' : '') + add;
  }
  if (out.length > limit) {
    issues.add('too-long');
    out = cutToLimit(out, limit);
  }
  return { ok: true, text: out, issues: [...issues] };
}
