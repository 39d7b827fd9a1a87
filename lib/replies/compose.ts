/**
 * The core engine's writer (pure, deterministic). It does not fill one skeleton: the substance of a
 * reply comes from the message's topic (what to do about it), its tone (how to sound), the facts the
 * customer gave (picked up in the reply's own sentences, each kind of fact in a slot that fits it),
 * the thread (what was already said) and the customer's history. Each suggestion follows a
 * different strategy, and the wording of every part is chosen from banks of differently built
 * sentences by a hash of the content, so two customers rarely get the same sentence shape.
 */
import type { Analysis, Fact, FactKind } from './analyse';
import { BANK, type Bank, type Slots } from './phrases';
import { PARTS } from './phrases-parts';
import { PLATFORM_LIMIT, type ReplyInput, type Strategy } from './schema';
import { fold, hash, listJoin, mix, stripScareQuotes, tokens } from './text';

type Lang = 'de' | 'en';

export interface Draft {
  text: string;
  strategy: Strategy;
}

/** a sentence part with a priority (lower = dropped first when a reply is too long) */
interface Part {
  text: string;
  prio: number;
}

export type TopicKey =
  | 'app' | 'web' | 'mobile' | 'wallet' | 'router' | 'portal' | 'outage' | 'tech'
  | 'billing' | 'card-fraud' | 'call-fraud' | 'message-fraud' | 'delivery' | 'delay' | 'stock' | 'quality' | 'lost'
  | 'contract' | 'b2b' | 'sales' | 'staff' | 'praise' | 'access' | 'allergy' | 'bike' | 'shipping'
  | 'ticket' | 'plan' | 'rates' | 'info' | 'price' | 'trust' | 'troll' | 'application' | 'order' | 'general';

interface PoolFact {
  text: string;
  kind: FactKind;
  prep?: string;
  /** a weakly supported fact (a plain content word): only mentioned in passing, never in a slot */
  weak?: boolean;
}

const OBJ: FactKind[] = ['thing', 'code', 'quote', 'person', 'count', 'money'];
const TIME: FactKind[] = ['duration', 'date', 'time'];

/** the facts of one reply; each slot takes the next unused fact of a fitting kind */
class Pool implements Slots {
  private used = new Set<number>();
  constructor(
    private readonly facts: PoolFact[],
    private readonly lang: Lang,
  ) {}
  private takeKind(kinds: FactKind[]): PoolFact | undefined {
    for (let i = 0; i < this.facts.length; i++) {
      const f = this.facts[i];
      if (f && !f.weak && !this.used.has(i) && kinds.includes(f.kind)) {
        this.used.add(i);
        return f;
      }
    }
    return undefined;
  }
  o = (): string => this.takeKind(OBJ)?.text ?? '';
  th = (): string => this.takeKind(['thing', 'quote', 'code'])?.text ?? '';
  n = (): string => this.takeKind(['money', 'count', 'code'])?.text ?? '';
  pn = (): string => this.takeKind(['place'])?.text ?? '';
  p = (): string => {
    const f = this.takeKind(['place']);
    return f ? placePhrase(f, this.lang) : '';
  };
  t = (): string => this.takeKind(TIME)?.text ?? '';
  any = (): string => {
    const f = this.takeKind([...OBJ, 'place', ...TIME]);
    return f ? f.text : '';
  };
  /** a headline of the case: up to two objects, a place and a time */
  head = (maxObj = 2): string => {
    const objs: string[] = [];
    for (let i = 0; i < maxObj; i++) {
      const o = this.o();
      if (o) objs.push(o);
    }
    const pl = this.p();
    const tm = this.t();
    let h = listJoin(objs, this.lang);
    if (pl) h = h ? `${h} ${pl}` : pl;
    if (tm) h = h ? `${h}, ${tm}` : tm;
    return h;
  };
  rest = (): string[] => {
    const out: string[] = [];
    let weak = 0;
    for (let i = 0; i < this.facts.length; i++) {
      const f = this.facts[i];
      if (f && f.weak && ++weak > 2) continue;
      if (f && !this.used.has(i)) {
        this.used.add(i);
        out.push(f.kind === 'place' ? placePhrase(f, this.lang) : f.text);
      }
    }
    return out;
  };
  get left(): number {
    return this.facts.length - this.used.size;
  }
}

