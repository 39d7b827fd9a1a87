import { describe, expect, it } from 'vitest';
import { analyse, extractFacts } from '../../lib/replies/analyse';
import { suggestCore } from '../../lib/replies/engines/core';
import { variant } from '../../lib/replies/variants';

const base = { platform: 'x' as const, author: { name: 'Lena Vogt', handle: '@lenav' } };
const read = (text: string, extra: Record<string, unknown> = {}) => analyse({ ...base, text, ...extra });

describe('generalise: complaints that end in a question', () => {
  it.each([
    'Die Fähre fiel aus, ich musste ein Taxi für 80 € nehmen. Wer erstattet mir das???',
    'My suitcase came back with a broken handle after the flight. Who is going to pay for the repair???',
    'Drei Stunden Verspätung und den Anschluss verpasst – wer übernimmt jetzt die Übernachtung?',
  ])('%s → complaint', (t) => {
    expect(read(t).type).toBe('complaint');
  });
  it('a plain information question stays a question', () => {
    expect(read('Wie lange ist die Fahrkarte am Abend gültig?').type).toBe('question');
    expect(read('Do you deliver on Sundays in Leeds?').type).toBe('question');
  });
});

describe('generalise: technical faults phrased as questions', () => {
  it.each([
    'Bei uns in Kiel ist seit heute früh das Festnetz tot. Noch jemand betroffen?',
    'Is anyone else in Bristol having no signal since lunchtime?',
    'Mein Stromzähler zeigt seit gestern nur noch Striche an, ist das normal?',
    'The streaming app keeps crashing on my TV since the update, any idea?',
    'Warum funktioniert meine Karte am Geldautomaten nicht mehr?',
  ])('%s → technical_problem', (t) => {
    expect(read(t).type).toBe('technical_problem');
  });
});

describe('generalise: lead needs real buying intent', () => {
  it('single words like Handy, shop or switch do not make a lead', () => {
    expect(read('Kann ich mein Handy im Laden reparieren lassen oder muss ich es einschicken?').type).not.toBe('lead');
    expect(read('Thanks to the lovely lady in the Leeds shop who sorted my phone today!').type).toBe('praise');
  });
  it('switching away in anger is an angry complaint', () => {
    const a = read('Third bill error this year. I am switching to another provider next month.');
    expect(a.type).toBe('complaint');
    expect(a.tone).toBe('angry');
    const b = read('Das war es, ich wechsle zur Konkurrenz. Drei Monate falsche Abrechnung.');
    expect(b.type).toBe('complaint');
    expect(b.tone).toBe('angry');
  });
  it('switching to the brand and B2B are leads', () => {
    expect(read('Ich überlege, zu euch zu wechseln. Habt ihr einen Tarif für Familien?').type).toBe('lead');
    expect(read('We run four bakeries and need a supplier for packaging, do you do trade accounts?').type).toBe('lead');
  });
});

describe('generalise: frustration and anger without shouting', () => {
  it.each([
    'Die Heizung im Wagen 5 ist schon wieder kaputt, das meldet man ja gerne.',
    'Still no reply to my email from last week about the missing refund.',
    'Ich warte seit Tagen auf eine Antwort zu meiner Schadensmeldung.',
    'For the third time the courier left the parcel at the wrong house.',
  ])('%s → frustrated', (t) => {
    expect(read(t).tone).toBe('frustrated');
  });
  it.each([
    'Das ist eine Frechheit, man hat mir einfach den Vertrag verlängert.',
    'This is unacceptable, I want my money back for the broken heater.',
    'Wenn das bis Freitag nicht geklärt ist, kündige ich.',
  ])('%s → angry', (t) => {
    expect(read(t).tone).toBe('angry');
  });
});

describe('generalise: German irony and trolling', () => {
  it('praise words with a failure and ironic emoji are irony', () => {
    const a = read('Wieder 50 Minuten zu spät, ihr seid echt die Pünktlichsten 🏆');
    expect(a.tone).toBe('ironic');
    expect(a.type).toBe('complaint');
    expect(read('Glückwunsch zur dritten Störung diese Woche, ganz toll gemacht 👏').tone).toBe('ironic');
  });
  it('mockery comparisons and #ratio are trolling', () => {
    const a = read('Meine Schnecke ist schneller als eure Lieferung lol #ratio');
    expect(a.tone).toBe('troll');
    const b = read('Macht den Laden doch einfach dicht, wird eh nichts mehr 😂');
    expect(b.tone).toBe('troll');
    expect(b.type).toBe('spam');
  });
});

