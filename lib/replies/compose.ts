/**
 * The core engine's writer (pure, deterministic). It does not fill one skeleton: the substance of a
 * reply comes from the message's topic (what to do about it), its tone (how to sound), the facts the
 * customer gave (picked up in the reply's own sentence), the thread (what was already said) and the
 * customer's history. Each suggestion follows a different strategy, and the wording of every part
 * is chosen from banks of differently built sentences by a hash of the content, so two customers
 * rarely get the same sentence shape.
 */
import type { Analysis, Fact } from './analyse';
import type { Topic } from './lexicon';
import { PLATFORM_LIMIT, type ReplyInput, type Strategy } from './schema';
import { fold, hash, listJoin, pick, tokens } from './text';

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

type Sub = 'app' | 'web' | 'mobile' | 'wallet' | 'router' | 'portal' | 'power' | 'general';

interface Ctx {
  a: Analysis;
  input: ReplyInput;
  lang: Lang;
  name: string;
  seed: number;
  topic: Topic | 'trust' | 'general';
  sub: Sub;
  facts: string[];
  railish: boolean;
}

// ─────────────────────────────── helpers ───────────────────────────────

function renderFact(f: Fact, lang: Lang): string {
  const t = f.text;
  if (f.kind === 'time' && /^\d{1,2}:\d{2}$/.test(t)) return lang === 'de' ? `${t} Uhr` : t;
  if (f.kind === 'duration') return t.replace(/^(seit|since|for)\s+/i, lang === 'de' ? 'seit ' : 'for ');
  return t;
}

function chooseFacts(a: Analysis, input: ReplyInput): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const brand = fold(input.brand ?? '');
  const piiSquashed = a.personalData.map((p) => fold(p).replace(/[^\p{L}\p{N}]/gu, ''));
  const msg = a.facts.filter((f) => f.source === 'message');
  const thread = a.facts.filter((f) => f.source === 'thread');
  for (const f of [...msg, ...thread.slice(0, 2)]) {
    const t = renderFact(f, a.lang);
    const k = fold(t).replace(/[^\p{L}\p{N}]/gu, '');
    if (!k || seen.has(k) || (brand && brand.includes(k))) continue;
    if (piiSquashed.some((p) => p.length >= 4 && (k.includes(p) || p.includes(k)))) continue;
    if ([...seen].some((s) => s.includes(k) || k.includes(s))) continue;
    seen.add(k);
    out.push(t);
    if (out.length >= 5) break;
  }
  return out;
}

function techSub(j: string): Sub {
  if (/\b(esim|sim|signal|netz|empfang|funkloch|handy|pixel|iphone|android|no service)\b/.test(j)) return 'mobile';
  if (/\b(apple pay|google pay|wallet|debit card|karte)\b/.test(j)) return 'wallet';
  if (/\b(router|wlan|wifi|dsl|internet|glasfaser)\b/.test(j)) return 'router';
  if (/\b(stromausfall|strom|power|outage|blackout)\b/.test(j)) return 'power';
  if (/\b(portal|formular|form|zahlerstand|meter)\b/.test(j)) return 'portal';
  if (/\b(browser|firefox|chrome|safari|website|webseite|seite|page|screen)\b/.test(j)) return 'web';
  if (/\b(app|login|einlogg|anmeld|update)\b/.test(j)) return 'app';
  return 'general';
}

function mainTopic(a: Analysis, j: string): Ctx['topic'] {
  if (/\b(legit|how do i know|echt von euch|serios|seriös|random|fake account|wirklich ihr|really you)\b/.test(j) && a.type !== 'spam') return 'trust';
  const t = a.topics;
  const has = (x: Topic) => t.includes(x);
  if (a.type === 'praise') return 'praise';
  if (a.type === 'lead') return 'sales';
  if (has('fraud') && a.type !== 'spam') return 'fraud';
  if (a.type === 'technical_problem') return has('outage') ? 'outage' : 'tech';
  if (has('lost')) return 'lost';
  if (has('quality')) return 'quality';
  if (has('billing') && a.type === 'complaint') return 'billing';
  if (has('access')) return 'access';
  if (has('stock')) return 'stock';
  if (has('delay')) return 'delay';
  if (has('delivery')) return 'delivery';
  if (has('price')) return 'price';
  if (has('staff')) return 'staff';
  if (has('contract')) return 'contract';
  if (has('outage')) return 'outage';
  if (has('tech')) return 'tech';
  if (has('info')) return 'info';
  return t[0] ?? 'general';
}

/** takes the next facts not yet mentioned in this reply */
class FactQueue {
  private i = 0;
  constructor(private readonly facts: string[]) {}
  take(n: number): string[] {
    const out = this.facts.slice(this.i, this.i + n);
    this.i += out.length;
    return out;
  }
  rest(): string[] {
    const out = this.facts.slice(this.i);
    this.i = this.facts.length;
    return out;
  }
  get left(): number {
    return this.facts.length - this.i;
  }
}

const cap = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

// ─────────────────────────────── banks ───────────────────────────────
// Each bank entry builds a sentence around facts (L = list of facts) and the name (N).

type Frame = (N: string, L: string) => string;

