import { describe, expect, it } from 'vitest';
import {
  fillUndetermined,
  isOwnMessage,
  isoTimestamp,
  leadingMention,
  nameFromConversationLabel,
  nameFromTitle,
  splitSeparator,
} from '../../../lib/sites/instagram/parse';

describe('DM day separators', () => {
  it.each([
    ['Today 9:12 AM', { dayLabel: 'Today', timeLabel: '9:12 AM' }],
    ['Yesterday 5:02 PM', { dayLabel: 'Yesterday', timeLabel: '5:02 PM' }],
    ['Nov 18, 2025, 9:12 AM', { dayLabel: 'Nov 18, 2025', timeLabel: '9:12 AM' }],
    ['Heute 09:12', { dayLabel: 'Heute', timeLabel: '09:12' }],
    ['Mo., 17. Nov. um 17:02', { dayLabel: 'Mo., 17. Nov.', timeLabel: '17:02' }],
    ['14:05', { timeLabel: '14:05' }],
    ['Yesterday', { dayLabel: 'Yesterday' }],
    ['', {}],
  ])('%s', (label, want) => {
    expect(splitSeparator(label)).toEqual(want);
  });
});

describe('who sent a DM row', () => {
  const who = { counterpartName: 'Jonas Becker', counterpartHandle: 'jonas.becker.le' };
  it('the counterpart when the row carries their avatar link or their name as sender label', () => {
    expect(isOwnMessage({ ...who, linksToCounterpart: true, hiddenLabel: 'You sent' })).toBe(false);
    expect(isOwnMessage({ ...who, hiddenLabel: 'Jonas Becker' })).toBe(false);
    expect(isOwnMessage({ ...who, optionsLabel: 'See more options for message from Jonas Becker' })).toBe(false);
  });
  it('the brand from "You sent" (en/de), "…from you", or end alignment', () => {
    expect(isOwnMessage({ ...who, hiddenLabel: 'You sent' })).toBe(true);
    expect(isOwnMessage({ ...who, hiddenLabel: 'Du hast gesendet' })).toBe(true);
    expect(isOwnMessage({ ...who, optionsLabel: 'See more options for message from you' })).toBe(true);
    expect(isOwnMessage({ ...who, alignment: 'end' })).toBe(true);
    expect(isOwnMessage({ ...who, alignment: 'start' })).toBe(false);
  });
  it('undecided without any signal', () => {
    expect(isOwnMessage(who)).toBeUndefined();
  });
});

describe('names and times from labels', () => {
  it('reads the post author name from the page title in English and German', () => {
    expect(nameFromTitle('Nordwind Mobil on Instagram: "Neu: Flex 50"')).toBe('Nordwind Mobil');
    expect(nameFromTitle('Nordwind Mobil auf Instagram: „Neu“')).toBe('Nordwind Mobil');
    expect(nameFromTitle('Instagram')).toBeUndefined();
    expect(nameFromTitle('Jonas Becker • Instagram')).toBeUndefined();
  });
  it('reads the name in "Conversation with …"', () => {
    expect(nameFromConversationLabel('Conversation with Sabine Krüger')).toBe('Sabine Krüger');
    expect(nameFromConversationLabel('Thread')).toBeUndefined();
  });
  it('keeps only full ISO timestamps', () => {
    expect(isoTimestamp('2025-11-18T09:12:31.000Z')).toBe('2025-11-18T09:12:31.000Z');
    expect(isoTimestamp('2025-11-18T10:12:31+01:00')).toBe('2025-11-18T10:12:31+01:00');
    expect(isoTimestamp('Nov 18, 2025')).toBeUndefined();
    expect(isoTimestamp('2025-11-18')).toBeUndefined();
    expect(isoTimestamp('2025-13-45T99:99:99Z')).toBeUndefined();
  });
  it('finds the handle a reply starts with', () => {
    expect(leadingMention('@markus_rauscher Das tut uns leid')).toBe('markus_rauscher');
    expect(leadingMention('Danke @markus')).toBeUndefined();
  });
});

describe('unclear message languages', () => {
  it('take the language the same author mostly writes, then the thread language in a DM', () => {
    const items = [
      { author: 'jonas', lang: 'de' as const },
      { author: 'brand', lang: 'de' as const },
      { author: 'jonas', lang: 'und' as const },
      { author: 'jonas', lang: 'en' as const },
      { author: 'brand', lang: 'de' as const },
    ];
    expect(fillUndetermined(items, true)).toEqual(['de', 'de', 'de', 'en', 'de']);
    expect(fillUndetermined(items, false)).toEqual(['de', 'de', 'und', 'en', 'de']);
  });
  it('stay unclear in public comments when the author wrote nothing else', () => {
    expect(fillUndetermined([{ author: 'a', lang: 'und' }, { author: 'b', lang: 'de' }], false)).toEqual(['und', 'de']);
  });
});

describe('who sent a DM row, with labels in an unknown wording', () => {
  it('reads the alignment before treating an unknown label as another participant', () => {
    let reads = 0;
    const end = () => {
      reads += 1;
      return 'end' as const;
    };
    expect(isOwnMessage({ counterpartName: 'Jonas', hiddenLabel: 'Vous avez envoyé', alignment: end })).toBe(true);
    expect(reads).toBe(1);
    expect(isOwnMessage({ counterpartName: 'Jonas', hiddenLabel: 'Jonas', alignment: end })).toBe(false);
    expect(reads).toBe(1);
    expect(isOwnMessage({ counterpartName: 'Jonas', hiddenLabel: 'Anna Schmidt' })).toBe(false);
  });
});