describe('generalise: German spam and phishing', () => {
  it('brand-name bonus offers via link are phishing (warn, no lead)', () => {
    const a = analyse({ ...base, brand: 'Stadtwerk Nord', author: { name: 'Stadtwerk Nord Kundenbonus', handle: '@swn_bonus' }, text: 'Sichern Sie sich jetzt Ihren Treuebonus von 100 €! Einfach Konto verifizieren unter swn-bonus.top' });
    expect(a.type).toBe('spam');
    expect(a.needsDm).toBe(false);
  });
  it('work-from-home ads get no reply', () => {
    const a = read('Ich verdiene 3000 € im Monat von zuhause aus, ohne Vorkenntnisse! Schreib mir eine Nachricht für Infos 💰');
    expect(a.type).toBe('spam');
    expect(a.shouldReply).toBe(false);
  });
});

describe('generalise: DM for individual claims', () => {
  it.each([
    'Mein Flug wurde gestrichen und ich habe 120 € fürs Hotel bezahlt. Bekomme ich eine Entschädigung?',
    'Your driver was really rude to my son on route 7 this morning, I want this followed up.',
    'Only my house has no internet, the neighbours are fine. What is wrong with my line?',
    'We are a small café group looking for wholesale prices on coffee beans.',
  ])('%s → needsDm', (t) => {
    expect(read(t).needsDm).toBe(true);
  });
  it('general questions stay public', () => {
    expect(read('Ab wann gilt der neue Winterfahrplan?').needsDm).toBe(false);
    expect(read('Do your stores take contactless payments?').needsDm).toBe(false);
  });
});

describe('generalise: replies do not leak other sectors or broken slots', () => {
  const leaks = /förderung|zuschüsse|grant options|fundbüro|lost property|batch|how food should reach you/i;
  it.each([
    { sector: 'insurance', brand: 'Securo', text: 'Mein Antrag liegt seit drei Wochen bei euch, wie ist der Stand?' },
    { sector: 'streaming', brand: 'Flixo', text: 'Why did my subscription go up by £3 without any notice?' },
    { sector: 'airline', brand: 'SkyLine', text: 'Ich habe meinen Koffer nicht bekommen, was soll ich jetzt tun?' },
  ])('$sector', (m) => {
    const s = suggestCore({ ...base, ...m }).map((x) => x.text);
    expect(s.length).toBe(3);
    for (const r of s) expect(r).not.toMatch(leaks);
    for (const r of s) expect(r).not.toMatch(/Notiert: (?:Branche|mit|und|der|die|das)\b|\b000 €|mit Monats\b/);
  });
});

describe('generalise: weak sales words and counted words', () => {
  it('a private price question is a question, a business one a lead with DM', () => {
    expect(read('Was kostet bei euch eine Hausratversicherung ungefähr im Monat, wenn man allein wohnt?').type).toBe('question');
    const b2b = read('Wir sind eine Tanzschule und fahren mit 30 Personen zum Turnier. Habt ihr Gruppentarife für Vereine?');
    expect(b2b.type).toBe('lead');
    expect(b2b.needsDm).toBe(true);
  });
  it('"restarted twice" is troubleshooting, not a money complaint', () => {
    const a = read('The tablet app shows a blank page since Monday. Restarted twice, reinstalled it, still blank. Anyone else?');
    expect(a.type).toBe('technical_problem');
    expect(a.tone).toBe('frustrated');
  });
  it('a troll with a concrete incident with staff is a complaint for a DM', () => {
    const a = read('Eure Kassierer sind echt Witzfiguren lol, heute hat mich einer angeschnauzt weil ich mit Karte zahlen wollte');
    expect(a.type).toBe('complaint');
    expect(a.needsDm).toBe(true);
  });
  it('a fault with the customer’s home line goes to DM, a public outage question does not', () => {
    expect(read('Seit Montag kein Internet, am Modem leuchtet die DSL-Lampe rot. Hab schon alles neu gestartet.').needsDm).toBe(true);
    expect(read('Mobilfunknetz in ganz Jena weg? Noch jemand kein Netz?').needsDm).toBe(false);
  });
});

