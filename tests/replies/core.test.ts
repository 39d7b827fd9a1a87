import { describe, expect, it } from 'vitest';
import { runCore, suggestCore } from '../../lib/replies/engines/core';
import { guard, asksPersonalDataPublicly, proposesDm } from '../../lib/replies/guard';
import { ReplyInputSchema, type ReplyInputRaw } from '../../lib/replies/schema';
import { copyRatio, similarity } from '../../lib/replies/text';
import { variant } from '../../lib/replies/variants';

const router: ReplyInputRaw = {
  platform: 'x',
  brand: 'Netzwelle',
  sector: 'telecom',
  author: { name: 'Jonas Berg', handle: '@jberg' },
  text: 'Mein Router in Leipzig-Gohlis blinkt seit gestern Abend rot, Homeoffice geht gar nicht. Was kann ich tun?',
};
const refund: ReplyInputRaw = {
  platform: 'facebook',
  brand: 'Frischkorb',
  sector: 'supermarket',
  author: { name: 'Petra Lindner' },
  text: 'Im Markt am Rosenplatz wurden mir 3 Packungen Lachs doppelt berechnet, 23,97 € zu viel. Kassenbon liegt hier. Wie krieg ich mein Geld wieder?',
};
const praise: ReplyInputRaw = {
  platform: 'instagram',
  brand: 'Stadtbus Nord',
  author: { name: 'Emma', handle: '@emma_unterwegs' },
  text: 'Shoutout to the driver of the number 12 in Norwich who waited for my gran with her walker. Absolute legend! ❤️',
};