function placePhrase(f: PoolFact, lang: Lang): string {
  const t = f.text;
  if (lang === 'de') {
    if (/^(?:Filiale|Markt|Standort)\b/.test(t)) return `in der ${t}`.replace('in der Markt', 'im Markt').replace('in der Standort', 'am Standort');
    if (/(?:straße|strasse|str\.|gasse|allee)$/i.test(t)) return `in der ${t}`;
    if (/(?:weg|platz|ring|damm)$/i.test(t)) return `am ${t}`;
    if (f.prep === 'richtung') return `Richtung ${t}`;
    const prep = f.prep && ['in', 'nach', 'vor', 'aus', 'bei', 'ab', 'bis', 'von'].includes(f.prep) ? f.prep : 'in';
    return `${prep} ${t}`;
  }
  if (/(?:Street|Road|Lane|Avenue)$/.test(t)) return `on ${t}`;
  const prep = f.prep && ['in', 'to', 'from', 'at', 'near'].includes(f.prep) ? f.prep : 'in';
  return `${prep} ${t}`;
}

function renderFact(f: Fact, lang: Lang): string {
  const t = f.text;
  if (f.kind === 'time' && /^\d{1,2}:\d{2}$/.test(t)) return lang === 'de' ? `${t} Uhr` : t;
  if (f.kind === 'duration') return t.replace(/^(seit|since|for)\s+/i, lang === 'de' ? 'seit ' : 'for ');
  if (f.kind === 'date' && /^\d{1,2}\.\d{1,2}$/.test(t)) return `${t}.`;
  // relative days are not names: "Heute" at the start of the customer's sentence is "heute" in ours
  if (f.kind === 'date' && /^(?:heute|gestern|vorgestern|morgen|yesterday|today|tomorrow|tonight|this|last|next|letzte|nächste)/i.test(t)) return t.charAt(0).toLowerCase() + t.slice(1);
  return t;
}

function chooseFacts(a: Analysis, input: ReplyInput): PoolFact[] {
  const out: PoolFact[] = [];
  const seen: string[] = [];
  const brand = fold(input.brand ?? '').replace(/[^\p{L}\p{N}]/gu, '');
  const piiSquashed = a.personalData.map((p) => fold(p).replace(/[^\p{L}\p{N}]/gu, ''));
  const msg = a.facts.filter((f) => f.source === 'message');
  const thread = a.facts.filter((f) => f.source === 'thread');
  for (const f of [...msg, ...thread.slice(0, 2)]) {
    const t = renderFact(f, a.lang);
    const k = fold(t).replace(/[^\p{L}\p{N}]/gu, '');
    if (!k || (brand && brand.includes(k))) continue;
    if (piiSquashed.some((p) => p.length >= 4 && (k.includes(p) || p.includes(k)))) continue;
    if (seen.some((s) => s.includes(k) || k.includes(s))) continue;
    seen.push(k);
    out.push({ text: t, kind: f.kind, ...(f.prep ? { prep: f.prep } : {}), ...(f.weight < 1 ? { weak: true } : {}) });
    if (out.length >= 6) break;
  }
  return out;
}

/**
 * Sector-specific sentences (subsidies, lost property, product batches, store refunds) are only
 * used when the customer's own words give evidence for that sector; otherwise the neutral wording
 * of the bank is chosen, so an airline customer is never offered energy subsidies.
 */