describe('generalise: slot fillers carry content', () => {
  const facts = (t: string, lang: 'de' | 'en' = 'de') => extractFacts(t, lang, 'message').map((f) => f.text);
  it('keeps numbers with the unit as written', () => {
    expect(facts('Die Reparatur soll 12.500 € kosten, der Gutachter sagt 9.800 €.')).toEqual(expect.arrayContaining(['12.500 €', '9.800 €']));
    expect(facts('Die Reparatur soll 12.500 € kosten.')).not.toContain('500 €');
    expect(facts('Die Miete für den Stellplatz stieg von 45 auf 70 € im Monat.')).toEqual(expect.arrayContaining(['45 €', '70 €']));
    expect(facts('My premium went from £310 to £520 this year.', 'en')).toEqual(expect.arrayContaining(['£310', '£520']));
  });
  it('drops vague words, nominalised superlatives and question verbs', () => {
    const f = facts('Liefert ihr auch am Wochenende? Ihr seid ja sonst die Zuverlässigsten im Viertel, Ende des Jahres ziehe ich aber um.');
    expect(f).not.toContain('Liefert');
    expect(f).not.toContain('Zuverlässigsten');
    expect(f).not.toContain('Ende');
    expect(facts('Die Kosten für den Kasten sind gestiegen.')).toEqual(expect.arrayContaining(['Kosten', 'Kasten']));
  });
});

describe('generalise: more unseen shapes of the same patterns', () => {
  it('reads a card reader that keeps rejecting as a fault and a redress question with an amount as a complaint', () => {
    expect(read('The card reader at the self checkout in Hove keeps rejecting contactless. Is it just me?').type).toBe('technical_problem');
    const a = read('We had paid for a sea-view room and got a car park view. Who is refunding the £60 difference?');
    expect(a.type).toBe('complaint');
    expect(a.needsDm).toBe(true);
  });
  it('reads verb-final and possessive mock comparisons as trolling', () => {
    expect(read('Euer Support ist so lahm, dass meine Oma den Brief schneller zu Fuß bringen würde 🐢 #ratio').tone).toBe('troll');
    expect(read("My nan's tortoise is faster than your trains lol").tone).toBe('troll');
  });
  it('treats get-rich ads that ask to be contacted as spam without a reply', () => {
    for (const t of ['Mit Aktien-Signalen habe ich in 2 Wochen 4000 € verdient, schreib mir für die Gruppe 🚀', 'Make £300 a day from home, no experience needed! DM me for details 💸']) {
      const a = read(t);
      expect(a.type).toBe('spam');
      expect(a.shouldReply).toBe(false);
    }
  });
  it('reads a business introducing itself with a question as a lead for DM', () => {
    const a = read('Wir sind ein Handwerksbetrieb mit 12 Transportern und suchen Firmenkonditionen für Mobilfunk. Macht ihr sowas?');
    expect(a.type).toBe('lead');
    expect(a.needsDm).toBe(true);
  });
  it('takes a concrete incident with a driver and a noisy own line to DM', () => {
    const a = read('The driver of the 12 bus this morning shut the doors on my son and drove off. Not acceptable.');
    expect(a.tone).toBe('angry');
    expect(a.needsDm).toBe(true);
    const b = read('Unser Telefon rauscht seit zwei Wochen so stark, dass man kaum etwas versteht. Bei den Nachbarn ist alles normal.');
    expect(b.type).toBe('technical_problem');
    expect(b.needsDm).toBe(true);
  });
});

describe('generalise: switching to the brand, disputed bills, balanced feedback', () => {
  it('switching with words in between is still a lead to the brand', () => {
    expect(read('Thinking of moving my broadband over to you from my current provider. Is there a setup fee?').type).toBe('lead');
  });
  it('a disputed amount asked with frustration is a complaint', () => {
    expect(read('Why does my statement say I owe £95 when I paid in full? Nobody has called me back.').type).toBe('complaint');
  });
  it('mail missing only at the customer’s home goes to DM', () => {
    expect(read('Seit einer Woche bekomme ich keine Briefe mehr, obwohl die Nachbarn ihre Post bekommen.').needsDm).toBe(true);
  });
  it('praise next to a calm wish is neutral, a brushed-off customer is angry', () => {
    expect(read('Ich sehe schlecht und komme mit der Wartenummern-Anzeige nicht an. Die Leute am Schalter waren aber freundlich, das muss man sagen! Wäre schön, wenn ihr die Anzeige größer macht.').tone).toBe('neutral');
    expect(read('Koffer kam nass an, und am Schalter hieß es nur: nicht mein Problem.').tone).toBe('angry');
  });
});

