import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/replies/analyse';

const base = { platform: 'x' as const, author: { name: 'Maren Kowalski', handle: '@maren_k' } };

describe('analyse: tone and type', () => {
  it('reads shouting with a cancellation threat as angry', () => {
    const a = analyse({ ...base, text: 'Schon wieder 120 € abgebucht statt 45 €!!! Bis heute Abend ERLEDIGT, sonst kündige ich.' });
    expect(a.lang).toBe('de');
    expect(a.tone).toBe('angry');
    expect(a.type).toBe('complaint');
  });

  it('notices irony: praise words about a bad experience', () => {
    const a = analyse({ ...base, text: 'Oh great, my order arrived a week late and squashed. Love how you guys do it every time 🙃' });
    expect(a.tone).toBe('ironic');
    expect(a.type).toBe('complaint');
  });

  it('tells pure mockery (spam, still answerable) from a troll with a grievance (complaint)', () => {
    const mock = analyse({ ...base, text: 'Stromwerk = Stromzwerg 😂😂 wer bei euch Kunde ist, ist selber schuld lol' });
    expect(mock.tone).toBe('troll');
    expect(mock.type).toBe('spam');
    expect(mock.shouldReply).toBe(true);
    const grievance = analyse({ ...base, text: 'Your staff are all useless idiots lol, nobody at the counter could even find my parcel' });
    expect(grievance.tone).toBe('troll');
    expect(grievance.type).toBe('complaint');
  });

  it('does not answer pure ad spam but warns about phishing that uses the brand', () => {
    const ad = analyse({ ...base, brand: 'Nordstrom Energie', text: 'Krypto-Coaching: verdiene 500€ am Tag!!! DM me 💸 #invest #money' });
    expect(ad.type).toBe('spam');
    expect(ad.shouldReply).toBe(false);
    const phish = analyse({
      ...base,
      brand: 'Paketfix',
      author: { name: 'Paketfix Gewinne', handle: '@paketfix_gewinne' },
      text: 'Gratis Paket-Flatrate! Nur heute: einfach Adresse und Bankverbindung auf paketfix-gewinn.click hinterlassen 🎁',
    });
    expect(phish.type).toBe('spam');
    expect(phish.phishing).toBe(true);
    expect(phish.shouldReply).toBe(true);
  });

  it('recognises praise, leads and technical problems', () => {
    expect(analyse({ ...base, text: 'Riesiges Lob an den Busfahrer der Linie 7, der heute auf meine Oma gewartet hat! ❤️' }).type).toBe('praise');
    const lead = analyse({ ...base, text: 'We run a bakery with 5 shops in Leeds. Do you offer a business account with card terminals?' });
    expect(lead.type).toBe('lead');
    expect(lead.needsDm).toBe(true);
    const tech = analyse({ ...base, text: 'Die App zeigt beim Login nur Fehler 401, seit dem Update gestern. Was soll ich machen?' });
    expect(tech.type).toBe('technical_problem');
    expect(tech.needsDm).toBe(false);
  });

  it('keeps a calm information question neutral and public', () => {
    const a = analyse({ ...base, text: 'Can I take my dog on the tram to Greenwich, and does it need a ticket?' });
    expect(a.lang).toBe('en');
    expect(a.tone).toBe('neutral');
    expect(a.type).toBe('question');
    expect(a.needsDm).toBe(false);
  });
});

describe('analyse: facts', () => {
  it('picks up amounts, counts, times, places and products', () => {
    const a = analyse({
      ...base,
      text: 'Mein Kaffeevollautomat wurde in eurer Filiale Lindenstraße 2x berechnet, zusammen 799,98 €. Der Beleg (14:32) liegt mir vor.',
    });
    const texts = a.facts.map((f) => f.text);
    expect(texts).toEqual(expect.arrayContaining(['799,98 €', '2x', '14:32']));
    expect(texts.some((t) => /Lindenstraße/.test(t))).toBe(true);
    expect(texts.some((t) => /Kaffeevollautomat/.test(t))).toBe(true);
    expect(a.needsDm).toBe(true);
  });

  it('finds English places, routes and durations', () => {
    const a = analyse({ ...base, text: 'The 07:12 from Bristol to Bath has been cancelled for 4 days in a row. Every morning.' });
    const texts = a.facts.map((f) => f.text);
    expect(texts).toEqual(expect.arrayContaining(['Bristol', 'Bath']));
    // the time may carry what happened to it ("07:12 cancelled")
    expect(texts.some((t) => t.startsWith('07:12'))).toBe(true);
    expect(texts.some((t) => /4 days/.test(t))).toBe(true);
    expect(a.tone).toBe('frustrated');
  });

  it('never takes personal data as a fact and routes the case to DMs', () => {
    const a = analyse({ ...base, text: 'Mein Router ist seit Freitag tot. Ruft mich an: 0171 2345678, Kundennummer 88812345' });
    expect(a.personalData.join(' ')).toContain('0171 2345678');
    expect(a.personalData.join(' ')).toContain('88812345');
    expect(a.facts.map((f) => f.text).join(' ')).not.toMatch(/2345678|88812345/);
    expect(a.needsDm).toBe(true);
    expect(a.dmReasons).toContain('personal-data');
  });

  it('reads earlier turns of the thread and the customer history', () => {
    const a = analyse({
      ...base,
      text: 'Done, sent it. Still no refund after 6 days?!',
      thread: [
        { role: 'customer', text: 'You charged my card twice for the Oslo hotel booking.' },
        { role: 'agent', text: 'Sorry about that – could you DM us so we can check?' },
      ],
      history: [{ text: 'Complaint about a broken suitcase handle in March', date: '2026-03-02' }],
    });
    expect(a.followUp).toBe(true);
    expect(a.agentAskedDm).toBe(true);
    expect(a.facts.some((f) => f.source === 'thread' && /Oslo/.test(f.text))).toBe(true);
    expect(a.earlierContact?.date).toBe('2026-03-02');
    expect(a.needsDm).toBe(true);
  });

  it('does not read greetings or rhetorical questions as facts or questions', () => {
    const a = analyse({ ...base, platform: 'facebook', text: 'Guten Tag. WAS SOLL DAS??? Ihr habt mir das Gas abgestellt, obwohl ich bezahlt habe!!! Ich will sofort einen Rückruf!' });
    expect(a.facts.map((f) => f.text).join(' ')).not.toMatch(/ten Tag/);
    expect(a.tone).toBe('angry');
    expect(a.type).toBe('complaint');
    expect(a.needsDm).toBe(true);
  });

  it('matches cue words inside German compounds', () => {
    const a = analyse({ ...base, text: 'Warum dauert eine Rückerstattung bei euch eigentlich 6 Wochen? Das ist doch nicht normal.' });
    expect(a.type).toBe('complaint');
    expect(a.tone).toBe('frustrated');
    expect(a.needsDm).toBe(true);
  });

  it('rejects input that is not a message with a clear error', () => {
    expect(() => analyse({ platform: 'x', text: '' } as never)).toThrow();
    expect(() => analyse({ platform: 'myspace', text: 'hi' } as never)).toThrow(/platform|Invalid/);
  });
});
