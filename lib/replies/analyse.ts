import { detectLang } from '../lang/detect';
import {
  DE_CAP_STOP,
  DETERMINERS_EN,
  EN_CAP_STOP,
  EN_STOP,
  HAPPY_EMOJI,
  IRONY_EMOJI,
  KNOWN_THINGS,
  LAUGH_EMOJI,
  SAD_EMOJI,
  TONE,
  TOPICS,
  TYPE,
  type Cues,
  type Topic,
} from './lexicon';
import { detectPii, type PiiDetector } from './pii';
import { ReplyInputSchema, type MessageType, type ReplyInput, type ReplyInputRaw, type Tone } from './schema';
import { fold, hasPhrase, joined, normaliseDialect, stripScareQuotes, tokens } from './text';

export type FactKind = 'money' | 'count' | 'duration' | 'time' | 'date' | 'code' | 'place' | 'thing' | 'person' | 'quote';

/** One thing the customer told us that a reply should pick up (in the reply's own words). */
export interface Fact {
  kind: FactKind;
  /** the form to use in a reply (taken from the message, personal data never included) */
  text: string;
  /** where it was found: the message, an earlier turn, or the customer's history */
  source: 'message' | 'thread' | 'history';
  /** higher = more worth mentioning */
  weight: number;
  /** for places: the preposition the customer used (in, nach, to, from, …) */
  prep?: string;
}

export interface Analysis {
  lang: 'de' | 'en';
  tone: Tone;
  type: MessageType;
  /** topics by strength, first is the main one */
  topics: Topic[];
  facts: Fact[];
  /** the case belongs in a private message */
  needsDm: boolean;
  dmReasons: string[];
  /** false only for pure spam that should get no answer */
  shouldReply: boolean;
  /** spam that uses the brand (fake giveaway, phishing): warn the followers publicly */
  phishing: boolean;
  /** personal data found in the message (never repeated in public) */
  personalData: string[];
  /** personal data in the message and the customer's earlier turns (what the guard protects) */
  allPersonalData: string[];
  /** how to address the customer (first name, nickname or handle), or null */
  addressAs: string | null;
  /** the thread already has an agent reply (the customer is following up) */
  followUp: boolean;
  /** last agent turn asked the customer to DM us */
  agentAskedDm: boolean;
  /** the customer mentions an earlier conversation or the history shows one */
  earlierContact: { text: string; date?: string } | null;
  /** intensity 0..3 (caps, !!!, threats) */
  intensity: number;
  /** the message asks something */
  asks: boolean;
  /** cue words found, for the UI and tests */
  cues: string[];
}

export interface AnalyseOptions {
  detectPii?: PiiDetector;
}

const score = (j: string, toks: string[], cues: Cues): string[] => {
  const hits: string[] = [];
  // stems match word starts, and longer stems also inside German compounds (Rückerstattung, Paketzustellung)
  // short abbreviations match as words (app/apps, not "application" or "appointment")
  for (const s of cues.stems ?? []) if (toks.some((t) => (SHORT_WORDS.has(s) ? t === s || t === s + 's' : t.startsWith(s)) || (s.length >= 6 && t.length > s.length + 2 && t.includes(s)))) hits.push(s);
  for (const p of cues.phrases ?? []) {
    if (hasPhrase(j, p)) hits.push(p);
    // German adjectives inflect: "toll" also as tolle/toller/tolles/tollen ("Tolle Verkehrswende")
    else if (p.length >= 4 && /^[a-z]+[b-df-hj-np-tv-z]$/.test(p) && INFLECT.some((e) => j.includes(' ' + p + e + ' '))) hits.push(p);
  }
  for (const [label, re] of Object.entries(cues.patterns ?? {})) if (re.test(j)) hits.push(label);
  return hits;
};
const INFLECT = ['e', 'er', 'es', 'en', 'em'];
const SHORT_WORDS = new Set(['app', 'atm', 'tv', 'dsl']);

