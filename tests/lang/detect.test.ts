import { describe, expect, it } from 'vitest';
import { detectLang } from '../../lib/lang/detect';

describe('detectLang', () => {
  it('tells German from English in short posts', () => {
    expect(detectLang('Seit zwei Tagen geht mein Internet nicht, was ist da los?')).toBe('de');
    expect(detectLang('My parcel never arrived and nobody answers the phone.')).toBe('en');
  });
  it('leans on umlauts when function words are missing', () => {
    expect(detectLang('Störung Köln')).toBe('de');
  });
  it('says und when there is nothing to go on', () => {
    expect(detectLang('👍👍 12345')).toBe('und');
  });
});

describe('detectLang on mixed contact lines', () => {
  it('reads German from verbs when the rest is an address and a number', () => {
    expect(detectLang('max.muster@example.org – oder ruft an: 0151 1234567')).toBe('de');
  });
  it('breaks ties with letter sequences', () => {
    expect(detectLang('Rückruf bitte')).toBe('de');
    expect(detectLang('Nothing works')).toBe('en');
  });
});
