import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/privacy';
import { found } from './helpers';

describe('detect: contact data', () => {
  it('finds plain and obfuscated e-mail addresses', () => {
    expect(found('Schreibt mir an lisa.brandt77@gmx.net bitte')).toEqual(['EMAIL: lisa.brandt77@gmx.net']);
    expect(found('mail me: kai[at]mailbox[dot]org')).toEqual(['EMAIL: kai[at]mailbox[dot]org']);
    expect(found('erreichbar unter tom punkt kessler at gmx punkt de')).toEqual(['EMAIL: tom punkt kessler at gmx punkt de']);
    expect(found('max.hahn (at) outlook (dot) com reicht')).toEqual(['EMAIL: max.hahn (at) outlook (dot) com']);
  });
  it('does not take a sentence with "at" and a web address for an e-mail', () => {
    expect(found('I looked at amazon.de and the price is different')).toEqual([]);
    expect(found('@Telekom_hilft wieso dauert das so lange?')).toEqual([]);
  });
  it('finds private phone numbers in German, British and US notation', () => {
    expect(found('Meine Handynummer: +49 (0)171 2345678, bitte zurückrufen')).toEqual(['PHONE: +49 (0)171 2345678']);
    expect(found('Ruft mich an: 030 98765432')).toEqual(['PHONE: 030 98765432']);
    expect(found('Tel. 089 / 1234 5678')).toEqual(['PHONE: 089 / 1234 5678']);
    expect(found('text me on 07911 123456 please', { lang: 'en' })).toEqual(['PHONE: 07911 123456']);
    expect(found('my cell is (415) 555-0199')).toEqual(['PHONE: (415) 555-0199']);
    expect(found('call me at +1 212 555 0187 after 5')).toEqual(['PHONE: +1 212 555 0187']);
  });
  it('ignores company hotlines and service numbers, even when a customer quotes them', () => {
    expect(found('Ruf die Hotline 0800 330 1000 an, sagen sie')).toEqual([]);
    expect(found('Die 0180 6 10 11 11 kostet Geld!')).toEqual([]);
    expect(found('I called 1-800-275-2273 twice and nobody picked up')).toEqual([]);
    expect(found('Du erreichst uns telefonisch unter 030 1234567. Dein Team')).toEqual([]);
    expect(found('Please give us a call at 020 7946 0000 and we sort it')).toEqual([]);
    expect(found('Die Filiale 0221 123456 geht nie ans Telefon')).toEqual([]);
  });
  it('keeps a private number that follows a hotline complaint', () => {
    expect(found('Die Hotline legt auf. Meine Nummer ist 0171 1234567')).toEqual(['PHONE: 0171 1234567']);
  });
  it('does not take train, flight, bus or gate numbers, times, prices or years for phones', () => {
    expect(found('ICE 578 fällt aus, RE 4711 auch, Gleis 7 um 14:32')).toEqual([]);
    expect(found('flight UA 1456 from gate B22 delayed to 9:40, bus 142 gone')).toEqual([]);
    expect(found('Tarif 39,99 € statt 29,99 € seit 2024, 3 Monate, 1.299,00 € Gerät')).toEqual([]);
  });
  it('finds postal addresses but not lone postcodes or cities', () => {
    expect(found('Lieferadresse Hauptstr. 5, 10115 Berlin')).toEqual(['POSTAL_ADDRESS: Hauptstr. 5, 10115 Berlin']);
    expect(found('wohne im Lindenweg 12a')).toEqual(['POSTAL_ADDRESS: Lindenweg 12a']);
    expect(found('Abholung: Am Teich 4, 04109 Leipzig')).toEqual(['POSTAL_ADDRESS: Am Teich 4, 04109 Leipzig']);
    expect(found('Kirchgasse 4/2, 1070 Wien')).toEqual(['POSTAL_ADDRESS: Kirchgasse 4/2, 1070 Wien']);
    expect(found('ship to 1234 Elm St, Springfield, IL 62704 asap')).toEqual(['POSTAL_ADDRESS: 1234 Elm St, Springfield, IL 62704']);
    expect(found('it went to 27 Kingsley Road, Leeds LS6 2AB instead')).toEqual(['POSTAL_ADDRESS: 27 Kingsley Road, Leeds LS6 2AB']);
    expect(found('send it to PO Box 4410, Austin, TX 78701')).toEqual(['POSTAL_ADDRESS: PO Box 4410, Austin, TX 78701']);
    expect(found('deliver to 230 W 56th St, New York, NY 10019')).toEqual(['POSTAL_ADDRESS: 230 W 56th St, New York, NY 10019']);
    expect(found('PLZ 10115 ist nicht lieferbar? ZIP 90210, postcode SW1A 1AA, Störung in 80331 München')).toEqual([]);
    expect(found('Platz 64 in Wagen 9 ist doppelt gebucht, Sitzplatz 12 auch')).toEqual([]);
    expect(found('Die Filiale in der Königstraße 12 hat seit Montag zu')).toEqual([]);
  });
});