describe('generalise: wording fits the message', () => {
  const replies = (text: string, extra: Record<string, unknown> = {}) => suggestCore({ ...base, ...extra, text }).map((x) => x.text);
  it('no product check for a broken seat, no move-out advice for a contract number, no lost property for a scare-quoted word', () => {
    for (const r of replies('Oh great, the seat recline was broken for the whole 9 hour flight. Truly premium 🙃')) expect(r).not.toMatch(/\bproduct\b|any store/i);
    for (const r of replies('Vertragsnummer steht in der PN. Der Abschlag ging von 60 auf 95 € hoch, obwohl wir weniger verbrauchen.')) expect(r).not.toMatch(/Auszug|Umzug|Schlussablesung/);
    for (const r of replies("Danke, dass ihr meine Reklamation zum zweiten Mal 'verloren' habt 👏")) expect(r).not.toMatch(/Fundbüro|Fundsachen/);
  });
  it('keeps slot fillers readable', () => {
    const f = extractFacts('Schämt euch. Heute früh fiel die Linie 4 Richtung Messe aus, bei Minute 20 jedes Mal Stillstand.', 'de', 'message').map((x) => x.text);
    expect(f).not.toContain('Schämt');
    expect(f).not.toContain('4 Richtung');
    expect(f).not.toContain('20 jedes');
    expect(f).toContain('Linie 4');
    const en = extractFacts('They quoted the SAME price for the whole year at the Buchanan Street shop', 'en', 'message').map((x) => x.text);
    expect(en).not.toContain('Street');
    expect(en.some((x) => /^SAME\b/.test(x))).toBe(false);
  });
});

describe('generalise: formal variant', () => {
  it('is visibly formal even when the reply has no du-forms', () => {
    const inp = { ...base, platform: 'facebook' as const, lang: 'de' as const, text: 'Seit drei Tagen kein Strom in der Gartenstraße und keiner meldet sich. Eine Zumutung!!!' };
    const first = suggestCore(inp)[0]!;
    const short = variant(first, 'shorter', inp) ?? first;
    const formal = variant(short, 'formal', inp);
    expect(formal?.text).toBeTruthy();
    expect(formal?.text).not.toBe(short.text);
  });
});

describe('generalise: sarcastic openers, how-to questions, public faults', () => {
  it('a short praise sentence followed by a failure is irony', () => {
    expect(read('Wonderful. Ordered a cake for Saturday, still waiting on Monday.').tone).toBe('ironic');
    expect(read('Toller Service, wirklich. Zwei Wochen auf eine Antwort gewartet und dann kam eine Standardmail.').tone).toBe('ironic');
    expect(read('Nice. Does the offer include installation? The flat is 40 years old.').tone).not.toBe('ironic');
  });
  it('how-to questions and site errors stay public', () => {
    expect(read('How do I change the email address on my account?').needsDm).toBe(false);
    expect(read('Wie lange dauert die Umstellung meines Tarifs?').needsDm).toBe(false);
    expect(read('Your booking page keeps showing a 504 error, I cannot finish my order.').needsDm).toBe(false);
    expect(read('Is anyone else getting their card declined at the tills today?').needsDm).toBe(false);
  });
  it('a parcel stuck for days asked as "wo bleibt es" is a frustrated complaint', () => {
    const a = read('Meine Bestellung hängt seit 5 Tagen im Paketzentrum fest. Wo bleibt sie?');
    expect(a.type).toBe('complaint');
    expect(a.tone).toBe('frustrated');
  });
  it('a hyphenated look-alike domain with "verify" is phishing; a private switch lead needs no DM', () => {
    expect(read('Your Harbour Bank access is on hold. Verify your details at harbour-bank-check.com today').type).toBe('spam');
    const lead = read('Gibt es bei euch noch Glasfaser für Neukunden in Pfaffenhofen? Ich würde gern wechseln.');
    expect(lead.type).toBe('lead');
    expect(lead.needsDm).toBe(false);
  });
});

