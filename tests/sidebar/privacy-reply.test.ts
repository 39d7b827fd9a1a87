import { describe, expect, it } from 'vitest';
import { firstName, isFormalGerman, privacyReply } from '../../lib/sidebar/privacy-reply';

describe('privacy reply', () => {
  it('takes a first name only from names that look like a person', () => {
    expect(firstName('Sabine Krüger')).toBe('Sabine');
    expect(firstName('🌻 Lisa')).toBe('Lisa');
    expect(firstName('petra.wagner.hh')).toBeUndefined();
    expect(firstName('@kim_22')).toBeUndefined();
    expect(firstName(undefined)).toBeUndefined();
    expect(firstName('Sabine Krüger', true)).toBe('Sabine Krüger');
    expect(firstName('Sabine', true)).toBeUndefined();
  });

  it('notices a formal German address, not a sentence-initial "Sie"', () => {
    expect(isFormalGerman('Können Sie mich bitte zurückrufen?')).toBe(true);
    expect(isFormalGerman('Ich habe Ihnen geschrieben.')).toBe(true);
    expect(isFormalGerman('Sie ist seit Tagen kaputt. Kannst du helfen?')).toBe(false);
    expect(isFormalGerman('Könnt ihr mich anrufen?')).toBe(false);
  });

  it('answers formally in German when asked formally', () => {
    const r = privacyReply({ types: ['PHONE'], lang: 'de', authorName: 'Sabine Krüger', platform: 'facebook', formal: true });
    expect(r).toMatch(/Sabine Krüger,/);
    expect(r).toMatch(/\b(Sie|Ihre|Ihnen)\b/);
    expect(r).not.toMatch(/\b(du|dich|dir|deine)\b/);
    expect(r).toMatch(/Kommentar/);
  });

  it('varies the wording by the kind of data and by variant', () => {
    const phone = new Set<string>();
    const bank = new Set<string>();
    for (let v = 0; v < 12; v++) {
      phone.add(privacyReply({ types: ['PHONE'], lang: 'en', authorName: 'Ann Lee', platform: 'x', variant: v }));
      bank.add(privacyReply({ types: ['IBAN'], lang: 'en', authorName: 'Ann Lee', platform: 'x', variant: v }));
    }
    expect(phone.size).toBeGreaterThanOrEqual(4);
    expect(bank.size).toBeGreaterThanOrEqual(4);
    for (const r of phone) expect(r).toMatch(/phone number|number/);
    for (const r of bank) expect(r).toMatch(/payment details/);
    const address = privacyReply({ types: ['POSTAL_ADDRESS'], lang: 'de', platform: 'instagram' });
    expect(address).toMatch(/Anschrift/);
    const password = privacyReply({ types: ['PASSWORD'], lang: 'de', platform: 'instagram' });
    expect(password).toMatch(/Passwort .*ändere|Ändere das Passwort/);
    const mixed = privacyReply({ types: ['PHONE', 'IBAN'], lang: 'en', platform: 'x' });
    expect(mixed).toMatch(/personal details/);
  });

  it('is the same text for the same input and variant', () => {
    const input = { types: ['EMAIL'] as const, lang: 'de' as const, authorName: 'Jonas Becker', platform: 'x' as const, variant: 7 };
    expect(privacyReply({ ...input, types: [...input.types] })).toBe(privacyReply({ ...input, types: [...input.types] }));
  });
});
