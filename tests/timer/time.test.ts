import { describe, expect, it } from 'vitest';
import { parseRelativeAge, resolveClockLabel, resolveMessageTime } from '../../lib/timer/time';
import { zonedToUtc } from '../../lib/timer/zone';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const at = (iso: string): number => Date.parse(iso);

describe('wall-clock to instant (Intl only)', () => {
  it('uses winter and summer offsets in Berlin', () => {
    expect(zonedToUtc('Europe/Berlin', { year: 2026, month: 1, day: 15 }, 9, 12)).toBe(at('2026-01-15T08:12:00Z'));
    expect(zonedToUtc('Europe/Berlin', { year: 2026, month: 7, day: 15 }, 9, 12)).toBe(at('2026-07-15T07:12:00Z'));
  });
  it('moves a time skipped by the March change forward by the gap', () => {
    // 29 March 2026: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist and means 03:30 CEST.
    expect(zonedToUtc('Europe/Berlin', { year: 2026, month: 3, day: 29 }, 2, 30)).toBe(at('2026-03-29T01:30:00Z'));
    expect(zonedToUtc('Europe/Berlin', { year: 2026, month: 3, day: 29 }, 3, 30)).toBe(at('2026-03-29T01:30:00Z'));
    expect(zonedToUtc('Europe/Berlin', { year: 2026, month: 3, day: 29 }, 1, 30)).toBe(at('2026-03-29T00:30:00Z'));
  });
  it('takes the earlier of a time that occurs twice in October', () => {
    // 25 October 2026: 03:00 CEST falls back to 02:00 CET; 02:30 happens at 00:30Z and 01:30Z.
    expect(zonedToUtc('Europe/Berlin', { year: 2026, month: 10, day: 25 }, 2, 30)).toBe(at('2026-10-25T00:30:00Z'));
    expect(zonedToUtc('Europe/Berlin', { year: 2026, month: 10, day: 25 }, 3, 30)).toBe(at('2026-10-25T02:30:00Z'));
  });
});