describe('core engine', () => {
  it('gives three visibly different suggestions that address the customer and pick up the facts', () => {
    const { analysis, suggestions } = runCore(router);
    expect(analysis.type).toBe('technical_problem');
    expect(suggestions).toHaveLength(3);
    for (const s of suggestions) {
      expect(s.text).toMatch(/Jonas/);
      expect(s.text.length).toBeLessThanOrEqual(280);
      expect(copyRatio(s.text, router.text)).toBeLessThan(0.5);
      expect(s.text).toMatch(/Router|Leipzig|gestern/);
    }
    const [a, b, c] = suggestions.map((s) => s.text);
    expect(similarity(a!, b!)).toBeLessThan(0.8);
    expect(similarity(a!, c!)).toBeLessThan(0.8);
    expect(similarity(b!, c!)).toBeLessThan(0.8);
    expect(new Set(suggestions.map((s) => s.strategy)).size).toBe(3);
  });

  it('writes different substance for different problems, not one skeleton', () => {
    const r1 = suggestCore(router);
    const r2 = suggestCore(refund);
    for (const x of r1) for (const y of r2) expect(similarity(x.text, y.text)).toBeLessThan(0.6);
    expect(r2.map((s) => s.text).join(' ')).toMatch(/erstatt|zurück/i);
    expect(r1.map((s) => s.text).join(' ')).toMatch(/Router|Leitung|Strom/);
  });

  it('moves an individual refund to DMs in every suggestion, without asking for data in public', () => {
    const s = suggestCore(refund);
    expect(s).toHaveLength(3);
    for (const x of s) {
      expect(proposesDm(x.text)).toBe(true);
      expect(asksPersonalDataPublicly(x.text)).toBe(false);
      expect(x.text).toMatch(/Petra/);
    }
    expect(s.map((x) => x.text).join(' ')).toMatch(/23,97|Rosenplatz|Lachs/);
  });

  it('does not push a simple public question into DMs', () => {
    const s = suggestCore({ platform: 'instagram', author: { name: 'Kim' }, text: 'Can I bring a folding scooter on the ferry to Cowes at rush hour?' });
    for (const x of s) expect(proposesDm(x.text)).toBe(false);
  });

  it('never repeats personal data the customer posted', () => {
    const s = suggestCore({ platform: 'facebook', author: { name: 'Ute Krämer' }, text: 'Paket kommt nicht an!!! Meine Nummer 0151 22233344, Sendung 00340434161094042557, ruft an!' });
    for (const x of s) {
      expect(x.text.replace(/\s/g, '')).not.toContain('015122233344');
      expect(x.text).not.toContain('00340434161094042557');
      expect(proposesDm(x.text)).toBe(true);
    }
  });

  it('thanks genuine praise warmly, and does not thank an ironic customer', () => {
    const p = suggestCore(praise);
    expect(p.map((x) => x.text).join(' ')).toMatch(/Norwich|driver|12/);
    const ironic = runCore({ platform: 'x', author: { handle: '@rolf' }, text: 'Wow, 3 hours on hold and then the line drops. Amazing service as always 👏👏' });
    expect(ironic.analysis.tone).toBe('ironic');
    for (const x of ironic.suggestions) expect(x.text).not.toMatch(/thanks for|glad you|happy to hear|kind words/i);
  });

  it('answers a troll calmly and briefly, and gives pure ad spam no reply', () => {
    const t = suggestCore({ platform: 'x', author: { handle: '@grumpy' }, text: 'Schnellbahn = Schneckenbahn 😂 wer mit euch fährt ist selber schuld' });
    expect(t.length).toBeGreaterThan(0);
    for (const x of t) expect(x.text.length).toBeLessThan(220);
    const spam = runCore({ platform: 'facebook', brand: 'Frischkorb', author: { name: 'Crypto Coach' }, text: 'Verdiene 900€ am Tag mit Krypto!!! Schreibt mir eine Nachricht 🚀 #invest #geld' });
    expect(spam.analysis.shouldReply).toBe(false);
    expect(spam.suggestions).toEqual([]);
  });

  it('warns followers about phishing that uses the brand', () => {
    const s = suggestCore({
      platform: 'facebook',
      brand: 'Frischkorb',
      author: { name: 'Frischkorb Gewinnspiel' },
      text: 'Gewinne einen 500€ Einkaufsgutschein! Nur heute auf frischkorb-gewinn.top Daten eingeben 🎉',
    });
    expect(s).toHaveLength(3);
    for (const x of s) expect(x.text).toMatch(/nicht von uns|offiziell|Betrug|fake|Phishing|gehört nicht zu uns/i);
  });

  it('takes the earlier turns into account', () => {
    const s = suggestCore({
      platform: 'x',
      author: { name: 'Dev Patel', handle: '@devp' },
      thread: [
        { role: 'customer', text: 'I asked to raise my overdraft limit twelve days ago and heard nothing.' },
        { role: 'agent', text: 'Hi Dev, thanks for your patience – drop us a DM with the details and we will chase it.' },
      ],
      text: 'Sent it on Monday. Nothing since, and the car dealer wants an answer by Thursday!!',
    });
    const all = s.map((x) => x.text).join(' ');
    expect(all).toMatch(/DM|direct message/);
    expect(all).toMatch(/Thursday|overdraft|limit|dealer/i);
  });

  it('is deterministic and stays fast', () => {
    expect(suggestCore(router)).toEqual(suggestCore(router));
  });
});

describe('variants', () => {
  const [first] = suggestCore(refund);
  const input = ReplyInputSchema.parse(refund);
  it('"another" gives different wording that still passes the guard', () => {
    const v = variant(first!, 'another', refund);
    expect(v).not.toBeNull();
    expect(similarity(v!.text, first!.text)).toBeLessThan(0.9);
    expect(guard(v!.text, { input, lang: 'de' }).ok).toBe(true);
  });
  it('"shorter" is shorter and keeps the DM move', () => {
    const v = variant(first!, 'shorter', refund);
    expect(v!.text.length).toBeLessThan(first!.text.length);
    expect(proposesDm(v!.text)).toBe(true);
  });
  it('"formal" switches German replies to Sie', () => {
    const v = variant(first!, 'formal', refund);
    expect(v!.text).not.toMatch(/\b(du|dich|dir|dein\w*)\b/);
  });
  it('"warmer" adds warmth within the platform limit', () => {
    const x = suggestCore(router)[0]!;
    const v = variant(x, 'warmer', router);
    expect(v).not.toBeNull();
    expect(v!.text.length).toBeLessThanOrEqual(280);
    expect(v!.text).not.toEqual(x.text);
  });
});
