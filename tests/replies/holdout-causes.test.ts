/**
 * General causes of misreadings found on an independent check set (other sectors, people and
 * wording than the dev set). Every example here is fresh wording, not a line of either set.
 */
import { describe, expect, it } from 'vitest';
import { analyse, extractFacts } from '../../lib/replies/analyse';
import { suggestCore } from '../../lib/replies/engines/core';

const base = { platform: 'x' as const, author: { name: 'Jonas Reiter', handle: '@jreiter' } };
const read = (text: string, extra: Record<string, unknown> = {}) => analyse({ ...base, text, ...extra });

describe('tone: inflected German praise words and praise taken back', () => {
  it('an inflected praise adjective counts ("tolle", "coole")', () => {
    expect(read('Tolle Beratung heute in der Filiale.').tone).toBe('positive');
    expect(read('Das letzte Mal war die Beratung in der Filiale besser.').tone).not.toBe('angry');
  });
  it('praise taken back at the end ("… nicht.", "… NOT") is irony and a complaint', () => {
    const a = read('Die neuen Ladesäulen stehen alle im Halteverbot. Super geplant… nicht.');
    expect(a.tone).toBe('ironic');
    expect(a.type).toBe('complaint');
    const b = read('Great customer service as usual... NOT. Two weeks and my refund is still missing.');
    expect(b.tone).toBe('ironic');
  });
  it('clapping at a failure is sarcasm, not applause', () => {
    expect(read('Dritter Ausfall der Heizung diese Woche, toller Service 👏👏').tone).toBe('ironic');
  });
});

describe('tone: praise for fast or perfect service', () => {
  it.each([
    'Um 9 bestellt, um 15 Uhr schon da und alles passt perfekt. Ihr seid echt fix!',
    'Ordered on Friday night, the jacket fits perfectly and was already here on Saturday. You rock',
  ])('%s → positive praise', (t) => {
    const a = read(t);
    expect(a.tone).toBe('positive');
    expect(a.type).toBe('praise');
  });
});

describe('tone: eager double question marks are not frustration', () => {
  it('a plain question with "??" stays neutral', () => {
    expect(read('gibt es die winterjacke auch in größe xl??').tone).toBe('neutral');
  });
  it('"??" after something went wrong still reads as frustrated', () => {
    expect(read('Mein Paket ist beschädigt angekommen??').tone).not.toBe('neutral');
  });
});

describe('tone: shouting, insults and ultimatums are angry', () => {
  it('a run of capital words is shouting', () => {
    expect(read('My train pass was refused at the gate and I missed my exam. FIX THIS TODAY.').tone).toBe('angry');
  });
  it('an insult at the brand after an incident is angry', () => {
    expect(read('Zum Arzttermin zu spät, weil die Tram wieder ausfiel. Ihr seid echt das Letzte.').tone).toBe('angry');
  });
  it('an ultimatum ("… or I\'m deleting the app") is angry', () => {
    expect(read('You took £12 twice for one ride. Refund it or I am deleting the app.').tone).toBe('angry');
    expect(read('Zweimal 4,50 € für dieselbe Fahrt abgebucht. Korrigiert das, sonst lösche ich die App.').tone).toBe('angry');
  });
});

describe('tone/type: mockery without a request, and trolls with a concrete grievance', () => {
  it('"imagine …ing" mockery with laughing emoji is a troll post', () => {
    const a = read('imagine paying for a gym app that forgets your membership every month 😂😂');
    expect(a.tone).toBe('troll');
  });
  it('a troll naming a concrete price or fee change is a complaint', () => {
    const a = read('Die Bank streicht das Gratiskonto und nennt das Fortschritt. Wer da bleibt, ist selber schuld lol');
    expect(a.tone).toBe('troll');
    expect(a.type).toBe('complaint');
  });
});

describe('type: businesses that introduce themselves, and customers considering a switch', () => {
  it.each([
    'Guten Tag, wir leiten eine Pension am Bodensee mit 14 Zimmern. An wen können wir uns wegen Leihrädern für Gäste wenden?',
    'Hallo! Wir sind eine kleine Kaffeerösterei aus Kassel und würden unsere Bohnen gern in euer Sortiment bringen. Wer ist dafür zuständig?',
    'We own a small brewery in Hull and would love you to stock our ales. Who should we contact?',
  ])('%s → lead', (t) => {
    expect(read(t).type).toBe('lead');
  });
  it('a customer thinking about switching over asks as a lead, without a DM for a public price', () => {
    const a = read('Bin noch woanders und überleg zu wechseln. Was kostet bei euch die Flat mit 30 GB?');
    expect(a.type).toBe('lead');
    expect(a.needsDm).toBe(false);
    expect(read('Considering switching my broadband over, what does the 500 Mbit plan cost?').type).toBe('lead');
  });
  it('an ordinary customer who was in a shop is no business', () => {
    expect(read('Ich war heute im Laden und die Kasse hat mir zu viel berechnet.').type).not.toBe('lead');
  });
});

