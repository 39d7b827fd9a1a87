import { describe, expect, it } from 'vitest';
import { detect, mask, maskText, typeLabel } from '../../lib/privacy';

describe('mask', () => {
  it('hides all but the last four characters of long values, in readable groups', () => {
    expect(mask('DE89 3704 0044 0532 0130 00')).toBe('•••• •••• •••• •••• 3000');
    expect(mask('4003 9090 0995 6443')).toBe('•••• •••• •••• 6443');
  });
  it('keeps three characters of mid-length values and two of short ones', () => {
    expect(mask('0171 2345678')).toBe('•••• •••• 678');
    expect(mask('4711')).toBe('••11');
  });
  it('shows nothing of very short values', () => {
    expect(mask('12')).toBe('••');
    expect(mask('')).toBe('');
  });
  it('does not split emoji or other surrogate pairs', () => {
    expect(mask('geheim😀1')).toBe('•••• • m😀1');
  });
});

describe('maskText', () => {
  it('masks every span and keeps the rest of the text', () => {
    const text = 'Tel 0171 2345678 und IBAN DE44500105175407324931, danke';
    const out = maskText(text, detect(text));
    expect(out).toBe('Tel •••• •••• 678 und IBAN •••• •••• •••• •••• 4931, danke');
    expect(out).not.toContain('2345678');
  });
  it('returns the text unchanged without spans and ignores spans outside the text', () => {
    expect(maskText('nichts hier', [])).toBe('nichts hier');
    expect(maskText('kurz', [{ start: 2, end: 99, type: 'PHONE' }])).toBe('kurz');
  });
});

describe('typeLabel', () => {
  it('names every type in German and English', () => {
    expect(typeLabel('IBAN', 'de')).toBe('IBAN');
    expect(typeLabel('PHONE', 'de')).toBe('Telefonnummer');
    expect(typeLabel('PHONE', 'en')).toBe('phone number');
    expect(typeLabel('LICENSE_PLATE', 'und')).toBe('licence plate');
  });
});