const OPEN: Record<Lang, Record<string, Frame[]>> = {
  de: {
    angry: [
      (N, L) => `${N}, ${L} – da wäre ich auch auf 180, und das zu Recht.`,
      (N, L) => `Verstehe den Ärger, ${N}: ${L} darf so nicht laufen.`,
      (N, L) => `${N}, bei ${L} hört der Spaß verständlicherweise auf.`,
      (N, L) => `Puh, ${N} – ${L}. Dass du sauer bist, kann ich absolut nachvollziehen.`,
      (N, L) => `${cap(L)}: Das ist ärgerlich, ${N}, und es tut mir leid, dass du dich so darum kümmern musst.`,
      (N, L) => `Ganz ehrlich, ${N}: ${L} ist nicht in Ordnung.`,
    ],
    frustrated: [
      (N, L) => `${N}, ${L} – das nervt, gerade wenn man eigentlich nur kurz etwas erledigen will.`,
      (N, L) => `Oh je, ${N}: ${L}. Lass uns das sortieren.`,
      (N, L) => `${cap(L)}? Klingt zäh, ${N}.`,
      (N, L) => `Das ist kein schöner Start, ${N} – ${L}.`,
      (N, L) => `Mist, ${N}. ${cap(L)} ist genau das, was man nicht gebrauchen kann.`,
      (N, L) => `${N}, verstehe – ${L}, und das kostet Nerven.`,
    ],
    neutral: [
      (N, L) => `Hi ${N}, gute Frage zu ${L}.`,
      (N, L) => `${N}, zum Thema ${L} kann ich dir etwas sagen.`,
      (N, L) => `Hallo ${N}! ${cap(L)} – das kriegen wir geklärt.`,
      (N, L) => `${N}, klar: ${L}.`,
      (N, L) => `Moin ${N}, ${L} schauen wir uns gern an.`,
      (N, L) => `Gut, dass du fragst, ${N} – ${L}.`,
    ],
    positive: [
      (N, L) => `${N}, wie schön! ${cap(L)} – so etwas lesen wir am liebsten.`,
      (N, L) => `Das geht runter wie Öl, ${N}: ${L}.`,
      (N, L) => `Hach, ${N} – ${L}. Das hat hier gerade mehrere Leute zum Lächeln gebracht.`,
      (N, L) => `${N}, was für ein schöner Kommentar: ${L}!`,
      (N, L) => `Sowas macht den Tag, ${N} – ${L}.`,
    ],
    ironic: [
      (N, L) => `Die Ironie ist angekommen, ${N} – und sie ist berechtigt: ${L} ist nicht das, was wir versprechen.`,
      (N, L) => `Autsch, ${N}. ${cap(L)} – da ist Sarkasmus noch die höflichste Reaktion.`,
      (N, L) => `${N}, verstanden, das war kein Kompliment. ${cap(L)} geht so nicht.`,
      (N, L) => `Touché, ${N}: ${L} ist wirklich kein Aushängeschild.`,
      (N, L) => `${N}, wir lesen zwischen den Zeilen – ${L}, und das ärgert uns selbst.`,
    ],
    troll: [
      (N, L) => `${N}, starke Worte zu ${L}.`,
      (N, L) => `Schön pointiert, ${N}${L ? ` – ${L}` : ''}.`,
      (N, L) => `${N}, wir nehmen's sportlich${L ? `, auch beim Thema ${L}` : ''}.`,
      (N, L) => `Harte Ansage, ${N}${L ? ` (${L})` : ''}.`,
    ],
  },
  en: {
    angry: [
      (N, L) => `${N}, ${L} – I'd be fuming too, and rightly so.`,
      (N, L) => `I get why you're angry, ${N}: ${L} isn't acceptable.`,
      (N, L) => `${N}, ${L} is not okay, full stop.`,
      (N, L) => `Ugh, ${N} – ${L}. Completely understand the frustration.`,
      (N, L) => `${cap(L)}: that's a mess, ${N}, and I'm sorry you've had to chase it.`,
      (N, L) => `Honestly, ${N}, ${L} shouldn't happen.`,
    ],
    frustrated: [
      (N, L) => `${N}, ${L} – that's properly annoying.`,
      (N, L) => `Oh no, ${N}: ${L}. Let's get this sorted.`,
      (N, L) => `${cap(L)}? That sounds like hard work, ${N}.`,
      (N, L) => `Not the day you planned, ${N} – ${L}.`,
      (N, L) => `That's rubbish, ${N}. ${cap(L)} is exactly what nobody needs.`,
      (N, L) => `${N}, I hear you – ${L}, and it eats up your time.`,
    ],
    neutral: [
      (N, L) => `Hi ${N}, good question about ${L}.`,
      (N, L) => `${N}, happy to help with ${L}.`,
      (N, L) => `Hey ${N}! ${cap(L)} – let's get you an answer.`,
      (N, L) => `${N}, sure thing: ${L}.`,
      (N, L) => `Good shout asking, ${N} – ${L}.`,
      (N, L) => `Hi ${N}, on ${L}:`,
    ],
    positive: [
      (N, L) => `${N}, this made our day! ${cap(L)} – love reading this.`,
      (N, L) => `Aw, ${N} – ${L}. That's put a smile on a few faces here.`,
      (N, L) => `${N}, what a lovely message: ${L}!`,
      (N, L) => `Right, ${N}, ${L} – that's the kind of story we want more of.`,
      (N, L) => `Brilliant, ${N}: ${L}.`,
    ],
    ironic: [
      (N, L) => `Sarcasm received loud and clear, ${N} – and fair enough: ${L} isn't what we promise.`,
      (N, L) => `Ouch, ${N}. ${cap(L)} – sarcasm is the polite response there.`,
      (N, L) => `${N}, understood, that wasn't a compliment. ${cap(L)} isn't good enough.`,
      (N, L) => `Touché, ${N}: ${L} is not our finest moment.`,
      (N, L) => `${N}, reading between the lines – ${L}, and it annoys us too.`,
    ],
    troll: [
      (N, L) => `${N}, strong words on ${L}.`,
      (N, L) => `Nicely put, ${N}${L ? ` – ${L}` : ''}.`,
      (N, L) => `${N}, we'll take that on the chin${L ? `, ${L} included` : ''}.`,
      (N, L) => `Bold take, ${N}${L ? ` (${L})` : ''}.`,
    ],
  },
};

type Body = (X: string) => string;