describe('detect: payment and identity numbers', () => {
  it('finds IBANs with and without spaces when the checksum holds', () => {
    expect(found('Erstattung bitte auf DE44 5001 0517 5407 3249 31')).toEqual(['IBAN: DE44 5001 0517 5407 3249 31']);
    expect(found('AT611904300234573201 ist mein Konto')).toEqual(['IBAN: AT611904300234573201']);
    expect(found('IBAN GB82 WEST 1234 5698 7654 32 please')).toEqual(['IBAN: GB82 WEST 1234 5698 7654 32']);
    expect(found('IBAN DE45 5001 0517 5407 3249 31 (Tippfehler)')).not.toContain('IBAN: DE45 5001 0517 5407 3249 31');
  });
  it('finds Luhn-valid card numbers, not last-4, expiry dates or Luhn-invalid voucher numbers', () => {
    expect(found('card 4003 9090 0995 6443 exp 08/27')).toEqual(['CREDIT_CARD: 4003 9090 0995 6443']);
    expect(found('Mastercard 5293-3618-5664-1320 wurde belastet')).toEqual(['CREDIT_CARD: 5293-3618-5664-1320']);
    expect(found('Amex 3724 561445 02147')).toEqual(['CREDIT_CARD: 3724 561445 02147']);
    expect(found('Karte endet auf 4821, gültig bis 09/26')).toEqual([]);
    expect(found('Gutschein 4003 9090 0995 6444 funktioniert nicht')).toEqual([]);
  });
  it('finds a Steuer-ID by its checksum, with or without spaces', () => {
    expect(found('Hier meine Nummer 53984792061 für die Erstattung')).toEqual(['TAX_ID: 53984792061']);
    expect(found('Steuer-ID: 13 963 425 084')).toEqual(['TAX_ID: 13 963 425 084']);
    expect(found('Rechnungsbetrag 53984792062 Cent, lol')).toEqual([]);
  });
  it('finds passport, ID card and licence numbers introduced as such', () => {
    expect(found('Reisepass C01X00T47 wurde nicht akzeptiert')).toEqual(['PASSPORT_ID: C01X00T47']);
    expect(found('My passport number is 523419876')).toEqual(['PASSPORT_ID: 523419876']);
    expect(found('Führerscheinnummer B072RRE2I55')).toEqual(['PASSPORT_ID: B072RRE2I55']);
    expect(found('Der Personalausweis ist abgelaufen')).toEqual([]);
  });
  it('finds IP addresses but not version numbers', () => {
    expect(found('meine IP ist 81.14.207.33, bitte entsperren')).toEqual(['IP_ADDRESS: 81.14.207.33']);
    expect(found('IPv6 2a02:8108:1234::1 geblockt')).toEqual(['IP_ADDRESS: 2a02:8108:1234::1']);
    expect(found('Firmware 1.0.11.116 macht Probleme')).toEqual([]);
    expect(found('version 2.0.1.3 of the app crashes')).toEqual([]);
    expect(found('Build 010139.4.8.001.0 installiert')).toEqual([]);
  });
  it('finds licence plates in German, British and US form', () => {
    expect(found('Kennzeichen B-MW 3344E wurde abgeschleppt')).toEqual(['LICENSE_PLATE: B-MW 3344E']);
    expect(found('HH-AB 123 steht seit Tagen da')).toEqual(['LICENSE_PLATE: HH-AB 123']);
    expect(found('Mein Kennzeichen F AX 37 wurde geblitzt')).toEqual(['LICENSE_PLATE: F AX 37']);
    expect(found('driver with plate LK19 XPD was rude')).toEqual(['LICENSE_PLATE: LK19 XPD']);
    expect(found('rental plate 7ABC123 got a ticket')).toEqual(['LICENSE_PLATE: 7ABC123']);
    expect(found('Is model RT-AX58U compatible? ZT-4410 too?')).toEqual([]);
    expect(found('USB-C 3.1 Kabel fehlt und DVB-T 2 geht nicht')).toEqual([]);
  });
});