const GATES: [RegExp, RegExp][] = [
  [/förder|zuschüss|zuschuss|grant/i, /förder|zuschuss|zuschüss|grant|subsid|wallbox|wärmepump|solar|photovolt|kfw|bafa|heizung|heat pump|charger/i],
  [/fundbüro|fundsach|lost property/i, /vergessen|verloren|liegen ?(?:ge)?lassen|liegengelassen|left (?:my|it|behind|a|the)|lost (?:my|a|the)|fundb|lost property|forgot/i],
  [/\b(?:charge|batch)\b|qualitätssicherung|qualitätsprüfung|quality (?:team|checks)/i, /lebensmittel|food|essen|frisch|fresh|riecht|smell|schimmel|mould|mold|abgelaufen|expired|haltbar|use.by|verdorben|batch|charge|packung|produkt|product|artikel|\bitem|gekauft|bought|\bware/i],
  [/should reach you|bei dir ankommen/i, /bestell|liefer|order|deliver|paket|parcel|versand|geliefert/i],
  [/any store|in eine filiale/i, /filiale|markt|store|shop|laden|gekauft|bought|kasse|\btill\b/i],
  [/\bproduct\b|\bprodukt|\bware\b/i, /produkt|product|artikel|\bitem|gekauft|bought|bestell|order|packung|\bware|lebensmittel|food/i],
  [/auszug|umzug|schlussablesung|move out|moving/i, /umzug|umzieh|auszug|ausziehe|moving|move out|move house|new address|neue adresse/i],
  [/kündigen geht|cancel online/i, /umzug|umzieh|auszug|ausziehe|kündig|cancel|moving|move out|move house|leaving|vertrag beenden/i],
  // meter readings belong to energy and water, not to a phone or broadband contract
  [/meter reading|zählerstand|ablesung/i, /strom|\bgas\b|energie|energy|electric|zähler|meter|wasser|water|heiz|heating|power|wärme/i],
  // a gift or product question needs a product: opening hours or tap water are no gift
  [/geschenk|\bgift\b/i, /geschenk|gift|present|kaufen|gekauft|buy|bought|produkt|product|artikel|\bitem|größe|size|farbe|colou?r|bestell|order/i],
];
const PROBE: Slots = { o: () => '', th: () => '', n: () => '', p: () => '', pn: () => '', t: () => '', any: () => '' };

function gated<T extends (S: Slots) => string>(list: T[] | undefined, evidence: string): T[] | undefined {
  if (!list?.length) return undefined;
  const ok = list.filter((f) => {
    const probe = f(PROBE);
    return GATES.every(([word, ev]) => !word.test(probe) || ev.test(evidence));
  });
  return ok.length ? ok : undefined;
}

/** the same gates for combined sentence parts (probed with an empty slot, i.e. their fallback wording) */
function gatedParts<P extends Record<K, ((X: string) => string)[]>, K extends string>(parts: P | undefined, key: K, evidence: string): P | undefined {
  if (!parts) return undefined;
  const ok = parts[key].filter((f) => {
    const probe = f('');
    return GATES.every(([word, ev]) => !word.test(probe) || ev.test(evidence));
  });
  return ok.length === parts[key].length ? parts : ok.length ? { ...parts, [key]: ok } : undefined;
}

/** the taking-it-on-board advice (folding bikes, dogs, prams) only fits a ride on a train, bus or tram */
/** flying or batteries: the on-board rules are the airline's dangerous-goods rules, never the bike-on-train advice */
const AIR_RE = /\b(flug|fluge|fluges|flight|flights|fliegen|fly|flying|plane|aircraft|airline|airport|flughafen|akku|akkus|battery|batteries|wh|kabine|cabin)\b/;
const TRANSIT_RE = /\b(zug|zuge|zugen|bahn|s ?bahn|u ?bahn|train|trains|bus|busse|tram|ice|ic|re|rb|fernverkehr|nahverkehr|regionalbahn|mitnehmen|mitnahme|bring|take|taking|carry|board|an bord|stellplatz|reservierung|reservation|waggon|carriage|abteil)\b/;