/** next steps per topic: what we actually do about it */
const STEP: Record<Lang, Record<string, Body[]>> = {
  de: {
    app: [
      (X) => `Probier bitte einmal: App komplett schließen, Cache leeren, neu anmelden. Bleibt ${X || 'der Fehler'} danach, liegt es an uns und nicht an deinem Gerät.`,
      (X) => `Unsere Technik prüft gerade, ob ${X || 'das'} mehr Leute betrifft; bis dahin klappt oft das Online-Banking bzw. die Web-Version im Browser.`,
      (X) => `Ein Neustart der App und ein Update aus dem Store lösen ${X || 'sowas'} oft; falls nicht, sehen wir uns die Logs an.`,
    ],
    web: [
      (X) => `Schneller Test: Seite im privaten Fenster öffnen oder Erweiterungen kurz ausschalten – ${X || 'das Verhalten'} geben wir parallel an unsere Web-Entwicklung.`,
      (X) => `Danke für den Hinweis mit ${X || 'dem Browser'}: das reproduzieren wir und bauen einen Fix.`,
    ],
    mobile: [
      (X) => `Starte bitte beide Geräte neu und schalte den Flugmodus einmal an und aus; hängt ${X || 'es'} dann noch, setzen wir die Übertragung von unserer Seite zurück.`,
      (X) => `Wir schauen auf die Netzkarte und die Auslastung rund um ${X || 'deinen Standort'} – oft ist es ein gestörter Mast, den wir dann melden.`,
    ],
    wallet: [
      (X) => `Meist hilft es, die Karte zuerst in der Banking-App freizuschalten und dann neu ins Wallet zu legen – ${X || 'die Meldung'} kommt oft von einer noch nicht aktivierten Karte.`,
    ],
    router: [
      (X) => `Zieh den Router bitte einmal 30 Sekunden vom Strom; wenn ${X || 'es'} danach nicht läuft, messen wir die Leitung von hier aus durch.`,
    ],
    portal: [
      (X) => `Wenn das Formular bei ${X || 'der Eingabe'} abbricht, hilft oft ein anderer Browser – ansonsten nehmen wir den Wert auch direkt auf.`,
      (X) => `Unser Portal hat da offenbar einen Haken; ${X || 'die Eingabe'} nehmen wir zur Not von Hand auf, damit nichts verloren geht.`,
    ],
    power: [
      (X) => `Wir prüfen die Störung ${X ? `rund um ${X} ` : ''}gerade mit dem Netzbetrieb und sagen dir hier, sobald es eine Prognose gibt.`,
      (X) => `Die Kolleg*innen vom Entstördienst sind informiert; ${X ? `für ${X} ` : ''}geben wir die voraussichtliche Dauer durch, sobald sie feststeht.`,
    ],
    outage: [
      (X) => `Wir prüfen die Störung ${X ? `rund um ${X} ` : ''}gerade mit dem Netzbetrieb und sagen dir hier, sobald es eine Prognose gibt.`,
      (X) => `Der Entstördienst ist informiert; ${X ? `für ${X} ` : ''}geben wir die voraussichtliche Dauer durch, sobald sie feststeht.`,
    ],
    tech: [
      (X) => `Sag uns kurz, welches Gerät und welche Version du nutzt, dann grenzen wir ${X || 'das Problem'} gezielt ein.`,
      (X) => `Wir spielen ${X || 'das'} bei uns nach und geben dir hier Bescheid, woran es hakt.`,
    ],
    billing: [
      (X) => `Wir gehen die Abrechnung Posten für Posten durch${X ? `, inklusive ${X}` : ''} – was zu viel berechnet wurde, bekommst du erstattet.`,
      (X) => `Eine Differenz wie ${X || 'diese'} klären wir direkt mit der Abrechnung; zu viel Gezahltes geht zurück auf dein Konto.`,
    ],
    fraud: [
      (X) => `Bitte lass die Karte jetzt sofort über den Sperr-Notruf 116 116 sperren, der ist rund um die Uhr erreichbar; ${X || 'die unbekannten Abbuchungen'} klären wir danach gemeinsam.`,
      (X) => `Wichtig vorab: Wir drängen niemanden am Telefon zu Verträgen – das klingt nach einer bekannten Masche${X ? ` (${X})` : ''}. Ein so abgeschlossener Vertrag lässt sich widerrufen.`,
    ],
    delivery: [
      (X) => `Wir verfolgen die Sendung intern und klären, wo sie gerade liegt und ab wann sie abholbar ist${X ? ` (${X})` : ''}.`,
      (X) => `Da haken wir beim Depot nach: ${X || 'die Zustellung'} muss nachvollziehbar sein, und notfalls lassen wir umleiten.`,
    ],
    delay: [
      (X) => `Bei Verspätungen und Ausfällen stehen dir Fahrgastrechte zu – die Entschädigung kannst du online beantragen${X ? `, auch für ${X}` : ''}.`,
      (X) => `Wir geben ${X || 'die Ausfälle'} an die Betriebsleitung weiter und fragen nach der Ursache, statt es als Einzelfall abzuhaken.`,
    ],
    stock: [
      (X) => `Nachschub kommt in Wellen; wir fragen beim Einkauf, wann die nächste Lieferung ${X ? `für ${X} ` : ''}in die Filialen geht.`,
      (X) => `Wir checken den Bestand${X ? ` rund um ${X}` : ''} und sagen dir, wo es als Nächstes wieder vorrätig ist.`,
    ],
    quality: [
      (X) => `So darf ${X || 'Ware'} nicht bei dir ankommen: Das Geld gibt es zurück, und wir melden den Fall an die Qualitätssicherung.`,
      (X) => `Wir lassen ${X || 'die Charge'} prüfen und sorgen für Ersatz oder Erstattung – ganz wie es dir lieber ist.`,
    ],
    lost: [
      (X) => `Wir geben die Suchmeldung direkt ans Fundbüro weiter${X ? ` – mit ${X}` : ''}; je genauer die Beschreibung, desto besser die Chancen.`,
    ],
    contract: [
      (X) => `Kündigen geht bei uns online oder formlos schriftlich; ${X ? `zu ${X}: ` : ''}den Zählerstand am Auszugstag am besten per Foto festhalten.`,
      (X) => `Für den Wechsel brauchst du kein Extra-Formular${X ? ` – ${X} reicht uns als Termin` : ''}; den Rest erledigen wir.`,
    ],
    sales: [
      (X) => `Dafür stellen wir dir gern ein passendes Angebot zusammen${X ? ` – ${X} im Blick` : ''}; unser Team für Geschäftskunden kennt genau solche Fälle.`,
      (X) => `Klingt nach einem Fall für unser Beratungsteam: ${X ? `${X} und ` : ''}die Förder- und Tarifmöglichkeiten rechnen wir individuell durch.`,
    ],
    staff: [
      (X) => `Das landet bei der Teamleitung${X ? ` – ${X} inklusive` : ''}; so ein Umgang ist nicht unser Anspruch.`,
      (X) => `Wir sprechen das intern an${X ? `, ${X} eingeschlossen` : ''}, denn pauschal abgewimmelt zu werden, geht nicht.`,
    ],
    praise: [
      (X) => `Das richten wir ${X ? `rund um ${X} ` : ''}persönlich aus – solche Rückmeldungen kommen bei den Kolleg*innen direkt an.`,
      (X) => `Die Nachricht geht 1:1 an das Team vor Ort${X ? ` (${X})` : ''}, versprochen.`,
    ],
    access: [
      (X) => `Das nehmen wir in die Planung ${X ? `für ${X} ` : ''}mit, denn barrierefrei einkaufen sollte selbstverständlich sein; bis dahin hilft das Team vor Ort.`,
    ],
    info: [
      (X) => `Die genauen Details ${X ? `zu ${X} ` : ''}schauen wir nach und antworten dir hier konkret.`,
      (X) => `Dazu gibt es eine klare Regel${X ? ` für ${X}` : ''}, die wir dir gleich hier zusammenfassen.`,
    ],
    price: [
      (X) => `Die Preisänderung${X ? ` (${X})` : ''} muss sich für dich lohnen – lass uns schauen, ob ein anderes Modell besser zu dir passt, bevor du woanders hingehst.`,
      (X) => `Wir erklären gern, wofür ${X || 'der Preis'} steht, und prüfen, ob es für dich ein günstigeres Modell gibt.`,
    ],
    trust: [
      (X) => `Berechtigte Frage: Das ist unser offizieller, verifizierter Kanal; ${X ? `zu ${X}: ` : ''}wir fragen nie nach PINs oder Passwörtern.`,
    ],
    phishing: [
      () => `Achtung: Das ist nicht von uns, sondern ein Fake-Gewinnspiel – bitte keine Daten eingeben und den Link nicht öffnen.`,
      () => `Wichtig für alle, die mitlesen: Dieser Beitrag ist nicht offiziell, wir verlosen nichts auf fremden Seiten. Bitte meldet ihn, statt Daten einzugeben.`,
      () => `Vorsicht, Betrug: Der Link gehört nicht zu uns. Gebt dort bitte keine Daten ein – wir haben den Account gemeldet.`,
    ],
    general: [
      (X) => `Wir sehen uns ${X || 'das'} genau an und geben dir hier Bescheid.`,
      (X) => `${X ? `${cap(X)} nehmen wir mit` : 'Das nehmen wir mit'} und klären es mit den zuständigen Kolleg*innen.`,
    ],
  },
  en: {
    app: [
      (X) => `Could you try fully closing the app, clearing the cache and logging in again? If ${X || 'the error'} sticks, it's on our side, not your phone.`,
      (X) => `Our tech team is checking whether ${X || 'this'} affects more people; online banking in the browser usually works meanwhile.`,
      (X) => `An app restart plus the latest update fixes ${X || 'this'} more often than not; if it doesn't, we'll dig into the logs.`,
    ],
    web: [
      (X) => `Quick test: try a private window or switch extensions off for a moment – we're passing ${X || 'this'} to our web team either way.`,
      (X) => `Thanks for flagging ${X || 'the browser issue'}: we'll reproduce it and get a fix in.`,
    ],
    mobile: [
      (X) => `Please restart both phones and toggle flight mode on and off; if ${X || 'it'} still hangs, we'll reset the transfer from our end.`,
      (X) => `We're checking the network map around ${X || 'your area'} – it's often a faulty mast we can escalate.`,
    ],
    wallet: [
      (X) => `Usually it helps to activate the card in our banking app first, then add it to the wallet again – ${X || 'that message'} often means the card isn't activated yet.`,
    ],
    router: [
      (X) => `Unplug the router for 30 seconds; if ${X || 'it'} still isn't working, we'll test the line from here.`,
    ],
    portal: [
      (X) => `If the portal rejects ${X || 'the entry'}, another browser often does the trick – otherwise we can take the reading directly.`,
      (X) => `Looks like our portal is tripping up; we can log ${X || 'the reading'} manually so nothing gets lost.`,
    ],
    power: [
      (X) => `We're checking the fault ${X ? `around ${X} ` : ''}with the network team and will post an estimate here as soon as we have one.`,
    ],
    outage: [
      (X) => `We're checking the fault ${X ? `around ${X} ` : ''}with the network team and will post an estimate here as soon as we have one.`,
      (X) => `The engineers know about it${X ? ` (${X})` : ''}; we'll share the expected fix time the moment it's confirmed.`,
    ],
    tech: [
      (X) => `Tell us which device and version you're on and we'll narrow ${X || 'it'} down.`,
      (X) => `We'll reproduce ${X || 'this'} on our side and let you know here what's causing it.`,
    ],
    billing: [
      (X) => `We'll go through the charges line by line${X ? `, ${X} included` : ''} – anything taken twice comes back to you as a refund.`,
      (X) => `A difference like ${X || 'that'} gets checked with billing; anything overcharged is refunded.`,
    ],
    fraud: [
      (X) => `Please freeze the card in the app or call the card-blocking line right now; we'll sort ${X || 'the unknown payments'} out together afterwards.`,
      (X) => `To be clear: we never pressure anyone into contracts over the phone – that sounds like a known scam${X ? ` (${X})` : ''}, and such a contract can be cancelled.`,
    ],
    delivery: [
      (X) => `We'll trace the parcel and find out where it is right now${X ? ` (${X})` : ''} and when you can pick it up.`,
      (X) => `We're chasing the depot on this: ${X || 'the delivery'} needs an explanation, and a redelivery or refund if it's ruined.`,
    ],
    delay: [
      (X) => `Delays like this entitle you to compensation – you can claim online${X ? `, ${X} included` : ''}.`,
      (X) => `We're passing ${X || 'this'} to operations and asking why, rather than filing it as a one-off.`,
    ],
    stock: [
      (X) => `We'll check live stock${X ? ` for ${X}` : ''} and why the app showed it as available – that sync shouldn't be off.`,
      (X) => `Stock arrives in waves; we'll ask when the next delivery${X ? ` of ${X}` : ''} reaches the stores.`,
    ],
    quality: [
      (X) => `That's not how ${X || 'food'} should reach you: you'll get your money back, and we're flagging it to our quality team.`,
      (X) => `We'll have ${X || 'the batch'} checked and sort a replacement or refund, whichever you prefer.`,
    ],
    lost: [
      (X) => `We'll log it with lost property straight away${X ? ` – ${X} noted` : ''}; the more detail, the better the odds.`,
    ],
    contract: [
      (X) => `You can cancel online or in writing${X ? `; for ${X}` : ''} – a photo of the final meter reading on move-out day is all we need.`,
    ],
    sales: [
      (X) => `We'd love to put together an offer for that${X ? ` – ${X} in mind` : ''}; our business team deals with exactly these cases.`,
      (X) => `That's one for our advisers: ${X ? `${X} and ` : ''}the grant and tariff options get worked out for your situation.`,
    ],
    staff: [
      (X) => `This goes to the team manager${X ? `, ${X} included` : ''} – that's not how we want anyone treated.`,
      (X) => `We'll raise it internally${X ? ` along with ${X}` : ''}, because being brushed off isn't okay.`,
    ],
    praise: [
      (X) => `We'll pass this on personally${X ? ` – ${X} and all` : ''}; messages like this really land with the team.`,
      (X) => `This is going straight to the local team${X ? ` (${X})` : ''}, promise.`,
    ],
    access: [
      (X) => `We're taking this into the planning${X ? ` for ${X}` : ''}, because access shouldn't depend on asking for help.`,
    ],
    info: [
      (X) => `We'll check the exact details${X ? ` on ${X}` : ''} and answer you right here.`,
      (X) => `There's a clear rule on this${X ? ` for ${X}` : ''}, and we'll sum it up for you here.`,
    ],
    price: [
      (X) => `The price${X ? ` (${X})` : ''} has to be worth it for you – let's check whether another plan suits you better.`,
      (X) => `Happy to explain what ${X || 'the price'} covers, and whether there's a cheaper option for you.`,
    ],
    trust: [
      (X) => `Fair question: this is our official, verified account${X ? `; on ${X}` : ''}, and we'll never ask for PINs or passwords.`,
    ],
    phishing: [
      () => `Heads-up: this is not us – it's a fake giveaway. Please don't enter any data or open the link.`,
      () => `For anyone reading: this post isn't official, we don't run giveaways on other sites. Please report it rather than entering details.`,
      () => `Careful, scam: that link has nothing to do with us. Please don't enter any data – we've reported the account.`,
    ],
    general: [
      (X) => `We'll look into ${X || 'this'} properly and get back to you here.`,
      (X) => `${X ? `${cap(X)} is` : "It's"} on our list, and we'll check it with the right team.`,
    ],
  },
};