describe('detect: numbers introduced as customer, order or secret', () => {
  it('finds customer, contract and account numbers (the number only)', () => {
    expect(found('Vertragsnummer: 123456789, bitte prüfen')).toEqual(['CUSTOMER_ID: 123456789']);
    expect(found('Kd.-Nr. 4711-0815 hier')).toEqual(['CUSTOMER_ID: 4711-0815']);
    expect(found('my account number is 12345678')).toEqual(['CUSTOMER_ID: 12345678']);
    expect(found('customer ID: AB123456')).toEqual(['CUSTOMER_ID: AB123456']);
    expect(found('Mitgliedsnummer 9981 2231 77')).toEqual(['CUSTOMER_ID: 9981 2231 77']);
  });
  it('does not take product codes, article numbers or "customer since" years', () => {
    expect(found('Artikelnummer 4012345678901 ist nicht lieferbar')).toEqual([]);
    expect(found('Seriennummer SN12345678 defekt, Modell ZT-4410')).toEqual([]);
    expect(found('Ich bin seit 2015 Kunde, member since 2011')).toEqual([]);
  });
  it('finds order, tracking, booking and ticket numbers', () => {
    expect(found('Bestellnummer #123-4567890-1234567')).toEqual(['ORDER_ID: 123-4567890-1234567']);
    expect(found('Tracking: 1Z999AA10123456784')).toEqual(['ORDER_ID: 1Z999AA10123456784']);
    expect(found('Sendungsnummer 00340434161234567890 hängt')).toEqual(['ORDER_ID: 00340434161234567890']);
    expect(found('booking ref ABC12D, two passengers')).toEqual(['ORDER_ID: ABC12D']);
    expect(found('Ticket #45821 still open')).toEqual(['ORDER_ID: 45821']);
    expect(found('Paket 00340434161234567890 hängt seit Montag')).toEqual(['ORDER_ID: 00340434161234567890']);
    expect(found('my order 5521-88 arrived damaged')).toEqual(['ORDER_ID: 5521-88']);
  });
  it('does not take flight, train or voucher codes, dates or prices for order numbers', () => {
    expect(found('Buchung für Flug LH 401 am 12.03., Bestellung vom 3.4. über 49,99 €')).toEqual([]);
    expect(found('Got my order in 2 days, mention code HOLIDAY')).toEqual([]);
    expect(found('Train 2153 from NYP sat for 55 min')).toEqual([]);
  });
  it('finds the secret only: passwords, PINs and one-time codes', () => {
    // trailing sentence punctuation is not taken as part of the secret
    expect(found('mein Passwort lautet Sommer2024!')).toEqual(['PASSWORD: Sommer2024']);
    expect(found('password: hunter2')).toEqual(['PASSWORD: hunter2']);
    expect(found('PIN ist 4711, Karte gesperrt')).toEqual(['PASSWORD: 4711']);
    expect(found('Bestätigungscode 847 291 kam zu spät')).toEqual(['PASSWORD: 847 291']);
  });
  it('does not flag the words Passwort or PIN alone', () => {
    expect(found('Passwort zurücksetzen geht nicht, PIN vergessen')).toEqual([]);
    expect(found('Mein Passwort ist falsch laut App')).toEqual([]);
    expect(found('the password is not working')).toEqual([]);
  });
  it('finds birth dates introduced as such, not other dates', () => {
    expect(found('geboren am 3. Mai 1985, falls ihr das braucht')).toEqual(['DATE_OF_BIRTH: 3. Mai 1985']);
    expect(found('DOB 03/14/1990 for verification')).toEqual(['DATE_OF_BIRTH: 03/14/1990']);
    expect(found('Geburtsdatum: 03.05.85')).toEqual(['DATE_OF_BIRTH: 03.05.85']);
    expect(found('Ich bin am 12.03.1985 geboren, reicht das?')).toEqual(['DATE_OF_BIRTH: 12.03.1985']);
    expect(found('Lieferung am 14.03.2025 kam nicht, bestellt am 01.03.2025')).toEqual([]);
    expect(found('birthday present ordered 12/01/2024 never came')).toEqual([]);
  });
  it('reads the ids after a birth date written before "geboren" / "born"', () => {
    expect(found('Ich bin am 12.03.1985 geboren, Kundennummer 40918273.')).toEqual([
      'DATE_OF_BIRTH: 12.03.1985',
      'CUSTOMER_ID: 40918273',
    ]);
    expect(found('I was 1990-04-02 born, order number 55667788')).toEqual(['DATE_OF_BIRTH: 1990-04-02', 'ORDER_ID: 55667788']);
  });
});