function topicKey(a: Analysis, j: string): TopicKey {
  const t = a.topics;
  const has = (x: (typeof t)[number]) => t.includes(x);
  // an account the brand restricted is a decision to explain, not a device to troubleshoot
  const restricted = /\b(?:account|konto|card|karte|membership|mitgliedschaft)\b(?: \w+){0,3} (?:restricted|suspended|frozen|closed|deactivated|eingeschrankt|gesperrt|eingefroren|deaktiviert)\b/.test(j) && a.type !== 'technical_problem';
  const b2b = /\b(gmbh|firma|firmen\w*|unternehmen|gewerb\w*|geschaftsk\w+|business|wholesale|trade|b2b|cafe|shop|sites|pendler\w*|etsy|jobticket\w*|api|chains?|kette\w*|filialen|supplier|supply|lieferant\w*|procurement|purchasing|einkaufsabteilung|beschaffung|stockists?|resell\w*)\b/.test(j);
  if (a.agentAskedDm && /\b(legit|how do i know|(?:echt|wirklich) von (?:euch|ihnen)|serios|random \w+ account|fake account|really you|scam|betrug)\b/.test(j) && a.type !== 'spam') return 'trust';
  if (a.tone === 'troll') return 'troll';
  if (a.type === 'praise') return 'praise';
  if (a.type === 'lead') return b2b ? 'b2b' : 'sales';
  if (has('fraud') && a.type !== 'spam') {
    if (/\b(karte|card|abgebucht|abbuchung|charged|payment|zahlung)\b/.test(j)) return 'card-fraud';
    // the phone-scam advice only fits when the customer tells of a call; a text, mail or link is phishing
    if (/\b(anruf\w*|angerufen|telefonat|am telefon|called|calls?|caller|rang|phone call|on the phone)\b/.test(j)) return 'call-fraud';
    if (/\b(sms|texts?|textnachricht|e ?mails?|mail|link|whatsapp|nachricht|message)\b/.test(j)) return 'message-fraud';
    if (/\b(telefon\w*|phone\w*)\b/.test(j)) return 'call-fraud';
  }
  if (a.type === 'technical_problem') {
    if (/\b(esim|sim|signal|empfang|funkloch\w*|no service)\b/.test(j)) return 'mobile';
    if (/\b(stromausfall|strom|power|outage|blackout|storung)\b/.test(j)) return 'outage';
    if (/\b(apple pay|google pay|wallet)\b/.test(j)) return 'wallet';
    if (/\b(router|wlan|wifi|dsl|internet)\b/.test(j)) return 'router';
    if (/\b(portal|formular|form|online|website|webseite)\b/.test(j) && /\b(zahlerstand|meter|reading|eingabe|abbruch|bricht|accept|submit|absenden)\w*/.test(j)) return 'portal';
    if (/\b(browser|firefox|chrome|safari|website|webseite|page|screen)\b/.test(j)) return 'web';
    if (/\b(app|login|einlogg\w*|anmeld\w*|update)\b/.test(j)) return 'app';
    return 'tech';
  }
  if (/\b(mortgage|hypothek\w*|kreditantrag|kreditanfrage|darlehen\w*|loan|application|antrag|in review|in prufung)\b/.test(j)) return 'application';
  // a calm question gets an answer, not a complaint procedure
  const problem = a.type === 'complaint' || a.needsDm || a.tone !== 'neutral';
  if (a.type === 'question' && !problem) {
    if (/\b(allerg\w*|nut|nuts|nuss\w*|gluten|lactose|laktose)\b/.test(j)) return 'allergy';
    if (/\b(bike|bikes|fahrrad|faltrad|klapprad|scooter|roller|hund|dog|kinderwagen|pram|buggy)\b/.test(j) && TRANSIT_RE.test(j) && !AIR_RE.test(j)) return 'bike';
    if (/\b(verpack\w*|versand\w*|versenden|verschicken|packaging|ship|shipping|deliver\w*|karton|ausland|abroad)\b/.test(j)) return 'shipping';
    if (/\b(ticket|fahrkarte|deutschlandticket|fernverkehr|nahverkehr|railcard|fare|running|fahrt|fahrplan|timetable|gleis|platform)\b/.test(j)) return 'ticket';
    if (/\b(zins\w*|tagesgeld|interest|rates?|mindestanlage|sparen)\b/.test(j)) return 'rates';
    if (/\b(tarif|plan|hotspot|tethering|roaming|upgrade|5g|datenvolumen|data)\b/.test(j)) return 'plan';
    if (/\b(umzug|auszug|kundig\w*|moving|cancel)\b/.test(j)) return 'contract';
    return 'info';
  }
  if (has('lost')) return 'lost';
  if (has('quality')) return 'quality';
  if (has('billing') && a.type === 'complaint') return 'billing';
  if (has('access')) return 'access';
  if (has('stock')) return 'stock';
  if (has('delay') && /\b(zug|zuge|bahn|train|trains|bus|busse|s\d+|re|rb|ice|ic|tram|flug|flight|fahrt|service|linie|line)\b/.test(j)) return 'delay';
  if (has('delivery')) return /\b(paket\w*|parcel\w*|sendung\w*|zustell\w*|abholkarte|courier|kurier|depot|tracking)\b/.test(j) ? 'delivery' : 'order';
  if (has('price')) return 'price';
  if (has('staff')) return 'staff';
  if (has('outage')) return 'outage';
  if (has('tech') && !restricted) return 'tech';
  if (/\b(allerg\w*|zutat\w*|inhaltsstoff\w*|ingredient\w*|contain\w*|nut|nuts|gluten|lactose|laktose)\b/.test(j)) return 'allergy';
  if (/\b(bike|bikes|fahrrad|faltrad|rad|klapprad|scooter|roller)\b/.test(j) && TRANSIT_RE.test(j) && !AIR_RE.test(j)) return 'bike';
  if (/\b(verpack\w*|versand\w*|versenden|verschicken|packaging|pack|ship|shipping|karton)\b/.test(j)) return 'shipping';
  if (has('contract')) return /\b(tarif|plan|hotspot|tethering|roaming|upgrade|5g|datenvolumen|data)\b/.test(j) && !/\b(umzug|auszug|kundig\w*|moving)\b/.test(j) ? 'plan' : 'contract';
  if (/\b(ticket|fahrkarte|deutschlandticket|fernverkehr|nahverkehr|railcard|fare)\b/.test(j)) return 'ticket';
  if (/\b(zins\w*|tagesgeld|interest|rates?|mindestanlage|sparen)\b/.test(j)) return 'rates';
  if (/\b(tarif|plan|hotspot|tethering|roaming|upgrade|5g)\b/.test(j)) return 'plan';
  if (has('outage')) return 'outage';
  if (has('tech') && !restricted) return 'tech';
  if (has('info')) return 'info';
  return 'general';
}