describe('type: technical only for a fault', () => {
  it('a price rise with its amount is a complaint even when a meter is named', () => {
    expect(read('Der Abschlag steigt von 60 auf 115 €, obwohl ich den Zählerstand pünktlich gemeldet habe. Das stimmt so nicht.').type).toBe('complaint');
  });
  it('"can\'t find it" in the app is a question, not a fault', () => {
    expect(read('Where do I change my PIN in the app? Can\'t find it anywhere.').type).toBe('question');
  });
  it('the label of masked contact data is no device', () => {
    const a = read('You froze my account on holiday and I cannot pay the rental car. Phone +44 7700 900123, call me.');
    expect(a.type).toBe('complaint');
  });
  it('"app" does not match application or appointment', () => {
    expect(read('My appointment for the loan application was cancelled twice, nobody told me why.').type).toBe('complaint');
  });
  it('a follow-up in a thread about a device that keeps cutting out is technical', () => {
    const a = read('Done that twice now, new cable too. It still drops every evening at 9.', {
      thread: [
        { role: 'customer', text: 'My wifi router loses connection in the evenings.' },
        { role: 'agent', text: 'Sorry about that! Could you restart the router and swap the cable?' },
      ],
    });
    expect(a.type).toBe('technical_problem');
  });
});

describe('privacy and spam', () => {
  it('the last digits of a card are personal data and never repeated', () => {
    const input = { ...base, platform: 'facebook' as const, text: 'Why was my card ending in 9317 declined at the pharmacy today? Card ending 9317 worked yesterday!!' };
    const a = analyse(input);
    expect(a.personalData).toContain('9317');
    for (const s of suggestCore(input)) expect(s.text).not.toContain('9317');
    expect(analyse({ ...base, text: 'Meine Karte endet auf 2280 und wurde am Automaten eingezogen.' }).personalData).toContain('2280');
  });
  it('an ad that only tags the brand account gets no reply (no impersonation warning)', () => {
    const input = { ...base, author: { name: 'Passive Profits', handle: '@passiveprofits' }, brand: 'Nordstrom Energie', text: 'Earn $3000 a week from home, no experience needed!!! DM me 💰 @NordstromEnergie' };
    expect(analyse(input).shouldReply).toBe(false);
    expect(suggestCore(input)).toHaveLength(0);
  });
});

describe('facts: what happened, and German written in lower case', () => {
  const facts = (text: string, lang: 'de' | 'en') => extractFacts(text, lang, 'message').map((f) => f.text);
  it('the incident verb is kept with its thing ("Bestellung storniert", "card blocked")', () => {
    expect(facts('Heute kam eine Mail, dass meine Reservierung storniert wurde, obwohl ich bezahlt habe.', 'de')).toContain('Reservierung storniert');
    expect(facts('Mitten in der Tour ist das E-Bike einfach abgeschaltet.', 'de')).toContain('E-Bike abgeschaltet');
    expect(facts('Der Bus 7 ist heute früh nicht gekommen.', 'de')).toContain('Bus 7 nicht gekommen');
    expect(facts('They blocked my debit card while I was in Spain.', 'en')).toContain('debit card blocked');
    expect(facts('My laptop arrived with a cracked screen.', 'en')).toContain('screen cracked');
    expect(facts('The 18:05 to Leeds was cancelled again.', 'en')).toContain('18:05 cancelled');
  });
  it('arrival without a negation is no incident', () => {
    expect(facts('Das Paket ist gestern angekommen, danke!', 'de').some((f) => /angekommen/.test(f))).toBe(false);
  });
  it('a failed login is a fact', () => {
    expect(facts("Since this morning I can't log in to my account.", 'en')).toContain('login');
  });
  it('nouns of an all-lower-case German message are found and capitalised', () => {
    const f = facts('wann gibt es endlich folge 3 von der dokureihe über wale??', 'de');
    expect(f).toContain('Folge 3');
    expect(f).toContain('Dokureihe');
  });
  it('replies pick up the incident', () => {
    const out = suggestCore({ ...base, platform: 'facebook', text: 'Ich habe nichts storniert, aber meine Bestellung wurde storniert und das Geld ist trotzdem abgebucht.' });
    expect(out.some((s) => /storniert|Stornierung/.test(s.text))).toBe(true);
  });
});

describe('addressing the customer', () => {
  it('a family or business name is used whole, not its first word', () => {
    expect(analyse({ ...base, platform: 'facebook', author: { name: 'Familie Brzezinski', handle: null }, text: 'Wann wird der Zähler getauscht?' }).addressAs).toBe('Familie Brzezinski');
    expect(analyse({ ...base, platform: 'facebook', author: { name: 'Gärtnerei Holm', handle: null }, text: 'Wann wird der Zähler getauscht?' }).addressAs).toBe('Gärtnerei Holm');
    expect(analyse({ ...base, platform: 'facebook', author: { name: 'Marta Brzezinski', handle: null }, text: 'Wann wird der Zähler getauscht?' }).addressAs).toBe('Marta');
  });
});

describe('sector fit of the advice', () => {
  it('an e-scooter or insurance message gets no folding-bike-on-the-train advice', () => {
    const texts = [
      suggestCore({ ...base, text: 'Der Leihroller ist nach 5 Minuten einfach abgeschaltet und die Miete lief weiter.', sector: 'mobility' }),
      suggestCore({ ...base, text: 'Does my pet insurance cover the vet if my dog gets ill abroad in Spain?', sector: 'insurance' }),
    ].flat().map((s) => s.text).join(' ');
    expect(texts).not.toMatch(/Faltrad|zusammengeklappt|folding bike|folded/i);
  });
  it('taking a bike on the train still gets the bike advice', () => {
    const t = suggestCore({ ...base, text: 'Darf ich mein Fahrrad im Regionalzug mitnehmen?' }).map((s) => s.text).join(' ');
    expect(t).toMatch(/Rad|Fahrrad|Stellplatz|Reservierung/);
  });
});
