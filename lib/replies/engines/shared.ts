import { analyse, type Analysis } from '../analyse';
import { guard } from '../guard';
import { detectPii, type PiiDetector } from '../pii';
import { PLATFORM_LIMIT, StrategySchema, type ReplyInput, type Strategy, type Suggestion } from '../schema';
import { hash, similarity } from '../text';
import type { EngineId } from './types';

/** Runs drafts through the guard, removes near-identical ones and gives them stable ids. */
export function finalize(
  drafts: { text: string; strategy?: string }[],
  input: ReplyInput,
  a: Analysis,
  engine: EngineId,
  detector?: PiiDetector,
): Suggestion[] {
  const out: Suggestion[] = [];
  const personalData = a.allPersonalData;
  for (const d of drafts) {
    const r = guard(d.text, { input, lang: a.lang, tone: a.tone, personalData, ...(detector ? { detectPii: detector } : {}) });
    if (!r.ok) continue;
    if (out.some((s) => similarity(s.text, r.text) >= 0.9)) continue;
    const strategy: Strategy = StrategySchema.safeParse(d.strategy).success ? (d.strategy as Strategy) : 'next-step';
    out.push({ id: `${engine}-${hash(r.text + strategy).toString(36)}`, text: r.text, strategy, engine, issues: r.issues });
  }
  return out;
}

/** The customer's text with personal data replaced, for anything that leaves the device. */
export function redact(text: string, lang: 'de' | 'en', detector?: PiiDetector): string {
  const spans = detectPii(text, lang, detector);
  let out = text;
  for (const s of [...spans].sort((x, y) => y.start - x.start)) out = out.slice(0, s.start) + `[${s.type}]` + out.slice(s.end);
  return out;
}

export const SUGGESTION_JSON_SCHEMA = {
  type: 'object',
  properties: {
    replies: {
      type: 'array',
      minItems: 1,
      maxItems: 3,
      items: {
        type: 'object',
        properties: {
          text: { type: 'string' },
          strategy: { type: 'string', enum: ['next-step', 'follow-up', 'dm', 'humour', 'short', 'warning'] },
        },
        required: ['text', 'strategy'],
      },
    },
  },
  required: ['replies'],
} as const;

/** The instructions for a language model: the product's reply philosophy and the analysis. */
export function buildPrompt(input: ReplyInput, a: Analysis, detector?: PiiDetector): { system: string; user: string } {
  const limit = PLATFORM_LIMIT[input.platform];
  const de = a.lang === 'de';
  const system = [
    de
      ? 'Du schreibst Antwortvorschläge für ein Social-Media-Kundenservice-Team. Antworte auf Deutsch, per du, wie ein Mensch.'
      : 'You write reply suggestions for a social media customer care team. Answer in English, like a human.',
    'Rules: address the customer by name; pick up the specific facts they wrote (numbers, places, products, times) in your own words, never quote them;',
    'no canned phrases ("thank you for your message", "we apologise for any inconvenience", hotline referrals);',
    'never repeat personal data; never ask for personal data in public – if the case needs account or order data, ask them to send a DM without naming the data;',
    'if the customer is ironic, do not thank them for the "praise"; trolls get a calm, short, factual or lightly humorous answer;',
    `each reply at most ${limit} characters; three replies with different strategies (next-step, follow-up question, dm, humour, short).`,
    'Return JSON {"replies":[{"text":"…","strategy":"…"}]}.',
  ].join(' ');
  const thread = input.thread.map((t) => `${t.role}: ${redact(t.text, a.lang, detector)}`).join('\n');
  const facts = a.facts.filter((f) => f.source === 'message').slice(0, 6).map((f) => f.text);
  const user = [
    `Platform: ${input.platform}. Brand: ${input.brand ?? '-'}. Sector: ${input.sector ?? '-'}.`,
    `Customer: ${a.addressAs ?? '-'}. Tone: ${a.tone}. Type: ${a.type}. Needs DM: ${a.needsDm ? 'yes' : 'no'}.`,
    `Key facts: ${facts.join('; ') || '-'}.`,
    thread ? `Earlier turns:\n${thread}` : '',
    a.earlierContact ? `Earlier conversation with this customer: ${redact(a.earlierContact.text, a.lang, detector)}` : '',
    `Message: ${redact(input.text, a.lang, detector)}`,
  ]
    .filter(Boolean)
    .join('\n');
  return { system, user };
}

/** Parses a model's JSON answer; null when it is not the expected shape. */
export function parseReplies(raw: string): { text: string; strategy?: string }[] | null {
  let data: unknown;
  try {
    const trimmed = raw.trim().replace(/^```(?:json)?\s*|\s*```$/g, '');
    data = JSON.parse(trimmed);
  } catch {
    return null;
  }
  const list = (data as { replies?: unknown })?.replies;
  if (!Array.isArray(list)) return null;
  const out: { text: string; strategy?: string }[] = [];
  for (const r of list) {
    if (typeof r === 'string' && r.trim()) out.push({ text: r });
    else if (r && typeof r === 'object' && typeof (r as { text?: unknown }).text === 'string') {
      const o = r as { text: string; strategy?: unknown };
      out.push({ text: o.text, ...(typeof o.strategy === 'string' ? { strategy: o.strategy } : {}) });
    }
  }
  return out.length ? out : null;
}

export { analyse };