const cap = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/** capitalises the first letter of every sentence (facts may start a sentence in lower case) */
function capSentences(t: string): string {
  return t.replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}

function fit(parts: Part[], limit: number): string {
  const keep = [...parts].filter((p) => p.text.trim());
  const text = () => capSentences(keep.map((p) => p.text.trim()).join(' ').replace(/\s+/g, ' ').trim());
  while (text().length > limit && keep.length > 1) {
    let lowest = 0;
    for (let i = 1; i < keep.length; i++) if ((keep[i]?.prio ?? 0) < (keep[lowest]?.prio ?? 0)) lowest = i;
    keep.splice(lowest, 1);
  }
  return text();
}

interface Ctx {
  a: Analysis;
  input: ReplyInput;
  lang: Lang;
  name: string;
  seed: number;
  key: TopicKey;
  facts: PoolFact[];
  bank: Bank;
  /** phrase indices already used by this message's suggestions, per bank */
  used: Map<number, Set<number>>;
}

function openerTone(a: Analysis, hasFacts: boolean): string {
  if (a.tone === 'neutral' && (a.type === 'complaint' || a.type === 'technical_problem') && hasFacts) return 'calmProblem';
  if (a.tone === 'positive' && a.type === 'lead') return 'positiveLead';
  return a.tone;
}