/** follow-up questions per topic: what we still need to know (never personal data) */
const ASK: Record<Lang, Record<string, Body[]>> = {
  de: {
    tech: [(X) => `Tritt ${X || 'das'} auf allen Geräten auf oder nur auf einem?`, (X) => `Seit wann genau siehst du ${X || 'das'}, und hast du zwischendurch ein Update installiert?`],
    app: [(X) => `Nutzt du Android oder iOS, und kommt ${X || 'der Fehler'} auch im Browser?`, (X) => `Welche App-Version ist installiert, und zeigt sich ${X || 'das'} bei jedem Versuch?`],
    web: [(X) => `Welche Browser-Version nutzt du, und taucht ${X || 'das'} auch im privaten Fenster auf?`],
    mobile: [(X) => `Zeigt eines der beiden Geräte noch ${X || 'ein Netz'}, oder sind beide komplett ohne Empfang?`],
    wallet: [(X) => `Hast du die Karte schon einmal benutzt, seit ${X || 'sie angekommen ist'}?`],
    router: [(X) => `Leuchtet am Router eine Lampe rot, seit ${X || 'es'} nicht geht?`],
    portal: [(X) => `An welchem Schritt bricht es ab – direkt bei ${X || 'der Eingabe'} oder erst beim Absenden?`],
    power: [(X) => `Sind bei dir in der Straße alle betroffen, oder nur deine Wohnung${X ? ` (${X})` : ''}?`],
    outage: [(X) => `Sind in der Nachbarschaft auch alle betroffen${X ? ` – ${X}` : ''}?`],
    billing: [(X) => `Ist ${X || 'der Betrag'} zum ersten Mal so aufgetaucht, oder schon in den Vormonaten?`, (X) => `Hast du ${X || 'den Beleg'} noch griffbereit?`],
    fraud: [(X) => `Wurde bei ${X || 'dem Anruf'} schon etwas unterschrieben oder bestätigt?`, (X) => `Hast du ${X || 'die Abbuchungen'} schon in der App als unbekannt markiert?`],
    delivery: [(X) => `Steht auf der Karte ein Datum, bis wann ${X || 'das Paket'} abholbereit ist?`, (X) => `Seit wann wartest du schon auf ${X || 'die Sendung'}?`],
    delay: [(X) => `Hast du wegen ${X || 'der Verspätung'} einen Anschluss verpasst?`, (X) => `Betrifft ${X || 'das'} jeden Tag dieselbe Fahrt?`],
    stock: [(X) => `Welche Filiale liegt für dich am günstigsten? Dann prüfen wir ${X || 'den Bestand'} gezielt dort.`],
    quality: [(X) => `Hast du ${X || 'die Ware'} noch da, damit wir sie prüfen lassen können?`],
    lost: [(X) => `Weißt du noch ungefähr, wo du gesessen hast, als ${X || 'es'} liegen blieb?`],
    contract: [(X) => `Ziehst du innerhalb unseres Gebiets um${X ? ` – ${X}` : ''}, oder ganz weg?`],
    sales: [(X) => `Ab wann soll es losgehen${X ? `, und wie viele sind es genau bei ${X}` : ''}?`, (X) => `Was ist dir bei ${X || 'dem Angebot'} am wichtigsten – Preis, Laufzeit oder Service?`],
    staff: [(X) => `Was ist konkret passiert${X ? ` bei ${X}` : ''}, und wann war das?`],
    praise: [(X) => `Weißt du noch ungefähr, wann das war${X ? ` – ${X}` : ''}? Dann findet das Lob sicher die richtige Person.`, (X) => `Dürfen wir ${X ? `die Geschichte mit ${X}` : 'das'} intern teilen?`],
    access: [(X) => `Welche Produkte waren es genau${X ? ` in ${X}` : ''}? Dann können wir gezielt umplanen.`],
    info: [(X) => `Geht es dir um ${X || 'ein bestimmtes Produkt'} oder eher allgemein?`, (X) => `Magst du noch kurz sagen, wofür du ${X || 'es'} brauchst? Dann wird die Antwort konkreter.`],
    price: [(X) => `Was nutzt du am meisten? Danach richtet sich, welches Modell ${X ? `statt ${X} ` : ''}für dich günstiger ist.`],
    trust: [(X) => `Siehst du den Haken am Profil${X ? ` – und magst du uns zu ${X} lieber per DM schreiben` : ''}?`],
    general: [(X) => `Magst du noch kurz erzählen, was bei ${X || 'dir'} genau passiert ist?`],
    troll: [(X) => `Mal ernsthaft: Was ist ${X ? `bei ${X} ` : ''}konkret passiert? Dann schauen wir uns das an.`],
  },
  en: {
    tech: [(X) => `Is ${X || 'it'} happening on every device or just one?`, (X) => `Since when exactly have you seen ${X || 'this'}, and was there an update in between?`],
    app: [(X) => `Are you on Android or iOS, and does ${X || 'the error'} show in the browser too?`],
    web: [(X) => `Which browser version are you on, and does ${X || 'it'} happen in a private window too?`],
    mobile: [(X) => `Does either phone still show ${X || 'any bars'}, or are both completely without signal?`],
    wallet: [(X) => `Have you used the card anywhere yet since ${X || 'it arrived'}?`],
    router: [(X) => `Is a light on the router red since ${X || 'it'} stopped working?`],
    portal: [(X) => `At which step does it fail – straight after entering ${X || 'the reading'}, or when submitting?`],
    power: [(X) => `Is the whole street affected or just your home${X ? ` (${X})` : ''}?`],
    outage: [(X) => `Are your neighbours affected too${X ? ` – ${X}` : ''}?`],
    billing: [(X) => `Is this the first time ${X || 'that amount'} showed up, or earlier months too?`, (X) => `Have you still got ${X || 'the receipt'} to hand?`],
    fraud: [(X) => `Was anything already signed or confirmed during ${X || 'that call'}?`],
    delivery: [(X) => `Did ${X || 'the driver'} leave a card or a photo of where it went?`, (X) => `When did you spot ${X || 'it'}?`],
    delay: [(X) => `Did ${X || 'the delay'} make you miss a connection?`, (X) => `Is it the same service every day, ${X ? `like ${X}` : 'same time'}?`],
    stock: [(X) => `Which store is nearest for you? Then we'll check ${X || 'stock'} there specifically.`],
    quality: [(X) => `Have you still got ${X || 'the product'} so we can have it checked?`],
    lost: [(X) => `Do you remember roughly which coach you were in when ${X || 'it'} got left?`],
    contract: [(X) => `Are you moving within our area${X ? ` – ${X}` : ''}, or away?`],
    sales: [(X) => `When would you like to start${X ? `, and how big is ${X} exactly` : ''}?`, (X) => `What matters most to you with ${X || 'this'} – price, contract length or service?`],
    staff: [(X) => `What actually happened${X ? ` with ${X}` : ''}, and when was it?`],
    praise: [(X) => `Do you remember roughly when it was${X ? ` – ${X}` : ''}? Then the praise finds the right person.`, (X) => `Mind if we share ${X ? `the story about ${X}` : 'this'} with the team?`],
    access: [(X) => `Which products were hard to reach${X ? ` at ${X}` : ''}? Then we can plan properly.`],
    info: [(X) => `Is it ${X || 'a specific product'} you're after, or more general?`, (X) => `What do you need ${X || 'it'} for? Then the answer gets more specific.`],
    price: [(X) => `What do you use most? That decides which plan ${X ? `instead of ${X} ` : ''}works out cheaper.`],
    trust: [(X) => `Can you see the verified tick on our profile${X ? ` – and would you rather DM us about ${X}` : ''}?`],
    general: [(X) => `Could you tell us a bit more about what happened with ${X || 'it'}?`],
    troll: [(X) => `Seriously though: what happened ${X ? `with ${X} ` : ''}? Then we'll look into it.`],
  },
};

