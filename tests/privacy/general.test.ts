import { describe, expect, it } from 'vitest';
import { found } from './helpers';

/** Shapes the dev set does not show but real posts do; every example here is invented. */

describe('detect: ids in less common formats', () => {
  it('keeps a short letter prefix set apart from the digits of an id', () => {
    expect(found('Meine Vertragsnummer ist KV 55120983, bitte prüfen')).toEqual(['CUSTOMER_ID: KV 55120983']);
    expect(found('my loyalty number AIR 7730184 is missing miles')).toEqual(['CUSTOMER_ID: AIR 7730184']);
    expect(found('Mitglieds-ID: K-902231 wurde gesperrt')).toEqual(['CUSTOMER_ID: K-902231']);
  });
  it('does not join a train or a short number to the prefix', () => {
    expect(found('Bestellung ICE 578 war verspätet')).toEqual([]);
  });
  it('finds Luhn-valid card numbers of other issuers only when introduced as a card', () => {
    expect(found('Karte 6271048823115900 bitte sperren')).toEqual(['CREDIT_CARD: 6271048823115900']);
    expect(found('Referenz 6271048823115900 steht auf dem Beleg')).toEqual([]);
    expect(found('Geschenkkarte 6271048823115900 geht nicht')).toEqual([]);
  });
});

describe('detect: one-time codes and passwords with looser cues', () => {
  it('finds a code the customer says was sent to them', () => {
    expect(found('der Code aus der Mail lautet 552 907')).toEqual(['PASSWORD: 552 907']);
    expect(found('the code you texted me was 61840, still locked')).toEqual(['PASSWORD: 61840']);
    expect(found('OTP 7302 kam zu spät')).toEqual(['PASSWORD: 7302']);
  });
  it('ignores error, voucher and bare codes', () => {
    expect(found('error code 50013 in the app again')).toEqual([]);
    expect(found('Gutschein code 44190 geht nicht')).toEqual([]);
    expect(found('Code 88120 steht auf der Verpackung')).toEqual([]);
  });
  it('finds a generated password a few words after the keyword', () => {
    expect(found('das Einmal-Passwort, das ihr geschickt habt, Tq4#mz81 geht nicht')).toEqual(['PASSWORD: Tq4#mz81']);
    expect(found('the temporary password from your email Lw9?ka27 is rejected')).toEqual(['PASSWORD: Lw9?ka27']);
    expect(found('password reset link expired, please resend')).toEqual([]);
  });
});