function build(ctx: Ctx, strategy: Strategy, k: number): Draft {
  // a reply too long for the platform first gives up facts in its opener, then lower parts
  let last: Draft | null = null;
  let lastUsed: Map<number, Set<number>> = ctx.used;
  for (const maxObj of strategy === 'short' ? [3, 2, 1, 0] : [2, 1, 0]) {
    const used = new Map([...ctx.used].map(([key, v]) => [key, new Set(v)]));
    const d = buildOnce({ ...ctx, used }, strategy, k, maxObj);
    last = d;
    lastUsed = used;
    if (d.complete) break;
  }
  for (const [key, v] of lastUsed) ctx.used.set(key, v);
  return { text: last?.text ?? '', strategy };
}

function buildOnce(ctx: Ctx, strategy: Strategy, k: number, maxObj: number): Draft & { complete: boolean } {
  const { lang, name: N, bank: B } = ctx;
  const s = ctx.seed;
  // the base choice depends on the message; the three suggestions step through the bank from
  // there, so they never share a sentence shape
  const pick = <T,>(list: readonly T[], off: number): T => {
    const used = ctx.used.get(off) ?? new Set<number>();
    ctx.used.set(off, used);
    let i = mix(s + off + k * 7919) % list.length;
    for (let tries = 0; used.has(i) && tries < list.length; tries++) i = (i + 1) % list.length;
    used.add(i);
    const v = list[i];
    if (v === undefined) throw new Error('empty phrase bank');
    return v;
  };
  const pool = new Pool(ctx.facts, lang);
  const parts: Part[] = [];
  const limit = PLATFORM_LIMIT[ctx.input.platform];
  const evidence = stripScareQuotes(ctx.input.text) + ' ' + ctx.input.thread.filter((t) => t.role === 'customer').map((t) => t.text).join(' ');
  const steps = gated(B.step[ctx.key], evidence) ?? gated(B.step.general, evidence) ?? [];
  const asks = gated(B.ask[ctx.key], evidence) ?? gated(B.ask.general, evidence) ?? [];

  if (strategy === 'warning') {
    const who = ctx.input.author.name ?? ctx.input.author.handle ?? '';
    const first = pick(B.phishing, 0)(who);
    const advice = pick(B.phishingAdvice, 4)(who);
    const bait = pick(B.phishingBait, 2)(pool);
    const second = pick(B.phishingHint, 1)(who);
    return {
      text: fit([{ text: first, prio: 9 }, { text: advice, prio: 8 }, { text: bait, prio: 6 }, { text: second, prio: 3 }], limit),
      strategy,
      complete: true,
    };
  }

  const tone = openerTone(ctx.a, ctx.facts.length > 0);
  const openBank = B.open[tone] ?? B.open.neutral ?? [];
  const head = pool.head(maxObj);
  const openParts = PARTS[lang].open[tone];
  // two in three openers are combined from a lead and a judgement, the rest are whole sentences
  const opener =
    openParts && mix(s + 101 + k) % 3 !== 0
      ? pick(openParts.lead, 103)(N, head) + pick(openParts.judge, 107)
      : pick(openBank, 1)(N, head);
  parts.push({ text: opener, prio: 8 });
  if (ctx.a.followUp && k === 1) parts.push({ text: pick(B.follow, 0), prio: 2 });
  let dmText = '';
  if (ctx.a.needsDm) {
    const dmBank =
      ctx.a.agentAskedDm && ctx.a.followUp && ctx.key !== 'trust' ? B.dmAlready : ctx.a.personalData.length ? B.dmPii : B.dm;
    const dmChoice = pick<string | ((S: Slots) => string)>(dmBank, 29);
    dmText = typeof dmChoice === 'string' ? dmChoice : dmChoice(pool);
  }

  const stepParts = gatedParts(PARTS[lang].step[ctx.key], 'act', evidence);
  const step = () =>
    stepParts && mix(s + 109 + k) % 3 !== 0
      ? pick(stepParts.act, 113)(pool.o()) + pick(stepParts.next, 127)
      : pick(steps, 3)(pool);
  const askParts = gatedParts(PARTS[lang].ask[ctx.key], 'q', evidence);
  const ask = () =>
    askParts && mix(s + 131 + k) % 3 !== 0 ? pick(askParts.q, 137)(pool.o()) + pick(askParts.tail, 139) : pick(asks, 5)(pool);
  const recap = (seedOff: number) => {
    const rest = pool.rest();
    if (rest.length) parts.push({ text: pick(B.recap, seedOff)(listJoin(rest, lang)), prio: 4 });
  };

  if (strategy === 'next-step') {
    parts.push({ text: step(), prio: 9 });
    recap(11);
  } else if (strategy === 'follow-up') {
    const hf = ctx.a.facts.find((f) => f.source === 'history');
    if (hf) parts.push({ text: pick(B.history, 0)(hf.text), prio: 3 });
    parts.push({ text: ask(), prio: 9 });
    recap(13);
  } else if (strategy === 'dm') {
    parts.push({ text: step(), prio: 5 });
    recap(17);
  } else if (strategy === 'humour') {
    const hb = humourBank(ctx);
    parts.push({ text: pick(hb, 19)(N), prio: 7 });
    parts.push({ text: ctx.key === 'troll' ? ask() : step(), prio: 8 });
    recap(23);
  } else if (strategy === 'short') {
    parts.push({ text: ctx.key === 'troll' ? ask() : step(), prio: 9 });
  }

  if (dmText) {
    if (strategy === 'dm') parts.splice(1, 0, { text: dmText, prio: 10 });
    else parts.push({ text: dmText, prio: 10 });
  }
  const text = fit(parts, limit);
  const main = parts.filter((p) => p.prio >= 8 && p.text.trim());
  return { text, strategy, complete: main.every((p) => text.includes(p.text.trim())) };
}