const DM: Record<Lang, { normal: string[]; pii: string[]; already: string[] }> = {
  de: {
    normal: [
      'Schreib uns bitte per DM, dann schauen wir uns das mit allen Unterlagen in Ruhe an.',
      'Magst du uns eine Direktnachricht schicken? Dort klären wir die Einzelheiten sicher.',
      'Den Rest besprechen wir lieber per Privatnachricht – bitte nichts Persönliches hier öffentlich posten.',
      'Komm gern per DM auf uns zu, dann kümmert sich jemand direkt um deinen Fall.',
      'Lass uns per PN weitermachen, da geht es schneller und bleibt unter uns.',
      'Die Details gehören nicht in die Kommentare: schreib uns am besten eine DM.',
    ],
    pii: [
      'Tipp: Nimm die Nummer besser wieder aus dem öffentlichen Kommentar – wir melden uns per DM bei dir.',
      'Bitte lösch die persönlichen Angaben hier wieder, öffentlich kann sie jeder lesen; wir schreiben dir per Direktnachricht.',
      'Deine Kontaktdaten stehen hier öffentlich – lösch sie lieber, wir machen per DM weiter.',
    ],
    already: [
      'Deine DM ist bei uns, wir melden uns dort noch heute mit dem Stand.',
      'Wir schauen sofort in deine Direktnachricht und antworten dir dort mit dem aktuellen Stand.',
    ],
  },
  en: {
    normal: [
      "Drop us a DM and we'll go through it with you privately.",
      'Could you send us a direct message? We can sort the details safely there.',
      "Let's pick this up by private message – please don't post anything personal here.",
      'Give us a shout in DMs and someone will take your case from there.',
      "Pop us a DM so we can handle this properly, away from the timeline.",
      'The details belong in DMs rather than the comments – message us there.',
    ],
    pii: [
      "Quick tip: it's safer to delete your number from this public post – we'll message you privately.",
      "Please remove those personal details from the comment, anyone can read them; we'll reach out by DM.",
      "Your contact details are public here – best delete them, and we'll continue in DMs.",
    ],
    already: [
      "We've got your DM and will reply there today with an update.",
      "We're checking your DM now and will answer there with where things stand.",
    ],
  },
};

