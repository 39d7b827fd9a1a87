/**
 * General causes found on a third independent check set (gyms, car rental, food delivery,
 * utilities, retail, streaming). Every example is fresh wording: none is a line of the dev set or
 * of either check set.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/replies/analyse';
import { suggestCore } from '../../lib/replies/engines/core';
import { normaliseDialect } from '../../lib/replies/text';

const fb = { platform: 'facebook' as const, author: { name: 'Renate Voss', handle: null } };
const read = (text: string, extra: Record<string, unknown> = {}) => analyse({ ...fb, text, ...extra });

describe('DM routing: individual money and delivery matters without "my"', () => {
  it('a disputed amount taken from the account goes to a DM even without a possessive', () => {
    const a = read('Warum wurden im März plötzlich 7,50 € Servicepauschale abgebucht? Beim Abschluss war davon nie die Rede.');
    expect(a.type).toBe('complaint');
    expect(a.needsDm).toBe(true);
    const b = read('Why were £12.99 in "admin fees" deducted this month? Nobody mentioned any fee when I signed up.');
    expect(b.needsDm).toBe(true);
  });
  it('an order shown as delivered that never came is traced in a DM', () => {
    const a = read('The app shows the groceries as delivered at 6pm but nothing is on the doorstep and the neighbours have nothing either.');
    expect(a.needsDm).toBe(true);
    expect(a.tone).toBe('frustrated');
    const b = read('Laut Sendungsverfolgung zugestellt, aber bei mir ist nichts angekommen, auch nicht im Hausflur.');
    expect(b.needsDm).toBe(true);
  });
  it('an own instalment or premium that went up, shown by the letter, goes to a DM', () => {
    const a = read('Laut eurem Brief steigt mein Beitrag von 31 auf 44 Euro. Wir haben gar nichts geändert, das kann so nicht stimmen.');
    expect(a.needsDm).toBe(true);
  });
  it('a troll mocking a fee rise for everyone is not taken to a DM', () => {
    const a = read('Kontogebühr rauf auf 11 €, und das nennt sich dann "Komfort". Wer da noch Kunde ist, lol 🤣');
    expect(a.needsDm).toBe(false);
  });
  it('a supplier introducing itself and asking for the buyer is a lead for a DM', () => {
    const a = read('Hi! We roast speciality coffee and already supply four hotel groups in the north. Who looks after purchasing for your cafés? Happy to send a tasting box.');
    expect(a.type).toBe('lead');
    expect(a.needsDm).toBe(true);
    expect(a.tone).not.toBe('positive');
  });
});

describe('DM routing: general questions stay public', () => {
  it('when a yearly statement or timetable comes out is a shared schedule, not an account matter', () => {
    const a = read('Wann werden dieses Jahr die Nebenkostenabrechnungen verschickt? Sonst kamen sie immer im März.');
    expect(a.type).toBe('question');
    expect(a.needsDm).toBe(false);
  });
  it('an app error on a TV stays public even after the customer restarted the router', () => {
    const a = read('Die App auf unserem Beamer-Stick stürzt bei jedem Film mit Code VX-77 ab. Router hab ich neu gestartet, bringt nichts.');
    expect(a.type).toBe('technical_problem');
    expect(a.needsDm).toBe(false);
  });
  it('a relative named in a public nuisance is no account matter', () => {
    const a = read('Eure Leihräder stehen ständig quer auf dem Gehweg. Meine Mutter mit Gehhilfe kommt da kaum vorbei.');
    expect(a.needsDm).toBe(false);
  });
  it('an SMS that only claims the account is locked is a public phishing question', () => {
    const a = read('Ich habe eine Mail bekommen, meine Karte sei eingeschränkt und ich müsse mich über einen Link anmelden. Kommt die wirklich von euch?');
    expect(a.needsDm).toBe(false);
  });
  it('a new customer asking which plans fit them is a lead, answered in public', () => {
    const a = read('Starting uni in Leeds in September. Which broadband deals do you have for a shared student flat?');
    expect(a.type).toBe('lead');
    expect(a.needsDm).toBe(false);
  });
});

describe('type: restricted accounts and bills inflated by a fault', () => {
  it('an account the bank restricted is a complaint, not an app fault', () => {
    const a = read('Tried to pay for petrol, declined, and now the app says the account is SUSPENDED. No warning at all, my wages come in Friday??');
    expect(a.type).toBe('complaint');
    expect(a.tone).toBe('angry');
  });
  it('a bill doubled because the meter stopped sending is a billing complaint', () => {
    const a = read('Third time writing: the gas meter stopped sending readings in January, so every bill is estimated and this one is double. Please fix it.');
    expect(a.type).toBe('complaint');
  });
});

describe('tone: broken promises, elapsed time, good news, sincere respect', () => {
  it('a promise held against what happened is frustration', () => {
    const a = read('Im Laden hieß es, die Reparatur dauert fünf Tage. Jetzt sind es drei Wochen und keiner weiß etwas.');
    expect(a.tone).toBe('frustrated');
    expect(a.type).toBe('complaint');
  });
  it('a callback promised by a date and not made is a frustrated complaint (separable verb)', () => {
    const a = read('Die Hotline hat gesagt, ein Techniker ruft mich bis Mittag zurück. Es ist 17 Uhr und nichts.');
    expect(a.tone).toBe('frustrated');
    expect(a.type).toBe('complaint');
  });
  it('time passed and still open is frustration', () => {
    const a = read('Handed the rental van back 9 days ago and the £250 hold is still on my card. How long does this take?');
    expect(a.tone).toBe('frustrated');
  });
  it('"schon wieder da" is good news, and a sincere "Respekt an …" is praise, not irony', () => {
    const a = read('Großen Respekt an die Netztechniker, die gestern im Schneesturm die Leitung repariert haben 💪 Heute früh war alles schon wieder da.');
    expect(a.tone).toBe('positive');
    expect(a.type).toBe('praise');
  });
  it('"… sieht anders aus" after a slogan is irony', () => {
    const a = read('Auf dem Plakat steht "Service mit Herz". Drei Anrufe, dreimal aufgelegt. Herz sieht anders aus 🙃');
    expect(a.tone).toBe('ironic');
    expect(a.type).toBe('complaint');
  });
  it('mock business advice with a laugh is trolling, not praise', () => {
    const a = read('Erst Preise hoch, dann Öffnungszeiten runter. Genial, ihr solltet an der Uni Gewinnmaximierung unterrichten 😂');
    expect(a.tone).toBe('troll');
  });
  it('a consequence at stake with a shout is anger', () => {
    const a = read('Die Lastschrift für die Miete ist zurückgegangen, obwohl Geld drauf war! Jetzt droht mir eine Mahnung, wie kann das sein??');
    expect(a.tone).toBe('angry');
  });
});

describe('spoken regional German', () => {
  it('Bavarian function words are read in their standard forms, only when clearly regional', () => {
    expect(normaliseDialect('Des is scho wieda koa Wasser do')).toBe('Das ist schon wieder kein Wasser da');
    // a standard text is left alone (one regional-looking word is not enough)
    expect(normaliseDialect('Ist das des Rätsels Lösung?')).toBe('Ist das des Rätsels Lösung?');
  });
  it('a regional complaint about a repeat fault reads as frustrated, with its duration', () => {
    const a = read('Etz geht im Waschraum scho wieda des Licht ned. Seit zwoa Wochn is des so, gibt\'s des?');
    expect(a.tone).toBe('frustrated');
    expect(a.type).toBe('complaint');
    expect(a.facts.some((f) => f.kind === 'duration' || /Wochen/.test(f.text))).toBe(true);
  });
});

describe('phishing in the brand\'s name', () => {
  it('a fake refund that asks to confirm data before a deadline is phishing, warned about publicly', () => {
    const a = read('Liebe Kundschaft, Ihnen steht eine Gutschrift von 89,00 € zu. Bestätigen Sie binnen 48 Stunden Ihre Kontodaten unter gutschrift-service-portal.info, sonst verfällt der Anspruch.', { brand: 'Nordbank', author: { name: 'Nordbank Service', handle: null } });
    expect(a.type).toBe('spam');
    expect(a.phishing).toBe(true);
    expect(a.needsDm).toBe(false);
  });
});

describe('facts a reply should pick up', () => {
  const factTexts = (text: string, lang: 'de' | 'en') => analyse({ ...fb, text, lang }).facts.map((f) => f.text);
  it('a separable German verb gives the noun: "ruft mich … zurück" → Rückruf, "niemand ruft zurück" → kein Rückruf', () => {
    expect(factTexts('Der Kundendienst ruft mich angeblich morgen früh zurück, mal sehen.', 'de')).toContain('Rückruf');
    expect(factTexts('Seit Tagen warte ich, aber niemand ruft zurück.', 'de')).toContain('kein Rückruf');
  });
  it('an inflected double charge and a state adjective are facts ("doppelt abgebuchten", "Pizza eiskalt")', () => {
    const f = factTexts('Wegen des doppelt abgebuchten Beitrags schreibe ich schon zum zweiten Mal. Und die Pizza war eiskalt.', 'de');
    expect(f).toContain('doppelt abgebucht');
    expect(f.some((x) => /Pizza kalt/.test(x))).toBe(true);
  });
  it('a fee by name, an asked-for action, "marked delivered" and "back on" are facts in English', () => {
    expect(factTexts('There are £60 of cancellation fees on my statement.', 'en')).toContain('cancellation fees');
    expect(factTexts('I asked you to pause my subscription in May.', 'en')).toContain('subscription pause');
    expect(factTexts('The tracking says delivered but there is nothing in the porch.', 'en')).toContain('marked delivered');
    expect(factTexts('Heating came back on around midnight, thanks.', 'en')).toContain('heating back on');
  });
  it('an English noun phrase ends at a verb or adverb after the noun and keeps its possessive', () => {
    const f = factTexts("The manager at your Leith branch stayed late. I sent the vet's letter twice and the clerk walked off.", 'en');
    expect(f).toContain("vet's letter");
    expect(f.some((x) => /letter twice|clerk walked/.test(x))).toBe(false);
    expect(factTexts("My router hasn't blinked since Monday and anyone else?", 'en').some((x) => /hasnt|else/.test(x))).toBe(false);
  });
  it('shouted words in facts are written normally, acronyms stay', () => {
    const de = factTexts('SEIT 40 MINUTEN hänge ich in der Warteschleife wegen DSL.', 'de');
    expect(de.some((x) => x === 'SEIT 40 MINUTEN')).toBe(false);
    expect(de.some((x) => /seit 40 Minuten/i.test(x) && /Minuten/.test(x))).toBe(true);
    expect(factTexts('Charged for FIVE days of data I never used.', 'en').some((x) => /five days/.test(x))).toBe(true);
  });
  it('"Apple Pay" is one thing in German too, a month-name date is a date', () => {
    const f = factTexts('Seit dem 3. Mai geht Google Pay mit meiner Karte nicht mehr.', 'de');
    expect(f).toContain('Google Pay');
    expect(f).toContain('3. Mai');
    expect(f).not.toContain('Google');
  });
});

describe('replies: no advice from another sector', () => {
  const replies = (text: string, extra: Record<string, unknown> = {}) => suggestCore({ ...fb, text, ...extra }).map((s) => s.text).join('\n');
  it('an airline battery question gets no folding-bike advice', () => {
    const r = replies('Darf mein E-Bike-Akku mit 400 Wh im Flugzeug mit, im Koffer oder im Handgepäck?', { lang: 'de' });
    expect(r).not.toMatch(/Faltrad|zusammengeklappt|Reservierung/i);
  });
  it('a phone contract question gets no meter-reading advice, an opening-hours question no gift question', () => {
    expect(replies('We are moving abroad in August – can I cancel my phone contract early?', { lang: 'en' })).not.toMatch(/meter reading/i);
    expect(replies('Habt ihr am Ostermontag offen, und wie lange geht der Kurs?', { lang: 'de' })).not.toMatch(/Geschenk|Produkt/);
  });
  it('a restricted account gets no app troubleshooting', () => {
    const r = replies('My account has been restricted since this morning and the app just says contact us. Wages go in tomorrow!', { lang: 'en' });
    expect(r).not.toMatch(/cache|restart|device and version|reinstall/i);
  });
  it('a supplier lead gets the business team, not parcel packing tips', () => {
    const r = replies('We weave organic cotton towels and already supply two hotel chains. Who handles purchasing for your home range? Happy to send samples.', { lang: 'en' });
    expect(r).not.toMatch(/bubble wrap|oversized|fragile/i);
    expect(r).toMatch(/DM|direct message|private/i);
  });
});
