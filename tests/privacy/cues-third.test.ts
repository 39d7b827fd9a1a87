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
