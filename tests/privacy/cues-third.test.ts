import { describe, expect, it } from 'vitest';
import { found } from './helpers';

/** Shapes a third independent check set brought up; every example here is invented. */

describe('detect: marketplace order numbers are never cards', () => {
  it('reads a Luhn-valid 3-7-7 number as an order, with or without a keyword', () => {
    expect(found('Meine Bestellung 518-4402903-1188206 kam beschädigt an')).toEqual(['ORDER_ID: 518-4402903-1188206']);
    expect(found('still nothing for 518-4402903-1188206, any news?')).toEqual(['ORDER_ID: 518-4402903-1188206']);
  });
  it('still finds the same digits written as a card', () => {
    expect(found('Karte 5184 4029 0311 8820 6 wurde belastet')).toEqual(['CREDIT_CARD: 5184 4029 0311 8820 6']);
  });
});

describe('detect: a secret after a time word', () => {
  it('skips "momentan", "aktuell", "currently" between the connector and the secret', () => {
    expect(found('Das Kennwort ist aktuell Wolke#88, bitte nicht weitergeben')).toEqual(['PASSWORD: Wolke#88']);
    expect(found('my password is currently tr4mline_9 and the app rejects it')).toEqual(['PASSWORD: tr4mline_9']);
    expect(found('Die PIN lautet derzeit 6093')).toEqual(['PASSWORD: 6093']);
  });
  it('names no secret when a plain word follows the time word', () => {
    expect(found('Mein Passwort ist jetzt ungültig, was soll ich tun?')).toEqual([]);
    expect(found('the password is currently disabled for all users')).toEqual([]);
    expect(found('Passwort momentan gesperrt, Zugang geht nicht')).toEqual([]);
  });
});

describe('detect: a PIN or code the customer typed in or read out', () => {
  it('finds the digits after "typed", "entered", "eingegeben"', () => {
    expect(found('the machine wanted my PIN, I entered 7310 and it swallowed the card')).toEqual(['PASSWORD: 7310']);
    expect(found('bei der PIN habe ich eingetippt: 5528, falsch')).toEqual(['PASSWORD: 5528']);
  });
  it('finds a code read out after "it was" close behind the keyword', () => {
    expect(found('they wanted the security code, it was 640 218, over the phone')).toEqual(['PASSWORD: 640 218']);
    expect(found('der Bestätigungscode, der war 81907, kam per Post')).toEqual(['PASSWORD: 81907']);
  });
  it('ignores an amount or count far behind the keyword or after a bare "code"', () => {
    expect(found('the PIN letter came, but the monthly fee was 2500 yen more')).toEqual([]);
    expect(found('PIN entered wrong 3 times, card blocked')).toEqual([]);
    expect(found('the discount code, it was 2024 only')).toEqual([]);
    expect(found('the code printed on the lid was 4417')).toEqual([]);
  });
});

describe('detect: a lower-case full name an account is held under', () => {
  it('finds a known first name with a surname after "is under" or "in the name of"', () => {
    expect(found('the booking is under fiona gallagher, can you check')).toEqual(['PERSON_NAME: fiona gallagher']);
    expect(found('contract was in the name of martin ebner until last year')).toEqual(['PERSON_NAME: martin ebner']);
    expect(found('der vertrag läuft auf sandra kowalczyk, nicht auf mich')).toEqual(['PERSON_NAME: sandra kowalczyk']);
  });
  it('does not read ordinary words after "under" as a name', () => {
    expect(found('my phone is under warranty until june')).toEqual([]);
    expect(found('the account is under review since monday')).toEqual([]);
    expect(found('the parcel was under grace pending review')).toEqual([]);
    expect(found('is under will be fixed soon')).toEqual([]);
  });
});

describe('detect: numbers introduced as another identifier are no phones', () => {
  it('leaves an NHS number or a device serial written like a phone alone', () => {
    expect(found('The surgery lost my records, NHS number 485 777 3456, please chase')).toEqual([]);
    expect(found('IMEI: 0151 2834 9901, the handset is blocked')).toEqual([]);
  });
  it('still finds the phone number next to it', () => {
    expect(found('NHS no. 485 777 3456, ring me on 07700 900128')).toEqual(['PHONE: 07700 900128']);
  });
});
