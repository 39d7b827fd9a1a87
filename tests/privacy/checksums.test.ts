import { describe, expect, it } from 'vitest';
import { ibanValid, luhnValid, mod97Valid, steuerIdValid } from '../../lib/privacy/checksums';

describe('Luhn', () => {
  it('accepts valid card numbers of 15, 16 and 19 digits', () => {
    expect(luhnValid('4003909009956443')).toBe(true);
    expect(luhnValid('372456144502147')).toBe(true);
    expect(luhnValid('6011000990139424')).toBe(true);
  });
  it('rejects a changed digit, swapped digits, too short numbers and non-digits', () => {
    expect(luhnValid('4003909009956444')).toBe(false);
    expect(luhnValid('4003909009956434')).toBe(false);
    expect(luhnValid('42')).toBe(false);
    expect(luhnValid('4003 9090 0995 6443')).toBe(false);
  });
});

describe('IBAN mod 97', () => {
  it('accepts valid IBANs of different countries', () => {
    expect(ibanValid('DE44500105175407324931')).toBe(true);
    expect(ibanValid('AT611904300234573201')).toBe(true);
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
  });
  it('rejects wrong check digits, lower case and garbage', () => {
    expect(ibanValid('DE45500105175407324931')).toBe(false);
    expect(ibanValid('de44500105175407324931')).toBe(false);
    expect(ibanValid('DE44')).toBe(false);
  });
  it('mod97Valid (team rules) tolerates spaces, dashes and lower case', () => {
    expect(mod97Valid('de44 5001 0517 5407 3249 31')).toBe(true);
    expect(mod97Valid('DE44-5001-0517-5407-3249-32')).toBe(false);
  });
});

describe('Steuer-ID', () => {
  it('accepts numbers with a valid check digit and digit distribution', () => {
    expect(steuerIdValid('53984792061')).toBe(true);
    expect(steuerIdValid('13963425084')).toBe(true);
  });
  it('rejects a wrong check digit, a leading zero, wrong length and a digit three times in a row', () => {
    expect(steuerIdValid('53984792062')).toBe(false);
    expect(steuerIdValid('03984792061')).toBe(false);
    expect(steuerIdValid('5398479206')).toBe(false);
    expect(steuerIdValid('11123456789')).toBe(false);
  });
  it('rejects ten distinct leading digits (one digit must repeat)', () => {
    expect(steuerIdValid('12345678903')).toBe(false);
  });
});