describe('generalise: German shapes of complaints, irony, trolling and escalation', () => {
  it('"dafür zahl ich" and "was ist mit … los" after a bad experience are complaints', () => {
    expect(read('Wieder mal kein Bordbistro im Zug. Dafür bezahl ich den vollen Preis?').type).toBe('complaint');
    expect(read('Was ist denn bei eurem Kundenservice los? 50 Minuten in der Warteschleife und dann aufgelegt.').type).toBe('complaint');
  });
  it('a charging point out of order is a technical problem', () => {
    expect(read('Die Ladestation am Bahnhof in Fulda zeigt seit Montag nur noch "Außer Betrieb". Wann wird das behoben?').type).toBe('technical_problem');
  });
  it('a billing statement without a question is a complaint', () => {
    expect(read('Ich habe eine Mahnung über 54 € erhalten, obwohl der Betrag längst bezahlt ist. Bitte um Korrektur.').type).toBe('complaint');
  });
  it('"vom Feinsten" with a clap and "hat es nicht besser verdient" with laughter', () => {
    expect(read('Eine offene Kasse bei 20 Leuten in der Schlange. Service vom Feinsten 👏').tone).toBe('ironic');
    const t = read('Wer da noch Kunde ist, hat es nicht besser verdient 😂');
    expect(t.tone).toBe('troll');
    expect(t.type).toBe('spam');
  });
  it('an ultimatum with the consumer advice centre is angry and goes to DM', () => {
    const a = read('Das ist die dritte E-Mail ohne Antwort. Ich erwarte bis Freitag eine Lösung, sonst schalte ich die Verbraucherzentrale ein.');
    expect(a.tone).toBe('angry');
    expect(a.type).toBe('complaint');
    expect(a.needsDm).toBe(true);
  });
});

describe('generalise: English verdicts, congratulations, partnerships, double debits', () => {
  it('reads verdict words and sarcastic congratulations', () => {
    expect(read('Shocking. Second time this month the lift at the station is out and nobody cares.').tone).toBe('angry');
    expect(read('Congrats on turning a 25 minute trip into 90 minutes again 👏👏').tone).toBe('ironic');
    expect(read('Congratulations on the new store opening in Kendal, looks lovely!').tone).toBe('positive');
    expect(read('Best insurer I have ever been with, the claims chat is genius!').type).toBe('praise');
  });
  it('a chain introducing itself and asking about partnerships is a lead for DM', () => {
    const a = read("We're a group of 5 cafés hoping to stock your cold brew. Who handles partnerships?");
    expect(a.type).toBe('lead');
    expect(a.needsDm).toBe(true);
  });
  it('a double debit with an amount is a complaint, a reset router without "I" is still the own line', () => {
    expect(read('The membership fee came out twice this month, £30 each time. Could you refund one?').type).toBe('complaint');
    expect(read('Modem shows all green but nothing connects since Friday. Already reset it three times.').needsDm).toBe(true);
  });
});

describe('generalise: unresolved problems asked as questions', () => {
  it('a question about a problem that is still not solved is a complaint', () => {
    expect(read('Seit Wochen fällt die S3 abends aus. Wird das irgendwann besser?').type).toBe('complaint');
    expect(read('Meine Ersatzkarte ist nach drei Wochen immer noch nicht da. Könnt ihr nachsehen?').type).toBe('complaint');
  });
  it('asking where or when something is stays a question', () => {
    expect(read('Die Filiale am Ring hat seit Wochen zu. Wo kann ich meine Abholkarte jetzt einlösen?').type).toBe('question');
  });
  it('a cancel threat after repeated outages is an angry complaint for DM; "Danke für nichts" is irony', () => {
    const a = read('Jetzt reicht es. Vierte Störung in einem Monat, ich kündige.');
    expect(a.type).toBe('complaint');
    expect(a.needsDm).toBe(true);
    expect(read('Danke für nichts. Zwei Anrufe, zwei verschiedene Antworten.').tone).toBe('ironic');
  });
});
