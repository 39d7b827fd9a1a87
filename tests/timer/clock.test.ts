import { describe, expect, it } from 'vitest';
import { type ClockMessage, computeClock, DEFAULT_SLA } from '../../lib/timer/clock';

const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (iso: string): number => Date.parse(iso);
const customer = (extra: Partial<ClockMessage> = {}): ClockMessage => ({ isBrand: false, ...extra });
const brand = (extra: Partial<ClockMessage> = {}): ClockMessage => ({ isBrand: true, ...extra });

describe('computeClock', () => {
  const now = at('2026-11-18T10:00:00Z');

  it('shows nothing when no customer has written', () => {
    const c = computeClock({ messages: [brand({ timestamp: '2026-11-18T09:00:00Z' })], settings: DEFAULT_SLA, now });
    expect(c.state).toBe('none');
    expect(c.waitingSinceMs).toBeNull();
  });

  it('runs from the oldest unanswered customer message and changes colour at the targets', () => {
    const messages = [
      brand({ timestamp: '2026-11-18T08:00:00Z' }),
      customer({ timestamp: '2026-11-18T09:50:00Z' }),
      customer({ timestamp: '2026-11-18T09:55:00Z' }),
    ];
    const ok = computeClock({ messages, settings: DEFAULT_SLA, now });
    expect(ok).toMatchObject({ state: 'running', elapsedMs: 10 * MIN, level: 'ok', estimated: false, unansweredCount: 2 });
    expect(ok.nextLevelAtMs).toBe(at('2026-11-18T10:05:00Z'));
    expect(computeClock({ messages, settings: DEFAULT_SLA, now: now + 5 * MIN }).level).toBe('warning');
    expect(computeClock({ messages, settings: DEFAULT_SLA, now: now + 50 * MIN }).level).toBe('breach');
    // The team's own targets.
    expect(computeClock({ messages, settings: { slaWarningMin: 5, slaBreachMin: 8 }, now }).level).toBe('breach');
  });

  it('stops when a brand reply follows, and reports how long the answer took', () => {
    const c = computeClock({
      messages: [
        customer({ timestamp: '2026-11-18T09:00:00Z' }),
        customer({ timestamp: '2026-11-18T09:10:00Z' }),
        brand({ timestamp: '2026-11-18T09:20:00Z' }),
      ],
      settings: DEFAULT_SLA,
      now,
    });
    expect(c).toMatchObject({ state: 'stopped', elapsedMs: 20 * MIN, level: 'warning', unansweredCount: 0 });
    expect(c.stoppedAtMs).toBe(at('2026-11-18T09:20:00Z'));
  });

  it('starts again with a customer message after the brand reply', () => {
    const c = computeClock({
      messages: [
        customer({ timestamp: '2026-11-18T08:00:00Z' }),
        brand({ timestamp: '2026-11-18T08:05:00Z' }),
        customer({ timestamp: '2026-11-18T09:40:00Z' }),
      ],
      settings: DEFAULT_SLA,
      now,
    });
    expect(c).toMatchObject({ state: 'running', elapsedMs: 20 * MIN, waitingSinceMs: at('2026-11-18T09:40:00Z') });
  });

  it('counts from first sight and says so when the page shows no time', () => {
    const c = computeClock({
      messages: [customer({ key: 'm1' })],
      firstSeen: new Map([['m1', now - 3 * MIN]]),
      settings: DEFAULT_SLA,
      now,
    });
    expect(c).toMatchObject({ state: 'running', elapsedMs: 3 * MIN, estimated: true, source: 'seen' });
  });

  it('reads Facebook relative times ("3h") as an approximate start', () => {
    const c = computeClock({
      messages: [customer({ relativeTime: '3h' }), customer({ relativeTime: '2h' })],
      settings: DEFAULT_SLA,
      now,
    });
    expect(c).toMatchObject({ state: 'running', elapsedMs: 3 * HOUR, level: 'breach', estimated: false, source: 'relative' });
  });

  it('reads clock labels in the browser zone', () => {
    const c = computeClock({
      messages: [customer({ timeLabel: '10:45' })],
      settings: DEFAULT_SLA,
      now,
      timeZone: 'Europe/Berlin',
    });
    expect(c.elapsedMs).toBe(15 * MIN);
    expect(c.level).toBe('warning');
  });

  it('stops on a reply the extension knows of from an event', () => {
    const c = computeClock({
      messages: [customer({ timestamp: '2026-11-18T09:50:00Z' })],
      brandReplies: [at('2026-11-18T09:40:00Z'), at('2026-11-18T09:58:00Z')],
      settings: DEFAULT_SLA,
      now,
    });
    expect(c).toMatchObject({ state: 'stopped', elapsedMs: 8 * MIN });
  });

  it('shows the 24-hour window on Messenger and Instagram direct, not on X', () => {
    const messages = [
      customer({ timestamp: '2026-11-17T12:00:00Z' }),
      brand({ timestamp: '2026-11-17T12:30:00Z' }),
      customer({ timestamp: '2026-11-17T16:00:00Z' }),
    ];
    const fb = computeClock({ messages, settings: DEFAULT_SLA, now, thread: { platform: 'facebook', view: 'dm' } });
    expect(fb.windowLeftMs).toBe(6 * HOUR);
    expect(fb.windowEndsAtMs).toBe(at('2026-11-18T16:00:00Z'));
    const ig = computeClock({ messages, settings: DEFAULT_SLA, now, thread: { platform: 'instagram', view: 'dm' } });
    expect(ig.windowLeftMs).toBe(6 * HOUR);
    const closed = computeClock({ messages, settings: DEFAULT_SLA, now: now + 7 * HOUR, thread: { platform: 'instagram', view: 'dm' } });
    expect(closed.windowLeftMs).toBe(0);
    const x = computeClock({ messages, settings: DEFAULT_SLA, now, thread: { platform: 'x', view: 'dm' } });
    expect(x.windowLeftMs).toBeUndefined();
    const post = computeClock({ messages, settings: DEFAULT_SLA, now, thread: { platform: 'facebook', view: 'post-comments' } });
    expect(post.windowLeftMs).toBeUndefined();
  });

  it('measures real time across the spring DST change', () => {
    // Berlin, 29 March 2026: customer wrote at 01:50 CET, now it is 03:10 CEST: 20 minutes, not 80.
    const c = computeClock({
      messages: [customer({ timeLabel: '01:50' })],
      settings: DEFAULT_SLA,
      now: at('2026-03-29T01:10:00Z'),
      timeZone: 'Europe/Berlin',
    });
    expect(c.elapsedMs).toBe(20 * MIN);
    expect(c.level).toBe('warning');
  });

  it('measures real time across the autumn DST change', () => {
    // Berlin, 25 October 2026: customer wrote at 01:50 CEST, now it is 02:10 CET: 80 minutes, not 20.
    const c = computeClock({
      messages: [customer({ timeLabel: '01:50' })],
      settings: DEFAULT_SLA,
      now: at('2026-10-25T01:10:00Z'),
      timeZone: 'Europe/Berlin',
    });
    expect(c.elapsedMs).toBe(80 * MIN);
    expect(c.level).toBe('breach');
  });
});
