/**
 * Phrasing banks of the core engine, German and English. Every entry is built differently (where
 * the name sits, what comes first, how facts are woven in), and entries are chosen by topic, tone and
 * a hash of the message. Slots take facts of a fitting kind (S.o() an object, S.p() a place with its
 * preposition, S.t() a time, S.n() a number, S.any() whatever is left) and fall back to a neutral
 * word when the customer gave none. No sentence here comes from a benchmark set.
 */

export interface Slots {
  o(): string;
  /** a named thing (product, quoted text, code), never a number or time */
  th(): string;
  n(): string;
  p(): string;
  pn(): string;
  t(): string;
  any(): string;
}

type Open = (N: string, H: string) => string;
type Body = (S: Slots) => string;
type Named = (N: string) => string;

export interface Bank {
  open: Record<string, Open[]>;
  step: Record<string, Body[]>;
  ask: Record<string, Body[]>;
  dm: Body[];
  dmPii: string[];
  dmAlready: string[];
  humour: Record<string, Named[]>;
  recap: ((L: string) => string)[];
  follow: string[];
  history: ((X: string) => string)[];
  phishing: Named[];
  phishingAdvice: Named[];
  phishingBait: Body[];
  phishingHint: Named[];
}

const cap = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
/** "X" or, when empty, the fallback */
const or = (x: string, fallback: string) => x || fallback;
/** " prefix X" when X is present */
const w = (x: string, pre: string, post = '') => (x ? `${pre}${x}${post}` : '');

