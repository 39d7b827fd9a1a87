import { describe, expect, it } from 'vitest';
import { guard, type GuardContext } from '../../lib/replies/guard';
import { ReplyInputSchema } from '../../lib/replies/schema';

function ctx(text: string, extra: Partial<Parameters<typeof ReplyInputSchema.parse>[0]> = {}, tone?: GuardContext['tone']): GuardContext {
  const input = ReplyInputSchema.parse({ text, platform: 'facebook', ...extra });
  return { input, lang: /[äöüß]| der | die | und /.test(text) ? 'de' : 'en', ...(tone ? { tone } : {}) };
}

describe('guard', () => {
  it('drops a reply that parrots the customer', () => {
    const msg = 'My washing machine from your Camden store leaks water all over the kitchen floor since Tuesday';
    const r = guard('Hi Jo, your washing machine from your Camden store leaks water all over the kitchen floor since Tuesday.', ctx(msg));
    expect(r.ok).toBe(false);
    expect(r.issues).toContain('parrot');
  });

  it('keeps a reply that picks up the facts in its own words', () => {
    const msg = 'My washing machine from your Camden store leaks water all over the kitchen floor since Tuesday';
    const r = guard('Jo, a leaking washing machine since Tuesday is no fun. Please switch off the water tap; we will send a technician from Camden.', ctx(msg));
    expect(r.ok).toBe(true);
  });

  it('drops canned boilerplate, and removes a canned sentence from an otherwise specific reply', () => {
    expect(guard('Vielen Dank für Ihre Nachricht. Wir kümmern uns schnellstmöglich um Ihr Anliegen.', ctx('Wo bleibt mein Paket aus Ulm?')).ok).toBe(false);
    const r = guard(
      'Lena, dein Paket aus Ulm steckt laut Verlauf im Zentrum Neuenstein fest; wir lassen es heute noch weiterleiten und sagen dir hier Bescheid. Wir bitten um Ihr Verständnis.',
      ctx('Wo bleibt mein Paket aus Ulm?'),
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.text).not.toMatch(/Verständnis/);
      expect(r.issues).toContain('canned');
    }
  });

  it('treats team macros (guidelines of kind canned) like the built-in list', () => {
    const c = ctx('Is the Deluxe box vegan?', { guidelines: [{ id: 'm1', kind: 'canned', text: 'Our product experts will review your enquiry shortly.' }] });
    const r = guard('Our product experts will review your enquiry shortly.', c);
    expect(r.ok).toBe(false);
  });

  it('never repeats the customer\'s personal data in public', () => {
    const msg = 'Call me back on 0176 5554433, my meter is broken';
    const r = guard('Tom, we will call you on 0176 5554433 today. A broken meter gets a technician visit within two days.', ctx(msg));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.text.replace(/\s/g, '')).not.toContain('01765554433');
      expect(r.issues).toContain('pii-echo');
    }
  });

  it('replaces a public request for personal data with a move to DMs', () => {
    const r = guard('Sorry Tom! Please send us your account number and postcode here so we can check the meter.', ctx('My meter reading was rejected again'));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.text).not.toMatch(/account number/);
      expect(r.text).toMatch(/DM/);
      expect(r.issues).toContain('pii-request');
    }
  });

  it('allows asking for a DM and warning people not to post data', () => {
    const r = guard('Bitte poste deine Kundennummer nicht öffentlich – schreib uns einfach eine DM.', ctx('Meine Rechnung stimmt nicht'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.issues).toEqual([]);
  });

  it('removes thanks for "praise" when the customer is ironic', () => {
    const r = guard(
      'So glad you like it, Sam! A 90-minute wait at the Leeds counter is not what we want; we are checking the staffing plan for Saturdays.',
      ctx('Wow, only 90 minutes queueing at the Leeds counter. Amazing service 👏', {}, 'ironic'),
      );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.text).not.toMatch(/glad you like/i);
      expect(r.issues).toContain('irony-thanks');
    }
  });

  it('keeps replies on X within 280 characters', () => {
    const long =
      'Anna, the delayed 18:05 to Kiel and the missed ferry are exactly the kind of chain reaction we hate. You can claim compensation online for the delay. ' +
      'We have also asked operations why the train waited twenty minutes outside Hamburg. If the ferry ticket cannot be used again, keep the receipt, because we can look at that too.';
    const r = guard(long, { input: ReplyInputSchema.parse({ text: 'Train late, missed my ferry', platform: 'x' }), lang: 'en' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.text.length).toBeLessThanOrEqual(280);
      expect(r.issues).toContain('too-long');
    }
  });

  it('applies team guidelines: avoid phrases, require phrases, maximum length', () => {
    const c = ctx('Wann kommt der Techniker nach Kassel?', {
      guidelines: [
        { id: 'g1', kind: 'avoid-phrase', text: 'leider' },
        { id: 'g2', kind: 'require-phrase', text: '^Mia' },
        { id: 'g3', kind: 'max-length', text: '160' },
      ],
    });
    const r = guard(
      'Hallo Ben, der Techniker für Kassel ist für Donnerstagvormittag eingeplant. Leider geht es nicht früher. Wir schicken dir am Mittwoch eine Erinnerung mit dem genauen Zeitfenster.',
      c,
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.text).not.toMatch(/leider/i);
      expect(r.text).toMatch(/\^Mia$/);
      expect(r.text.length).toBeLessThanOrEqual(160);
    }
  });
});
