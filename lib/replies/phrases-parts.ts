/**
 * Sentence parts the core engine combines (openers: how the reply starts × how it judges the case;
 * generic next steps: what we do × what the customer hears next). Combining independently chosen
 * parts gives many sentence shapes, so two customers with a similar case rarely get the same text.
 */
type Lead = (N: string, H: string) => string;

export interface OpenParts {
  lead: Lead[];
  judge: string[];
}

export interface AskParts {
  q: ((X: string) => string)[];
  tail: string[];
}

export interface StepParts {
  act: ((X: string) => string)[];
  next: string[];
}

const de = {
  open: {
    angry: {
      lead: [(N, H) => `${N}${H ? `, ${H}` : ''}`, (N, H) => `Verstehe, ${N}${H ? ` – ${H}` : ''}`, (N, H) => (H ? `${H[0]!.toUpperCase()}${H.slice(1)}, ${N}` : `${N}`), (N, H) => `Ganz klar, ${N}${H ? `: ${H}` : ''}`, (N, H) => `Puh, ${N}${H ? ` – ${H}` : ''}`],
      judge: [' – das ist nicht in Ordnung.', ' – dein Ärger ist berechtigt.', ' – so darf das nicht laufen.', ' – da wären wir auch sauer.', ' – das muss jetzt schnell geklärt werden.', ' – das ist inakzeptabel, und das klären wir.', ' – völlig nachvollziehbar, dass du wütend bist.'],
    },
    frustrated: {
      lead: [(N, H) => `${N}${H ? `, ${H}` : ''}`, (N, H) => `Oh je, ${N}${H ? `: ${H}` : ''}`, (N, H) => (H ? `${H[0]!.toUpperCase()}${H.slice(1)}, ${N}` : `${N}`), (N, H) => `Hm, ${N}${H ? ` – ${H}` : ''}`, (N, H) => `Ach ${N}${H ? `, ${H}` : ''}`, (N, H) => `Verstehe, ${N}${H ? ` – ${H}` : ''}`],
      judge: [' – das nervt.', ' – ärgerlich.', ' – das kostet Nerven.', ' – verständlich, dass du genervt bist.', ' – das braucht niemand.', ' – das sortieren wir.', ' – mühsam, und das ändern wir jetzt.', ' – kein schöner Zustand.', ' – da hilft nur: anpacken.', ' – blöd gelaufen, wir kümmern uns.'],
    },
    calmProblem: {
      lead: [(N, H) => `${N}${H ? `, ${H}` : ''}`, (N, H) => `Danke, ${N}${H ? ` – ${H}` : ''}`, (N, H) => `Hi ${N}${H ? `: ${H}` : ''}`, (N, H) => (H ? `${H[0]!.toUpperCase()}${H.slice(1)}, ${N}` : `${N}`)],
      judge: [' – gut, dass du es meldest.', ' – das schauen wir uns an.', ' – das sollte so nicht sein.', ' – klingt nach einem Fehler bei uns.', ' – danke für die genauen Angaben.', ' – das prüfen wir.'],
    },
    neutral: {
      lead: [(N, H) => `Hi ${N}${H ? `, ${H}` : ''}`, (N, H) => `${N}${H ? `, zu ${H}` : ''}`, (N, H) => `Hallo ${N}${H ? ` – ${H}` : ''}`, (N, H) => (H ? `${H[0]!.toUpperCase()}${H.slice(1)}? Klar, ${N}` : `Klar, ${N}`), (N, H) => `Moin ${N}${H ? `, ${H}` : ''}`],
      judge: [' – gute Frage.', ' – da helfen wir gern.', ' – das klären wir.', ' – hier die Kurzfassung.', ' – kein Problem.', ' – dazu gleich mehr.', ' – schön, dass du fragst.', ' – das lässt sich klären.', ' – kurze Antwort folgt.', ' – lass uns schauen.'],
    },
    positive: {
      lead: [(N, H) => `${N}${H ? `, ${H}` : ''}`, (N, H) => `Wow, ${N}${H ? ` – ${H}` : ''}`, (N, H) => `Hach, ${N}${H ? `: ${H}` : ''}`, (N, H) => (H ? `${H[0]!.toUpperCase()}${H.slice(1)}, ${N}` : `${N}`), (N, H) => `Danke dir, ${N}${H ? ` – ${H}` : ''}`],
      judge: [' – das freut das ganze Team!', ' – so etwas lesen wir am liebsten.', ' – das geht runter wie Öl.', ' – schöner kann ein Tag kaum starten.', ' – das macht uns richtig stolz.', ' – wie schön!', ' – danke, dass du dir die Zeit nimmst.'],
    },
    ironic: {
      lead: [(N, H) => `${N}${H ? `, ${H}` : ''}`, (N, H) => `Autsch, ${N}${H ? ` – ${H}` : ''}`, (N, H) => `Verstanden, ${N}${H ? `: ${H}` : ''}`, (N, H) => (H ? `${H[0]!.toUpperCase()}${H.slice(1)}, ${N}` : `${N}`)],
      judge: [' – der Sarkasmus ist angekommen, und er ist berechtigt.', ' – das war kein Kompliment, schon klar.', ' – da ist Ironie die höflichste Reaktion.', ' – das ist nicht das, was wir versprechen.', ' – wir lesen zwischen den Zeilen.', ' – ertappt, das muss besser werden.'],
    },
    troll: {
      lead: [(N, H) => `${N}${H ? `, ${H}` : ''}`, (N, H) => `Okay, ${N}${H ? ` – ${H}` : ''}`, (N, H) => `Angekommen, ${N}${H ? `: ${H}` : ''}`],
      judge: [' – deutliche Worte.', ' – wir nehmen es sportlich.', ' – Kritik gehört dazu.', ' – harte Ansage.', ' – gelesen.'],
    },
  } as Record<string, OpenParts>,
  ask: {
    troll: {
      q: [(X) => `Was ist konkret passiert${X ? ` mit ${X}` : ''}?`, (X) => `Gibt es ein Beispiel${X ? ` zu ${X}` : ''}?`, (X) => `Wo genau hakt es${X ? ` bei ${X}` : ''}?`, (X) => `Was war der Auslöser${X ? ` – ${X}` : ''}?`, (X) => `Womit bist du unzufrieden${X ? ` – ${X}` : ''}?`],
      tail: [' Dann schauen wir uns das an.', ' Wir hören zu.', ' Mit Details können wir etwas tun.', ' Dann antworten wir ernsthaft.', ' Dann gehen wir dem nach.'],
    },
    general: {
      q: [(X) => `Seit wann ist das so${X ? ` mit ${X}` : ''}?`, (X) => `Was ist genau passiert${X ? ` bei ${X}` : ''}?`, (X) => `War das das erste Mal${X ? ` mit ${X}` : ''}?`, (X) => `Was wäre für dich die beste Lösung${X ? ` bei ${X}` : ''}?`],
      tail: ['', ' Dann können wir gezielt helfen.', ' Das hilft uns weiter.', ' Jedes Detail hilft.'],
    },
    info: {
      q: [(X) => `Geht es dir um ${X || 'ein bestimmtes Produkt'}?`, (X) => `Wofür brauchst du ${X || 'es'}?`, (X) => `Suchst du ${X ? `speziell ${X}` : 'etwas Bestimmtes'}?`, (X) => `Ist ${X || 'das'} für dich oder als Geschenk?`],
      tail: ['', ' Dann wird die Antwort konkreter.', ' Dann können wir genauer helfen.', ' Dann suchen wir passend raus.'],
    },
  } as Record<string, AskParts>,
  step: {
    general: {
      act: [(X) => `Wir sehen uns ${X || 'das'} genau an`, (X) => `Wir klären ${X || 'das'} mit den Kolleg*innen`, (X) => `Wir gehen ${X ? `der Sache mit ${X}` : 'dem'} nach`, (X) => `Wir prüfen ${X || 'das'} intern`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'Das'} nehmen wir mit ins Team`, (X) => `Wir legen ${X ? `zu ${X} ` : ''}einen Vorgang an`, (X) => `Unsere Fachleute schauen sich ${X || 'den Fall'} an`, (X) => `Wir holen uns ${X ? `zu ${X} ` : ''}den aktuellen Stand`],
      next: [' und melden uns hier.', ' – die Rückmeldung kommt hier im Thread.', ' und sagen dir Bescheid, sobald wir mehr wissen.', '; du hörst heute noch von uns.', ' und schreiben dir das Ergebnis hier drunter.', '; sobald es Neuigkeiten gibt, liest du sie hier.', ' – bleib gern dran, wir antworten direkt hier.', ' und geben dir im Laufe des Tages Rückmeldung.'],
    },
    info: {
      act: [(X) => `Wir schauen die Details${X ? ` zu ${X}` : ''} nach`, (X) => `Wir fragen ${X ? `zu ${X} ` : ''}direkt beim Fachteam nach`, (X) => `Die genaue Antwort${X ? ` zu ${X}` : ''} holen wir uns aus erster Hand`, (X) => `${X ? `Zu ${X} gibt es` : 'Dazu gibt es'} eine klare Regel`, (X) => `${X ? `Bei ${X}` : 'Hier'} wollen wir nichts Falsches sagen, deshalb checken wir es kurz`, (X) => `Das Produktteam kennt ${X ? `${X}` : 'das'} am besten, wir haken dort nach`, (X) => `Für ${X || 'deine Frage'} ziehen wir die aktuelle Info`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}: ` : ''}Wir sehen im System nach`],
      next: [' und antworten dir hier konkret.', ' – die Kurzfassung folgt gleich hier.', '; gleich gibt es die Antwort schwarz auf weiß.', ', und dann weißt du genau, woran du bist.', ' – Antwort folgt in diesem Thread.', ', dann bekommst du eine verlässliche Antwort.', ' und schreiben sie dir hier rein.', ' – in ein paar Minuten weißt du mehr.', '; die Antwort steht gleich hier drunter.', ' und melden uns noch heute.', ', damit du planen kannst.'],
    },
    praise: {
      act: [(X) => `Das Lob${X ? ` für ${X}` : ''} geben wir persönlich weiter`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'Das Team'} bekommt das von uns schwarz auf weiß`, (X) => `Wir sorgen dafür, dass ${X ? `das bei ${X}` : 'das'} ankommt`, (X) => `Die Nachricht${X ? ` rund um ${X}` : ''} landet im nächsten Teammeeting`],
      next: [' – versprochen.', '; solche Rückmeldungen motivieren enorm.', ', denn so etwas soll man hören.', ' und sagen Danke zurück.'],
    },
    billing: {
      act: [(X) => `Wir rechnen ${X || 'den Betrag'} nach`, (X) => `Die Abrechnung${X ? ` mit ${X}` : ''} geht an unser Billing-Team`, (X) => `Wir prüfen jeden Posten${X ? `, auch ${X}` : ''}`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'Die Differenz'} schauen wir uns genau an`],
      next: [' – was zu viel war, bekommst du zurück.', '; eine Gutschrift folgt, sobald der Fehler bestätigt ist.', ' und erstatten dir alles, was nicht stimmt.', ', zu viel Gezahltes geht an dich zurück.'],
    },
    b2b: {
      act: [(X) => `Für ${X || 'euer Vorhaben'} gibt es Geschäftskundenkonditionen`, (X) => `Unser Business-Team rechnet ${X ? `mit ${X}` : 'das'} ein Angebot durch`, (X) => `${X ? `Bei ${X}` : 'Bei solchen Mengen'} lohnt ein Rahmenvertrag`, (X) => `Die Firmenkundenberatung kennt Fälle wie ${X || 'euren'}`],
      next: [' – die Details besprechen wir direkt.', ' und meldet sich mit konkreten Zahlen.', '; ein Angebot bekommst du zeitnah.', ', zugeschnitten auf euren Bedarf.'],
    },
    stock: {
      act: [(X) => `Wir fragen beim Einkauf nach ${X || 'dem Artikel'}`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'Der Artikel'} ist gerade stark gefragt`, (X) => `Wir checken den Bestand${X ? ` für ${X}` : ''}`],
      next: [' und sagen dir, wann Nachschub kommt.', '; wir melden uns, welche Filiale zuerst wieder Ware hat.', ' – die nächste Lieferung sagen wir dir hier.'],
    },
    allergy: {
      act: [(X) => `Bei einer Allergie verlassen wir uns nicht aufs Etikett${X ? ` von ${X}` : ''}`, (X) => `Wir fragen die vollständige Zutatenliste${X ? ` für ${X}` : ''} beim Hersteller an`, (X) => `Sicherheit geht vor${X ? ` bei ${X}` : ''}`],
      next: [' und bestätigen es dir hier.', ' – bis dahin lieber nicht verwenden.', '; die Antwort bekommst du schriftlich.'],
    },
    ticket: {
      act: [(X) => `Welches Ticket gilt, hängt bei ${X || 'deiner Strecke'} vom Zugtyp ab`, (X) => `Wir suchen dir die günstigste Lösung${X ? ` für ${X}` : ''}`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'Das Ticket'} deckt nicht jede Verbindung ab`],
      next: [' – wir schreiben dir die Optionen hier auf.', ', inklusive Sparpreisen.', '; die Ergänzung kostet oft weniger als gedacht.'],
    },
    delivery: {
      act: [(X) => `Wir verfolgen ${X || 'die Sendung'} intern`, (X) => `Die Zustellbasis prüft, wo ${X || 'die Sendung'} steckt`, (X) => `Wir haken beim Depot zu ${X || 'deiner Sendung'} nach`],
      next: [' und sagen dir, wo sie liegt.', ' – notfalls lassen wir sie umleiten.', '; Ersatz gibt es, falls sie beschädigt ist.'],
    },
    order: {
      act: [(X) => `Wir klären mit dem Markt, was bei ${X || 'der Bestellung'} schiefging`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'Die Bestellung'} prüfen wir mit dem Team vor Ort`, (X) => `Wir schauen uns die Abläufe${X ? ` rund um ${X}` : ''} an`],
      next: [' und machen es wieder gut.', ' – eine Gutschrift ist das Mindeste.', '; du hörst heute noch von uns.'],
    },
    tech: {
      act: [(X) => `Wir stellen ${X || 'den Fehler'} bei uns nach`, (X) => `Unsere Technik schaut sich ${X || 'das'} an`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'Das'} geben wir an die Entwicklung`, (X) => `Wir prüfen, ob ${X || 'das'} mehr Leute betrifft`],
      next: [' und melden uns mit einer Lösung.', ' – ein Neustart hilft oft schon vorher.', '; Gerät und Version helfen uns beim Eingrenzen.', ' und sagen dir hier, woran es liegt.'],
    },
    app: {
      act: [(X) => `Wir prüfen, ob ${X || 'der Fehler'} gerade mehr Leute trifft`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'Der Fehler'} geht an unser App-Team`, (X) => `Probier bitte einmal ein App-Update${X ? ` wegen ${X}` : ''}`],
      next: [' – bis dahin klappt meist die Web-Version.', '; Cache leeren und neu anmelden hilft oft.', ' und melden uns, sobald der Fix da ist.'],
    },
    router: {
      act: [(X) => `Wir messen die Leitung${X ? ` für ${X}` : ''} von hier aus durch`, (X) => `Wir prüfen, ob es ${X ? `bei ${X}` : 'in deiner Gegend'} eine Störung gibt`, (X) => `Ein Router-Neustart${X ? ` wegen ${X}` : ''} ist der erste Schritt`],
      next: [' und melden uns mit dem Ergebnis.', ' – rote Lampen am Router helfen uns bei der Diagnose.', '; wenn nötig, schicken wir einen Techniker.'],
    },
    outage: {
      act: [(X) => `Wir prüfen die Störung${X ? ` ${X}` : ''} mit dem Netzbetrieb`, (X) => `Der Entstördienst ist${X ? ` für ${X}` : ''} informiert`, (X) => `Techniker sind${X ? ` rund um ${X}` : ''} unterwegs`],
      next: [' und geben hier die voraussichtliche Dauer durch.', ' – sobald es eine Prognose gibt, steht sie hier.', '; wir melden uns, wenn alles wieder läuft.'],
    },
  } as Record<string, StepParts>,
};