describe('clock labels', () => {
  const now = at('2026-11-18T10:00:00Z'); // 11:00 in Berlin, 05:00 in New York

  it('reads "09:12" as today in the browser zone', () => {
    expect(resolveClockLabel('09:12', undefined, now, 'Europe/Berlin')).toBe(at('2026-11-18T08:12:00Z'));
    expect(resolveClockLabel('09:12', undefined, now, 'UTC')).toBe(at('2026-11-18T09:12:00Z'));
  });
  it('reads a clock later than now without a day as yesterday', () => {
    // 09:12 has not happened yet in New York (05:00), so it was yesterday's 09:12 EST.
    expect(resolveClockLabel('09:12', undefined, now, 'America/New_York')).toBe(at('2026-11-17T14:12:00Z'));
    expect(resolveClockLabel('23:50', undefined, now, 'Europe/Berlin')).toBe(at('2026-11-17T22:50:00Z'));
  });
  it('understands English and German day labels', () => {
    const y = at('2026-11-17T08:12:00Z');
    expect(resolveClockLabel('09:12', 'Yesterday', now, 'Europe/Berlin')).toBe(y);
    expect(resolveClockLabel('09:12', 'Gestern', now, 'Europe/Berlin')).toBe(y);
    expect(resolveClockLabel('09:12', 'Heute', now, 'Europe/Berlin')).toBe(at('2026-11-18T08:12:00Z'));
    expect(resolveClockLabel('09:12', '16 Nov', now, 'Europe/Berlin')).toBe(at('2026-11-16T08:12:00Z'));
    expect(resolveClockLabel('09:12', '16. Nov.', now, 'Europe/Berlin')).toBe(at('2026-11-16T08:12:00Z'));
    expect(resolveClockLabel('9:12 AM', 'Nov 16, 2026', now, 'Europe/Berlin')).toBe(at('2026-11-16T08:12:00Z'));
    expect(resolveClockLabel('9:12 PM', 'Yesterday', now, 'Europe/Berlin')).toBe(at('2026-11-17T20:12:00Z'));
    expect(resolveClockLabel(undefined, 'Heute um 09:12', now, 'Europe/Berlin')).toBe(at('2026-11-18T08:12:00Z'));
    expect(resolveClockLabel('09:12 Uhr', '16.11.2026', now, 'Europe/Berlin')).toBe(at('2026-11-16T08:12:00Z'));
  });
  it('reads day labels with a weekday in front, numeric dates and 12-hour clocks', () => {
    const d = at('2026-11-16T08:12:00Z');
    expect(resolveClockLabel('09:12', 'Mon 16 Nov', now, 'Europe/Berlin')).toBe(d);
    expect(resolveClockLabel('09:12', 'Mo., 16. Nov.', now, 'Europe/Berlin')).toBe(d);
    expect(resolveClockLabel('09:12', '16.11.', now, 'Europe/Berlin')).toBe(d);
    expect(resolveClockLabel('09:12', 'Nov 16', now, 'Europe/Berlin')).toBe(d);
    expect(resolveClockLabel('09:12', '16. November 2026', now, 'Europe/Berlin')).toBe(d);
    expect(resolveClockLabel('12:05 AM', 'Today', now, 'Europe/Berlin')).toBe(at('2026-11-17T23:05:00Z'));
    expect(resolveClockLabel('12:05 PM', 'Yesterday', now, 'Europe/Berlin')).toBe(at('2026-11-17T11:05:00Z'));
  });
  it('places a weekday label in the last week', () => {
    // 18 Nov 2026 is a Wednesday; "Mon" is 16 Nov, "Mi." (Wednesday) later than now is a week back.
    expect(resolveClockLabel('09:12', 'Mon', now, 'Europe/Berlin')).toBe(at('2026-11-16T08:12:00Z'));
    expect(resolveClockLabel('14:00', 'Mi.', now, 'Europe/Berlin')).toBe(at('2026-11-11T13:00:00Z'));
  });
  it('puts a date without a year that lies ahead into last year', () => {
    expect(resolveClockLabel('09:12', '24 Dec', now, 'Europe/Berlin')).toBe(at('2025-12-24T08:12:00Z'));
  });
  it('gives up on labels it cannot read instead of guessing', () => {
    expect(resolveClockLabel('soon', undefined, now, 'Europe/Berlin')).toBeNull();
    expect(resolveClockLabel('09:12', 'Blursday', now, 'Europe/Berlin')).toBeNull();
    expect(resolveClockLabel('09:12', '31 Feb', now, 'Europe/Berlin')).toBeNull();
  });

  it('reads "Yesterday 02:30" across the March change in Berlin', () => {
    const morning = at('2026-03-30T07:00:00Z'); // Monday 09:00 CEST
    // Sunday 01:30 CET is before the jump; 03:30 CEST after it. The hour between them did not exist.
    expect(resolveClockLabel('01:30', 'Gestern', morning, 'Europe/Berlin')).toBe(at('2026-03-29T00:30:00Z'));
    expect(resolveClockLabel('03:30', 'Gestern', morning, 'Europe/Berlin')).toBe(at('2026-03-29T01:30:00Z'));
    // A 00:30 → 03:30 wait spans two hours of real time, not three.
    const a = resolveClockLabel('00:30', 'Gestern', morning, 'Europe/Berlin')!;
    const b = resolveClockLabel('03:30', 'Gestern', morning, 'Europe/Berlin')!;
    expect(b - a).toBe(2 * HOUR);
  });
  it('counts the doubled hour on the October change', () => {
    const morning = at('2026-10-25T09:00:00Z'); // Sunday 10:00 CET
    const a = resolveClockLabel('01:30', undefined, morning, 'Europe/Berlin')!;
    const b = resolveClockLabel('09:30', undefined, morning, 'Europe/Berlin')!;
    expect(a).toBe(at('2026-10-24T23:30:00Z'));
    expect(b - a).toBe(9 * HOUR);
  });
  it('reads "today" right after midnight in the local zone, not UTC', () => {
    const justAfterMidnight = at('2026-11-17T23:10:00Z'); // 00:10 on 18 Nov in Berlin
    expect(resolveClockLabel('00:05', 'Today', justAfterMidnight, 'Europe/Berlin')).toBe(at('2026-11-17T23:05:00Z'));
    expect(resolveClockLabel('23:55', undefined, justAfterMidnight, 'Europe/Berlin')).toBe(at('2026-11-17T22:55:00Z'));
  });
});