const HUMOUR: Record<Lang, Record<string, ((N: string) => string)[]>> = {
  de: {
    positive: [
      () => 'Wir hängen das gleich an die Kühlschranktür im Pausenraum.',
      () => 'Wir haben kurz überlegt, ob wir das einrahmen lassen.',
      () => 'Dafür gibt es hier intern mindestens drei Herzchen-Emojis.',
    ],
    troll: [
      () => 'Für das Wortspiel gibt es von uns volle Punktzahl – für die Sache dahinter gern eine ernsthafte Antwort.',
      () => 'Wir sind übrigens echte Menschen, mit Kaffee und allem.',
      () => 'Kritik nehmen wir ernst, Vergleiche mit Humor.',
    ],
    ironic: [
      () => 'Den Applaus geben wir lieber zurück, bis es wieder läuft.',
      () => 'Wir hätten deinem Sarkasmus lieber eine bessere Vorlage geliefert.',
      () => 'Verdient hätten wir eher einen Daumen nach unten, das geben wir zu.',
    ],
    neutral: [
      () => 'Kurze Frage, schnelle Antwort – so mögen wir das.',
      () => 'Wir lieben Fragen, die man mit einem klaren Ja oder Nein beantworten kann.',
    ],
  },
  en: {
    positive: [
      () => "We're sticking this on the staff-room fridge.",
      () => 'We did briefly consider framing this.',
      () => "That's earned at least three heart emojis in our team chat.",
    ],
    troll: [
      () => "Full marks for the wordplay – happy to give a straight answer on the substance.",
      () => "We're real people, by the way, coffee and all.",
      () => 'Criticism we take seriously, puns with a grin.',
    ],
    ironic: [
      () => "We'll hand the applause back until it's fixed.",
      () => "We'd rather have given your sarcasm less material.",
      () => 'Honestly, a thumbs-down would have been fair.',
    ],
    neutral: [
      () => 'Short question, straight answer – our favourite kind.',
      () => 'We love a question with a clear answer.',
    ],
  },
};