const en = {
  open: {
    angry: {
      lead: [(N, H) => `${N}${H ? `, ${H}` : ''}`, (N, H) => `I hear you, ${N}${H ? ` – ${H}` : ''}`, (N, H) => (H ? `${H[0]!.toUpperCase()}${H.slice(1)}, ${N}` : `${N}`), (N, H) => `Right, ${N}${H ? `: ${H}` : ''}`, (N, H) => `Ugh, ${N}${H ? ` – ${H}` : ''}`],
      judge: [" – that's not okay.", ' – your anger is fair.', " – that's not how it should go.", " – we'd be furious too.", ' – this needs fixing fast.', " – unacceptable, and we'll sort it.", ' – completely get why you are angry.'],
    },
    frustrated: {
      lead: [(N, H) => `${N}${H ? `, ${H}` : ''}`, (N, H) => `Oh no, ${N}${H ? `: ${H}` : ''}`, (N, H) => (H ? `${H[0]!.toUpperCase()}${H.slice(1)}, ${N}` : `${N}`), (N, H) => `Hmm, ${N}${H ? ` – ${H}` : ''}`, (N, H) => `Ah ${N}${H ? `, ${H}` : ''}`, (N, H) => `Got it, ${N}${H ? ` – ${H}` : ''}`],
      judge: [" – that's annoying.", ' – frustrating.', ' – that eats your time.', ' – no wonder you are fed up.', ' – nobody needs that.', " – let's sort it.", " – a faff, and we'll fix it.", ' – not great.', " – time we got on with it.", " – bad luck, we're on it."],
    },
    calmProblem: {
      lead: [(N, H) => `${N}${H ? `, ${H}` : ''}`, (N, H) => `Thanks, ${N}${H ? ` – ${H}` : ''}`, (N, H) => `Hi ${N}${H ? `: ${H}` : ''}`, (N, H) => (H ? `${H[0]!.toUpperCase()}${H.slice(1)}, ${N}` : `${N}`)],
      judge: [' – good of you to flag it.', " – we'll take a look.", " – that shouldn't happen.", ' – sounds like a fault on our side.', ' – thanks for the detail.', " – we're checking."],
    },
    neutral: {
      lead: [(N, H) => `Hi ${N}${H ? `, ${H}` : ''}`, (N, H) => `${N}${H ? `, on ${H}` : ''}`, (N, H) => `Hello ${N}${H ? ` – ${H}` : ''}`, (N, H) => (H ? `${H[0]!.toUpperCase()}${H.slice(1)}? Sure, ${N}` : `Sure, ${N}`), (N, H) => `Hey ${N}${H ? `, ${H}` : ''}`],
      judge: [' – good question.', ' – happy to help.', " – let's clear it up.", ' – here is the short version.', ' – no problem.', ' – more on that below.', ' – glad you asked.', ' – we can sort that.', ' – quick answer coming.', " – let's have a look."],
    },
    positive: {
      lead: [(N, H) => `${N}${H ? `, ${H}` : ''}`, (N, H) => `Wow, ${N}${H ? ` – ${H}` : ''}`, (N, H) => `Aw, ${N}${H ? `: ${H}` : ''}`, (N, H) => (H ? `${H[0]!.toUpperCase()}${H.slice(1)}, ${N}` : `${N}`), (N, H) => `Thank you, ${N}${H ? ` – ${H}` : ''}`],
      judge: [' – the whole team is chuffed!', ' – love reading this.', ' – this made our day.', ' – what a way to start the day.', ' – that makes us proud.', ' – how lovely!', ' – thanks for taking the time.'],
    },
    ironic: {
      lead: [(N, H) => `${N}${H ? `, ${H}` : ''}`, (N, H) => `Ouch, ${N}${H ? ` – ${H}` : ''}`, (N, H) => `Understood, ${N}${H ? `: ${H}` : ''}`, (N, H) => (H ? `${H[0]!.toUpperCase()}${H.slice(1)}, ${N}` : `${N}`)],
      judge: [' – sarcasm received, and fair.', " – that wasn't a compliment, we know.", ' – irony is the polite response there.', " – that's not what we promise.", ' – reading between the lines.', ' – fair cop, that needs to be better.'],
    },
    troll: {
      lead: [(N, H) => `${N}${H ? `, ${H}` : ''}`, (N, H) => `Okay, ${N}${H ? ` – ${H}` : ''}`, (N, H) => `Noted, ${N}${H ? `: ${H}` : ''}`],
      judge: [' – strong words.', " – we'll take it on the chin.", ' – criticism comes with the job.', ' – bold take.', ' – read.'],
    },
  } as Record<string, OpenParts>,
  ask: {
    troll: {
      q: [(X) => `What actually happened${X ? ` with ${X}` : ''}?`, (X) => `Got an example${X ? ` about ${X}` : ''}?`, (X) => `Where exactly did it go wrong${X ? ` with ${X}` : ''}?`, (X) => `What set this off${X ? ` – ${X}` : ''}?`, (X) => `What are you unhappy with${X ? ` – ${X}` : ''}?`],
      tail: [" Then we'll look into it.", " We're listening.", ' With details we can act.', " Then we'll answer properly.", " Then we'll follow it up."],
    },
    general: {
      q: [(X) => `Since when has this been happening${X ? ` with ${X}` : ''}?`, (X) => `What exactly happened${X ? ` with ${X}` : ''}?`, (X) => `Was this the first time${X ? ` with ${X}` : ''}?`, (X) => `What would be the best fix for you${X ? ` with ${X}` : ''}?`],
      tail: ['', ' Then we can help properly.', ' That helps us a lot.', ' Every detail helps.'],
    },
    info: {
      q: [(X) => `Is it ${X || 'a specific product'} you're after?`, (X) => `What do you need ${X || 'it'} for?`, (X) => `Are you looking for ${X ? `${X} in particular` : 'something specific'}?`, (X) => `Is ${X || 'it'} for you or a gift?`],
      tail: ['', ' Then the answer gets more specific.', ' Then we can help more precisely.', " Then we'll find the right thing."],
    },
  } as Record<string, AskParts>,
  step: {
    general: {
      act: [(X) => `We'll look into ${X || 'this'} properly`, (X) => `We're checking ${X || 'this'} with the team`, (X) => `We'll get to the bottom of ${X || 'it'}`, (X) => `We're raising ${X || 'this'} internally`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'This'} goes to the right team`],
      next: [' and report back here.', ' – the answer will come in this thread.', ' and let you know as soon as we know more.', "; you'll hear from us today.", ' and post the outcome below.'],
    },
    info: {
      act: [(X) => `We'll check the details${X ? ` on ${X}` : ''}`, (X) => `We're asking the specialists${X ? ` about ${X}` : ''}`, (X) => `We'll get the answer${X ? ` on ${X}` : ''} first-hand`, (X) => `There's a clear rule${X ? ` on ${X}` : ''}`, (X) => `${X ? `On ${X}` : 'Here'} we'd rather not guess, so we're checking`, (X) => `The product team knows ${X || 'this'} best, so we're asking them`, (X) => `For ${X || 'your question'} we're pulling the latest info`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}: ` : ''}we're looking it up now`],
      next: [' and answer you right here.', ' – short version coming up here.', ', so you get a reliable answer.', ' and will post it here.', " – you'll know more in a few minutes.", '; the answer will be right below.', " and we'll reply today.", ', so you can plan ahead.'],
    },
    praise: {
      act: [(X) => `We'll pass the praise${X ? ` for ${X}` : ''} on personally`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'The team'} will hear this from us in black and white`, (X) => `We'll make sure ${X ? `this reaches ${X}` : 'this lands'}`, (X) => `This${X ? ` about ${X}` : ''} goes into the next team meeting`],
      next: [' – promise.', '; feedback like this really motivates.', ', because people should hear it.', ' and say thanks back.'],
    },
    billing: {
      act: [(X) => `We'll recalculate ${X || 'the amount'}`, (X) => `The charges${X ? ` including ${X}` : ''} go to our billing team`, (X) => `We're checking every line${X ? `, ${X} included` : ''}`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'The difference'} is being looked at`],
      next: [' – anything overcharged comes back to you.', '; a credit follows once the error is confirmed.', " and refund whatever isn't right.", ', and overpayments are refunded.'],
    },
    b2b: {
      act: [(X) => `For ${X || 'your plans'} we have business terms`, (X) => `Our business team will price ${X ? `up ${X}` : 'this up'}`, (X) => `${X ? `With ${X}` : 'At that volume'} a framework deal makes sense`, (X) => `Our trade advisers know cases like ${X || 'yours'}`],
      next: [' – details best discussed directly.', ' and come back with real numbers.', '; an offer will follow shortly.', ', tailored to what you need.'],
    },
    stock: {
      act: [(X) => `We're asking buying about ${X || 'the item'}`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'That item'} is in high demand`, (X) => `We're checking stock${X ? ` for ${X}` : ''}`],
      next: [' and will tell you when more arrives.', "; we'll say which store gets it first.", ' – next delivery date to follow here.'],
    },
    allergy: {
      act: [(X) => `With an allergy we won't rely on the label${X ? ` of ${X}` : ''}`, (X) => `We're requesting the full ingredient list${X ? ` for ${X}` : ''} from the manufacturer`, (X) => `Safety first${X ? ` with ${X}` : ''}`],
      next: [' and will confirm here.', ' – until then, best not to use it.', "; you'll get the answer in writing."],
    },
    ticket: {
      act: [(X) => `Which ticket works on ${X || 'your route'} depends on the train`, (X) => `We'll find the cheapest option${X ? ` for ${X}` : ''}`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'Your ticket'} doesn't cover every service`],
      next: [" – we'll list the options here.", ', advance fares included.', '; the add-on is often cheaper than you think.'],
    },
    delivery: {
      act: [(X) => `We're tracing ${X || 'the parcel'}`, (X) => `The depot is checking where ${X || 'the parcel'} is`, (X) => `We're chasing ${X || 'your parcel'} with the local team`],
      next: [" and will tell you where it is.", ' – we can redirect it if needed.', "; a replacement follows if it's damaged."],
    },
    order: {
      act: [(X) => `We're checking with the store what went wrong with ${X || 'the order'}`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'The order'} is being looked at with the local team`, (X) => `We're reviewing what happened${X ? ` with ${X}` : ''}`],
      next: [' and will put it right.', ' – a credit is the least we can do.', "; you'll hear from us today."],
    },
    tech: {
      act: [(X) => `We're reproducing ${X || 'the fault'} on our side`, (X) => `Our tech team is looking at ${X || 'this'}`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'This'} goes to our developers`, (X) => `We're checking whether ${X || 'this'} affects more people`],
      next: [' and will come back with a fix.', ' – a restart often helps in the meantime.', '; device and version help us narrow it down.', " and will tell you here what's causing it."],
    },
    app: {
      act: [(X) => `We're checking whether ${X || 'the error'} hits more people`, (X) => `${X ? `${X[0]!.toUpperCase()}${X.slice(1)}` : 'The error'} goes to our app team`, (X) => `Please try the latest app update${X ? ` for ${X}` : ''}`],
      next: [' – the web version usually works meanwhile.', '; clearing the cache and logging in again often helps.', " and we'll let you know when the fix is out."],
    },
    router: {
      act: [(X) => `We're testing the line${X ? ` for ${X}` : ''} from here`, (X) => `We're checking for a fault ${X ? `around ${X}` : 'in your area'}`, (X) => `A router restart${X ? ` for ${X}` : ''} is the first step`],
      next: [' and will report back.', ' – red lights on the router help us diagnose.', '; an engineer visit follows if needed.'],
    },
    outage: {
      act: [(X) => `We're checking the fault${X ? ` ${X}` : ''} with the network team`, (X) => `The engineers are aware${X ? ` of ${X}` : ''}`, (X) => `Engineers are on their way${X ? ` around ${X}` : ''}`],
      next: [' and will post the expected fix time here.', " – as soon as there's an estimate, it'll be here.", "; we'll update you when it's back."],
    },
  } as Record<string, StepParts>,
};

export const PARTS: Record<'de' | 'en', { open: Record<string, OpenParts>; ask: Record<string, AskParts>; step: Record<string, StepParts> }> = { de, en };