const de: Bank = {
  open: {
    angry: [
      (N, H) => (H ? `${N}, ${H} – da wäre ich auch auf 180, und das zu Recht.` : `${N}, da wäre ich auch auf 180.`),
      (N, H) => (H ? `Verstehe den Ärger, ${N}: ${H} darf so nicht laufen.` : `Verstehe den Ärger, ${N}.`),
      (N, H) => (H ? `${N}, bei ${H} hört der Spaß verständlicherweise auf.` : `${N}, da hört der Spaß auf.`),
      (N, H) => `Puh, ${N}${w(H, ' – ')}. Dass du sauer bist, kann ich absolut nachvollziehen.`,
      (N, H) => (H ? `${cap(H)}: Es tut mir leid, ${N}, dass du dem so hinterherlaufen musst.` : `Es tut mir leid, ${N}, dass du dem hinterherlaufen musst.`),
      (N, H) => `Ganz ehrlich, ${N}: ${H ? `${H} ist` : 'das ist'} nicht in Ordnung.`,
      (N, H) => `${N}, das ist ärgerlich${w(H, ' – ')}, und zwar zu Recht.`,
      (N, H) => `${N}, dein Ärger ist angekommen${w(H, ' – ', ' geht so nicht')}.`,
    ],
    frustrated: [
      (N, H) => `${N}${w(H, ', ', ' –')} das nervt, gerade wenn man eigentlich nur kurz etwas erledigen will.`,
      (N, H) => `Oh je, ${N}${w(H, ': ')}. Lass uns das sortieren.`,
      (N, H) => (H ? `${cap(H)}? Klingt zäh, ${N}.` : `Klingt zäh, ${N}.`),
      (N, H) => `Kein schöner Start, ${N}${w(H, ' – ')}.`,
      (N, H) => `Mist, ${N}. ${H ? `${cap(H)} braucht` : 'So etwas braucht'} wirklich niemand.`,
      (N, H) => `${N}, verstehe${w(H, ' – ')}. Das kostet Nerven.`,
      (N, H) => `Ärgerlich, ${N}${w(H, ', ')}. Wir helfen dir da raus.`,
      (N, H) => `${H ? `${cap(H)} – ` : ''}${N}, das ist mühsam, und wir machen es dir jetzt leichter.`,
      (N, H) => `Uff, ${N}${w(H, '. ', ' – verständlich, dass du genervt bist')}.`,
    ],
    calmProblem: [
      (N, H) => `Danke für die genaue Beschreibung, ${N}${w(H, ' – ')}.`,
      (N, H) => `${N}, gut zu wissen${w(H, ': ')}.`,
      (N, H) => `Hi ${N}, ${H ? `${H} klingt nicht richtig` : 'das klingt nicht richtig'}.`,
      (N, H) => `${N}, ${H ? `${H} schauen wir uns an` : 'das schauen wir uns an'}.`,
      (N, H) => `${N}, danke fürs Melden${w(H, ': ')}.`,
      (N, H) => `Guter Hinweis, ${N}${w(H, ' – ')}.`,
      (N, H) => `${N}, ${H ? `${H} – das` : 'das'} sollte so nicht sein.`,
    ],
    neutral: [
      (N, H) => `Hi ${N}, gute Frage${w(H, ' zu ')}.`,
      (N, H) => `${N}, ${H ? `zum Thema ${H}` : 'dazu'} kann ich dir etwas sagen.`,
      (N, H) => `Hallo ${N}! ${H ? `${cap(H)} – das kriegen wir geklärt.` : 'Das kriegen wir geklärt.'}`,
      (N, H) => `${N}, klar${w(H, ': ')}.`,
      (N, H) => `Moin ${N}, ${H ? `${H} schauen` : 'das schauen'} wir uns gern an.`,
      (N, H) => `Gut, dass du fragst, ${N}${w(H, ' – ')}.`,
      (N, H) => `${N}, ${H ? `bei ${H}` : 'da'} helfen wir dir.`,
      (N, H) => `Servus ${N}${w(H, ', ', ' – lass uns das klären')}.`,
      (N, H) => `${H ? `${cap(H)}? ` : ''}Gern, ${N}.`,
    ],
    positive: [
      (N, H) => `${N}, wie schön! ${H ? `${cap(H)} – so etwas` : 'So etwas'} lesen wir am liebsten.`,
      (N, H) => `Das geht runter wie Öl, ${N}${w(H, ': ')}.`,
      (N, H) => `Hach, ${N}${w(H, ' – ')}. Das hat hier gerade mehrere Leute zum Lächeln gebracht.`,
      (N, H) => `${N}, was für ein schöner Kommentar${w(H, ': ')}!`,
      (N, H) => `So etwas macht den Tag, ${N}${w(H, ' – ')}.`,
      (N, H) => `${N}, das lesen wir gern${w(H, ': ')}!`,
      (N, H) => `Wow, ${N}${w(H, ' – ')}. Da freut sich das ganze Team.`,
      (N, H) => `${H ? cap(H) : 'Das'} – ${N}, schön, dass du dir die Zeit für so ein Lob nimmst.`,
      (N, H) => `Herzlichen Dank, ${N}${w(H, '! ', ' ist genau das, wofür wir das machen')}.`,
    ],
    positiveLead: [
      (N, H) => `Super, ${N}${w(H, ' – ')}, dann wird es jetzt konkret.`,
      (N, H) => `${N}, das klingt nach einem guten Plan${w(H, ': ')}.`,
      (N, H) => `Schön, ${N}${w(H, ' – ')}. Da lässt sich einiges machen.`,
    ],
    ironic: [
      (N, H) => `Die Ironie ist angekommen, ${N} – und sie ist berechtigt${w(H, ': ', ' ist nicht das, was wir versprechen')}.`,
      (N, H) => `Autsch, ${N}. ${H ? `${cap(H)} – da` : 'Da'} ist Sarkasmus noch die höflichste Reaktion.`,
      (N, H) => `${N}, verstanden, das war kein Kompliment. ${H ? `${cap(H)} geht` : 'Das geht'} so nicht.`,
      (N, H) => `Touché, ${N}${w(H, ': ', ' ist wirklich kein Aushängeschild')}.`,
      (N, H) => `${N}, wir lesen zwischen den Zeilen${w(H, ' – ')}, und das ärgert uns selbst.`,
      (N, H) => `Schon klar, ${N}${w(H, ': ', ' war so nicht gedacht')}.`,
      (N, H) => `${N}, das Augenrollen hören wir bis hierher${w(H, ' – ')}.`,
      (N, H) => `Ertappt, ${N}${w(H, '. ', ' – das muss besser werden')}.`,
    ],
    troll: [
      (N, H) => `${N}, starke Worte${w(H, ' zu ')}.`,
      (N, H) => `Schön pointiert, ${N}${w(H, ' – ')}.`,
      (N, H) => `${N}, wir nehmen's sportlich${w(H, ', auch beim Thema ')}.`,
      (N, H) => `Harte Ansage, ${N}${w(H, ' (', ')')}.`,
      (N, H) => `Angekommen, ${N}${w(H, ' – ')}.`,
      (N, H) => `${N}, das sitzt${w(H, ' – ')}.`,
      (N, H) => `Deutliche Meinung, ${N}${w(H, ' zu ')}.`,
      (N, H) => `${N}, wir lesen mit${w(H, ' – auch beim Punkt ')}.`,
      (N, H) => `Kommentar gelesen, ${N}${w(H, ': ')}.`,
    ],
  },
  step: {
    app: [
      (S) => `Probier bitte einmal: App komplett schließen, Cache leeren, neu anmelden. Bleibt ${or(S.o(), 'der Fehler')} danach, liegt es an uns, nicht an deinem Gerät.`,
      (S) => `Unsere Technik prüft gerade, ob ${or(S.o(), 'das')} mehr Leute betrifft; bis dahin klappt oft die Web-Version im Browser.`,
      (S) => `Ein App-Update aus dem Store löst ${or(S.o(), 'so etwas')} oft; falls nicht, schauen wir in die Fehlerprotokolle.`,
    ],
    web: [
      (S) => `Schneller Test: Seite im privaten Fenster öffnen oder Erweiterungen kurz ausschalten – ${or(S.o(), 'das Verhalten')} geben wir parallel an unsere Web-Entwicklung.`,
      (S) => `Danke für den Hinweis mit ${or(S.o(), 'dem Browser')}: das stellen wir nach und bauen einen Fix.`,
      (S) => `${cap(or(S.o(), 'der Fehler'))} ist bei uns gemeldet; in einem anderen Browser klappt es solange meist.`,
    ],
    mobile: [
      (S) => `Starte bitte beide Geräte neu und schalte den Flugmodus einmal an und aus; hängt ${or(S.o(), 'es')} dann noch, setzen wir die Übertragung von unserer Seite zurück.`,
      (S) => `Wir schauen auf die Netzkarte ${or(S.p(), 'bei dir')} – oft ist es ein gestörter Mast, den wir dann melden.`,
      (S) => `Oft hilft es, die SIM bzw. eSIM einmal neu zu laden; klappt das nicht, aktivieren wir ${or(S.o(), 'sie')} von hier aus neu.`,
    ],
    wallet: [
      (S) => `Meist hilft es, die Karte erst in der Banking-App freizuschalten und dann neu ins Wallet zu legen; ${or(S.o(), 'die Meldung')} kommt oft von einer noch nicht aktivierten Karte.`,
      (S) => `${cap(or(S.o(), 'die Fehlermeldung'))} deutet meist auf eine noch nicht freigeschaltete Karte hin – ein Blick in die Banking-App hilft.`,
    ],
    router: [
      (S) => `Wir messen die Leitung${w(S.p(), ' ')} gleich von hier aus durch; ${or(S.o(), 'ein Neustart des Routers')} ist danach der nächste Schritt.`,
      (S) => `Ein rotes Licht heißt meist: keine Synchronisation. Prüf bitte kurz das Kabel zur Dose, den Rest checken wir${w(S.p(), ' für ')}.`,
      (S) => `Zieh den Router bitte einmal 30 Sekunden vom Strom; wenn ${or(S.o(), 'es')} danach nicht läuft, messen wir die Leitung von hier aus durch.`,
    ],
    portal: [
      (S) => `Wenn das Formular bei ${or(S.o(), 'der Eingabe')} abbricht, hilft oft ein anderer Browser – ansonsten nehmen wir den Wert auch direkt auf.`,
      (S) => `Unser Portal hakt da offenbar; ${or(S.o(), 'die Eingabe')} nehmen wir zur Not von Hand auf, damit nichts verloren geht.`,
    ],
    outage: [
      (S) => `Wir prüfen die Störung ${or(S.p(), 'bei dir')} gerade mit dem Netzbetrieb und sagen dir hier, sobald es eine Prognose gibt.`,
      (S) => `Der Entstördienst ist informiert${w(S.o(), ' (', ')')}; die voraussichtliche Dauer ${or(S.p(), 'für dein Gebiet')} geben wir durch, sobald sie feststeht.`,
      (S) => `Laut Leitstelle sind Techniker ${or(S.p(), 'in deiner Gegend')} unterwegs; ${w(S.o(), '', ' und ')}die Reparaturzeit melden wir hier.`,
    ],
    tech: [
      (S) => `Sag uns kurz, welches Gerät und welche Version du nutzt, dann grenzen wir ${or(S.o(), 'das Problem')} gezielt ein.`,
      (S) => `Wir stellen ${or(S.o(), 'das')} bei uns nach und sagen dir hier, woran es hakt.`,
      (S) => `${cap(or(S.o(), 'das'))} sollte so nicht passieren; ein Neustart hilft oft, sonst schauen wir uns das im Detail an.`,
    ],
    billing: [
      (S) => `Wir prüfen jeden Posten${w(S.n(), ', auch ')}; Zuviel wird erstattet.`,
      (S) => `Eine Differenz wie ${or(S.n(), 'diese')} klären wir direkt mit der Abrechnung; zu viel Gezahltes geht zurück an dich.`,
      (S) => `${cap(or(S.o(), 'der Betrag'))} wird geprüft, und die Erstattung stoßen wir an, sobald der Fehler bestätigt ist.`,
      (S) => `${cap(or(S.n(), 'die Differenz'))} geht an unsere Abrechnung, und die Korrektur siehst du auf der nächsten Rechnung oder als Gutschrift.`,
      (S) => `Das rechnen wir nach${w(S.o(), ' – ', ' eingeschlossen')}; stimmt etwas nicht, bekommst du das Geld zurück.`,
    ],
    'card-fraud': [
      (S) => `Bitte lass die Karte jetzt sofort über den Sperr-Notruf 116 116 sperren, rund um die Uhr erreichbar; ${w(S.o(), 'die Abbuchungen von ', ' ')}klären wir danach gemeinsam.`,
      (S) => `Erster Schritt: Karte sperren, am schnellsten über den Sperr-Notruf 116 116 oder in der App. Danach holen wir ${or(S.n(), 'das Geld')} per Reklamation zurück.`,
    ],
    'message-fraud': [
      (_S) => `Wichtig: Wir fordern nie per SMS, Mail oder Messenger dazu auf, über einen Link Konto oder Zugang zu entsperren – das ist sehr wahrscheinlich Phishing. Bitte nichts anklicken und die Nachricht löschen.`,
      (_S) => `Solche Nachrichten kommen nicht von uns; den Link bitte nicht öffnen. Falls du dort schon Daten eingegeben hast, lass den Zugang sofort sperren.`,
    ],
    'call-fraud': [
      (S) => `Wichtig vorab: Wir drängen niemanden am Telefon zu Verträgen – das klingt nach einer bekannten Masche${w(S.o(), ' (', ')')}. Ein so abgeschlossener Vertrag lässt sich widerrufen.`,
      (S) => `Solche Anrufe kommen nicht von uns; ${w(S.o(), '', ' hin oder her: ')}ein am Telefon aufgedrängter Vertrag kann innerhalb von 14 Tagen widerrufen werden.`,
    ],
    delivery: [
      (S) => `Wir verfolgen die Sendung intern und klären, wo sie gerade liegt und ab wann sie abholbar ist${w(S.p(), ' – auch ')}.`,
      (S) => `Da haken wir beim Depot nach: ${cap(or(S.o(), 'die Zustellung'))} muss nachvollziehbar sein, notfalls lassen wir umleiten.`,
      (S) => `Wir fragen bei der Zustellbasis nach, was mit ${or(S.o(), 'deiner Sendung')} passiert ist, und sorgen für Ersatz, falls nötig.`,
      (S) => `${cap(or(S.o(), 'die Sendung'))} ist bei uns als offen markiert; wir lassen den Verbleib ${or(S.p(), 'vor Ort')} prüfen.`,
      (S) => `Wo ${or(S.o(), 'die Sendung')} gelandet ist, klären wir mit der Zustellbasis ${or(S.p(), 'in deiner Gegend')} – du musst nicht hinterhertelefonieren.`,
    ],
    order: [
      (S) => `Wir klären mit dem Markt, was bei ${or(S.o(), 'deiner Bestellung')} schiefgelaufen ist, und machen es wieder gut.`,
      (S) => `${cap(or(S.o(), 'die Bestellung'))} prüfen wir mit dem Team vor Ort; eine Gutschrift ist das Mindeste.`,
      (S) => `So sollte ${or(S.o(), 'eine Bestellung')} nicht laufen – wir schauen uns die Abläufe an und melden uns mit einer Lösung.`,
    ],
    delay: [
      (S) => `Bei Verspätungen und Ausfällen stehen dir Fahrgastrechte zu – die Entschädigung kannst du online beantragen${w(S.o(), ', auch für ')}.`,
      (S) => `Wir geben ${or(S.o(), 'die Ausfälle')} an die Betriebsleitung und fragen nach der Ursache, statt es als Einzelfall abzuhaken.`,
      (S) => `${cap(or(S.o(), 'die Ausfälle'))} klären wir mit der Betriebsplanung; Entschädigung gibt es trotzdem.`,
    ],
    stock: [
      (S) => `Nachschub kommt in Wellen; wir fragen beim Einkauf, wann die nächste Lieferung ${w(S.o(), 'mit ', ' ')}in die Filialen geht.`,
      (S) => `Wir checken den Bestand${w(S.o(), ' für ')} und sagen dir, wo es als Nächstes wieder vorrätig ist.`,
      (S) => `${cap(or(S.o(), 'der Artikel'))} ist gerade sehr gefragt; wir sagen dir, welche Filiale ${or(S.p(), 'in deiner Nähe')} zuerst wieder etwas bekommt.`,
    ],
    quality: [
      (S) => `So darf ${or(S.o(), 'Ware')} nicht bei dir ankommen: Das Geld gibt es zurück, und wir melden den Fall an die Qualitätssicherung.`,
      (S) => `Wir lassen ${or(S.o(), 'die Charge')} prüfen und sorgen für Ersatz oder Erstattung, ganz wie es dir lieber ist.`,
      (S) => `Bring ${or(S.o(), 'die Ware')} gern mit in eine Filiale, dort bekommst du sofort dein Geld zurück; wir geben den Fall an die Qualitätsprüfung.`,
    ],
    application: [
      (S) => `Wir haken heute noch bei der Fachabteilung nach, woran ${or(S.o(), 'dein Antrag')} hängt${w(S.t(), ' – gerade mit Blick auf ')}.`,
      (S) => `${cap(or(S.o(), 'der Antrag'))} bekommt von uns jetzt Priorität${w(S.t(), '; den Termin ', ' haben wir im Blick')}.`,
    ],
    lost: [
      (S) => `Wir geben die Suchmeldung direkt ans Fundbüro${w(S.o(), ' – mit ')}; je genauer die Beschreibung, desto besser die Chancen.`,
      (S) => `Fundsachen${w(S.o(), ' wie ')} landen meist nach ein bis zwei Tagen im Fundbüro der Endstation; wir fragen dort gezielt nach.`,
    ],
    contract: [
      (S) => `Kündigen geht bei uns online oder formlos schriftlich${w(S.t(), ', auch zum ')}; den Zählerstand beim Auszug hältst du am besten per Foto fest.`,
      (S) => `Für den Umzug reicht uns der Termin${w(S.t(), ' (', ')')} – den Rest, samt Schlussablesung, erledigen wir.`,
      (S) => `${cap(or(S.o(), 'der Vertrag'))} endet zum Auszug, wenn du uns den Termin nennst${w(S.t(), ' – ')}; eine Frist musst du dafür nicht abwarten.`,
    ],
    b2b: [
      (S) => `Dafür gibt's ein Angebot${w(S.o(), ' mit ', ' im Blick')} von unserem Geschäftskundenteam.`,
      (S) => `Das ist ein Fall für unsere Geschäftskundenberatung: ${w(S.o(), '', ' und ')}die passenden Konditionen rechnen wir individuell durch.`,
      (S) => `Für Firmen gibt es eigene Konditionen${w(S.o(), ', gerade bei ')}; die Kolleg*innen aus dem Business-Team melden sich mit Details.`,
      (S) => `Für ${or(S.o(), 'euer Vorhaben')} gibt es bei uns eigene Geschäftskundentarife, die wir an eure Menge anpassen.`,
      (S) => `Bei ${or(S.n(), 'solchen Mengen')} lohnt sich ein Rahmenvertrag – unsere Business-Beratung macht dir ein konkretes Angebot.`,
      (S) => `Genau für ${or(S.o(), 'solche Anfragen')} haben wir ein eigenes Team, das Konditionen für Unternehmen schnürt.`,
    ],
    sales: [
      (S) => `Die Förderung prüfen wir gern mit dir${w(S.o(), ' – ', ' spielt da mit rein')}; oft lässt sich mehr herausholen, als man denkt.`,
      (S) => `Unser Beratungsteam rechnet ${or(S.o(), 'das')} individuell durch, inklusive Zuschüssen und Tarif.`,
      (S) => `Wir schauen, welches Paket zu ${or(S.o(), 'deinem Vorhaben')} passt, und sagen dir ehrlich, was sich lohnt.`,
      (S) => `${cap(or(S.o(), 'dein Vorhaben'))} passt gut zu unseren Angeboten; welche Zuschüsse gerade laufen, rechnen wir mit dir durch.`,
      (S) => `Wir machen dir ein Angebot, das ${or(S.o(), 'deine Situation')} berücksichtigt, inklusive aller Förderungen.`,
    ],
    staff: [
      (S) => `Das landet bei der Teamleitung${w(S.o(), ', ', ' inklusive')}; so ein Umgang ist nicht unser Anspruch.`,
      (S) => `Wir sprechen das intern an${w(S.o(), ', ', ' eingeschlossen')}, denn pauschal abgewimmelt zu werden, geht nicht.`,
      (S) => `${cap(or(S.o(), 'das Verhalten'))} klären wir mit den zuständigen Vorgesetzten, denn so sollte niemand behandelt werden.`,
    ],
    praise: [
      (S) => `Das richten wir persönlich aus${w(S.p(), ' – ')}; solche Rückmeldungen kommen bei den Kolleg*innen direkt an.`,
      (S) => `Die Nachricht geht 1:1 an das Team vor Ort${w(S.o(), ' (', ')')}, versprochen.`,
      (S) => `Wir sorgen dafür, dass ${or(S.o(), 'das Lob')} bei den Richtigen ankommt.`,
      (S) => `${cap(or(S.o(), 'das Team'))} bekommt das von uns schwarz auf weiß${w(S.p(), ' – ')}.`,
      (S) => `Solche Geschichten${w(S.o(), ' über ')} erzählen wir intern gern herum – das motiviert mehr als jede Schulung.`,
      (S) => `Wir geben das${w(S.p(), ' ')} an die Regionalleitung, damit es auch im nächsten Teammeeting vorkommt.`,
    ],
    access: [
      (S) => `Das nehmen wir in die Planung ${or(S.p(), 'der Filiale')} mit, denn barrierefrei einkaufen sollte selbstverständlich sein; bis dahin hilft das Team vor Ort.`,
      (S) => `Für ${or(S.p(), 'die Filiale')} prüfen wir, ob niedrigere Regale oder ein Klingelservice möglich sind.`,
    ],
    allergy: [
      (S) => `Bei einer Allergie verlassen wir uns nicht aufs Etikett allein: Wir fragen die vollständige Zutatenliste ${w(S.o(), 'für ', ' ')}beim Hersteller an.`,
      (S) => `Sicherheit geht vor: Bis die Zutatenliste${w(S.o(), ' für ')} bestätigt ist, lieber nicht verwenden.`,
    ],
    bike: [
      (S) => `Zusammengeklappt zählt ein Faltrad meist als Gepäck, dann brauchst du in der Regel keine Reservierung${w(S.p(), ', auch ')}.`,
      (S) => `Ein ${or(S.o(), 'Faltrad')} darfst du zusammengeklappt mitnehmen; nur ausgeklappt braucht es im Fernverkehr einen Stellplatz.`,
    ],
    shipping: [
      (S) => `Für ${or(S.o(), 'Sperriges')} gilt: stabiler Karton, rundum gut polstern und die Maße vorher prüfen – zu groß wird es Sperrgut.`,
      (S) => `${cap(or(S.o(), 'empfindliche Sachen'))} am besten in Luftpolster einwickeln und den Karton mit Aufkleber „Vorsicht zerbrechlich“ versehen.`,
    ],
    ticket: [
      (S) => `Für Abschnitte ohne Regionalverkehr lohnt ein Blick auf Sparpreise${w(S.p(), ' ')}; wir schauen gern, was auf deiner Strecke am günstigsten ist.`,
      (S) => `Welches Ticket auf ${or(S.o(), 'deiner Strecke')} gilt, hängt vom Zugtyp ab – wir suchen dir die günstigste Kombination raus.`,
      (S) => `${cap(or(S.o(), 'das Ticket'))} deckt nicht alles ab; wir zeigen dir die günstigste Ergänzung${w(S.p(), ' ')}.`,
    ],
    plan: [
      (S) => `${cap(or(S.o(), 'die Option'))} lässt sich in den meisten Tarifen dazubuchen; wir schauen, was bei deinem Tarif genau gilt.`,
      (S) => `Was ${or(S.o(), 'das Upgrade')} kostet, hängt vom Tarif ab – wir rechnen es dir gern konkret aus.`,
      (S) => `Bei ${or(S.o(), 'der Option')} kommt es auf den Tarif an; wir schreiben dir hier, was genau drin ist.`,
    ],
    rates: [
      (S) => `Die Konditionen ${w(S.o(), 'für ', ' ')}ändern sich gerade öfter; wir nennen dir hier den tagesaktuellen Stand samt Mindestbetrag.`,
      (S) => `Bei ${or(S.o(), 'den Konditionen')} lohnt der Vergleich: wir schreiben dir hier, was aktuell gilt und ab welchem Betrag.`,
    ],
    info: [
      (S) => `Die genauen Details ${w(S.o(), 'zu ', ' ')}schauen wir nach und antworten dir hier konkret.`,
      (S) => `Dazu gibt es eine klare Regel${w(S.o(), ' für ')}, die wir dir gleich hier zusammenfassen.`,
      (S) => `Gute Nachricht: ${cap(or(S.o(), 'das'))} ist bei uns geregelt, und wir schicken dir hier die Kurzfassung.`,
    ],
    price: [
      (S) => `Die Preisänderung${w(S.n(), ' auf ')} muss sich für dich lohnen – lass uns schauen, ob ein anderes Modell besser passt, bevor du woanders hingehst.`,
      (S) => `Wir erklären gern, wofür ${or(S.o(), 'der Preis')} steht, und prüfen, ob es für dich ein günstigeres Modell gibt.`,
    ],
    trust: [
      (S) => `Berechtigte Frage: Das ist unser offizieller, verifizierter Kanal${w(S.o(), '; zu ', ' ')}fragen wir nie nach PINs oder Passwörtern.`,
      (S) => `Gut, dass du vorsichtig bist${w(S.o(), ' – ')}: Persönliches klären wir nur per DM, und niemals fragen wir nach Passwörtern.`,
    ],
    troll: [
      (S) => `Wenn ${or(S.o(), 'dabei')} konkret etwas schiefgelaufen ist, erzähl uns gern, was passiert ist – dann kümmern wir uns.`,
      (S) => `Kritik an ${or(S.o(), 'uns')} nehmen wir ernst, wenn sie konkret wird: Was ist denn passiert?`,
      (S) => `Falls hinter ${or(S.o(), 'dem Kommentar')} ein echtes Erlebnis steckt, hören wir zu.`,
      (S) => `Pauschal lässt sich das schlecht klären – mit einem konkreten Beispiel${w(S.o(), ' zu ')} schon.`,
    ],
    general: [
      (S) => `Wir sehen uns ${or(S.o(), 'das')} genau an und geben dir hier Bescheid.`,
      (S) => `${cap(or(S.o(), 'das'))} nehmen wir mit und klären es mit den zuständigen Kolleg*innen.`,
    ],
  },
  ask: {
    tech: [(S) => `Tritt ${or(S.o(), 'das')} auf allen Geräten auf oder nur auf einem?`, (S) => `Seit wann genau siehst du ${or(S.o(), 'das')}, und gab es zwischendurch ein Update?`],
    app: [(S) => `Nutzt du Android oder iOS, und kommt ${or(S.o(), 'der Fehler')} auch im Browser?`, (S) => `Welche App-Version ist installiert, und zeigt sich ${or(S.o(), 'das')} bei jedem Versuch?`],
    web: [(S) => `Welche Browser-Version nutzt du, und taucht ${or(S.o(), 'das')} auch im privaten Fenster auf?`],
    mobile: [(S) => `Zeigt eines der beiden Geräte noch Netz, oder sind beide komplett ohne Empfang${w(S.o(), ' seit ')}?`],
    wallet: [(S) => `Hast du die Karte schon einmal benutzt${w(S.t(), ', seit sie ', ' kam')}?`],
    router: [(S) => `Leuchtet am Router eine Lampe rot${w(S.t(), ', ')}?`],
    portal: [(S) => `An welchem Schritt bricht es ab – direkt bei ${or(S.o(), 'der Eingabe')} oder erst beim Absenden?`],
    outage: [(S) => `Ist bei euch die ganze Straße betroffen${w(S.p(), ' ')}, oder nur deine Wohnung?`, (S) => `Haben die Nachbarn ${or(S.p(), 'bei dir')} auch keinen Strom?`],
    billing: [(S) => `Ist ${or(S.n(), 'der Betrag')} zum ersten Mal so aufgetaucht, oder schon in den Vormonaten?`, (S) => `Hast du den Beleg${w(S.o(), ' zu ')} noch griffbereit?`],
    'card-fraud': [(S) => `Hast du ${w(S.o(), '', ' ')}schon in der App als unbekannt markiert?`, (S) => `Ist die Karte noch bei dir, oder könnte sie abhandengekommen sein${w(S.t(), ' – ')}?`],
    'message-fraud': [(_S) => `Hast du über den Link schon etwas eingegeben oder bestätigt?`],
    'call-fraud': [(S) => `Wurde bei dem Anruf${w(S.o(), ' an ')} schon etwas unterschrieben oder bestätigt?`],
    order: [(S) => `Wann genau kam ${or(S.o(), 'die Bestellung')} bei dir an?`, (S) => `Was fehlte oder war nicht in Ordnung bei ${or(S.o(), 'der Bestellung')}?`],
    delivery: [(S) => `Steht auf der Karte ein Datum, bis wann ${or(S.o(), 'das Paket')} abholbereit ist?`, (S) => `Seit wann wartest du schon auf ${or(S.o(), 'die Sendung')}?`],
    delay: [(S) => `Hast du wegen ${or(S.o(), 'der Verspätung')} einen Anschluss verpasst?`, (S) => `Betrifft ${or(S.o(), 'das')} jeden Tag dieselbe Fahrt${w(S.t(), ' um ')}?`],
    stock: [(S) => `Welche Filiale liegt für dich am günstigsten? Dann prüfen wir ${or(S.o(), 'den Bestand')} gezielt dort.`],
    quality: [(S) => `Hast du ${or(S.o(), 'die Ware')} noch da, damit wir sie prüfen lassen können?`],
    application: [(S) => `Bis wann brauchst du spätestens eine Entscheidung${w(S.o(), ' zu ')}?`],
    lost: [(S) => `Weißt du noch ungefähr, wo du gesessen hast, als ${or(S.o(), 'es')} liegen blieb?`],
    contract: [(S) => `Ziehst du innerhalb unseres Gebiets um${w(S.t(), ' zum ')}, oder ganz weg?`],
    b2b: [
      (S) => `Ab wann soll es losgehen${w(S.o(), ', und wie sieht es mit ', ' aus')}?`,
      (S) => `Was ist euch bei ${or(S.o(), 'dem Angebot')} am wichtigsten – Preis, Laufzeit oder Service?`,
      (S) => `Mit welchem Volumen rechnet ihr${w(S.o(), ' bei ')} im ersten Jahr ungefähr?`,
      (S) => `Gibt es schon einen Wunschtermin${w(S.o(), ' für ')}, oder seid ihr noch in der Planung?`,
    ],
    sales: [
      (S) => `Ab wann soll es losgehen${w(S.o(), ' mit ')}?`,
      (S) => `Worauf legst du bei ${or(S.o(), 'dem Angebot')} den meisten Wert – Preis, Laufzeit oder Service?`,
      (S) => `Ist ${or(S.o(), 'alles')} schon fest geplant, oder wägst du noch ab?`,
      (S) => `Was hat bisher beim Wechsel${w(S.o(), ' rund um ')} gehakt – dann räumen wir genau das aus dem Weg?`,
    ],
    staff: [(S) => `Was ist konkret passiert${w(S.o(), ' mit ')}, und wann war das?`],
    praise: [
      (S) => `Weißt du noch ungefähr, wann das war${w(S.p(), ' ')}? Dann findet das Lob sicher die richtige Person.`,
      (S) => `Dürfen wir ${S.o() ? 'die Geschichte' : 'das'} intern teilen?`,
      (S) => `Magst du uns sagen, an welchem Tag das war${w(S.p(), ' ')}? Dann kommt das Lob garantiert an.`,
      (S) => `Gab es einen Moment${w(S.o(), ' mit ')}, der dir besonders im Kopf geblieben ist?`,
    ],
    access: [(S) => `Welche Produkte waren es genau${w(S.p(), ' ')}? Dann können wir gezielt umplanen.`],
    allergy: [(S) => `Geht es um ${or(S.o(), 'ein bestimmtes Produkt')}, oder suchst du eher eine Alternative ohne den Allergieauslöser?`],
    bike: [(S) => `Fährst du eher zur Stoßzeit${w(S.p(), ' ')}? Dann sagen wir dir, was dort gilt.`],
    shipping: [(S) => `Wie groß ist ${or(S.o(), 'das Paket')} ungefähr? Dann sagen wir dir, ob es Sperrgut wird.`],
    ticket: [(S) => `Fährst du die Strecke${w(S.p(), ' ')} regelmäßig? Dann lohnt sich vielleicht eine andere Lösung.`],
    plan: [(S) => `Welchen Tarif hast du gerade${w(S.o(), ', und wofür brauchst du ')}?`],
    rates: [(S) => `Geht es dir eher um ${or(S.o(), 'flexible Anlage')} oder um eine feste Laufzeit?`],
    info: [(S) => `Geht es dir um ${or(S.o(), 'ein bestimmtes Produkt')} oder eher allgemein?`, (S) => `Wofür brauchst du ${or(S.o(), 'es')}? Dann wird die Antwort konkreter.`],
    price: [(S) => `Was nutzt du am meisten? Danach richtet sich, welches Modell ${w(S.n(), 'statt ', ' ')}für dich günstiger ist.`],
    trust: [(S) => `Siehst du den Haken am Profil? ${w(S.o(), 'Zu ', ' ')}kannst du uns auch per DM schreiben.`],
    troll: [
      (S) => `Mal ernsthaft: Was ist ${w(S.o(), 'bei ', ' ')}konkret passiert? Dann schauen wir uns das an.`,
      (S) => `Gibt es einen konkreten Fall${w(S.o(), ' mit ')}? Dann gehen wir dem nach.`,
      (S) => `Was war denn der Auslöser${w(S.o(), ' – ')}? Erzähl gern, wir hören zu.`,
      (S) => `Hast du ein Beispiel${w(S.o(), ' zu ')}? Dann wird aus der Kritik etwas, das wir ändern können.`,
      (S) => `Wo genau hat es${w(S.o(), ' mit ')} gehakt? Mit Details können wir etwas tun.`,
      (S) => `Erzähl uns, was${w(S.o(), ' bei ', ' ')} schiefging – wir antworten ernsthaft.`,
      (S) => `Was müsste passieren, damit du ${or(S.o(), 'uns')} eine zweite Chance gibst?`,
      (S) => `Gab es einen Moment, der dich so verärgert hat${w(S.o(), ' – etwas mit ')}?`,
      (S) => `Womit genau bist du unzufrieden${w(S.o(), ' – ')}?`,
      (S) => `Magst du uns sagen, was konkret schieflief${w(S.o(), ' bei ')}? Wir hören zu.`,
    ],
    general: [
      (S) => `Magst du noch kurz erzählen, was ${w(S.o(), 'bei ', ' ')}genau passiert ist?`,
      (S) => `Seit wann ist das so${w(S.o(), ' mit ')}?`,
      (S) => `Was wäre für dich jetzt die beste Lösung${w(S.o(), ' bei ')}?`,
      (S) => `Ist das zum ersten Mal passiert${w(S.o(), ' mit ')}, oder schon öfter?`,
    ],
  },
  dm: [
    (S) => `Schreib uns bitte per DM${w(S.th(), ' zu ')}, dann schauen wir uns alles in Ruhe an.`,
    (S) => `Magst du uns eine Direktnachricht schicken? Dort klären wir ${or(S.th(), 'die Einzelheiten')} sicher.`,
    (S) => `Den Rest${w(S.th(), ' rund um ')} lieber per Privatnachricht.`,
    (S) => `Komm gern per DM auf uns zu${w(S.th(), ' – Stichwort ')}.`,
    (S) => `Lass uns ${w(S.th(), '', ' ')}per PN weitermachen, da bleibt es unter uns.`,
    (S) => `Die Details${w(S.th(), ' zu ')} gehören nicht in die Kommentare: schreib uns eine DM.`,
    (S) => `Per Direktnachricht geht ${or(S.th(), 'das')} am besten.`,
    (S) => `Meld dich kurz per DM${w(S.th(), ' wegen ')}.`,
    (S) => `Für alles Weitere${w(S.th(), ' zu ')}: DM an uns.`,
    (S) => `Schick uns kurz eine DM${w(S.th(), ', dann geht es mit ', ' direkt weiter')}.`,
    (S) => `${w(S.th(), 'Zu ', ' und allem anderen') || 'Alles Weitere'} gern per Privatnachricht.`,
  ],

  dmPii: [
    'Tipp: Nimm die Nummer besser wieder aus dem öffentlichen Kommentar – wir melden uns per DM bei dir.',
    'Bitte lösch die persönlichen Angaben hier wieder, öffentlich kann sie jeder lesen; wir schreiben dir per Direktnachricht.',
    'Deine Angaben stehen hier öffentlich – lösch sie lieber, wir machen per DM weiter.',
    'Kleiner Hinweis zum Schutz deiner Daten: Den Kommentar mit den Daten am besten entfernen, der Rest läuft über eine private Nachricht.',
    'Persönliches gehört nicht in die Timeline; magst du den Post mit den Daten löschen? Wir schreiben dir privat.',
    'Für alles mit Daten wechseln wir in die Direktnachricht – und die Angaben oben nimmst du am besten raus.',
    'Damit niemand Fremdes mitliest: Daten bitte aus dem Beitrag löschen, wir kümmern uns per PN darum.',
  ],
  dmAlready: [
    'Deine DM ist bei uns, wir melden uns dort noch heute mit dem Stand.',
    'Wir schauen sofort in deine Direktnachricht und antworten dir dort mit dem aktuellen Stand.',
  ],
  humour: {
    positive: [
      () => 'Wir hängen das gleich an die Kühlschranktür im Pausenraum.',
      () => 'Wir haben kurz überlegt, ob wir das einrahmen lassen.',
      () => 'Dafür gibt es intern mindestens drei Herzchen.',
      () => 'Das Lob wird hier gerade heftig herumgereicht.',
      () => 'Kurz überlegt, ob wir das als Hintergrundbild nehmen.',
    ],
    troll: [
      () => 'Kritik nehmen wir ernst, Übertreibungen mit Humor.',
      () => 'Wir haben das Popcorn schon weggestellt und antworten lieber sachlich.',
      () => 'Ein bisschen Dampf ablassen ist erlaubt, ein echtes Problem lösen wir trotzdem lieber.',
    ],
    pun: [
      () => 'Für das Wortspiel gibt es von uns volle Punktzahl – für die Sache dahinter gern eine ernsthafte Antwort.',
      () => 'Das Wortspiel hängen wir intern auf, versprochen.',
    ],
    bots: [
      () => 'Wir sind übrigens echte Menschen, mit Kaffee und allem.',
      () => 'Bots hätten jetzt vermutlich höflicher geklungen – wir sind aber echte Menschen.',
    ],
    ironic: [
      () => 'Den Applaus geben wir lieber zurück, bis es wieder läuft.',
      () => 'Wir hätten deinem Sarkasmus lieber weniger Material geliefert.',
      () => 'Ein Daumen nach unten wäre hier fairer gewesen, das geben wir zu.',
    ],
    neutral: [
      () => 'Kurze Frage, klare Antwort – so mögen wir das.',
      () => 'Fragen, die man klar beantworten kann, sind uns die liebsten.',
    ],
  },
  recap: [(L) => `Notiert: ${L}.`, (L) => `Im Blick: ${L}.`, (L) => `Auch vermerkt: ${L}.`, (L) => `Wichtig für uns: ${L}.`, (L) => `Steht mit auf dem Zettel: ${L}.`],
  follow: ['Wir bleiben dran.', 'Gut, dass du nachhakst.', 'Anknüpfend an unsere letzte Antwort:'],
  history: [(X) => `Beim letzten Mal ging es ja um ${X} – das haben wir mit im Blick.`, (X) => `Wir sehen, dass du dich schon wegen ${X} gemeldet hattest.`],
  phishing: [
    (A) => `Achtung${A ? `, „${A}“` : ''}: nicht von uns.`,
    (A) => `${A ? `„${A}“ ist` : 'Das ist'} kein offizieller Account von uns.`,
    (A) => `Vorsicht, Fake${A ? ` („${A}“)` : ''} – nicht von uns.`,
    (A) => `Hinweis an alle: ${A ? `Hinter „${A}“ stecken nicht wir` : 'Dahinter stecken nicht wir'}.`,
    (A) => `Kurze Warnung${A ? ` zu „${A}“` : ''}: Phishing, nicht von uns.`,
    (A) => `${A ? `„${A}“` : 'Dieser Account'} gehört nicht zu uns.`,
    (A) => `Bitte nicht klicken${A ? ` – „${A}“` : ''}: Fake, nicht von uns.`,
    (A) => `Das ist ein Betrugsversuch${A ? ` von „${A}“` : ''}.`,
  ],
  phishingAdvice: [
    () => 'Gebt dort keine Daten ein.',
    () => 'Bitte den Link nicht öffnen und den Account melden.',
    () => 'Keine Bankdaten, keine Passwörter – nirgends.',
    () => 'Wir haben den Account schon gemeldet.',
    () => 'Am besten direkt melden und blockieren.',
    () => 'Finger weg vom Link.',
  ],
  phishingBait: [
    (S) => `${cap(or(S.o(), 'das Angebot'))}${w(S.n(), ' für ')} gibt es so nicht – das ist ein Köder, um an eure Daten zu kommen.`,
    (S) => `Niemand verschenkt ${or(S.o(), 'so etwas')}${w(S.n(), ' für ')} über einen fremden Link; wer dort klickt, landet bei Betrügern.`,
    (S) => `Das Versprechen${w(S.o(), ' mit ')} ist ein typischer Trick, um Zugangsdaten abzugreifen.`,
    (S) => `Wer ${w(S.o(), '', ' ')}anbietet${w(S.t(), ', und das nur ')}, will meist nur eure Daten.`,
    (S) => `${cap(or(S.o(), 'der Gewinn'))}${w(S.n(), ' für ')}? Klingt zu gut, um wahr zu sein – ist es auch.`,
    (S) => `Bei uns muss niemand für ${or(S.o(), 'einen Gewinn')} Daten auf fremden Seiten eingeben.`,
  ],
  phishingHint: [
    () => 'Offizielle Aktionen findet ihr nur auf unseren verifizierten Kanälen.',
    () => 'Echte Aktionen laufen nur über unsere eigene Website.',
    () => 'Danke an alle, die so etwas melden.',
    () => 'Im Zweifel fragt einfach hier bei uns nach, bevor ihr irgendwo etwas eingebt.',
    () => 'Teilt den Hinweis gern, damit niemand darauf hereinfällt.',
  ],
};