const RECAP: Record<Lang, ((L: string) => string)[]> = {
  de: [(L) => `Notiert: ${L}.`, (L) => `${cap(L)} haben wir dabei im Blick.`, (L) => `Auch ${L} ist vermerkt.`, (L) => `Wichtig für uns: ${L}.`],
  en: [(L) => `Noted: ${L}.`, (L) => `We've got ${L} down too.`, (L) => `${cap(L)} – all logged.`, (L) => `Also keeping ${L} in mind.`],
};

const FOLLOW: Record<Lang, string[]> = {
  de: ['Anknüpfend an unsere letzte Antwort:', 'Wir bleiben dran.', 'Gut, dass du nachhakst.'],
  en: ['Picking up from our last reply:', "We're on it.", 'Glad you came back to us.'],
};

const HISTORY: Record<Lang, ((X: string) => string)[]> = {
  de: [(X) => `Beim letzten Mal ging es ja um ${X} – das haben wir mit im Blick.`, (X) => `Wir sehen, dass du dich schon wegen ${X} gemeldet hattest.`],
  en: [(X) => `Last time it was about ${X} – we're keeping that in view.`, (X) => `We can see you got in touch about ${X} before.`],
};

// ─────────────────────────────── assembly ───────────────────────────────

function fit(parts: Part[], limit: number): string {
  const keep = [...parts];
  const text = () => keep.map((p) => p.text).filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  while (text().length > limit && keep.length > 1) {
    let lowest = 0;
    for (let i = 1; i < keep.length; i++) if ((keep[i]?.prio ?? 0) < (keep[lowest]?.prio ?? 0)) lowest = i;
    keep.splice(lowest, 1);
  }
  return text();
}

function openerTone(ctx: Ctx): string {
  const t = ctx.a.tone;
  if (t === 'neutral' && (ctx.a.type === 'complaint' || ctx.a.type === 'technical_problem') && ctx.facts.length) return 'frustrated';
  return t;
}

