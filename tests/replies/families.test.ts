import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/replies/analyse';
import { suggestCore } from '../../lib/replies/engines/core';

// Each cue is a family of phrasings (other numbers, verbs and word orders), not one sentence.
const base = { platform: 'x' as const, author: { name: 'Jonas Beck', handle: '@jbeck' } };
const read = (text: string, extra: Record<string, unknown> = {}) => analyse({ ...base, text, ...extra });

describe('families of phrasings', () => {
  it.each([
    'Ich schreibe euch jetzt zum 5. Mal wegen der Gutschrift und nichts passiert!!',
    'Zum x-ten Mal: meine Lastschrift wurde doppelt eingezogen!!',
    'This is the umpteenth time my delivery slot got moved. Sort it out!!',
  ])('the third or later attempt is angry: %s', (t) => {
    expect(read(t).tone).toBe('angry');
  });

  it.each([
    'Der Bus kommt jeden Tag zu spät, ich riskiere noch meine Stelle deswegen!!',
    'Late again, and my boss says one more and I get fired!!',
  ])('a job at stake is angry: %s', (t) => {
    expect(read(t).tone).toBe('angry');
  });

  it('nobody calling back, in other words, still counts as anger', () => {
    expect(read('Seit Montag keine Heizung und keiner meldet sich zurück, obwohl versprochen!!').tone).toBe('angry');
  });

  it('"do you even want customers" is frustration, and a stuck switch to the brand goes to a DM', () => {
    const a = read('Wollt ihr überhaupt noch Kunden? Ich möchte mit meinem Festnetz zu euch umsteigen, aber im Shop hatte zweimal niemand Zeit für mich.');
    expect(a.tone).toBe('frustrated');
    expect(a.type).toBe('lead');
    expect(a.needsDm).toBe(true);
  });

  it.each([
    'Ihr Clowns. Demnächst kostet bei euch wohl auch das Atmen extra 😂',
    'Next they will bill us for daylight lol',
    'Die Hotline-Truppe gehört komplett entlassen lol, lest ihr ja eh nicht',
  ])('mockery without a grievance is a troll: %s', (t) => {
    expect(read(t).tone).toBe('troll');
  });

  it.each([
    'Really making the most of my Saturday afternoon, two hours on hold and counting 🙃',
    'Living my best life: 40 minutes in a replacement bus at midnight ✨',
  ])('stock sarcasm is ironic: %s', (t) => {
    expect(read(t).tone).toBe('ironic');
  });

  it.each([
    'Wärmepumpen für den halben Preis!!! Teilt den Beitrag und tragt eure Daten ein auf waerme-deal.top 🔥',
    '80% off all e-bikes today only! Share this video and enter your details at bike-bonanza.click',
  ])('bait ads are spam with no reply: %s', (t) => {
    const a = read(t, { author: { name: 'Deal Queen', handle: '@dealqueen' } });
    expect(a.type).toBe('spam');
  });

  it('a shipping volume per period and a business with several branches are leads', () => {
    expect(read('Wir verschicken etwa 150 Sendungen pro Woche aus unserer Manufaktur. Was würde das bei euch kosten?').type).toBe('lead');
    expect(read('We have four branches in Devon and want one contract for all of them. Who do we talk to?').type).toBe('lead');
    // a customer who visited several stores is not a business
    expect(read('Ich war in 4 Filialen und nirgends gab es das Duschgel. Kommt das wieder?').type).toBe('question');
  });

  it('a bill that went up is about billing; a text message asking to tap a link gets phishing advice, not phone-contract advice', () => {
    expect(read('Why is my electricity bill £31 more than last month?').topics).toContain('billing');
    const s = suggestCore({ platform: 'facebook', brand: 'Nordbank', author: { name: 'Greta Hahn' }, text: 'Ich habe eine Mail bekommen, mein Online-Banking sei gesperrt und ich soll einem Link folgen. Ist die wirklich von Ihnen?' });
    const all = s.map((x) => x.text).join(' ');
    expect(all).toMatch(/Link/);
    expect(all).not.toMatch(/Telefon|Vertr/);
  });
});