const en: Bank = {
  open: {
    angry: [
      (N, H) => (H ? `${N}, ${H} – I'd be fuming too, and rightly so.` : `${N}, I'd be fuming too.`),
      (N, H) => `I get why you're angry, ${N}${w(H, ': ', " isn't acceptable")}.`,
      (N, H) => `${N}, ${H ? `${H} is` : 'that is'} not okay, full stop.`,
      (N, H) => `Ugh, ${N}${w(H, ' – ')}. No wonder you're cross.`,
      (N, H) => (H ? `${cap(H)}: I'm sorry you've had to chase this, ${N}.` : `I'm sorry you've had to chase this, ${N}.`),
      (N, H) => `Honestly, ${N}, ${H ? `${H} shouldn't` : "that shouldn't"} happen.`,
      (N, H) => `${N}, message received${w(H, ' – ', " isn't how it should go")}.`,
    ],
    frustrated: [
      (N, H) => `${N}${w(H, ', ', ' –')} that's properly annoying.`,
      (N, H) => `Oh no, ${N}${w(H, ': ')}. Let's get this sorted.`,
      (N, H) => (H ? `${cap(H)}? That sounds like hard work, ${N}.` : `That sounds like hard work, ${N}.`),
      (N, H) => `Not the day you planned, ${N}${w(H, ' – ')}.`,
      (N, H) => `That's rubbish, ${N}. ${H ? `${cap(H)} is` : 'That is'} exactly what nobody needs.`,
      (N, H) => `${N}, I hear you${w(H, ' – ')}. That eats up your time.`,
      (N, H) => `${H ? `${cap(H)} – ` : ''}${N}, that's a faff, and we'll make it easier from here.`,
      (N, H) => `Oof, ${N}${w(H, '. ', ' – no wonder you are fed up')}.`,
    ],
    calmProblem: [
      (N, H) => `Thanks for the detail, ${N}${w(H, ' – ')}.`,
      (N, H) => `${N}, good to know${w(H, ': ')}.`,
      (N, H) => `Hi ${N}, ${H ? `${H} doesn't sound right` : "that doesn't sound right"}.`,
      (N, H) => `${N}, ${H ? `we're on ${H}` : "we're on it"}.`,
      (N, H) => `${N}, thanks for flagging${w(H, ': ')}.`,
      (N, H) => `Useful heads-up, ${N}${w(H, ' – ')}.`,
      (N, H) => `${N}, ${H ? `${H} – that` : 'that'} shouldn't be happening.`,
    ],
    neutral: [
      (N, H) => `Hi ${N}, good question${w(H, ' about ')}.`,
      (N, H) => `${N}, happy to help${w(H, ' with ')}.`,
      (N, H) => `Hey ${N}! ${H ? `${cap(H)} – let's` : "Let's"} get you an answer.`,
      (N, H) => `${N}, sure thing${w(H, ': ')}.`,
      (N, H) => `Good shout asking, ${N}${w(H, ' – ')}.`,
      (N, H) => `${N}, ${H ? `with ${H}` : 'here'} we can help.`,
      (N, H) => `Hello ${N}${w(H, ', ', " – let's clear it up")}.`,
      (N, H) => `${H ? `${cap(H)}? ` : ''}Sure, ${N}.`,
    ],
    positive: [
      (N, H) => `${N}, this made our day! ${H ? `${cap(H)} – love` : 'Love'} reading this.`,
      (N, H) => `Aw, ${N}${w(H, ' – ')}. That's put a smile on a few faces here.`,
      (N, H) => `${N}, what a lovely message${w(H, ': ')}!`,
      (N, H) => `Right, ${N}${w(H, ', ', ' –')} that's the kind of story we want more of.`,
      (N, H) => `Brilliant, ${N}${w(H, ': ')}.`,
      (N, H) => `Thank you, ${N}${w(H, '! ', ' is exactly why we do this')}.`,
      (N, H) => `${N}, love this${w(H, ': ')}!`,
      (N, H) => `Wow, ${N}${w(H, ' – ')}. The whole team will be chuffed.`,
      (N, H) => `${H ? cap(H) : 'That'} – ${N}, thanks for taking the time to say so.`,
    ],
    positiveLead: [
      (N, H) => `Great, ${N}${w(H, ' – ')}, let's get specific.`,
      (N, H) => `${N}, sounds like a good plan${w(H, ': ')}.`,
      (N, H) => `Nice one, ${N}${w(H, ' – ')}. There's a fair bit we can do there.`,
    ],
    ironic: [
      (N, H) => `Sarcasm received loud and clear, ${N} – and fair enough${w(H, ': ', " isn't what we promise")}.`,
      (N, H) => `Ouch, ${N}. ${H ? `${cap(H)} – sarcasm` : 'Sarcasm'} is the polite response there.`,
      (N, H) => `${N}, understood, that wasn't a compliment. ${H ? `${cap(H)} isn't` : "That isn't"} good enough.`,
      (N, H) => `Touché, ${N}${w(H, ': ', ' is not our finest moment')}.`,
      (N, H) => `${N}, reading between the lines${w(H, ' – ')}, and it annoys us too.`,
      (N, H) => `Point taken, ${N}${w(H, ': ', " wasn't the plan")}.`,
      (N, H) => `${N}, we can hear the eye-roll from here${w(H, ' – ')}.`,
      (N, H) => `Fair cop, ${N}${w(H, '. ', ' needs to be better')}.`,
    ],
    troll: [
      (N, H) => `${N}, strong words${w(H, ' on ')}.`,
      (N, H) => `Nicely put, ${N}${w(H, ' – ')}.`,
      (N, H) => `${N}, we'll take that on the chin${w(H, ', ', ' included')}.`,
      (N, H) => `Bold take, ${N}${w(H, ' (', ')')}.`,
      (N, H) => `Heard, ${N}${w(H, ' – ')}.`,
      (N, H) => `${N}, that one landed${w(H, ' – ')}.`,
      (N, H) => `Clear opinion, ${N}${w(H, ' on ')}.`,
      (N, H) => `${N}, we're reading${w(H, ' – ', ' too')}.`,
      (N, H) => `Comment noted, ${N}${w(H, ': ')}.`,
    ],
  },
  step: {
    app: [
      (S) => `Could you try fully closing the app, clearing the cache and logging in again? If ${or(S.o(), 'the error')} sticks, it's on our side, not your phone.`,
      (S) => `Our tech team is checking whether ${or(S.o(), 'this')} affects more people; the browser version usually works meanwhile.`,
      (S) => `The latest app update fixes ${or(S.o(), 'this')} more often than not; if it doesn't, we'll dig into the logs.`,
    ],
    web: [
      (S) => `Quick test: try a private window or switch extensions off for a moment – we're passing ${or(S.o(), 'this')} to our web team either way.`,
      (S) => `Thanks for flagging ${or(S.o(), 'the browser issue')}: we'll reproduce it and get a fix in.`,
      (S) => `${cap(or(S.o(), 'the bug'))} is logged with our web team; another browser usually works in the meantime.`,
    ],
    mobile: [
      (S) => `Please restart both phones and toggle flight mode on and off; if ${or(S.o(), 'it')} still hangs, we'll reset the transfer from our end.`,
      (S) => `We're checking the network map ${or(S.p(), 'near you')} – it's often a faulty mast we can escalate.`,
      (S) => `Reloading the SIM or eSIM profile often helps; if not, we'll reactivate ${or(S.o(), 'it')} from our side.`,
    ],
    wallet: [
      (S) => `Usually it helps to activate the card in our banking app first, then add it to the wallet again – ${or(S.o(), 'that message')} often means the card isn't activated yet.`,
      (S) => `${cap(or(S.o(), 'that error'))} usually means the card still needs activating – check our banking app first.`,
    ],
    router: [
      (S) => `We're testing the line${w(S.p(), ' ')} from here now; ${or(S.o(), 'a router restart')} is the next step after that.`,
      (S) => `A red light usually means no sync. Please check the cable to the wall socket and we'll check the rest${w(S.p(), ' for ')}.`,
      (S) => `Unplug the router for 30 seconds; if ${or(S.o(), 'it')} still isn't working, we'll test the line from here.`],
    portal: [
      (S) => `If the portal rejects ${or(S.o(), 'the entry')}, another browser often does the trick – otherwise we can log the meter reading for you directly.`,
      (S) => `Looks like our portal is tripping up; we can take ${or(S.o(), 'the reading')} manually so nothing gets lost.`,
    ],
    outage: [
      (S) => `We're checking the fault ${or(S.p(), 'in your area')} with the network team and will post an estimate here as soon as we have one.`,
      (S) => `The engineers know about it${w(S.o(), ' (', ')')}; we'll share the expected fix time ${or(S.p(), 'for your area')} once it's confirmed.`,
    ],
    tech: [
      (S) => `Tell us which device and version you're on and we'll narrow ${or(S.o(), 'it')} down.`,
      (S) => `We'll reproduce ${or(S.o(), 'this')} on our side and let you know here what's causing it.`,
      (S) => `${cap(or(S.o(), 'this'))} shouldn't happen; a restart often helps, otherwise we'll look at it in detail.`,
    ],
    billing: [
      (S) => `We'll go through the charges line by line${w(S.n(), ', ', ' included')} – anything taken twice comes back to you as a refund.`,
      (S) => `Billing will check ${or(S.n(), 'the difference')}; overcharges are refunded.`,
      (S) => `${cap(or(S.o(), 'the charge'))} is being checked, and the refund goes through once the error is confirmed.`,
      (S) => `${cap(or(S.n(), 'the difference'))} goes to our billing team, and you'll see the correction as a credit.`,
      (S) => `We'll recalculate this${w(S.o(), ', ', ' included')}; if anything's wrong, the money comes back to you.`,
    ],
    'card-fraud': [
      (S) => `Please freeze the card in the app or call the card-blocking line right now; we'll sort ${or(S.o(), 'the unknown payments')} out together afterwards.`,
      (S) => `First step: block the card in the app straight away; then we'll get ${or(S.n(), 'the money')} back through a dispute.`,
    ],
    'message-fraud': [
      (_S) => `To be clear: we never ask anyone by text, email or messenger to unlock an account through a link, so this is almost certainly phishing. Please don't tap it, and delete the message.`,
      (_S) => `Messages like that don't come from us; please leave the link unopened. If you've already entered details there, have your access blocked right away.`,
    ],
    'call-fraud': [
      (S) => `To be clear: we never pressure anyone into contracts over the phone – that sounds like a known scam${w(S.o(), ' (', ')')}, and such a contract can be cancelled.`,
      (S) => `Calls like that don't come from us; ${w(S.o(), '', ' or not, ')}a contract pushed on someone over the phone can be cancelled within 14 days.`,
    ],
    delivery: [
      (S) => `We'll trace the parcel and find out where it is right now${w(S.p(), ' – ')} and when you can pick it up.`,
      (S) => `We're chasing the depot on this: ${or(S.o(), 'the delivery')} needs an explanation, plus a redelivery or refund if it's ruined.`,
      (S) => `We'll check with the local team what happened to ${or(S.o(), 'your order')} and put it right.`,
      (S) => `${cap(or(S.o(), 'the parcel'))} is flagged on our side; we're getting the local team ${or(S.p(), 'near you')} to check where it ended up.`,
      (S) => `Where ${or(S.o(), 'it')} ended up is our job to find out, not yours – we're on to the depot ${or(S.p(), 'nearby')}.`,
    ],
    order: [
      (S) => `We'll check with the store what went wrong with ${or(S.o(), 'your order')} and put it right.`,
      (S) => `${cap(or(S.o(), 'the order'))} is being looked at with the local team; a credit is the least we can do.`,
      (S) => `That's not how ${or(S.o(), 'an order')} should go – we're looking at what happened and will come back with a fix.`,
    ],
    delay: [
      (S) => `Delays like this entitle you to compensation – you can claim online${w(S.o(), ', ', ' included')}.`,
      (S) => `We're passing ${or(S.o(), 'this')} to operations and asking why, rather than filing it as a one-off.`,
      (S) => `${cap(or(S.o(), 'this'))} isn't a one-off, so we're raising it with service planning; you can still claim compensation.`,
    ],
    stock: [
      (S) => `We'll check live stock${w(S.o(), ' for ')} and why it showed as available – that sync shouldn't be off.`,
      (S) => `Stock arrives in waves; we'll ask when the next delivery${w(S.o(), ' of ')} reaches the stores.`,
      (S) => `${cap(or(S.o(), 'that item'))} is in high demand; we'll tell you which store ${or(S.p(), 'near you')} gets it first.`,
    ],
    quality: [
      (S) => `That's not how ${or(S.o(), 'an order')} should reach you: you'll get your money back, and we're flagging it to our quality team.`,
      (S) => `We'll have ${or(S.o(), 'the batch')} checked and sort a replacement or refund, whichever you prefer.`,
      (S) => `Bring ${or(S.o(), 'it')} back to any store for an instant refund; we're also passing this to our quality checks.`,
    ],
    application: [
      (S) => `We're chasing the team handling ${or(S.o(), 'your application')} today${w(S.t(), ', with ', ' firmly in view')}.`,
      (S) => `${cap(or(S.o(), 'the application'))} is getting escalated now${w(S.t(), '; the deadline ', ' is flagged')}.`,
    ],
    lost: [
      (S) => `We'll log it with lost property straight away${w(S.o(), ' – ', ' noted')}; the more detail, the better the odds.`,
      (S) => `Items${w(S.o(), ' like ')} usually reach the lost property office at the end station within a day or two; we'll ask there.`,
    ],
    contract: [
      (S) => `You can cancel online or in writing${w(S.t(), ' for ')} – a photo of the final meter reading on move-out day is all we need.`,
      (S) => `${cap(or(S.o(), 'the contract'))} ends when you move out${w(S.t(), ' – ')}; there's no notice period for a move.`,
    ],
    b2b: [
      (S) => `Our business team will put an offer together${w(S.o(), ' with ', ' in mind')}.`,
      (S) => `That's one for our business advisers: ${w(S.o(), '', ' and ')}the right terms get worked out for you.`,
      (S) => `Businesses get their own terms${w(S.o(), ', especially with ')}; our trade team can walk you through them.`,
      (S) => `For ${or(S.o(), 'your plans')} we have dedicated business rates, adjusted to your volume.`,
      (S) => `At ${or(S.n(), 'that volume')} a framework deal makes sense – our business team will send you a concrete offer.`,
      (S) => `We have a dedicated team for ${or(S.o(), 'requests like this')} that puts together business terms.`,
    ],
    sales: [
      (S) => `We'll check the grant options with you${w(S.o(), ' – ', ' matters here')}; often there's more available than people think.`,
      (S) => `Our advisers will work out ${or(S.o(), 'the details')} for your situation, grants and tariff included.`,
      (S) => `We'll see which package fits ${or(S.o(), 'your plans')} and tell you honestly what's worth it.`,
      (S) => `${cap(or(S.o(), 'your plan'))} fits well with what we offer; we'll work through the current grants with you.`,
      (S) => `We'll put together an offer that takes ${or(S.o(), 'your situation')} into account, grants included.`,
    ],
    staff: [
      (S) => `This goes to the team manager${w(S.o(), ', ', ' included')} – that's not how we want anyone treated.`,
      (S) => `We'll raise it internally${w(S.o(), ' along with ')}, because being brushed off isn't okay.`,
      (S) => `We'll take ${or(S.o(), 'this')} up with the line managers, because nobody should be treated like that.`,
    ],
    praise: [
      (S) => `We'll pass this on personally${w(S.p(), ' ')}; messages like this really land with the team.`,
      (S) => `This is going straight to the local team${w(S.o(), ' (', ')')}, promise.`,
      (S) => `We'll make sure ${or(S.o(), 'the praise')} reaches the right people.`,
      (S) => `${cap(or(S.o(), 'the team'))} will hear about this from us in black and white${w(S.p(), ' – ')}.`,
      (S) => `Stories like this${w(S.o(), ' about ')} do the rounds internally – they motivate more than any training.`,
      (S) => `We're sending this to the regional manager${w(S.p(), ' ')} so it comes up at the next team meeting.`,
    ],
    access: [
      (S) => `We're taking this into the planning ${or(S.p(), 'for the store')}, because access shouldn't depend on asking for help.`,
      (S) => `We're checking whether ${or(S.p(), 'the store')} can offer lower shelving or a call-for-help point.`,
    ],
    allergy: [
      (S) => `With an allergy we won't rely on the label alone – we'll get the full ingredient list ${w(S.o(), 'for ', ' ')}from the manufacturer and confirm here.`,
      (S) => `Safety first: until the ingredients${w(S.o(), ' of ')} are confirmed, best not to use it.`,
    ],
    bike: [
      (S) => `Folded, a folding bike usually counts as luggage, so you don't need a reservation${w(S.p(), ', even ')}.`,
      (S) => `A ${or(S.o(), 'folding bike')} can travel folded at any time; only full-size bikes need a space booked.`,
    ],
    shipping: [
      (S) => `For ${or(S.o(), 'bulky items')}: a sturdy box, padding all round, and check the size first so it doesn't count as oversized.`,
      (S) => `Wrap ${or(S.o(), 'fragile items')} in bubble wrap and mark the box as fragile.`,
    ],
    ticket: [
      (S) => `Which ticket works on ${or(S.o(), 'your route')} depends on the train type – we'll find you the cheapest combination.`,
      (S) => `${cap(or(S.o(), 'your ticket'))} doesn't cover everything; we'll show you the cheapest add-on${w(S.p(), ' ')}.`,
    ],
    plan: [
      (S) => `${cap(or(S.o(), 'that option'))} is included in most plans; we'll check exactly what applies to yours.`,
      (S) => `What ${or(S.o(), 'the upgrade')} costs depends on your plan – happy to work it out for you.`,
      (S) => `With ${or(S.o(), 'that option')} it depends on the plan; we'll spell out exactly what's included.`,
    ],
    rates: [
      (S) => `Rates ${w(S.o(), 'for ', ' ')}move quite often at the moment; we'll post today's figures here, minimum deposit included.`,
      (S) => `On ${or(S.o(), 'rates')}, we'll post what applies today and from which amount.`,
    ],
    info: [
      (S) => `We'll check the exact details${w(S.o(), ' on ')} and answer you right here.`,
      (S) => `There's a clear rule on this${w(S.o(), ' for ')}, and we'll sum it up for you here.`,
      (S) => `Good news: there's a clear answer on ${or(S.o(), 'this')}, and we'll post the short version here.`,
    ],
    price: [
      (S) => `The price${w(S.n(), ' of ')} has to be worth it for you – let's check whether another plan suits you better.`,
      (S) => `Happy to explain what ${or(S.o(), 'the price')} covers, and whether there's a cheaper option for you.`,
    ],
    trust: [
      (S) => `Fair question: this is our official, verified account${w(S.o(), '; on ', ',')} and we'll never ask for PINs or passwords.`,
      (S) => `Good on you for being careful${w(S.o(), ' – ')}: personal things only go via DM, and we never ask for passwords.`,
    ],
    troll: [
      (S) => `If something specific went wrong${w(S.o(), ' with ')}, tell us what happened and we'll look into it.`,
      (S) => `Criticism of ${or(S.o(), 'us')} we take seriously once it's specific: what happened?`,
      (S) => `If there's a real experience behind ${or(S.o(), 'the comment')}, we're listening.`,
      (S) => `Sweeping statements are hard to fix – a concrete example${w(S.o(), ' about ')} isn't.`,
    ],
    general: [
      (S) => `We'll look into ${or(S.o(), 'this')} properly and get back to you here.`,
      (S) => `${cap(or(S.o(), 'this'))} is on our list, and we'll check it with the right team.`,
    ],
  },
  ask: {
    tech: [(S) => `Is ${or(S.o(), 'it')} happening on every device or just one?`, (S) => `Since when exactly have you seen ${or(S.o(), 'this')}, and was there an update in between?`],
    app: [(S) => `Are you on Android or iOS, and does ${or(S.o(), 'the error')} show in the browser too?`],
    web: [(S) => `Which browser version are you on, and does ${or(S.o(), 'it')} happen in a private window too?`],
    mobile: [(S) => `Does either phone still show any signal, or are both completely without service${w(S.o(), ' since the ')}?`],
    wallet: [(S) => `Have you used the card anywhere yet${w(S.t(), ' since it arrived ')}?`],
    router: [(S) => `Is a light on the router red${w(S.t(), ' ')}?`],
    portal: [(S) => `At which step does it fail – straight after entering ${or(S.o(), 'the reading')}, or when submitting?`],
    outage: [(S) => `Is the whole street affected${w(S.p(), ' ')} or just your home?`],
    billing: [(S) => `Is this the first time ${or(S.n(), 'that amount')} showed up, or earlier months too?`, (S) => `Have you still got the receipt${w(S.o(), ' for ')} to hand?`],
    'card-fraud': [(S) => `Is the card still with you${w(S.t(), ' – ')}?`],
    'message-fraud': [(_S) => `Did you enter or confirm anything after opening the link?`],
    'call-fraud': [(S) => `Was anything already signed or confirmed during that call${w(S.o(), ' to ')}?`],
    order: [(S) => `When exactly did ${or(S.o(), 'the order')} reach you?`, (S) => `What was missing or wrong with ${or(S.o(), 'the order')}?`],
    delivery: [(S) => `Did the driver leave a photo of where ${or(S.o(), 'it')} went?`, (S) => `When did you spot ${or(S.o(), 'it')}?`],
    delay: [(S) => `Did ${or(S.o(), 'the delay')} make you miss a connection?`, (S) => `Is it the same service every day${w(S.t(), ', like the ')}?`],
    stock: [(S) => `Which store is nearest for you? Then we'll check ${or(S.o(), 'stock')} there specifically.`],
    quality: [(S) => `Have you still got ${or(S.o(), 'the product')} so we can have it checked?`],
    application: [(S) => `What's the latest date you need a decision${w(S.o(), ' on ')} by?`],
    lost: [(S) => `Do you remember roughly which coach you were in when ${or(S.o(), 'it')} got left?`],
    contract: [(S) => `Are you moving within our area${w(S.t(), ' on ')}, or away?`],
    b2b: [
      (S) => `When would you like to start${w(S.o(), ', and how does ', ' look')}?`,
      (S) => `What matters most to you with ${or(S.o(), 'this')} – price, contract length or service?`,
      (S) => `Roughly what volume are you expecting${w(S.o(), ' for ')} in the first year?`,
      (S) => `Is there a target date${w(S.o(), ' for ')}, or are you still planning?`,
    ],
    sales: [
      (S) => `When would you like to start${w(S.o(), ' with ')}?`,
      (S) => `What matters most to you with ${or(S.o(), 'this')} – price, running costs or service?`,
      (S) => `Is ${or(S.o(), 'everything')} already planned, or are you still weighing it up?`,
      (S) => `What's been in the way so far${w(S.o(), ' with ')}? We'll clear exactly that.`,
    ],
    staff: [(S) => `What actually happened${w(S.o(), ' with ')}, and when was it?`],
    praise: [
      (S) => `Do you remember roughly when it was${w(S.p(), ' ')}? Then the praise finds the right person.`,
      (S) => `Mind if we share ${S.o() ? 'the story' : 'this'} with the team?`,
      (S) => `Which day was it${w(S.p(), ' ')}? Then the thanks definitely reach the right person.`,
      (S) => `Was there a moment${w(S.o(), ' with ')} that stuck with you most?`,
    ],
    access: [(S) => `Which products were hard to reach${w(S.p(), ' ')}? Then we can plan properly.`],
    allergy: [(S) => `Is it ${or(S.o(), 'one specific product')}, or are you after an alternative without the allergen?`],
    bike: [(S) => `Are you travelling at rush hour${w(S.p(), ' ')}? Then we'll tell you what applies there.`],
    shipping: [(S) => `Roughly how big is ${or(S.o(), 'the parcel')}? Then we'll say if it counts as oversized.`],
    ticket: [(S) => `Do you travel the route${w(S.p(), ' ')} regularly? Then another option might be cheaper.`],
    plan: [(S) => `Which plan are you on now${w(S.o(), ', and what would you use ', ' for')}?`],
    rates: [(S) => `Are you after ${or(S.o(), 'easy access')} or a fixed term?`],
    info: [(S) => `Is it ${or(S.o(), 'a specific product')} you're after, or more general?`, (S) => `What do you need ${or(S.o(), 'it')} for? Then the answer gets more specific.`],
    price: [(S) => `What do you use most? That decides which plan ${w(S.n(), 'instead of ', ' ')}works out cheaper.`],
    trust: [(S) => `Can you see the verified tick on our profile? ${w(S.o(), 'About ', ', ')}you can DM us any time.`],
    troll: [
      (S) => `Seriously though: what happened${w(S.o(), ' with ')}? Then we'll look into it.`,
      (S) => `Is there a specific case${w(S.o(), ' with ')}? Then we'll follow it up.`,
      (S) => `What set this off${w(S.o(), ' – ')}? Tell us, we're listening.`,
      (S) => `Got an example${w(S.o(), ' about ')}? Then the criticism becomes something we can change.`,
      (S) => `Where exactly did it go wrong${w(S.o(), ' with ')}? With details we can act.`,
      (S) => `Tell us what went wrong${w(S.o(), ' with ')} – we'll answer properly.`,
      (S) => `What would it take for ${or(S.o(), 'us')} to get a second chance?`,
      (S) => `Was there a moment that annoyed you this much${w(S.o(), ' – something with ')}?`,
      (S) => `What exactly are you unhappy with${w(S.o(), ' – ')}?`,
      (S) => `Want to tell us what actually went wrong${w(S.o(), ' with ')}? We're listening.`,
    ],
    general: [
      (S) => `Could you tell us a bit more about what happened${w(S.o(), ' with ')}?`,
      (S) => `Since when has this been going on${w(S.o(), ' with ')}?`,
      (S) => `What would be the best fix for you${w(S.o(), ' with ')}?`,
      (S) => `Is this the first time${w(S.o(), ' with ')}, or has it happened before?`,
    ],
  },
  dm: [
    (S) => `Drop us a DM${w(S.th(), ' about ')} and we'll go through it privately.`,
    (S) => `Could you send us a direct message? We can sort ${or(S.th(), 'the details')} safely there.`,
    (S) => `Let's pick ${or(S.th(), 'this')} up by private message.`,
    (S) => `Give us a shout in DMs${w(S.th(), ' – mention ')}.`,
    (S) => `Pop us a DM${w(S.th(), ' re ')} so we can handle it away from the timeline.`,
    (S) => `The details${w(S.th(), ' on ')} belong in DMs rather than the comments.`,
    (S) => `A quick DM is best for ${or(S.th(), 'this')}.`,
    (S) => `Message us privately${w(S.th(), ' about ')} and we'll take it from there.`,
    (S) => `For the rest${w(S.th(), ' of ')}, DM us.`,
    (S) => `Send us a quick DM${w(S.th(), ' and we will get ', ' moving')}.`,
  ],

  dmPii: [
    "Quick tip: it's safer to delete your number from this public post – we'll message you privately.",
    "Please remove those personal details from the comment, anyone can read them; we'll reach out by DM.",
    "Your details are public here – best delete them, and we'll continue in DMs.",
    "To keep your data safe, could you take that post down? The rest we'll handle in a private message.",
    "Personal info doesn't belong on the timeline – delete the post with it and look out for our DM.",
    "Anything involving your data moves to a direct message; the details above are best removed.",
    "So strangers can't read along: please edit the details out of your post, and we'll sort it privately.",
  ],
  dmAlready: [
    "We've got your DM and will reply there today with an update.",
    "We're checking your DM now and will answer there with where things stand.",
  ],
  humour: {
    positive: [
      () => "We're sticking this on the staff-room fridge.",
      () => 'We did briefly consider framing this.',
      () => "That's earned at least three heart emojis in our team chat.",
      () => 'This is doing the rounds in our team chat right now.',
      () => "We're considering it as a desktop wallpaper.",
    ],
    troll: [
      () => 'Criticism we take seriously, exaggeration with a grin.',
      () => "We've put the popcorn away and would rather answer properly.",
      () => "Letting off steam is allowed; we'd still rather fix a real problem.",
    ],
    pun: [
      () => 'Full marks for the wordplay – happy to give a straight answer on the substance.',
      () => "We'll admit the pun is good.",
    ],
    bots: [
      () => "We're real people, by the way, coffee and all.",
      () => "A bot would have sounded more polite – we're actual humans.",
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
  recap: [(L) => `Noted: ${L}.`, (L) => `We've got ${L} down too.`, (L) => `Also logged: ${L}.`, (L) => `Also keeping ${L} in mind.`, (L) => `On our notes as well: ${L}.`],
  follow: ["We're on it.", 'Glad you came back to us.', 'Picking up from our last reply:'],
  history: [(X) => `Last time it was about ${X} – we're keeping that in view.`, (X) => `We can see you got in touch about ${X} before.`],
  phishing: [
    (A) => `Heads-up${A ? `, "${A}"` : ''}: not us.`,
    (A) => `${A ? `"${A}" is` : 'This is'} not an official account of ours.`,
    (A) => `Careful, fake${A ? ` ("${A}")` : ''} – not from us.`,
    (A) => `Note to everyone: ${A ? `"${A}" is not us` : "that's not us"}.`,
    (A) => `Quick warning${A ? ` about "${A}"` : ''}: phishing, not us.`,
    (A) => `${A ? `"${A}"` : 'This account'} has nothing to do with us.`,
    (A) => `Please don't click${A ? ` – "${A}"` : ''}: fake, not us.`,
    (A) => `This is a scam attempt${A ? ` by "${A}"` : ''}.`,
  ],
  phishingAdvice: [
    () => "Don't enter any data there.",
    () => 'Please skip the link and report the account.',
    () => 'No bank details, no passwords – anywhere.',
    () => "We've already reported the account.",
    () => 'Best to report and block it.',
    () => 'Hands off that link.',
  ],
  phishingBait: [
    (S) => `${cap(or(S.o(), 'that offer'))}${w(S.n(), ' for ')} doesn't exist – it's bait to get your data.`,
    (S) => `Nobody gives away ${or(S.o(), 'things like that')}${w(S.n(), ' for ')} via a random link; clicking it leads to scammers.`,
    (S) => `The promise${w(S.o(), ' of ')} is a classic trick to harvest logins.`,
    (S) => `Anyone offering ${or(S.o(), 'this')}${w(S.t(), ', ', ' only')} is usually after your details.`,
    (S) => `${cap(or(S.o(), 'the prize'))}${w(S.n(), ' for ')}? Too good to be true – because it isn't.`,
    (S) => `We never ask anyone to enter data on another site to win ${or(S.o(), 'anything')}.`,
  ],
  phishingHint: [
    () => 'Official offers only ever come from our verified accounts.',
    () => 'Real promotions only run on our own website.',
    () => 'Thanks to everyone keeping an eye out.',
    () => 'If in doubt, ask us here before entering anything anywhere.',
    () => 'Feel free to share this so nobody falls for it.',
  ],
};

export const BANK: Record<'de' | 'en', Bank> = { de, en };