function build(ctx: Ctx, strategy: Strategy, k: number): Draft {
  const { lang, name: N } = ctx;
  const s = ctx.seed + k * 7919;
  const q = new FactQueue(ctx.facts);
  const parts: Part[] = [];
  const key = ctx.topic === 'tech' || ctx.topic === 'outage' ? (ctx.sub === 'general' ? ctx.topic : ctx.sub) : ctx.topic;
  const stepBank = STEP[lang][key] ?? STEP[lang][ctx.topic] ?? STEP[lang].general ?? [];
  const askBank = (ctx.a.tone === 'troll' ? ASK[lang].troll : undefined) ?? ASK[lang][key] ?? ASK[lang][ctx.topic] ?? ASK[lang].general ?? [];
  const tone = openerTone(ctx);
  const openBank = OPEN[lang][tone] ?? OPEN[lang].neutral ?? [];
  const limit = PLATFORM_LIMIT[ctx.input.platform];

  if (strategy === 'warning') {
    const w = STEP[lang].phishing ?? [];
    const first = pick(w, s)('');
    const hint = lang === 'de' ? pick([`${N}, danke fürs Aufpassen an alle.`, `Offizielle Aktionen findet ihr nur auf unseren verifizierten Kanälen.`, `Echte Aktionen laufen nur über unsere eigene Website.`], s + 1) : pick([`Official offers only ever come from our verified accounts.`, `Real promotions only run on our own website.`, `Thanks to everyone keeping an eye out.`], s + 1);
    return { text: fit([{ text: first, prio: 9 }, { text: hint, prio: 3 }], limit), strategy };
  }

  // opener: tone + the first facts
  const openFacts = q.take(strategy === 'short' ? 3 : 2);
  const L = listJoin(openFacts, lang);
  if (ctx.a.followUp && k === 1) parts.push({ text: pick(FOLLOW[lang], s), prio: 2 });
  if (L || tone !== 'troll') {
    const frame = pick(openBank, s + 1);
    parts.push({ text: L ? frame(N, L) : frame(N, lang === 'de' ? 'dein Anliegen' : 'this').replace(/ – dein Anliegen| – this/, ''), prio: 8 });
  } else {
    parts.push({ text: pick(openBank, s + 1)(N, ''), prio: 8 });
  }

  const stepText = () => pick(stepBank, s + 3)(q.take(1)[0] ?? '');
  const askText = () => pick(askBank, s + 5)(q.take(1)[0] ?? '');

  if (strategy === 'next-step') {
    parts.push({ text: stepText(), prio: 9 });
    if (q.left) parts.push({ text: pick(RECAP[lang], s + 11)(listJoin(q.rest(), lang)), prio: 4 });
  } else if (strategy === 'follow-up') {
    if (ctx.a.earlierContact) {
      const hf = ctx.a.facts.find((f) => f.source === 'history');
      if (hf) parts.push({ text: pick(HISTORY[lang], s)(hf.text), prio: 3 });
    }
    parts.push({ text: askText(), prio: 9 });
    if (q.left) parts.push({ text: pick(RECAP[lang], s + 13)(listJoin(q.rest(), lang)), prio: 4 });
  } else if (strategy === 'dm') {
    if (q.left) parts.push({ text: stepText(), prio: 5 });
    if (q.left) parts.push({ text: pick(RECAP[lang], s + 17)(listJoin(q.rest(), lang)), prio: 4 });
  } else if (strategy === 'humour') {
    const hb = HUMOUR[lang][ctx.a.tone] ?? HUMOUR[lang].neutral ?? [];
    parts.push({ text: pick(hb, s + 19)(N), prio: 7 });
    if (ctx.a.tone === 'troll') parts.push({ text: askText(), prio: 8 });
    else parts.push({ text: stepText(), prio: 6 });
    if (q.left) parts.push({ text: pick(RECAP[lang], s + 23)(listJoin(q.rest(), lang)), prio: 4 });
  } else if (strategy === 'short') {
    parts.push({ text: ctx.a.tone === 'troll' ? askText() : stepText(), prio: 9 });
  }

  if (ctx.a.needsDm) {
    const bank = ctx.a.agentAskedDm && ctx.a.followUp && ctx.topic !== 'trust' ? DM[lang].already : ctx.a.personalData.length ? DM[lang].pii : DM[lang].normal;
    const dmText = pick(bank, s + 29 + k);
    if (strategy === 'dm') parts.splice(1, 0, { text: dmText, prio: 10 });
    else parts.push({ text: dmText, prio: 10 });
  }
  return { text: fit(parts, limit), strategy };
}

function strategiesFor(a: Analysis): Strategy[] {
  if (a.phishing) return ['warning', 'warning', 'warning'];
  if (a.needsDm) return ['dm', 'next-step', 'follow-up'];
  if (a.tone === 'troll') return ['short', 'humour', 'follow-up'];
  if (a.tone === 'positive' || a.tone === 'ironic') return ['next-step', 'follow-up', 'humour'];
  if (a.tone === 'neutral' && a.type === 'question') return ['next-step', 'follow-up', 'short'];
  return ['next-step', 'follow-up', 'short'];
}

export function addressName(a: Analysis, lang: Lang): string {
  return a.addressAs ?? (lang === 'de' ? 'Hallo' : 'Hi');
}

/** Composes three different drafts for an analysed message (none for spam that needs no answer). */
export function compose(input: ReplyInput, a: Analysis, opts: { salt?: number; formal?: boolean } = {}): Draft[] {
  if (!a.shouldReply) return [];
  const j = ' ' + tokens(input.text + ' ' + input.thread.map((t) => t.text).join(' ')).join(' ') + ' ';
  const topic = a.phishing ? 'general' : mainTopic(a, j);
  const ctx: Ctx = {
    a,
    input,
    lang: a.lang,
    name: addressName(a, a.lang),
    seed: hash(input.text + (input.author.handle ?? '') + (input.author.name ?? '')) + (opts.salt ?? 0) * 104729,
    topic,
    sub: techSub(j),
    facts: chooseFacts(a, input),
    railish: /rail|bahn|train|zug/i.test(input.sector ?? ''),
  };
  if (ctx.topic === 'tech' && ctx.sub === 'power') ctx.topic = 'outage';
  const strategies = strategiesFor(a);
  // rotate the fact order per suggestion so each one leads with something else
  return strategies.map((st, k) => {
    const rotated = k === 0 ? ctx.facts : [...ctx.facts.slice(k % Math.max(1, ctx.facts.length)), ...ctx.facts.slice(0, k % Math.max(1, ctx.facts.length))];
    return build({ ...ctx, facts: rotated }, st, k);
  });
}