/** Replaces personal data with spaces so no fact is drawn from it. */
function mask(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

const UNIT_DE = 'sekunden|minuten|min|stunden|std|h|tage|tagen|tag|wochen|woche|monate|monaten|monat|jahre|jahren|jahr';
const UNIT_EN = 'seconds|minutes|mins|min|hours|hour|hrs|h|days|day|weeks|week|months|month|years|year';
const NUMWORD = 'ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|ein paar';

const DURATION_RE = new RegExp(`(?<![\\p{L}\\d])(?:(?:seit|for|since)\\s+)?(?:\\d+|${NUMWORD})\\s?(?:${UNIT_DE}|${UNIT_EN})\\b`, 'giu');
const UNIT_RE = new RegExp(`^(?:${UNIT_DE}|${UNIT_EN}|uhr|am|pm|x|euro|eur|pounds?)$`, 'i');
const SWITCH_AWAY_RE =
  /\b(?:i(?:'m| am|’m)? (?:switching|moving|going|leaving|taking my (?:money|business))\b(?! to you)|i(?:'ll| will) (?:switch|move|go|take my (?:money|business))\b(?! to you)|ich (?:wechsle|wechsel|gehe)\b(?! zu euch)|wechsle ich|ich bin (?:dann )?weg)[^.!?]{0,30}\b(?:another|other|different|elsewhere|competitor|somewhere|konkurrenz|anderen|andere[rn]?|woanders|weg)\b|\b(?:i'm|i am|ich bin) (?:done|gone|raus|weg)\b|\bbin ich\b[^.!?]{0,30}\b(?:weg|raus|auch weg)\b/iu;
const THREAT_RE =
  /\b(?:(?:sonst|otherwise|or else|andernfalls)\b[^.!?]{0,40}\b(?:anwalt|verbraucherzentrale|schlichtung|bundesnetzagentur|lawyer|solicitor|ombudsman|small claims|kündige|cancel|elsewhere|woanders|konkurrenz)|verbraucherzentrale|rechtsanwalt|mein anwalt|my lawyer|solicitor|ombudsman|trading standards|ich kündige|(?<!(?:wie|wann|wo|ob|warum)\s)kündige ich(?!\s+(?:meinen|mein|den|das|die|online|am besten))|i(?:'m| am|’m|'ll| will) (?:cancel(?:l?ing)?|leaving|switching)\b(?!\s+(?:my|the)\s+\w+\s+(?:online|by))|(?:want|need) (?:my|our) money back|(?:will|möchte|hätte gern|fordere) (?:mein|unser) geld zurück|never (?:again|using you)|nie wieder)/iu;
const REDRESS_RE =
  /\b(?:wer (?:zahlt|bezahlt|erstattet|übernimmt|ersetzt|haftet|kommt)|who(?:'s| is)? (?:going to |gonna )?(?:pay|cover|refund|reimburs|compensat)\w*|who pays|wer trägt|was (?:macht|tut) ihr (?:jetzt )?dagegen|what are you going to do about|(?:bekomme?|krieg(?:e)?|erhalte) ich (?:mein|das|unser)\w* geld|do i get (?:my|the|our) money)\b/iu;
/** a device, line or service that does not work (a technical fault, even when asked as a question) */
const FAULT_RE =
  /\b(?:funktioniert|funktionieren|geht|gehen|läuft|laufen|lädt|laden|reagiert|startet|verbindet|klappt|öffnet)\b[^.!?]{0,40}\bnicht\b|\b(?:ist|sind)\b[^.!?]{0,40}\b(?:tot|down|offline|abgestürzt|eingefroren)\b|\bzeigt\b[^.!?]{0,30}\bnur\b|\b(?:not|isn't|aren't|stopped|won't|doesn't|don't|can't|keeps?)\s+(?:working|work|loading|load|connecting|connect|crashing|freezing|responding|dropping|turning on|charging)\b|\b(?:is|are|went|goes) (?:down|dead|offline|blank)\b|\bno (?:signal|connection|internet|service|dial tone)\b|\bkein(?:e|en)? (?:empfang|verbindung|internet|netz|signal|freizeichen)\b|\bspinnt\b|\b(?:error|fehler)\b/iu;
/** "shut the shop": mockery, not a request */
const SHUT_DOWN_RE = /\b(?:macht|mach|machen|machts)\b[^.!?]{0,30}\bdicht\b|\bdicht ?machen\b|\bshut (?:it|the \w+|yourselves|the whole thing) down\b|\bclose (?:up )?shop\b/iu;
/** the customer's own line or device, not a public outage */
const OWN_LINE_RE = /\b(?:my|mein(?:e[nm]?)?)\s+(?:\w+\s+)?(?:line|leitung|anschluss|connection|router|modem|zähler|meter|sim(?:-?karte)?|box)\b|\bnur (?:bei )?(?:mir|uns|meine[rm]?)\b|\bonly (?:me|us|my|our)\b|\b(?:neighbou?rs?|nachbarn)\b[^.!?]{0,30}\b(?:fine|ok|okay|work|works|geht|gehts|funktioniert|haben|gut|normal|läuft|bekommen|kriegen|get|got|receive\w*)\b/iu;
/** a complaint about how a member of staff treated the customer */
const STAFF_CONDUCT_RE = /\b(?:rude|unfreundlich|angeschrien|angepampt|angeschnauzt|beleidigt|beleidigend|respektlos|disrespectful|shouted at|yelled at|ignored (?:me|us|my)|insulted|aggressive|aggressiv|herablassend|condescending)\b/iu;
const RHETORICAL_RE = /\b(?:dafür (?:zahl|bezahl)\w*|was ist (?:denn |da |hier )?(?:(?:mit|bei) [\p{L} ]{2,30} )?los|what'?s (?:going on|up) with|what(?:'s| is) (?:going on|happening)(?=\s*[?!])|wo bleibt|wie soll (?:ich|man)|wie sollen wir|how am i (?:supposed|meant) to|how are we (?:supposed|meant) to|how do you expect|what am i supposed to|und dafür (?:zahl|bezahl)|and i pay for)\b/iu;
/** a promise or a statement of terms that the customer holds against what happened */
const PROMISE_RE =
  /\b(?:hieß es|es hieß|hat (?:\w+ )?(?:gesagt|versprochen|zugesagt)|haben (?:\w+ )?(?:gesagt|versprochen|zugesagt)|wurde (?:mir|uns) (?:\w+ )?(?:gesagt|versprochen|zugesagt)|(?:i|we) (?:was|were) (?:told|promised)|(?:you|they|he|she) (?:said|promised|told (?:me|us))|(?:terms|website|site|advert|ad|contract|vertrag|werbung|agb) (?:\w+ )?(?:said|says|promised|stated|states|sagt|sagte|versprach|verspricht)|laut (?:agb|vertrag|werbung|website|webseite)|versprochen|promised)\b/iu;
/** what shows the promise was broken: a contrast, a still-open matter, or money taken */
const CONTRAST_RE = /\b(?:aber|trotzdem|dennoch|jetzt|immer noch|noch nicht|nichts|nie|but|still|yet|nothing|never|no one|nobody|now|abgezogen|abgebucht|berechnet|charged|deducted|took|taken)\b/iu;
/** time since something happened: "12 days ago", "vor drei Wochen" */
const ELAPSED_RE = /(?<![\p{L}])(?:vor\s+(?:über\s+|mehr als\s+)?(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|mehreren)\s+(?:tagen|wochen|monaten)|(?:\d+|two|three|four|five|six|seven|eight|several)\s+(?:days|weeks|months)\s+ago)(?![\p{L}])/iu;
/** an order or parcel shown as delivered that never came */
const DELIVERED_NOT_RE = /\b(?:says|shows|marked|showing|status|tracking|app)\b[^.!?]{0,30}\bdelivered\b[^.!?]{0,80}\b(?:but|nothing|not|never|isn't|no)\b|\b(?:als\s+)?(?:zugestellt|geliefert)\s+(?:markiert|angezeigt|gemeldet)?[^.!?]{0,60}\b(?:aber|nichts|nie|nicht|kein\w*)\b|\b(?:laut|lt\.)\s+(?:app|tracking|sendungsverfolgung)\s+(?:\w+\s+){0,3}(?:zugestellt|geliefert)\b[^.!?]{0,60}\b(?:aber|nichts|nie|nicht|kein\w*)\b/iu;
/** the brand restricted, froze or closed the customer's account or card */
const ACCOUNT_ACTION_RE = /\b(?:account|konto|girokonto|card|karte|membership|mitgliedschaft)\b[^.!?]{0,25}\b(?:restricted|suspended|frozen|closed|deactivated|eingeschränkt|gesperrt|eingefroren|gekündigt|deaktiviert|aufgelöst)\b/iu;
/** a charge taken from the customer: "4,95 € abgezogen", "took £34.99", "charged me $20" */
const CHARGE_TAKEN_RE = /\b(?:abgezogen|abgebucht|eingezogen|berechnet|belastet|charged|deducted|debited|took|taken)\b/iu;
/** a price that went up */
const PRICE_RISE_RE = /\b(?:erhöht|erhöhung|erhöhen|teurer|gestiegen|angehoben|went up|gone up|increased|increase|raised|hike[ds]?|jumped)\b|\bvon \d+[\d.,]*\s*(?:€|euro)?\s*auf \d/iu;
/** the customer's own letter, bill, instalment or premium */
const OWN_DOC_RE = /\b(?:brief|schreiben|abschlag|abschlags\w*|beitrag|prämie|rechnung|jahresabrechnung|letter|instal?ment|direct debit|my (?:bill|plan|tariff|contract|premium|rate)|mein(?:e[nm]?)? (?:tarif|vertrag|rechnung|beitrag|abschlag|prämie))\b/iu;
/** a business introducing itself (B2B lead), even when its message mentions an app or a device */
const BUSINESS_NOUN = String.raw`(?:shop|laden|café|cafe|boutique|firma|company|business|restaurant|praxis|kette|chain|studio|agentur|agency|hotel|pension|gasthof|gasthaus|hostel|b&b|bakery|brewery|farm|hof|salon|gym|fitnessstudio|kita|schule|school|clinic|klinik|verein|club|startup|start-up|kanzlei|werkstatt|betrieb|unternehmen|manufaktur|verlag|coworking|co-working|\p{L}+(?:erei|betrieb|laden|handel|hotel|praxis|werkstatt|manufaktur|rösterei|space|shop|store))`;
const B2B_INTRO_RE = new RegExp(
  String.raw`\b(?:wir sind|we are|we're) (?:ein|eine|a|an)\s+(?:[\p{L}-]+\s+){1,3}(?:mit|with|of)\s+\d+|\b(?:ich betreibe|wir betreiben|ich führe|wir führen|ich leite|wir leiten|i run|we run|i own|we own|i manage|we manage|we operate|we are a|we're a|wir sind ein(?:e)?)\b[^.!?]{0,40}?\b${BUSINESS_NOUN}(?![\p{L}])`,
  'iu',
);
/** a contact label whose value was masked as personal data */
const CONTACT_LABEL_RE = /(?<![\p{L}])(?:phone|tel\.?|telefon|telefonnummer|handy|handynummer|mobil|mobile|cell|nummer|number|e-?mail|mail)\s*[:.]?(?=\s{4,})/giu;
/** looking for information, not a fault: "can't find it anywhere", "finde das nirgends" */
const INFO_SEEK_RE = /\b(?:can'?t|cannot|couldn'?t|can not) (?:find|see|figure out|work out)\b|\bfinde\b[^.!?]{0,25}\b(?:nicht|nirgends|nirgendwo)\b|\bnirgends\b|\bnirgendwo\b|\bnowhere\b/iu;
/** a line or service that keeps cutting out */
const DROPS_RE = /\b(?:still|keeps?|always|constantly|every (?:day|evening|night|morning))\s+(?:drops?|dropping|cuts? out|cutting out|disconnects?|disconnecting|freezes|crashes|reboots)\b|\bdrops? (?:out|off)\b|\b(?:bricht|fällt)\b[^.!?]{0,25}\b(?:ständig|immer wieder|dauernd|jeden abend|jeden tag)\b[^.!?]{0,15}\b(?:ab|aus)\b|\b(?:ständig|immer wieder|dauernd)\s+(?:weg|offline|getrennt)\b/iu;
/** a business asking whom to talk to ("An wen können wir uns wenden?", "who should I contact?") */
const B2B_CONTACT_RE = /\ban wen (?:kann|können|könnte|könnten|soll|sollen|wende|wenden|muss|müssen)\b|\bwer (?:ist (?:da|dafür) )?zuständig\b|\bwho (?:should|can|do|would) (?:i|we) (?:contact|speak|talk|reach out|get in touch)\b|\bright person to (?:contact|talk to|speak to)\b/iu;
/** equipment of one customer's own home line (checking it needs the contract) */
const HOME_LINE_RE = /\b(?:router|modem|dsl|glasfaser|festnetz|leitung|anschluss|fritz\s?box|box|lampe|led|kabel|cable|fibre|fiber|broadband|landline|line)\b/iu;
const PUBLIC_ASK_RE = /\b(?:noch jemand|sonst noch jemand|auch jemand|andere auch|anyone else|anybody else|is it just me|everyone else|alle anderen)\b/iu;
const FAULT2_RE = /\b(?:außer betrieb|ausser betrieb|out of order|out of service|defekt|kaputt|broken down)\b|\b(?:rauscht|knackt|brummt|flackert|ruckelt|stottert|hängt sich auf|crackl\w*|buzz\w*|flicker\w*|buffering|lagg\w*|keeps? (?:rejecting|declining|failing|dropping|disconnecting|buffering|restarting))\b|\b(?:nothing|nichts) (?:loads|works|opens|happens|connects|lädt|geht|funktioniert|passiert|verbindet)\b|\bstill (?:dead|down|broken|offline|blank|frozen)\b|\b(?:blinkt|blinking|flashing|leuchtet rot|red light)\b|\b(?:display|anzeige|meter|zähler)\b[^.!?]{0,15}\b(?:says|shows|zeigt|sagt)\b[^.!?]{0,40}\d|\b(?:bricht|brechen)\b[^.!?]{0,40}\bab\b|\bkein(?:e|en)? (?:internet|strom|netz|empfang)\b/iu;
/** an unresolved problem for a while: "seit drei Wochen", "for 5 days" */
const SINCE_RE = /(?<![\p{L}])(?:seit|since|for)\s+(?:über\s+|mehr als\s+|more than\s+|over\s+)?(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|mehreren|two|three|four|five|six|seven|eight|several)\s+(?:tagen|wochen|monaten|days|weeks|months)(?![\p{L}])/iu;
const WEAK_LEAD = new Set(['was kostet sowas', 'what would it cost', 'im monat', 'per month', 'quote', 'angebot', 'konditionen', 'tarife', 'haushalt', 'install', 'installation', 'volume', 'bietet ihr', 'do you offer', 'do you do', 'do you have a', 'habt ihr noch']);
/** German nouns that end like a superlative */
const DE_ST_NOUNS = /(?:kosten|kasten|posten|osten|westen|liste|listen|küste|küsten|frist|fristen|piste|kiste|kisten|gäste|gästen|dienste?n?|geste|weste|rest|test|teste?n?|nest|fest|gerüst|verlust|verluste?n?|angst|kunst|dienst|wurst|brust|last|lasten|post|frost|rost|kost)$/;
/** capitalised German words with too little content to be picked up as a fact */
const DE_VAGUE = new Set(
  'frechheit unverschämtheit zumutung skandal katastrophe sauerei unding lachnummer ende anfang mitte monats jahres tages woche branche art weise fall falle grund teil stück seite thema sache dinge leute welt bescheid ahnung lust spaß witz seitdem seither inzwischen mittlerweile jedenfalls ansonsten deswegen dadurch damals sowieso irgendwie irgendwann nochmal bitteschön hallöchen wahnsinn hammer'.split(' '),
);
/** the poster asks to be contacted (ads, not customers) */
const CONTACT_ME_RE = /\b(?:schreib(?:t)? mir|dm me|message me|text me|kontaktier(?:e|t)? mich|meld(?:e|et) (?:dich|euch) bei mir|link in (?:my )?bio|whatsapp me)\b/iu;
/** phishing cues of a fake brand account (prizes, verification, data) */
const PHISH_RE = /gewinn|giveaway|gratis|verifizier|verify|bestätig|confirm your|passwor|password|login|anmelde|bankdaten|card details|bank details|ausgewählt|selected|you (?:have )?won|du hast gewonnen|gutschein|voucher|bonus|prämie|reward|claim/iu;
const HOWTO_RE = /^(?:\s*(?:hi|hallo|hey|moin)[,!.]?\s*)?(?:how (?:do|can|would) (?:i|we)|how long|can i|could i|is it possible|wie (?:kann|melde|ändere|bekomme|lange|funktioniert)|kann ich|können wir|wo kann ich|geht das)\b/iu;
/** the praise is taken back at the end of a sentence: "… nicht.", "— NOT!", "#not" */
const REVERSAL_RE = /(?:…|\.\.\.|[-–—])\s*(?:nicht|not|nope|eben nicht|not really|von wegen)\s*[.!]*\s*(?:$|[\p{Extended_Pictographic}\s]*$|(?<=[.!])\s)|#not\b|\bvon wegen\b/iu;
/** shouting: three or more words in capitals in a row ("CALL ME NOW", "WO IST MEIN PAKET") */
const SHOUT_RUN_RE = /(?<![\p{L}])\p{Lu}{2,}(?:[\s,]+\p{Lu}{2,}){2,}(?![\p{L}])/u;
/** an ultimatum: "sort it out or I'm deleting the app", "sonst lösche ich die App" */
const ULTIMATUM_RE = /\bor (?:else|i(?:'m| am|’m|'ll| will)) (?:\w+ )?(?:delet|leav|cancel|switch|clos|report|tak|go(?:ne|ing)? (?:to|elsewhere)|uninstall|done)\w*|\b(?:deleting|uninstalling|delete|uninstall) (?:the|your) app\b|\bsonst (?:lösch|kündig|wechsel|geh|melde|bin ich)\w*|\b(?:lösche|deinstalliere) (?:ich )?(?:die|eure) app\b/iu;
/** mockery: "imagine working at …", "stell dir vor, du arbeitest bei …" */
const MOCK_IMAGINE_RE = /(?:^|[.!?]\s+)imagine\s+(?:\w+\s+)?\w+ing\b|\bstell(?:t)? (?:dir|euch) vor,? (?:du|ihr|man)\b/iu;
/** irony markers that are sarcastic on their own */
const STRONG_IRONY = new Set(['reversal', 'danke fur nix', 'danke fur nichts', 'thanks for nothing', 'vielen dank auch', 'na toll', 'na super', 'na klasse', 'oh great', 'vom feinsten', 'praise-then-failure', 'superlative', 'so much for', 'sieht anders aus', 'stelle ich mir anders vor', 'stell ich mir anders vor']);
/** frustration cues that say a problem is still not solved */
const UNRESOLVED = new Set(['since', 'seit wochen', 'seit tagen', 'seit monaten', 'immer noch', 'immer noch nicht', 'noch immer nicht', 'noch nicht da', 'still waiting', 'still not', 'still no', 'still not here', 'for weeks', 'for days', 'for months', 'warte immer noch', 'been waiting', 'das ist doch', 'kann doch nicht', 'schon wieder', 'again', 'yet again', 'in folge', 'in a row', 'keine antwort', 'no reply', 'no response', 'no answer']);
const STRONG_ANGRY = ['erbarmlich', 'armselig', 'unter aller sau', 'schamt euch', 'shame on you', 'absolute joke', 'a total joke', 'beyond a joke', 'shocking', 'schockierend', 'nobody cares', 'no one cares', 'keinen interessiert', 'interessiert keinen', 'interessiert niemanden', 'not acceptable', 'nicht akzeptabel', 'nicht mein problem', 'not my problem', 'not my job', 'nicht mein job', 'nicht mein bier', 'frechheit', 'unverschamt', 'unacceptabl', 'inakzeptab', 'disgrace', 'outrageous', 'appalling', 'skandal', 'zumutung', 'disgust', 'furious', 'livid', 'stinksauer', 'wutend', 'ridiculous', 'lacherlich'];
const TOPIC_STEMS: string[] = Object.values(TOPICS).flatMap((c: Cues) => (c.stems ?? []).filter((x) => x.length >= 4));

const RELATIVE_DATES =
  /\b(heute (?:früh|morgen|mittag|abend|nacht)|gestern(?: abend| morgen| früh)?|vorgestern|heute|morgen früh|nächste[nrs]? (?:woche|monat|jahr)|letzte[nrs]? (?:woche|monat)|this (?:morning|afternoon|evening|week|month)|yesterday|tomorrow|tonight|last (?:night|week|month)|next (?:week|month|year)|payday|(?:am )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend))\b/giu;

function addFact(facts: Fact[], f: Fact): void {
  const key = fold(f.text).replace(/[^\p{L}\p{N}]/gu, '');
  if (!key) return;
  for (const g of facts) {
    const gk = fold(g.text).replace(/[^\p{L}\p{N}]/gu, '');
    if (gk === key || (gk.includes(key) && key.length >= 3)) {
      g.weight = Math.max(g.weight, f.weight);
      return;
    }
    if (key.includes(gk) && gk.length >= 3) {
      // keep the longer, more specific form
      g.text = f.text;
      g.kind = f.kind;
      g.weight = Math.max(g.weight, f.weight);
      return;
    }
  }
  facts.push(f);
}

const EN_VERBS =
  /^(?:is|was|are|were|has|have|had|keeps|says|said|took|arrived|failed|shows|smells|charged|won't|wont|just|already|contain|contains|include|includes|included|need|needs|get|gets|got|give|gave|take|make|made|cost|costs|work|works|worked|go|goes|went|come|came|seem|seems|want|wants|isn't|doesn't|didn't|can't|today|tonight|yesterday|now|again|still|arrived|failed|charged|locked|delayed|cancelled|canceled|ordered|changed|tried|called|waited|stopped|started|showed|stated|happened|received|paid|sent|left|lost|told|asked|said|smells|smell|looks|look|seems|seem|feels|feel|sounds|sound|uses|use|found|find|goes|gets|wants|knows|know|think|thinks|means|tried|try|pick|picked|choose|chose|select|spent|helped|walked|brought|cycled)$/;

/** frequent English words that are not facts (verbs, adjectives, adverbs, fillers) */
const EN_COMMON = new Set(
  ('own since long short smart roll ship work works working best better worse worst good bad great nice fine sure real ' +
    'really quite enough maybe literally totally absolutely basically honestly seriously anyway though although ' +
    'message messages thing things people person guys folks company service services customer customers support ' +
    'brilliant amazing awesome terrible horrible awful lovely perfect useless ridiculous unacceptable happy unhappy ' +
    'hour hours minute minutes second seconds week weeks month months year years times today tomorrow yesterday ' +
    'first last next other same different whole half full empty open closed free cheap expensive ' +
    'come comes came give gives gave take takes took make makes keep keeps start stop stops wait waits call calls ' +
    'help helps need needs want wants like likes love loves hate hates hope hopes thank thanks please sorry ' +
    'didn doesn isn wasn weren haven hasn hadn won wouldn couldn shouldn cant dont wont ' +
    'able unable likely unlikely possible impossible usually always never often sometimes again already still ' +
    'days daily weekly every each either neither both many much more most less least lots plenty').split(/\s+/),
);

/** function words that may be shouted inside a fact ("SEIT 80 MINUTEN", "IN ZUSTELLUNG", "FOR THREE DAYS") */
const SHOUT_FUNCTION = new Set('seit in im am an zu zum zur um und mit der die das den dem des ist bei von vom nach für auf aus nicht kein keine noch schon wieder for in on at to of the and not no since from with still again'.split(' '));
/** adverbs and particles that end an English noun phrase when they follow the noun */
const NP_TRAIL = new Set('online offline twice again along through ahead away together instead today tonight anymore abroad overseas home back here there too also yet either spent helped walked brought cycled drove rode kept held paid gave sent put'.split(' '));
/** states of a thing that are the fact itself ("Essen eiskalt", "water brown") */
const STATE_DE = /^(?:eiskalt|kalt|lauwarm|nass|durchnässt|leer|braun|bräunlich|trüb|verfärbt|verschimmelt|schimmelig|zerdrückt|ranzig|abgelaufen)$/u;
const STATE_EN = /^(?:cold|stone-cold|lukewarm|soggy|wet|soaked|empty|brown|cloudy|discoloured|discolored|mouldy|moldy|squashed|stale|rancid|expired)$/u;
/** a noun before a fee word names the fee: "roaming charges", "late fees", "Mahngebühren" */
const FEE_RE = /\b([a-z][a-z-]{2,}) (charges?|fees?|costs|surcharges?)\b/gi;
/** German separable verbs whose particle comes last: "ruft mich … zurück" → Rückruf */
const SEPARABLE_DE: [RegExp, string][] = [
  [/\b(?:ruft|rufen|rief|riefen|ruf)\b[^.!?,;]{0,60}?\bzurück\b/iu, 'Rückruf'],
  [/\b(?:zahlt|zahlen|zahlte|zahlten)\b[^.!?,;]{0,60}?\bzurück\b/iu, 'Rückzahlung'],
  [/\b(?:holt|holen|holte|holten)\b[^.!?,;]{0,60}?\bab\b/iu, 'Abholung'],
  [/\b(?:meldet|melden|meldete|meldeten)\b\s+sich\b[^.!?,;]{0,60}?\b(?:nicht|nie|keiner|niemand)\b/iu, 'keine Rückmeldung'],
];
const CALLBACK_EN = /\b(?:call|ring|phone)(?:s|ed|ing)?\s+(?:me|us)\s+back\b|\bget(?:s|ting)? back to (?:me|us)\b|\bcallback\b/iu;
/** "freeze my membership", "cancel our account": the action asked for, with its object */
const ACTION_EN: Record<string, string> = { freeze: 'freeze', pause: 'pause', unfreeze: 'unfreeze', cancel: 'cancellation', close: 'closure', suspend: 'suspension', upgrade: 'upgrade', downgrade: 'downgrade', transfer: 'transfer', unblock: 'unblock' };

const clean = (s: string) => {
  const c = s.replace(/^[\s'"‚‘’„“”«»(]+|[\s'"‚‘’„“”«»),.;:!?]+$/gu, '').replace(/\s+/g, ' ');
  return c.includes('(') && !c.includes(')') ? c + ')' : c;
};

/** Extracts the facts of one text: numbers with their units, times, dates, codes, places, things. */
export function extractFacts(raw: string, lang: 'de' | 'en', source: Fact['source'], brand?: string): Fact[] {
  const text = raw.replace(/[’]/g, "'");
  const facts: Fact[] = [];
  const brandToks = new Set(tokens(brand ?? ''));
  const w = source === 'message' ? 1 : 0.5;
  const push = (kind: FactKind, t: string, weight: number, prep?: string) => {
    // shouted words are not names: "for THREE days" is picked up as "for three days" (acronyms and codes stay)
    const c = clean(t).replace(/(?<![\p{L}\d])\p{Lu}{2,}(?![\p{L}\d])/gu, (x) => {
      if (SHOUT_FUNCTION.has(x.toLowerCase())) return x.toLowerCase();
      if (x.length < 4 || /^(?:IBAN|SEPA|WLAN|ESIM|DSGVO|HTTPS?|NASA|UEFA|FIFA)$/.test(x)) return x;
      // German nouns keep their capital ("seit 80 Minuten"), English words go lower case
      return lang === 'de' ? x.charAt(0) + x.slice(1).toLowerCase() : x.toLowerCase();
    });
    if (c.length >= 2 && c.length <= 60) addFact(facts, { kind, text: c, source, weight: weight * w, ...(prep ? { prep: prep.toLowerCase() } : {}) });
  };

  // money: 27,50 € · £7.45 · 1.250 € · 14,99 pro Monat
  for (const m of text.matchAll(/(?:[€£$]\s?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|[€£$]\s?\d+(?:[.,]\d{1,2})?|(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?\s?(?:€|eur\b|euro\b|pounds?\b|£)|(?<![\d.,])\d+(?:[.,]\d{1,2})?\s?(?:€|eur\b|euro\b|pounds?\b|£))/giu)) push('money', m[0], 5);
  // "von 84 auf 168 €", "from 40 to 55 pounds": the first number shares the unit written after the second
  for (const m of text.matchAll(/(?<![\d.,])(\d+(?:[.,]\d{1,2})?)\s?(?:auf|bis|to|[-–])\s?\d+(?:[.,]\d{1,2})?\s?(€|euro\b|eur\b|pounds?\b|£)/giu)) push('money', `${m[1]} ${m[2] === '£' ? '£' : m[2]}`.replace(/^(\d[\d.,]*) £$/, '£$1'), 5);
  for (const m of text.matchAll(/([€£$])\s?(\d+(?:[.,]\d{1,2})?)\s?(?:to|bis|auf|[-–])\s?[€£$]?\d/gu)) push('money', `${m[1]}${m[2]}`, 5);
  // multipliers: 5x · 2 x
  for (const m of text.matchAll(/(?<![\p{L}\d])\d{1,2}\s?x(?![\p{L}\d])/giu)) push('count', m[0].replace(/\s/g, ''), 4);
  // durations: seit 45 Minuten · 5 Stunden · 6 Wochen · 9 days · 3h
  const durRe = DURATION_RE;
  durRe.lastIndex = 0;
  for (const m of text.matchAll(durRe)) push('duration', m[0], 4);
  // clock times and slots: 7:12 · 21:40 · 2-3pm · 9am
  for (const m of text.matchAll(/(?<![\d,.])\d{1,2}[:.]\d{2}(?:\s?(?:uhr|am|pm))?(?![\d,])|\b\d{1,2}\s?[-–]\s?\d{1,2}\s?(?:uhr|am|pm)\b|\b\d{1,2}\s?(?:am|pm|uhr)\b/giu)) {
    if (/^\d{1,2}\.\d{2}$/.test(m[0]) && !/uhr/i.test(m[0])) continue; // 30.06 is a date, 9.90 a price
    push('time', m[0], 4);
  }
  // dates with a month name: "zum 31. März", "on 3rd May", "March 31"
  for (const m of text.matchAll(/(?<![\d.,])\d{1,2}\.\s?(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b|(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2}(?:st|nd|rd|th)?\b(?![.,]\d)/gu)) push('date', m[0], 4);
  // dates: 14.9. · 02.11.2024 · relative days
  for (const m of text.matchAll(/(?<![\d,])\d{1,2}\.\d{1,2}\.(?:\d{2,4})?/gu)) push('date', m[0], 4);
  for (const m of text.matchAll(RELATIVE_DATES)) push('date', m[0], 3);
  // ordinals: fifth time, zum vierten Mal, 2nd attempt
  for (const m of text.matchAll(/\b(?:zum\s)?(?:zweite[nrms]?|dritte[nrms]?|vierte[nrms]?|fünfte[nrms]?|x-te[nrms]?|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th|\.))\s(?:Mal|time|attempt|Versuch|trip|visit|call|Anruf)\w*/giu)) push('count', m[0], 4);
  // error codes and line/train numbers: Fehler 418 · error 502 · ICE 771 · S8 · bus 17
  for (const m of text.matchAll(/\b(?:fehler(?:code)?|error(?: code)?|code)\s?:?\s?['"„]?[a-z]?\d{2,5}\b/giu)) push('code', m[0], 5);
  for (const m of text.matchAll(/\b(?:ICE|IC|EC|RE|RB|IR|S|U|Bus|Tram|Linie|line|route|flight|Flug)\s?\d{1,4}\b/gu)) push('code', m[0], 5);
  // quoted words: 'payment declined' · „Zugang gesperrt“
  for (const m of text.matchAll(/(?:^|[\s(])['"„‚“]([^'"“”‘]{2,40})['"“”‘](?=[\s.,!?)]|$)/gu)) {
    // a single quoted lower-case word is a scare quote ('helping'), not a fact
    if (m[1] && m[1].split(/\s+/).length <= 5 && !/^\p{Ll}[\p{L}-]*$/u.test(m[1])) push('quote', m[1], 4);
  }
  // ages: (91) after a person word
  for (const m of text.matchAll(/\b(vater|mutter|oma|opa|sohn|tochter|father|mother|dad|mum|mom|son|daughter|grandma|grandad)\s?\((\d{1,3})\)/giu)) push('person', m[0], 5);
  // measures: 500 g, 1,5 kg, 50 Mbit, 20 GB
  for (const m of text.matchAll(/(?<![\d,.])\d+(?:[.,]\d+)?\s?(?:g|kg|ml|l|cl|gb|mb|tb|mbit|mbit\/s|km|cm|mm|kwh|kw|wh|mah|%)(?![\p{L}])/giu)) push('count', m[0], 4);
  // remaining bare numbers with a word after them: 80 Kartons · 6 Reihenhäuser · 25 Azubis · 4 branches
  for (const m of text.matchAll(/(?<![\d,.:€£$-])(\d{1,5})\s([\p{Lu}\p{Ll}][\p{L}-]{2,})/gu)) {
    const unit = (m[2] ?? '').toLowerCase();
    if (DE_CAP_STOP.has(unit) || EN_STOP.has(unit) || EN_CAP_STOP.has(unit)) continue;
    if (UNIT_RE.test(unit)) continue;
    if (lang === 'de' && /^\p{Ll}/u.test(m[2] ?? '')) continue; // "Minute 32 jedes Mal": German count nouns are capitalised
    if (facts.some((f) => new RegExp(`(?<!\\d)${m[1]}(?!\\d)`).test(f.text))) continue; // "Linie 12 Richtung": the number is part of a code
    push('count', m[0], 4);
  }
  for (const m of text.matchAll(/(?:ca\.|circa|about|around|rund|etwa)\s?(\d{2,6})/giu)) push('count', m[1] ?? '', 3);
  // a bare number that is still left (sums, amounts, ids that are not personal data)
  for (const m of text.matchAll(/(?<![\d,.:€£$\p{L}-])\d{2,6}(?:[.,]\d{1,2})?(?![\d\p{L}])/gu)) {
    if (!facts.some((f) => f.text.includes(m[0]))) push('count', m[0], 2);
  }

  // mixed letter-digit product names: 5G, eSIM-free X5, iPhone 16 (personal data is already masked)
  for (const m of text.matchAll(/(?<![\p{L}\d])(?=[\p{L}\d]*\d)(?=[\p{L}\d]*\p{L})[\p{L}\d]{2,8}(?![\p{L}\d])/gu)) {
    if (!/^\d+x$/i.test(m[0]) && !/^\d+(?:h|pm|am|min|st|nd|rd|th)$/i.test(m[0])) push('code', m[0], 3);
  }
  for (const m of text.matchAll(/\b(?=[a-z]+[A-Z])[a-z]{1,2}[A-Z][A-Za-z]{1,10}\b/g)) push('thing', m[0], 3);
  // places: streets, branches, "in/nach/vor/to/from <Name>"
  for (const m of text.matchAll(/\b([\p{Lu}][\p{L}-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|markt|bahnhof))\b/gu)) {
    if (m[1] && !/^(?:Supermarkt|Markt|Bahnhof|Hauptbahnhof|Platz|Weg)$/.test(m[1])) push('place', m[1], 4);
  }
  for (const m of text.matchAll(/\b([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?) (?:Street|Road|Lane|Avenue|Square|Station|Park)\b/gu)) push('place', m[0], 4);
  for (const m of text.matchAll(/\b(Filiale|Markt|Store|branch|store in|shop in|Standort)\s([\p{Lu}][\p{L}-]+)/gu)) {
    if (/^(?:Filiale|Markt|Standort)$/.test(m[1] ?? '')) push('place', `${m[1]} ${m[2]}`, 4);
    else push('place', m[2] ?? '', 4);
  }
  for (const m of text.matchAll(/\b([\p{Lu}][\p{L}-]+)\s(?:store|branch|shop|station)\b/gu)) {
    if (m[1] && !EN_CAP_STOP.has(m[1].toLowerCase()) && !KNOWN_THINGS.has(m[1].toLowerCase()) && !/^(?:Street|Road|Lane|Avenue|Square|Park|High)$/.test(m[1])) push('place', m[1], 4);
  }
  const prepRe =
    lang === 'de'
      ? /\b(in|nach|vor|aus|bei|ab|bis|Richtung|zwischen)\s([\p{Lu}][\p{L}]+(?:-[\p{Lu}][\p{L}]+)*)/gu
      : /\b(in|to|from|at|near|via|around|outside)\s([\p{Lu}][\p{L}]+(?:[- ][\p{Lu}][\p{L}]+)?)/gu;
  for (const m of text.matchAll(prepRe)) {
    const name = m[2] ?? '';
    const low = name.toLowerCase();
    if (DE_CAP_STOP.has(low) || EN_CAP_STOP.has(low) || KNOWN_THINGS.has(low.split(/[- ]/)[0] ?? '')) continue;
    if (brandToks.has(fold(name))) continue;
    // German common nouns after "in" are usually preceded by an article; a bare capitalised word
    // after a preposition is a name (in Passau, nach Lübeck). Exclude frequent idioms.
    if (/^(?:Ordnung|Ruhe|Zukunft|Kontakt|Sachen|Hause|Ort|Zeit|Bezug|Kürze|Summe|Bar|Raten|Person|Urlaub|Rente|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Stau|Zug|Bus|Bahn)$/u.test(name)) continue;
    push('place', name, 4, m[1]);
  }
  // "X to Y" routes: Swansea to Cardiff · Erfurt nach Gotha
  for (const m of text.matchAll(/\b([\p{Lu}][\p{L}]+) (?:to|nach|->|→) ([\p{Lu}][\p{L}]+)/gu)) {
    for (const n of [m[1], m[2]]) if (n && !EN_CAP_STOP.has(n.toLowerCase()) && !DE_CAP_STOP.has(n.toLowerCase())) push('place', n, 4);
  }

  // wallets and the like are one name in either language ("Apple Pay", not "Apple" and "Pay")
  for (const m of text.matchAll(/\b(?:Apple|Google|Samsung) Pay\b/g)) push('thing', m[0], 3);
  // things
  if (lang === 'de') {
    // German nouns are capitalised: take those that are not function words or the brand
    const words = text.matchAll(/(?<![\p{L}\d@#])([\p{Lu}][\p{L}]*(?:-[\p{L}\d]+)*)(?![\p{L}])/gu);
    for (const m of words) {
      const wd = m[1] ?? '';
      const low = wd.toLowerCase();
      if (wd.length < 3 || DE_CAP_STOP.has(low) || brandToks.has(fold(wd))) continue;
      if (/^[\p{Lu}]{2,}$/u.test(wd) && wd.length > 4) continue; // SHOUTING words
      if (facts.some((f) => fold(f.text).includes(fold(wd)))) continue;
      const start = m.index ?? 0;
      const before = text.slice(Math.max(0, start - 2), start);
      const sentenceStart = start === 0 || /[.!?]\s*$/.test(before) || /^\s*$/.test(text.slice(0, start));
      // sentence-initial verbs, adverbs and adjectives are capitalised too: keep sentence-initial
      // words only when long, not shaped like an adjective/adverb, and not followed by a noun
      if (sentenceStart && wd.length < 6 && !wd.includes('-')) continue;
      // a verb that opens a question or inverted clause ("Verkauft ihr …", "Stimmt es …") is not a thing
      if (sentenceStart && /^\s+(?:ihr|du|sie|er|es|wir|man|ich|das|dies|euch|dich|sich|mich|uns)(?![\p{L}])/u.test(text.slice(start + wd.length))) continue;
      // nominalised superlatives ("die Schnellsten", "der Beste") praise or mock, they carry no fact
      if (/(?:sten|ste)$/.test(low) && !DE_ST_NOUNS.test(low) && /(?:^|\s)(?:die|der|den|am|das)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(0, start - 20), start))) continue;
      if (DE_VAGUE.has(low)) continue;
      if (sentenceStart && (/(?:sam|lich|ig|isch|bar|haft|los|voll|end|weise|er|es|em|en)$/.test(low) && /^\s+[\p{Lu}]/u.test(text.slice(start + wd.length)))) continue;
      if (sentenceStart && /(?:sam|lich|ig|isch|bar|haft|los|weise)$/.test(low)) continue;
      push('thing', wd, wd.includes('-') || wd.length >= 9 ? 3 : 2);
    }
  } else {
    // noun phrases after a determiner: "my hiking boots", "your booking form"
    const toks = text.split(/\s+/);
    for (let i = 0; i < toks.length; i++) {
      const d = (toks[i] ?? '').toLowerCase().replace(/[^a-z]/g, '');
      if (!DETERMINERS_EN.has(d) && !/^(?:on|during|contain|contains|include|includes|without|need|needs)$/.test(d)) continue;
      const np: string[] = [];
      for (let k = i + 1; k < Math.min(toks.length, i + 5); k++) {
        const possessive = /'s\b/.test(toks[k] ?? '');
        const rawW = (toks[k] ?? '').replace(/'s\b/, '');
        const base = rawW.replace(/[^\p{L}\d-]/gu, '');
        const wd = possessive && base ? `${base}'s` : base;
        const lw = base.toLowerCase();
        if (!wd || /\d/.test(rawW) || /[/&]/.test(rawW) || EN_STOP.has(lw) || EN_VERBS.test(lw)) break;
        // "the store spent", "the note TWICE", "the card online": a verb or an adverb after the noun ends the phrase
        if (np.length && (NP_TRAIL.has(lw) || (/ed$/.test(lw) && lw.length > 4))) break;
        if (!np.length && EN_COMMON.has(lw)) continue; // "the SAME car", "the whole thing": the noun carries the content
        np.push(wd);
        if (/[,.!?;:)]$/.test(rawW)) break;
      }
      if (np.length) {
        let words = np.slice(-2);
        // "the Buchanan Street shop": the place is already a fact, keep only the noun after it
        if (words.length === 2 && facts.some((f) => f.kind === 'place' && fold(f.text).split(' ').includes(fold(words[0] ?? '')))) words = words.slice(1);
        const phrase = words.join(' ');
        if (!brandToks.has(fold(phrase)) && phrase.length >= 3) push('thing', phrase, words.length >= 2 ? 3 : 2);
      }
    }
    for (const m of text.matchAll(/\b(?:Apple|Google|Samsung) Pay\b/g)) push('thing', m[0], 3);
    for (const m of text.matchAll(/\bclick\s?(?:&|and|\+|n)\s?collect\b/gi)) push('thing', m[0], 3);
    // remaining content words of the message, weakly: nouns the patterns above missed (rent, signal)
    for (const m of text.matchAll(/\b([A-Za-z][a-z]{3,}(?:-[a-z]+)*)\b(?!')/g)) {
      const wd = (m[1] ?? '').toLowerCase();
      const at = m.index ?? 0;
      const sentenceStart = at === 0 || /[.!?]\s*$/.test(text.slice(Math.max(0, at - 3), at));
      if (sentenceStart || EN_STOP.has(wd) || EN_COMMON.has(wd) || EN_VERBS.test(wd) || EN_CAP_STOP.has(wd) || brandToks.has(wd)) continue;
      if (/(?:ly|ing|ed|ful|ous|ive|able|est|less|ish)$/.test(wd)) continue;
      if (facts.some((f) => fold(f.text).includes(wd))) continue;
      push('thing', m[1] ?? wd, 0.8);
    }
    // nouns after a verb of buying/losing or a preposition: "bought yoghurt", "billed me for batteries"
    for (const m of text.matchAll(/\b(?:bought|ordered|for|of|with|about|lost|left|transfer|using)\s+(?:some\s+)?([a-z][a-z-]{3,})\b/gi)) {
      const wd = (m[1] ?? '').toLowerCase();
      if (!EN_STOP.has(wd) && !EN_VERBS.test(wd) && !/(?:ly|ing)$/.test(wd)) push('thing', wd, 2);
    }
    // capitalised product words mid-sentence: Firefox, Pixel
    for (const m of text.matchAll(/(?<=[\p{Ll},] )([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?)/gu)) {
      const wd = m[1] ?? '';
      const low = wd.toLowerCase();
      if (EN_CAP_STOP.has(low) || brandToks.has(fold(wd)) || facts.some((f) => fold(f.text).includes(fold(wd)))) continue;
      if (/^\p{Lu}{2,}$/u.test(wd) && (EN_COMMON.has(low) || EN_STOP.has(low))) continue; // SAME, ALL: shouting, not a product
      push('thing', wd, 3);
    }
    // content words from the topic lexicons that the customer used (chicken, vitamins, meter)
    for (const m of text.matchAll(/\b([A-Za-z][a-z-]{3,})\b/g)) {
      const wd = (m[1] ?? '').toLowerCase();
      if (EN_STOP.has(wd) || EN_VERBS.test(wd) || facts.some((f) => fold(f.text).includes(wd))) continue;
      if (/(?:ing|ed|ly)$/.test(wd) && !/^(?:tracking|booking|building|parking|clothing|bedding|pudding|ceiling|heating|meeting|billing|shipping)$/.test(wd)) continue;
      if (TOPIC_STEMS.some((s) => wd.startsWith(s))) push('thing', wd, 1.5);
    }
  }
  for (const ev of eventFacts(text, lang, brandToks)) push('thing', ev, 3.5);
  for (const ev of actionFacts(text, lang)) push('thing', ev, 3.5);
  if (lang === 'de') for (const n of lowercaseNounsDe(text)) push('thing', n, 2.5);
  return facts;
}

/** what went wrong, as a verb: the customer's participle names the incident ("storniert", "blocked") */
const EVENT_DE = /^(?:storniert|abgebucht|abgezogen|abgeschaltet|ausgeschaltet|ausgegangen|ausgefallen|gesperrt|gekündigt|erhöht|gestrichen|verloren|weg|verschwunden|kaputt|beschädigt|zerbrochen|abgestürzt|hängt|hängen|gekommen|angekommen|verspätet|zurückgeschickt|installiert|gestartet|abgelehnt|eingezogen|geplatzt|gerissen|ausgelaufen|berechnet|abgerechnet|geklaut|gestohlen|widersprochen)$/u;
const EVENT_EN = /^(?:cancell?ed|blocked|frozen|froze|crashing|crashed|crashes|broken|broke|cracked|damaged|lost|missing|delayed|charged|declined|removed|raised|stolen|locked|written|changed|drops|dropping|dropped|stopped|died|failed|refused|rejected|closed|shut|flooded|leaking|leaked)$/u;
/** verbs that only name a problem when negated or qualified ("nicht angekommen", "neu installiert") */
const EVENT_NEEDS_MOD = /^(?:gekommen|angekommen|installiert|gestartet|changed|written)$/u;
const EVENT_MOD = /^(?:nicht|nie|never|not|neu|schon|zweimal|doppelt|dreimal|twice|off)$/u;
const CLAUSE_SPLIT = /[;!?()–—\p{Extended_Pictographic}]+|[,.:](?=\s|$)|\s(?:dass|weil|aber|und|obwohl|sondern|oder|but|and|because|while|although|so)\s/iu;
/** "can't log in", "kann mich nicht mehr einloggen": the login itself is the fact */
const LOGIN_FAIL_RE = /\b(?:can'?t|cannot|unable to|couldn'?t) (?:\w+ )?(?:log ?in|sign ?in)\b|\b(?:kann|konnte)\b[^.!?]{0,20}\bnicht\b[^.!?]{0,10}\b(?:einloggen|anmelden)\b/iu;
const PREPS = new Set('in im am an auf bei mit nach von vom zum zur für über unter vor seit aus um ab bis durch gegen ohne at on in to from of for with by during after before since'.split(' '));
const EN_DETS = /^(?:my|the|your|our|his|her|their|this|that|a|an)$/i;

/** what the customer asks for or was promised, as a noun: a callback, a membership freeze, the fee by name */
function actionFacts(text: string, lang: 'de' | 'en'): string[] {
  const out: string[] = [];
  if (lang === 'de') {
    for (const [re, noun] of SEPARABLE_DE) {
      const m = re.exec(text);
      // "niemand ruft zurück": the callback that did not come
      if (m) out.push(noun.startsWith('kein') || !/\b(?:niemand|keiner|keine|nie|nicht)\b/iu.test(text.slice(Math.max(0, m.index - 25), m.index + m[0].length)) ? noun : `kein ${noun}`);
    }
    // "doppelt bezahlten Bestellung", "zweimal abgebuchte Beitrag": the adjective form of a double charge
    const dbl = /\b(doppelt|zweimal|dreimal)\s+(bezahlt|abgebucht|berechnet|eingezogen|abgezogen)(?:e|en|er|es|em)?\b/iu.exec(text);
    if (dbl) out.push(`${dbl[1]!.toLowerCase()} ${dbl[2]!.toLowerCase()}`);
    if (/\b(?:als\s+)?(?:zugestellt|geliefert)\b[^.!?]{0,60}\b(?:aber|nichts|nie|nicht|kein\w*)\b/iu.test(text) && !/\bnicht (?:zugestellt|geliefert)\b/iu.test(text)) out.push('als zugestellt gemeldet');
    const back = /\b(Strom|Wasser|Internet|Netz|Licht|Heizung|Empfang)\b[^.!?]{0,30}\bwieder (?:da|an|online)\b/u.exec(text);
    if (back) out.push(`${back[1]} wieder da`);
  } else {
    if (CALLBACK_EN.test(text)) out.push('callback');
    for (const m of text.matchAll(/\b(freeze|pause|unfreeze|cancel|close|suspend|upgrade|downgrade|transfer|unblock)\s+(?:my|our|the)\s+([a-z]{4,})\b/gi)) {
      const noun = (m[2] ?? '').toLowerCase();
      if (!EN_STOP.has(noun) && !EN_COMMON.has(noun)) out.push(`${noun} ${ACTION_EN[(m[1] ?? '').toLowerCase()] ?? ''}`.trim());
    }
    for (const m of text.replace(/[@#][\p{L}\p{N}_.]+/gu, ' ').matchAll(FEE_RE)) {
      const w = (m[1] ?? '').toLowerCase();
      if (!EN_STOP.has(w) && !EN_VERBS.test(w) && !EN_COMMON.has(w) && !/^(?:extra|hidden|these|those|such|more|any)$/.test(w)) out.push(`${w} ${(m[2] ?? '').toLowerCase()}`);
    }
    if (DELIVERED_NOT_RE.test(text)) out.push('marked delivered');
    const back = /\b(lights|power|electricity|water|internet|broadband|wifi|signal|heating|gas)\b[^.!?]{0,25}\b(?:came|come|is|are|was|were|went|got)\s+back(?: on| up)?\b/iu.exec(text);
    if (back) out.push(`${back[1]!.toLowerCase()} back on`);
  }
  return out.slice(0, 3);
}

/** "Bestellung storniert", "Koffer weg", "card blocked", "app crashing": the thing and what happened to it */
function eventFacts(text: string, lang: 'de' | 'en', brandToks: Set<string>): string[] {
  const out: string[] = [];
  for (const clause of text.split(CLAUSE_SPLIT)) {
    const ws = clause.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d:.,]+$/gu, '')).filter(Boolean);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i] ?? '';
      const lw = w.toLowerCase();
      const re = lang === 'de' ? EVENT_DE : EVENT_EN;
      const state = (lang === 'de' ? STATE_DE : STATE_EN).test(lw);
      if (!re.test(lw) && !state) continue;
      const prev = (ws[i - 1] ?? '').toLowerCase();
      const next = (ws[i + 1] ?? '').toLowerCase();
      if (EVENT_NEEDS_MOD.test(lw) && !EVENT_MOD.test(prev) && !(lw === 'written' && next === 'off')) continue;
      let verb = lw === 'written' ? 'written off' : state ? lw.replace(/^(?:eis|stone-)(?=kalt|cold)/, '') : w;
      if (EVENT_MOD.test(prev) && prev !== 'off') verb = `${prev} ${verb}`;
      let noun = '';
      if (lang === 'de') {
        // the first noun of the clause that is not inside a prepositional phrase: the subject or object
        for (let k = 0; k < i; k++) {
          const c = ws[k] ?? '';
          const before = (ws[k - 1] ?? '').toLowerCase();
          const before2 = (ws[k - 2] ?? '').toLowerCase();
          if (!/^\p{Lu}[\p{Ll}]{2,}(?:-[\p{L}\d]+)*$|^\p{Lu}[\p{Ll}]*(?:-[\p{L}\d]+)+$/u.test(c) && !/^\p{Lu}[\p{L}]*\s?\d/u.test(c)) continue;
          if (DE_CAP_STOP.has(c.toLowerCase()) || brandToks.has(fold(c)) || DE_VAGUE.has(c.toLowerCase()) || EVENT_MOD.test(c.toLowerCase())) continue;
          // a capitalised sentence opener that is an adverb or adjective ("Neu", "Einfach") is no noun
          if (k === 0 && (/(?:lich|ig|isch|bar|los|sam)$|^(?:neu|einfach|plötzlich|gestern|heute)$/iu.test(c) || PREPS.has((ws[1] ?? '').toLowerCase()))) continue;
          if (PREPS.has(before) || (PREPS.has(before2) && /^(?:der|die|das|dem|den|des|einer|einem|meiner|meinem|eurer|eurem)$/.test(before))) continue;
          // "Linie 12": keep the number with its line
          noun = /^\d{1,4}$/.test(ws[k + 1] ?? '') && k + 1 < i ? `${c} ${ws[k + 1]}` : c;
          break;
        }
      } else {
        // English: the noun after a determiner before the verb ("my card was blocked"), else after it ("blocked my card")
        const np = (from: number, to: number, back = false): string => {
          for (let n = from; n < to; n++) {
            const k = back ? to - 1 - (n - from) : n;
            if (!EN_DETS.test(ws[k] ?? '')) continue;
            // "the 07:42 from Ashby": a time or service number is the thing
            if (/^\d{1,2}:\d{2}$|^\d{1,4}$/.test(ws[k + 1] ?? '')) return ws[k + 1] ?? '';
            const words: string[] = [];
            for (let m = k + 1; m < Math.min(to, k + 4); m++) {
              const x = (ws[m] ?? '').toLowerCase();
              if (!x || EN_STOP.has(x) || EN_VERBS.test(x) || EVENT_EN.test(x) || /^\d/.test(x)) break;
              words.push(ws[m] ?? '');
            }
            if (words.length) return words.slice(-2).join(' ');
          }
          return '';
        };
        // "a cracked jug": the participle is an adjective of the noun after it
        const after = (ws[i + 1] ?? '').toLowerCase();
        if (EN_DETS.test(prev) && after && !EN_STOP.has(after) && !EN_VERBS.test(after) && /^\p{L}+$/u.test(after)) noun = ws[i + 1] ?? '';
        noun = noun || np(0, i, true) || np(i + 1, Math.min(ws.length, i + 5));
        // "the 07:42 is cancelled": a time or service number is the thing
        if (!noun) for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (/^\d{1,2}:\d{2}$|^\d{1,4}$/.test(ws[k] ?? '')) { noun = ws[k] ?? ''; break; }
        if (noun && brandToks.has(fold(noun))) noun = '';
      }
      if (noun && noun.length <= 30) out.push(`${noun} ${verb}`);
    }
  }
  if (LOGIN_FAIL_RE.test(text)) out.push(lang === 'de' ? 'Anmeldung' : 'login');
  return out.slice(0, 3);
}

/** German written all in lower case: nouns after an article or preposition, or before a number ("staffel 2") */
function lowercaseNounsDe(text: string): string[] {
  const ws = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean);
  const midCaps = ws.slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
  if (ws.length < 4 || midCaps > 0) return [];
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? '';
    if (!/^\p{Ll}{4,}$/u.test(w) || DE_CAP_STOP.has(w) || DE_VAGUE.has(w)) continue;
    if (/(?:lich|ig|isch|bar|los|sam|en|st|t)$/.test(w) && !/^\d/.test(ws[i + 1] ?? '')) {
      // verbs, adjectives and adverbs end like this; a word after an article is still a noun ("von nebelhafen")
      if (!/^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|mein|meine|meinen|meinem|von|vom|zum|zur|beim|im|am|mit|für|auf|nach)$/.test((ws[i - 1] ?? '').toLowerCase())) continue;
      if (/(?:lich|ig|isch|bar|los|sam)$/.test(w)) continue;
    } else if (!/^\d/.test(ws[i + 1] ?? '') && !/^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|mein|meine|meinen|meinem|von|vom|zum|zur|beim|im|am|mit|für|auf|nach)$/.test((ws[i - 1] ?? '').toLowerCase())) continue;
    const noun = w.charAt(0).toUpperCase() + w.slice(1);
    out.push(/^\d{1,3}$/.test(ws[i + 1] ?? '') ? `${noun} ${ws[i + 1]}` : noun);
  }
  return out.slice(0, 3);
}

function detectTopics(j: string, toks: string[]): Topic[] {
  const scored: [Topic, number][] = [];
  for (const [name, cues] of Object.entries(TOPICS) as [Topic, Cues][]) {
    const n = score(j, toks, cues).length;
    if (n) scored.push([name, n]);
  }
  return scored.sort((a, b) => b[1] - a[1]).map(([t]) => t);
}

function capsWords(text: string): number {
  return (text.match(/(?<![\p{L}])[\p{Lu}]{4,}(?![\p{L}])/gu) ?? []).filter((w) => !/^(?:GMBH|IBAN|HTTPS?|PAYPAL|DSGVO|FAQ|ICE|DHL|USB|WLAN|LTE|ESIM|SEPA|PDF|ATM|NFC|API)$/.test(w) && !/\d/.test(w)).length;
}

function nameToAddress(author: ReplyInput['author']): string | null {
  const name = (author.name ?? '').trim();
  const handle = (author.handle ?? '').trim();
  const parts = name.split(/\s+/).filter(Boolean);
  const looksLikePerson = parts.length >= 1 && parts.length <= 3 && parts.every((p) => /^[\p{Lu}][\p{Ll}'-]+$/u.test(p));
  // "Frau Meier", "Dr. Klein": keep the title with the surname
  if (parts.length >= 2 && /^(?:frau|herr|mr|mrs|ms|miss|dr)\.?$/i.test(parts[0] ?? '')) return name.slice(0, 40);
  // "Familie Kowalczyk", "Hotel Seeblick", "Imkerei Brandt": the first word is no first name
  if (parts.length >= 2 && /^(?:familie|family|hotel|pension|gasthof|praxis|kanzlei|team|café|cafe|bäckerei|\p{L}+erei|studio|verein|restaurant|salon|the)$/iu.test(parts[0] ?? '')) return name.slice(0, 40);
  // a nickname that is also the handle ("Pfand Paul" / @pfandpaul) is used whole
  const squashed = (x: string) => fold(x).replace(/[^\p{L}\p{N}]/gu, '');
  if (parts.length >= 2 && handle && squashed(handle) === squashed(name)) return name.slice(0, 40);
  if (looksLikePerson && parts.length >= 2) return parts[0] ?? null;
  if (looksLikePerson && parts.length === 1 && (parts[0] ?? '').length >= 3) return parts[0] ?? null;
  if (handle) return handle.startsWith('@') ? handle : '@' + handle;
  if (name) return name.slice(0, 40);
  return null;
}

/** Reads one customer message: language, tone, type, facts, DM need, whether to reply. */
export function analyse(inputRaw: ReplyInputRaw | ReplyInput, opts: AnalyseOptions = {}): Analysis {
  const input = ReplyInputSchema.parse(inputRaw);
  const raw = input.text;
  const detected = detectLang(raw);
  const lang: 'de' | 'en' = input.lang ?? (detected === 'und' ? 'de' : detected);
  const spans = detectPii(raw, lang, opts.detectPii);
  const personalData = spans.map((s) => raw.slice(s.start, s.end).trim()).filter((s) => s.length >= 4);
  // German written as spoken ("scho wieda", "ned") is read in its standard forms; personal data
  // is taken from the customer's own text above, before any word is changed
  const text = lang === 'de' ? normaliseDialect(raw) : raw;
  // the label of masked contact data ("phone +44 …", "Tel. 0171 …") is no device or topic either
  const masked = (lang === 'de' ? normaliseDialect(mask(raw, spans)) : mask(raw, spans)).replace(CONTACT_LABEL_RE, (m) => ' '.repeat(m.length));
  const j = joined(masked);
  const toks = tokens(masked);
  const customerTurns = input.thread.filter((t) => t.role === 'customer');
  const agentTurns = input.thread.filter((t) => t.role === 'agent');
  const threadJ = joined(customerTurns.map((t) => t.text).join(' . '));
  const threadToks = tokens(customerTurns.map((t) => t.text).join(' '));
  const cues: string[] = [];

  // ── tone ──
  const exclaim = (text.match(/!/g) ?? []).length;
  const caps = capsWords(text);
  const angry = score(j, toks, TONE.angryWords);
  const frustrated = score(j, toks, TONE.frustratedWords);
  if (SINCE_RE.test(text) && (!/\?\s*$/.test(text.trim()) || /(?<![\p{L}])seit\s/iu.test(text))) frustrated.push('since');
  // "schon wieder da" / "back again" is good news, not a repeat of a problem
  if (/\bschon wieder (?:da|an|online|zurück|verfügbar|erreichbar|offen|läuft|geht)\b|\b(?:back (?:on|up|again)|wieder (?:da|an|online))\b/iu.test(text) && !/\bschon wieder\b(?! (?:da|an|online|zurück|verfügbar|erreichbar|offen|läuft|geht)\b)/iu.test(text)) {
    const i = frustrated.indexOf('schon wieder');
    if (i >= 0) frustrated.splice(i, 1);
  }
  // a promise that was not kept: "es hieß, das Konto bleibt kostenlos", "they said they'd ring me back by 6 – nothing"
  if (PROMISE_RE.test(text) && CONTRAST_RE.test(text.replace(PROMISE_RE, ' '))) frustrated.push('broken-promise');
  // time has passed and the matter is still open: "returned it 12 days ago … still held", "vor drei Wochen abgegeben … immer noch nicht"
  if (ELAPSED_RE.test(text) && /\b(?:still|immer noch|noch immer|noch nicht|noch kein\w*|yet)\b/iu.test(text)) frustrated.push('elapsed-still');
  // an order or parcel shown as delivered that is not there
  if (DELIVERED_NOT_RE.test(text)) frustrated.push('delivered-not-received');
  // "!!" is emphasis; "??" alone is eagerness ("wann kommt Staffel 2??") unless something went wrong
  const multiBang = /!{2,}/.test(text) || (/\?{2,}/.test(text) && (angry.length > 0 || frustrated.length > 0 || capsWords(text) > 0 || SAD_EMOJI.test(text) || score(j, toks, TYPE.negative).some((n) => !['no', 'not', 'kein', 'keine', 'nicht'].includes(n))));
  const positive = score(j, toks, TONE.positiveWords);
  // "we'd love to send samples", "würden uns freuen": a wish, not praise
  if (positive.includes('love') && !/\blove\b(?! to\b)/i.test(text.replace(/\b(?:would|'d|’d)\s+(?:really\s+)?love to\b/gi, ''))) positive.splice(positive.indexOf('love'), 1);
  const ironyM = score(j, toks, TONE.ironyMarkers);
  const troll = score(j, toks, TONE.trollWords);
  const grievance = score(j, toks, TONE.grievanceNouns);
  const negative = score(j, toks, TYPE.negative);
  const scareQuotes = /(?:^|\s)['"‚„“]\p{Ll}[^'"“”‘]{1,25}['"“”‘]/u.test(text) && positive.length > 0;
  const pun = /\b[\p{Lu}][\p{L}]+\s?=\s?[\p{Lu}][\p{L}-]+/u.test(text);
  const laugh = LAUGH_EMOJI.test(text);
  const sad = SAD_EMOJI.test(text);
  const ironyEmoji = IRONY_EMOJI.test(text);
  // 👏 after a failure is applause for the failure (sarcasm), not happiness
  const happy = HAPPY_EMOJI.test(text.replace(/👏/gu, '')) || (/👏/u.test(text) && !score(j, toks, TYPE.negative).length);
  const concrete = /\b(?:mein|meine|meinen|meinem|my|mir|me|ich|i)\b/iu.test(text);
  // calm anger: a cancel/switch-away threat, a demand for money back, or a strong verdict word
  const switchAway = SWITCH_AWAY_RE.test(text);
  const threat = switchAway || THREAT_RE.test(text) || ULTIMATUM_RE.test(text);
  const shouting = SHOUT_RUN_RE.test(masked);
  const strongAngry = score(j, toks, { stems: STRONG_ANGRY.filter((x) => !x.includes(' ')), phrases: STRONG_ANGRY.filter((x) => x.includes(' ')) });
  // "ihr seid das Letzte": the insult closes the clause ("das letzte Mal" is only a time)
  if (/\bdas\s+letzte\s*(?:[.!?…@#]|\p{Extended_Pictographic}|$)/iu.test(masked)) strongAngry.push('das letzte');
  // praise superlatives next to a failure ("echt die Schnellsten", "the fastest ever") read as irony
  const superlative = /(?<![\p{L}])(?:die|the)\s+(?:\p{L}+\s+)?\p{L}{3,}(?:sten|est)(?![\p{L}])/iu.test(text) && !/\b(?:the (?:latest|best|nearest|cheapest|fastest way|earliest|closest|biggest|largest|smallest|lowest|highest))\b/i.test(text);
  if (superlative && (score(j, toks, TYPE.negative).length || SAD_EMOJI.test(text) || IRONY_EMOJI.test(text))) ironyM.push('superlative');
  // mockery by comparison: "my pigeon is faster than you", "meine Oma wäre schneller"
  const mockCompare = /(?<![\p{L}])(?:meine?|my)\s+[\p{L}'’]+\s+(?:[\p{L}'’]+\s+){0,3}(?:schneller|faster|quicker|zuverlässiger)(?![\p{L}])[^.!?]{0,20}(?:ist|wäre|is|would be)?/iu.test(text) || /\b(?:meine?|my|our|unsere?|a|an|eine?)\s+(?:\p{L}+\s+)?(?:ist|wäre|waere|is|would be|could be|could|kann)\s+(?:ja\s+|noch\s+|even\s+)?(?:schneller|faster|quicker|zuverlässiger|more reliable|besser|better)\b/iu.test(text);
  // praise taken back at the end: "kommt da super vorbei… nicht.", "great service... NOT", "#not"
  if (REVERSAL_RE.test(masked) && (positive.length > 0 || IRONY_EMOJI.test(text))) ironyM.push('reversal');
  // a short praise sentence followed by a failure ("Fantastic. Still waiting on day four.") is sarcasm
  const sentencesRaw = masked.split(/(?<=[.!?])\s+/).filter((x) => x.trim());
  const firstSentence = sentencesRaw[0] ?? '';
  if (sentencesRaw.length >= 2 && firstSentence.split(/\s+/).length <= 5 && score(joined(firstSentence), tokens(firstSentence), TONE.positiveWords).length > 0 && !/\b(?:danke|thanks?|thank you)\b/i.test(firstSentence)) {
    const rest = sentencesRaw.slice(1).join(' ');
    const restBad = score(joined(rest), tokens(rest), TYPE.negative).filter((n) => !['no', 'not', 'nicht', 'kein', 'keine'].includes(n)).length > 0 || score(joined(rest), tokens(rest), TONE.frustratedWords).length > 0 || /\b(?:einfach auf|hang up|hung up|legt(?:e|en)? (?:ihr |einfach )?auf)\b/i.test(rest);
    if (restBad && !/\?/.test(rest)) ironyM.push('praise-then-failure');
  }
  cues.push(...angry, ...frustrated.slice(0, 3), ...positive.slice(0, 3), ...ironyM, ...troll);

  const intensity = Math.min(3, (multiBang ? 1 : 0) + (caps >= 1 ? 1 : 0) + (shouting ? 1 : 0) + (angry.length ? 1 : 0) + (exclaim >= 4 ? 1 : 0));
  let tone: Tone;
  const realNeg = negative.filter((n) => !['no', 'not', 'kein', 'keine', 'nicht', 'won t', 'doesn t', 'didn t', 'can t', 'isn t', 'cannot', 'couldn t', 'unable'].includes(n));
  const posScore = positive.length + (happy ? 1 : 0);
  const negScore = realNeg.length + frustrated.length + (multiBang ? 1 : 0);
  const negContext = negative.length > 0 || sad || frustrated.length > 0 || /\d/.test(masked);
  const ironyScore =
    ironyM.length * 1.5 + (ironyM.some((x) => STRONG_IRONY.has(x)) ? 1 : 0) + (ironyM.length && (realNeg.length || frustrated.length) ? 0.5 : 0) + (scareQuotes ? 1.5 : 0) + (ironyEmoji && negContext ? 1.5 : 0) + (positive.length && negContext && !happy ? 0.5 : 0);
  const strongTroll = troll.some((t) => ['lol', 'lmao', 'rofl', 'ratio'].includes(t)) ? 0.5 : 0;
  const trollScore = troll.length * 1.5 + strongTroll + (pun || mockCompare || SHUT_DOWN_RE.test(text) || MOCK_IMAGINE_RE.test(text) ? 1.5 : 0) + (laugh ? 1 : 0) - (concrete && !pun && !mockCompare && !SHUT_DOWN_RE.test(text) ? 1 : 0) - (angry.length ? 0.5 : 0);
  if (trollScore >= 2 && !(ironyScore >= 2.5)) tone = 'troll';
  else if (ironyScore >= 2 && (positive.length > 0 || ironyM.length > 0)) tone = 'ironic';
  else if (intensity >= 2 || (angry.length >= 1 && (multiBang || caps >= 1 || exclaim >= 2)) || angry.length >= 2 || threat || strongAngry.length > 0) tone = 'angry';
  else if (posScore > negScore && !sad) tone = 'positive';
  else if (
    frustrated.length > 0 || angry.length > 0 || sad || multiBang ||
    (negative.length >= 1 && (/\d/.test(masked) || exclaim >= 1)) ||
    (realNeg.length >= 1 && /\b(?:\d+|zwei|drei|vier|two|three|four|several|mehrere)\s(?:tage|tagen|wochen|monate|monaten|days|weeks|months)\b/i.test(text))
  )
    tone = frustrated.length || sad || multiBang ? 'frustrated' : 'frustrated';
  else tone = 'neutral';
  // a calm, factual report without any emotional cue stays neutral
  const longWait = /\b(?:\d+|zwei|drei|vier|two|three|four|several|mehrere)\s(?:wochen|monate|monaten|weeks|months)\b/i.test(text);
  if (tone === 'frustrated' && !frustrated.length && !angry.length && !sad && !multiBang && exclaim === 0 && !longWait && !score(j, toks, TYPE.money).length) tone = 'neutral';
  // praise and a calm wish side by side ("staff were lovely – it would be nice if …") is a neutral suggestion
  if (tone === 'frustrated' && positive.length > 0 && !frustrated.length && !angry.length && !sad && !multiBang && !threat && ironyM.length === 0) tone = 'neutral';
  if (tone === 'positive' && ironyScore >= 1.5 && negContext && negative.length >= 2) tone = 'ironic';

  // ── topics and type ──
  const unquoted = stripScareQuotes(masked);
  const topics = detectTopics(joined(unquoted) + threadJ, tokens(unquoted).concat(threadToks));
  const rhetorical = /\b(?:was soll das|wie kann (?:es|das) sein|geht'?s noch|seid ihr (?:noch )?(?:zu retten|bescheuert)|are you (?:kidding|serious)|seriously|wtf|what the hell|how is this (?:ok|acceptable)|why is it so hard)\b/i.test(text);
  const realQuestion = text
    .split(/(?<=[.!?])\s+/)
    .some((x) => /\?/.test(x) && !/\b(?:was soll das|wie kann (?:es|das) sein|geht'?s noch|are you (?:kidding|serious)|seriously|wtf|what the hell)\b/i.test(x));
  // a question mark, or a sentence that starts with a question word ("Wo melde ich …" without "?")
  const startsAsking = masked
    .split(/(?<=[.!?])\s+/)
    .some((sent) => {
      const head = joined(sent).split(' ').slice(0, 4).join(' ') + ' ';
      return (TYPE.question.phrases ?? []).some((p) => head.startsWith(' ' + p + ' '));
    });
  const asks = rhetorical ? realQuestion : /\?/.test(text) || startsAsking;
  const promo = score(j, toks, TYPE.spamPromo);
  const authorJ = joined(`${input.author.name ?? ''} ${input.author.handle ?? ''}`);
  const spamAuthor = score(authorJ, tokens(authorJ), TYPE.spamAuthor).length > 0;
  const link = /https?:\/\/|www\.|\b[\p{L}\d-]+\.(?:xyz|click|win|top|info|shop|online|site|link|ru|biz|io|ly)\b|\b[\p{L}\d]+-[\p{L}\d-]+\.(?:com|de|net|org|co\.uk|eu)\b/iu.test(text);
  const lead = score(j, toks, TYPE.lead).concat(score(threadJ, threadToks, TYPE.lead));
  // switching to the brand: "moving our broadband over to you", "mit dem Festnetz zu euch rüberkommen"
  if (/\b(?:switch\w*|wechs\w*|move|moving|come over|rüber\w*)\b[^.!?]{0,30}\b(?:to you|over to you|zu euch|zu ihnen)\b|\b(?:zu euch|zu ihnen|zu dir)\b[^.!?]{0,25}\b(?:wechseln|um(?:zu)?steigen|um(?:zu)?ziehen|rüber\w*|kommen)\b|\b(?:thinking of|thinking about|considering|looking to|planning to|want to|wanting to) switch(?:ing)?\b|(?<![\p{L}])(?:überleg(?:e|en|t)?|denke (?:drüber |darüber )?nach|spiele mit dem gedanken),? (?:\w+ ){0,2}(?:zu )?(?:wechseln|euch)\b/iu.test(text) && !switchAway) lead.push('switch-to-brand');
  const tech = score(j, toks, TYPE.tech).concat(agentTurns.length ? score(threadJ, threadToks, TYPE.tech) : []);
  const infoSeek = INFO_SEEK_RE.test(text);
  const amount = /(?:[€£$]\s?\d|\d[\d.,]*\s?(?:€|eur\b|euro|pounds?|£|p\b))/iu.test(masked);
  // "twice"/"statt" are about money only next to an amount ("restarted twice" is not)
  const money = score(j, toks, TYPE.money).filter((m) => amount || !['twice', 'doppelt', 'statt'].includes(m));
  const techFailure = score(j, toks, {
    stems: ['fehler', 'error', 'blank', 'crash', 'absturz', 'storung', 'stromausfall', 'outage', 'fail', 'hang', 'freez', 'bug', 'abbruch', 'bricht', 'declin', 'abgelehnt', 'expired', 'abgelaufen', 'abgemeldet', 'rausgeworfen'],
    phrases: ['not supported', 'keeps saying', 'zeigt nur', 'just shows', 'won t', 'geht nicht', 'no signal', 'logged me out', 'logged out', 'ate my card', 'swallowed my card', 'eingezogen', 'fix it', 'not working', 'doesn t work', 'funktioniert nicht', 'immer wieder', 'keine sim', 'no sim', 'hilft nicht', 'doesn t help'],
  }).length > 0 || FAULT_RE.test(text) || FAULT2_RE.test(text) || DROPS_RE.test(text);
  // a question after a bad experience that asks who pays / makes good is a complaint, not a request for information
  const redress = REDRESS_RE.test(text) || score(j, toks, { stems: ['entschadig', 'compensat', 'reimburs', 'schadenersatz'] }).length > 0;
  const badExperience = realNeg.length > 0 || frustrated.length > 0 || angry.length > 0 || sad || topics.includes('delay') || topics.includes('quality');
  // an unresolved problem asked about is a complaint, unless the question asks where/when something is (information)
  const infoAsk = masked.split(/(?<=[.!?])\s+/).some((x) => /\?/.test(x) && /^\s*(?:wo|wohin|where|wann|when)\b/i.test(x) && !/\bendlich\b|\bfinally\b/i.test(x));
  const unresolved = frustrated.some((f) => UNRESOLVED.has(f)) && !infoAsk;
  const complaintQuestion = asks && (badExperience || (redress && amount)) && (redress || unresolved || /\?!|!\?/.test(text) || RHETORICAL_RE.test(text) || (multiBang && !techFailure && !score(j, toks, TOPICS.fraud).length) || threat);
  const hashtags = (text.match(/#\p{L}+/gu) ?? []).length;

  const brandToks = tokens(input.brand ?? '').filter((t) => t.length >= 4);
  // tagging the brand (@Brand) is not using its name: an ad that mentions the brand's account impersonates nobody
  const usesBrand = brandToks.some((b) => authorJ.includes(b) || fold(text.replace(/[@#][\p{L}\p{N}_.]+/gu, ' ')).replace(/[^a-z0-9]/g, '').includes(b));
  const isPromoSpam = (link && (promo.length > 0 || spamAuthor)) || (promo.length >= 2 && (!concrete || CONTACT_ME_RE.test(text))) || promo.length >= 3 || (promo.length >= 1 && (spamAuthor || hashtags >= 2));
  const incident = STAFF_CONDUCT_RE.test(text) || (concrete && /(?<![\p{L}])(?:heute|gestern|vorhin|today|yesterday|this morning|tonight|last night)(?![\p{L}])/iu.test(text));
  // weak sales words (a price per month, "install", "quote") make a lead only with a business or volume context
  const strongLead = lead.filter((l) => !WEAK_LEAD.has(l));
  const b2bContext = B2B_INTRO_RE.test(text) || lead.includes('volume') || score(j, toks, { stems: ['geschaft', 'gmbh', 'firma', 'firmen', 'unternehmen', 'gewerb', 'business', 'b2b', 'wholesale', 'trade', 'mitarbeit', 'employees', 'filialen', 'sites', 'wohnungen', 'haushalte', 'agentur', 'agenc', 'verein', 'gruppen', 'group', 'ansprechpartner', 'reiseburo', 'handler', 'resell', 'wiederverkauf', 'kette', 'chain'] }).length > 0 || score(authorJ, tokens(authorJ), { stems: ['gmbh', 'reiseburo', 'agentur', 'shop', 'store', 'verein', 'ltd', 'cafe', 'studio', 'boutique'] }).length > 0 || /\b\d+\s+(?:\p{L}+\s+)?(?:pakete|parcels|wohnungen|flats|homes|mitarbeiter|employees|staff|filialen|sites|stores|standorte|personen|people|persons|teilnehmer|participants|gäste|guests)\b/iu.test(text);
  if (strongLead.length === 0 && !b2bContext) lead.length = 0;
  if (!lead.length && asks && B2B_INTRO_RE.test(text)) lead.push('business-intro');
  if (!lead.length && B2B_INTRO_RE.test(text) && B2B_CONTACT_RE.test(text)) lead.push('business-contact');
  // negative words that can show a fault (not a price rise; a bare "can't" only when not looking for information)
  const faultNeg = negative.filter((n) => !['erhoh', 'teurer'].includes(n) && !(infoSeek && ['not', 'nicht', 'can t', 'cannot', 'couldn t', 'kein', 'keine', 'no'].includes(n)));
  const pureMockery = tone === 'troll' && grievance.length === 0 && !incident;

  let type: MessageType;
  if (isPromoSpam) {
    type = 'spam';
    if (tone !== 'troll') tone = 'neutral';
  }
  else if (pureMockery) type = 'spam';
  else if (tone === 'troll') type = 'complaint';
  else if (tone === 'ironic') type = 'complaint';
  else if (tone === 'positive' && !asks && lead.length === 0) type = 'praise';
  else if (switchAway || (threat && (!techFailure || tone === 'angry'))) type = 'complaint';
  // the brand acted on the account (restricted, frozen, closed): a complaint about a decision, not a device fault
  // (not a message that only claims so: "eine SMS, mein Konto sei gesperrt" is a phishing question)
  else if (ACCOUNT_ACTION_RE.test(text) && !lead.length && !score(j, toks, TOPICS.fraud).length && !/\b(?:sei|wäre|angeblich|supposedly|apparently|claim(?:s|ed|ing)?)\b/iu.test(text)) type = 'complaint';
  // a bill that went up because of a fault (estimates, a meter that stopped sending) is a billing complaint
  else if (score(j, toks, { patterns: { up: TOPICS.billing.patterns['bill-went-up'] } }).length && (frustrated.length > 0 || angry.length > 0 || negative.length > 0) && !lead.length) type = 'complaint';
  else if (complaintQuestion && (!(techFailure && tech.length > 0) || /\b(?:dafür (?:zahl|bezahl)\w*|and i pay for|and i'm paying for)\b/iu.test(text))) type = 'complaint';
  else if (techFailure && tech.length > 0 && strongLead.length === 0 && money.length === 0 && !score(j, toks, TOPICS.fraud).length && !B2B_INTRO_RE.test(text)) type = 'technical_problem';
  else if (lead.length > 0 && (asks || tone === 'positive' || /\b(?:wollen|möchten|suchen|brauchen|benötigen|want|would like|interested|looking for|need)\b/i.test(text)) && money.length === 0)
    type = 'lead';
  else if (topics[0] === 'lost' && money.length === 0) type = 'question';
  else if (tech.length > 0 && techFailure && money.length === 0 && !score(j, toks, TOPICS.fraud).length) type = 'technical_problem';
  // a higher price or fee with its amount is a money complaint, even when a meter or portal is named
  else if (amount && !techFailure && (negative.length > 0 || frustrated.length > 0) && (topics.includes('price') || topics.includes('billing'))) type = 'complaint';
  else if (tech.length > 0 && (faultNeg.length > 0 || sad || techFailure) && money.length === 0 && !score(j, toks, TOPICS.fraud).length) type = 'technical_problem';
  else if (money.length > 0 && (negative.length > 0 || frustrated.length > 0 || amount)) type = 'complaint';
  else if (score(j, toks, TOPICS.quality).length && (negative.length || /\b(?:replace|ersatz|refund|erstatt)/i.test(text))) type = 'complaint';
  else if (score(j, toks, TOPICS.fraud).length && /\b(?:card|karte|payments?|zahlung(?:en)?|abgebucht|charged)\b/i.test(text)) type = 'complaint';
  else if (asks) type = 'question';
  else if (tone === 'positive') type = 'praise';
  else type = negative.length || money.length || amount || tone !== 'neutral' || /\b(?:korrektur|korrigier|correction|correct it|bitte um klärung)\b/i.test(text) ? 'complaint' : 'question';
  // a positive follow-up in a sales thread stays a lead
  if (type === 'question' && lead.length > 0 && agentTurns.length > 0) type = 'lead';

  const phishing = type === 'spam' && tone !== 'troll' && (link || promo.length > 0) && (usesBrand || PHISH_RE.test(text + ' ' + authorJ));
  const shouldReply = !(type === 'spam' && tone !== 'troll' && !phishing);

  // ── facts ──
  const facts = extractFacts(masked, lang, 'message', input.brand);
  const allPersonalData = [...personalData];
  for (const t of customerTurns) {
    const tSpans = detectPii(t.text, lang, opts.detectPii);
    for (const sp of tSpans) allPersonalData.push(t.text.slice(sp.start, sp.end).trim());
    if (customerTurns.indexOf(t) >= customerTurns.length - 3) for (const f of extractFacts(mask(t.text, tSpans), lang, 'thread', input.brand)) facts.push(f);
  }
  facts.sort((a, b) => b.weight - a.weight);

  // ── DM ──
  const dmReasons: string[] = [];
  if (personalData.length) dmReasons.push('personal-data');
  const individual: Cues = {
    stems: ['rechnung', 'abgebucht', 'abbuchung', 'berechnet', 'erstatt', 'bestellung', 'sendung', 'refund', 'receipt', 'kassenbon', 'beleg', 'mortgage', 'kreditantrag', 'antrag', 'application', 'aufgetaut', 'thawed', 'beschadig', 'damag', 'vergessen', 'verloren', 'abholkarte'],
    phrases: ['mein paket', 'meine sendung', 'my parcel', 'my order', 'my bill', 'my account', 'mein konto', 'meine karte', 'my card', 'my shopping', 'my number', 'charged me', 'charged twice', 'geld zuruck', 'money back', 'left my', 'lost my', 'liegen lassen', 'smells off', 'riecht', 'use by', 'sperrt', 'sperren', 'block my', 'transfer', 'ubertragung', 'my application', 'account number', 'kundennummer', 'click collect', 'bought', 'gekauft', 'mein vater', 'meine mutter', 'my dad', 'my mum', 'my mother', 'my father', 'zuruckgeschickt', 'retoure', 'returned', 'mein geld', 'my money', 'bezahlt', 'paid', 'ruckruf', 'call me back', 'engineer', 'techniker', 'termin', 'appointment', 'abgestellt', 'mein konto', 'my refund', 'want my', 'will mein', 'my booking', 'meine buchung', 'my card', 'someone used', 'ersatz', 'replacement', 'beschadigt', 'declined', 'abgelehnt', 'call me', 'ruft mich an', 'ruf mich an', 'manager', 'my delivery', 'meine lieferung', 'ruckerstattung', 'erstattung'],
  };
  const indiv = score(j + threadJ, toks.concat(threadToks), individual);
  if (/\b(?:my|mein\w*)\s+(?:\w+\s+)?(?:card|karte|order|bestellung|parcel|paket|account|konto|bill|rechnung|contract|vertrag|application|antrag|refund|booking|buchung|delivery|lieferung|data|datenvolumen|meter|zähler|abschlag|beitrag|lastschrift|direct debit|mum|mom|dad|mutter|vater)\b/i.test(text) && !['praise', 'spam', 'lead'].includes(type)) indiv.push('own-item');
  // a pending case of the customer's own (claim, complaint, ticket) needs the case file; a general question about one does not
  if (/\b(?:my|mein\w*)\s+(?:\w+\s+)?(?:claim|reklamation|beschwerde|complaint|case|schadensmeldung|schadenmeldung|ticket|membership|mitgliedschaft|policy|police)\b/i.test(text) && (type === 'complaint' || type === 'technical_problem')) indiv.push('own-case');
  if ((threat || switchAway) && type === 'complaint' && (topics.includes('billing') || topics.includes('contract') || THREAT_RE.test(text) && /\b(?:mail|e-mail|email|brief|letter|anfrage|ticket|antwort|reply)\b/i.test(text))) indiv.push('leaving-customer');
  if (/(?:[£€$]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|euro|pounds?))[^.!?]{0,40}\b(?:back|zurück)\b/iu.test(text)) indiv.push('money-back');
  // an amount taken from the customer that they dispute, with or without "my" ("wieso werden 4,95 € abgezogen?")
  if (amount && CHARGE_TAKEN_RE.test(text) && type === 'complaint') indiv.push('charge-disputed');
  // the customer's own price went up, shown by their letter, bill or instalment ("Abschlag von 85 auf 142 €", "premium up 18 % in the letter")
  if (PRICE_RISE_RE.test(text) && /\d/.test(masked) && OWN_DOC_RE.test(text) && type === 'complaint' && tone !== 'troll') indiv.push('own-price-rise');
  // shown as delivered, but nothing came: the order has to be traced
  if (DELIVERED_NOT_RE.test(text)) indiv.push('not-received');
  // a relative named in a public nuisance ("my dad with his walker can't get past") is no account matter
  const FAMILY = ['mein vater', 'meine mutter', 'my dad', 'my mum', 'my mother', 'my father'];
  if (!topics.some((t) => ['fraud', 'billing', 'delivery', 'contract', 'lost'].includes(t))) {
    for (let i = indiv.length - 1; i >= 0; i--) if (FAMILY.includes(indiv[i] ?? '')) indiv.splice(i, 1);
    if (indiv.length === 1 && indiv[0] === 'own-item' && /\b(?:mein(?:e[nmr]?)?|my)\s+(?:\w+\s+)?(?:mum|mom|dad|mutter|vater)\b/i.test(text) && !/\b(?:my|mein\w*)\s+(?:\w+\s+)?(?:card|karte|order|bestellung|parcel|paket|account|konto|bill|rechnung|contract|vertrag|booking|buchung)\b/i.test(text)) indiv.length = 0;
  }
  // "an SMS says my account is blocked – is it really from you?": a claim reported from a suspect message, nothing done yet
  const relayedClaim = topics.includes('fraud') && asks && /\b(?:sei|wäre|angeblich|supposedly|apparently|claim(?:s|ed|ing)?|says? (?:that )?my)\b/iu.test(text) && !/\b(?:eingegeben|geklickt|angeklickt|clicked|entered|gave|angegeben|überwiesen|bezahlt|paid|abgebucht|charged)\b/iu.test(text);
  if (relayedClaim) {
    indiv.length = 0;
    if (type === 'complaint' && tone === 'neutral') type = 'question';
  }
  // a router the customer already restarted is a troubleshooting step, not the faulty thing (an app error on a TV)
  const withoutSteps = text.replace(/\b(?:router|modem|box|fritz\s?box)\s+(?:\w+\s+){0,3}(?:neu gestartet|neugestartet|resettet|zurückgesetzt|restarted|rebooted|reset)\b|\b(?:restarted|rebooted|reset|neu gestartet)\s+(?:the|my|den|meinen)?\s*(?:router|modem|box)\b/giu, ' ');
  const ownLine = OWN_LINE_RE.test(text) || (type === 'technical_problem' && HOME_LINE_RE.test(withoutSteps) && !PUBLIC_ASK_RE.test(text) && /(?<![\p{L}])(?:ich|i|wir|we|hab|habe|have|reset|restarted|rebooted|neu gestartet|zurückgesetzt)(?![\p{L}])/iu.test(text));
  if (REDRESS_RE.test(text) || score(j, toks, { stems: ['entschadig', 'compensat', 'reimburs', 'schadenersatz', 'taxi', 'hotel', 'ubernachtung', 'renewal', 'verlangerung'] }).length) indiv.push('claim');
  if (ownLine && (type === 'technical_problem' || type === 'complaint')) indiv.push('own-line');
  if (topics.includes('staff') && (tone !== 'troll' || incident) && concrete && (STAFF_CONDUCT_RE.test(text) || incident) && (type === 'complaint' || tone === 'angry' || tone === 'frustrated')) indiv.push('staff-conduct');
  // "is it just me?" about a fault, a how-to question, or a site/app error: general, not one customer's case
  const howTo = type === 'question' && HOWTO_RE.test(text) && !money.length && !realNeg.length;
  const publicFault = (type === 'technical_problem' || type === 'question') && PUBLIC_ASK_RE.test(text) && !ownLine;
  const siteFault = type === 'technical_problem' && !ownLine && /\b(?:website|webseite|seite|page|site|checkout|app|portal|server)\b/i.test(text) && !/\b(?:my|mein\w*) (?:account|konto|card|karte|login|zugang)\b/i.test(text);
  // "when does this year's statement come out?": a schedule everyone shares, no one customer's case
  const scheduleAsk = type === 'question' && infoAsk && !amount && !/(?<![\p{L}])(?:ich|mein\w*|mir|mich|i|my|me)(?![\p{L}])/iu.test(text);
  const publicIssue = scheduleAsk || (topics[0] === 'outage' && !ownLine) || (topics.includes('delay') && !indiv.length) || howTo || publicFault || siteFault;
  if (indiv.length && type !== 'praise' && type !== 'spam' && type !== 'lead' && (!publicIssue || indiv.includes('leaving-customer'))) dmReasons.push('individual-case');
  cues.push(...indiv.map((x) => 'dm:' + x));
  const b2b = score(j + threadJ, toks.concat(threadToks), {
    stems: ['geschaft', 'gmbh', 'firma', 'firmen', 'unternehmen', 'gewerb', 'charity', 'verein', 'donat', 'spende', 'community', 'kooperation', 'collab', 'follower', 'wholesale', 'trade', 'business', 'b2b', 'pendler', 'einfamilienhaus', 'wohnungen', 'installation', 'install', 'forderung', 'grant', 'zuschuss', 'shop', 'sites', 'filialen', 'kunden'],
    phrases: ['im monat', 'a month', 'per month', 'wechseln', 'want to switch', 'zu euch', 'wiederverkaufer', 'reseller', 'resell', 'retailer', 'stockist', 'ich betreibe', 'wir betreiben', 'i run', 'we run', 'boutique', 'laden'],
  });
  if (type === 'lead' && (b2bContext || (/\d/.test(masked) && !lead.includes('switch-to-brand')) || b2b.some((x) => !['wechseln', 'want to switch', 'zu euch', 'kunden', 'im monat', 'a month', 'per month'].includes(x)))) dmReasons.push('sales-contact');
  // a switch that got stuck (a form that breaks, nobody in the shop had time) is finished one to one
  if (type === 'lead' && lead.includes('switch-to-brand') && (techFailure || tone === 'frustrated' || tone === 'angry')) dmReasons.push('switch-stuck');
  if (topics.includes('fraud') && type !== 'spam' && (indiv.length || /vater|mutter|eltern|father|mother|parents|\bdad\b|\bmum\b/i.test(text))) dmReasons.push('fraud-check');
  const lastAgent = agentTurns[agentTurns.length - 1];
  const agentAskedDm = !!lastAgent && /\b(?:dm|pn|direktnachricht|privatnachricht|direct message|private message|inbox|message us)\b/i.test(lastAgent.text);
  // a complaint the agent already took to a private message stays there
  if (agentAskedDm && (type === 'complaint' || type === 'technical_problem')) dmReasons.push('case-in-dm');
  if (input.visibility === 'private') dmReasons.length = 0;
  const needsDm = dmReasons.length > 0 && type !== 'spam';

  // ── thread and history ──
  const last = input.history[input.history.length - 1];
  const earlierContact = last ? { text: last.text, ...(last.date ? { date: last.date } : {}) } : null;
  if (earlierContact) {
    for (const f of extractFacts(earlierContact.text, lang, 'history', input.brand).slice(0, 2)) facts.push(f);
  }

  return {
    lang,
    tone,
    type,
    topics,
    facts,
    needsDm,
    dmReasons,
    shouldReply,
    phishing,
    personalData,
    allPersonalData: allPersonalData.filter((p) => p.replace(/[^\p{L}\p{N}]/gu, '').length >= 4),
    addressAs: nameToAddress(input.author),
    followUp: agentTurns.length > 0,
    agentAskedDm,
    earlierContact,
    intensity,
    asks,
    cues: [...new Set(cues)],
  };
}