describe('relative labels', () => {
  it.each([
    ['3h', 3 * HOUR],
    ['3 h', 3 * HOUR],
    ['3 Std.', 3 * HOUR],
    ['vor 3 Stunden', 3 * HOUR],
    ['2 m', 2 * MIN],
    ['42m', 42 * MIN],
    ['2 Min.', 2 * MIN],
    ['1d', DAY],
    ['2 Tg.', 2 * DAY],
    ['1 w', 7 * DAY],
    ['3 Wo.', 21 * DAY],
    ['2 minutes ago', 2 * MIN],
    ['an hour ago', HOUR],
    ['Just now', 0],
    ['Gerade eben', 0],
    ['1 J.', 365 * DAY],
  ])('reads %s', (label, ms) => {
    expect(parseRelativeAge(label)).toBe(ms);
  });
  it('rejects what is not a relative time', () => {
    expect(parseRelativeAge('3 apples')).toBeNull();
    expect(parseRelativeAge('')).toBeNull();
  });
});

describe('resolveMessageTime', () => {
  const readAt = at('2026-11-18T12:00:00Z');
  const ctx = { readAt, timeZone: 'Europe/Berlin' };

  it('prefers the exact timestamp', () => {
    expect(resolveMessageTime({ timestamp: '2026-11-18T09:09:47.000Z', timeLabel: '01:00' }, ctx)).toEqual({
      ms: at('2026-11-18T09:09:47Z'),
      source: 'exact',
    });
  });
  it('counts a relative label back from when it was read', () => {
    expect(resolveMessageTime({ relativeTime: '3h' }, ctx)).toEqual({ ms: readAt - 3 * HOUR, source: 'relative' });
  });
  it('never places a labelled message after it was first seen', () => {
    // Read "1d" today, but the message was already seen two days ago.
    const firstSeenAt = readAt - 2 * DAY;
    expect(resolveMessageTime({ relativeTime: '1d' }, { ...ctx, firstSeenAt })).toEqual({
      ms: firstSeenAt,
      source: 'relative',
    });
  });
  it('falls back to when the extension first saw it', () => {
    const firstSeenAt = readAt - 5 * MIN;
    expect(resolveMessageTime({}, { ...ctx, firstSeenAt })).toEqual({ ms: firstSeenAt, source: 'seen' });
    expect(resolveMessageTime({ relativeTime: 'irgendwann' }, ctx)).toEqual({ ms: readAt, source: 'seen' });
  });
  it('survives an unknown time zone by falling back instead of crashing', () => {
    expect(resolveMessageTime({ timeLabel: '09:12' }, { readAt, timeZone: 'Mars/Olympus' }).source).toBe('seen');
  });
});

describe('zone offsets', () => {
  it('match Intl exactly around transitions, also in zones with 30- and 45-minute offsets', async () => {
    const { zoneOffsetMs } = await import('../../lib/timer/zone');
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
    const direct = (zone: string, ms: number): number => {
      const f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, Number(x.value)]));
      const whole = Math.floor(ms / 1000) * 1000;
      return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!) - whole;
    };
    // Every 7 minutes through both 2026 changeovers in Berlin and Lord Howe's April 2026 change.
    const spans = [at('2026-03-28T20:00:00Z'), at('2026-10-24T20:00:00Z'), at('2026-04-04T10:00:00Z')];
    for (const zone of zones) {
      for (const start of spans) {
        for (let t = start; t < start + 12 * HOUR; t += 7 * MIN + 13_000) {
          expect(zoneOffsetMs(zone, t), `${zone} ${new Date(t).toISOString()}`).toBe(direct(zone, t));
        }
      }
    }
  });
});