function humourBank(ctx: Ctx): ((N: string) => string)[] {
  const B = ctx.bank;
  const j = fold(ctx.input.text);
  if (ctx.a.tone === 'troll') {
    if (/\bbots?\b/.test(j)) return B.humour.bots ?? [];
    if (/=|\b\w+(?:schnecke|greed)\b/.test(j)) return B.humour.pun ?? [];
    return B.humour.troll ?? [];
  }
  return B.humour[ctx.a.tone] ?? B.humour.neutral ?? [];
}

function strategiesFor(a: Analysis): Strategy[] {
  if (a.phishing) return ['warning', 'warning', 'warning'];
  if (a.needsDm) return ['dm', 'next-step', 'follow-up'];
  if (a.tone === 'troll') return ['short', 'humour', 'follow-up'];
  if (a.tone === 'positive' || a.tone === 'ironic') return ['next-step', 'follow-up', 'humour'];
  return ['next-step', 'follow-up', 'short'];
}

export function addressName(a: Analysis): string {
  return a.addressAs ?? (a.lang === 'de' ? 'Hallo' : 'Hi');
}

export interface ComposeOptions {
  /** a different salt gives different wording ("another") */
  salt?: number;
}

/** Composes three different drafts for an analysed message (none for spam that needs no answer). */
export function compose(input: ReplyInput, a: Analysis, opts: ComposeOptions = {}): Draft[] {
  if (!a.shouldReply) return [];
  const j = ' ' + tokens(input.text + ' ' + input.thread.filter((t) => t.role === 'customer').map((t) => t.text).join(' ')).join(' ') + ' ';
  const facts = chooseFacts(a, input);
  const ctx: Ctx = {
    a,
    input,
    lang: a.lang,
    name: addressName(a),
    seed: hash(input.text + (input.author.handle ?? '') + (input.author.name ?? '')) + (opts.salt ?? 0) * 104729,
    key: topicKey(a, j),
    facts,
    bank: BANK[a.lang],
    used: new Map(),
  };
  const strategies = strategiesFor(a);
  // rotate the facts per suggestion so each one leads with something else
  return strategies.map((st, k) => {
    const r = facts.length ? k % facts.length : 0;
    const rotated = [...facts.slice(r), ...facts.slice(0, r)];
    return build({ ...ctx, facts: rotated }, st, k);
  });
}

export { cap };