describe('detect: names', () => {
  it('finds full names of private persons, incl. particles, middle names and lower case', () => {
    expect(found('Ich bin Sabine Müller und warte seit Wochen')).toEqual(['PERSON_NAME: Sabine Müller']);
    expect(found('Please check, the account holder is Laura Beth Hollis')).toEqual(['PERSON_NAME: Laura Beth Hollis']);
    expect(found('Greta von Aschenbach hier, wo bleibt mein Geld?')).toEqual(['PERSON_NAME: Greta von Aschenbach']);
    expect(found('my name is john smith')).toEqual(['PERSON_NAME: john smith']);
    expect(found('Name: Zoltan Kovacs')).toEqual(['PERSON_NAME: Zoltan Kovacs']);
  });
  it('does not flag first names alone, surname salutations, public figures or agent signatures', () => {
    expect(found('Hi Petra, danke für die Info')).toEqual([]);
    expect(found('Frau Weber vom Service und Herr Zimmermann meinten das')).toEqual([]);
    expect(found('Elon Musk and Jeff Bezos would never wait this long')).toEqual([]);
    expect(found('Das ist erledigt. Viele Grüße, Anna Berger')).toEqual([]);
    expect(found('Your refund is on its way. Cheers, Liam Walsh')).toEqual([]);
    expect(found('I am Very Upset Right Now. This Is Unacceptable Customer Service')).toEqual([]);
  });
  it('flags a name the agent writes in a greeting: the signature rule is about the sign-off only', () => {
    expect(found('Hallo Jonas Albrecht, wir kümmern uns. ^LK')).toEqual(['PERSON_NAME: Jonas Albrecht']);
  });
});

describe('detect: offsets, order and language', () => {
  it('returns JavaScript string offsets that stay right after emoji (surrogate pairs)', () => {
    const text = '😡😡 Kundennummer 61830952 🙄 und IBAN DE44500105175407324931 👍';
    const spans = detect(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['61830952', 'DE44500105175407324931']);
    expect(spans[0]!.start).toBe(text.indexOf('61830952'));
  });
  it('returns sorted, non-overlapping spans', () => {
    const text = 'Kundennummer 4711238590, Tel 0171 2345678, Mail a.b@web.de, Kundennummer 4711238590';
    const spans = detect(text);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    expect(spans.map((s) => s.type)).toEqual(['CUSTOMER_ID', 'PHONE', 'EMAIL', 'CUSTOMER_ID']);
  });
  it('ignores numbers inside links', () => {
    expect(found('Status: https://www.example.com/track?id=0123456789&ref=4003909009956443')).toEqual([]);
    expect(found('Tel 0171 2345678, Infos unter https://example.de/hilfe')).toEqual(['PHONE: 0171 2345678']);
  });
  it('works without a language and on empty or tiny input', () => {
    expect(found('0171 2345678')).toEqual(['PHONE: 0171 2345678']);
    expect(detect('')).toEqual([]);
    expect(detect('ok')).toEqual([]);
  });
  it('finishes on 100 KB of long digit runs and repeated separators', () => {
    const inputs = [
      '0123456789'.repeat(10_000),
      '0 1 2 3 4 5 6 7 8 9 '.repeat(5_000),
      '- / . '.repeat(16_000),
      '+4 9'.repeat(25_000),
      '1.2.3.4.'.repeat(12_500),
      'a@b.'.repeat(25_000),
      'Anna Maria '.repeat(9_000),
      'Ab-'.repeat(33_000),
      'a:b:c:d:1:'.repeat(10_000),
    ];
    for (const text of inputs) expect(Array.isArray(detect(text))).toBe(true);
  }, 60_000);
});
