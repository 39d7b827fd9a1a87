import type { Platform, View } from '../model/conversation';
import { type MessageTimeFields, resolveMessageTime, type TimeSource } from './time';

const MINUTE = 60_000;
/** Messenger and Instagram let a business answer a private message for 24 hours after the customer's last one. */
export const REPLY_WINDOW_MS = 24 * 60 * MINUTE;

export const DEFAULT_SLA = { slaWarningMin: 15, slaBreachMin: 60 } as const;

export interface SlaSettings {
  slaWarningMin: number;
  slaBreachMin: number;
}

/** One message as the clock needs it: who wrote it and what the page (or the store) knows of its time. */
export interface ClockMessage extends MessageTimeFields {
  isBrand: boolean;
  /** Key into `firstSeen` (the stored message id or key). */
  key?: string;
  /** When this message's labels were read (defaults to `now`: the page open right now). */
  readAt?: number;
  /** An already resolved time (from the store); used instead of the labels when given. */
  resolvedAt?: number;
  resolvedSource?: TimeSource;
}

export interface ClockInput {
  /** In the order the page shows them (oldest first). */
  messages: readonly ClockMessage[];
  /** Times of brand replies known from elsewhere (e.g. a "reply sent" event), in ms. */
  brandReplies?: readonly number[];
  settings: SlaSettings;
  now: number;
  /** When the extension first saw each message, by `ClockMessage.key`. */
  firstSeen?: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  /** IANA zone of the page's clock labels; defaults to the runtime's zone. */
  timeZone?: string;
  /** Which thread this is, to know whether the platform's 24-hour reply window applies. */
  thread?: { platform: Platform; view: View; threadType?: string };
}

export type SlaLevel = 'ok' | 'warning' | 'breach';

export interface ClockState {
  /** none: no customer message; running: a customer waits; stopped: the last customer message was answered. */
  state: 'none' | 'running' | 'stopped';
  /** Running: when the oldest unanswered customer message was written; stopped: that of the last answered run. */
  waitingSinceMs: number | null;
  /** Running: how long the customer has waited until now; stopped: how long the brand took to answer. */
  elapsedMs: number;
  level: SlaLevel;
  /** The start time is only when the extension first saw the message (the page showed no usable time). */
  estimated: boolean;
  /** How the start time is known. */
  source: TimeSource | null;
  /** Running: when the level changes next (warning, then breach); null once breached or not running. */
  nextLevelAtMs: number | null;
  /** When the brand's answer stopped the clock. */
  stoppedAtMs: number | null;
  /** Messenger and Instagram direct: time left to answer inside the 24-hour window (0 when closed). */
  windowLeftMs?: number;
  /** When the 24-hour window closes. */
  windowEndsAtMs?: number;
  /** How many customer messages wait for an answer. */
  unansweredCount: number;
}

/** Whether the platform limits replies to 24 hours after the customer's last private message. */
export function hasReplyWindow(thread: ClockInput['thread']): boolean {
  if (!thread) return false;
  if (thread.view === 'business-inbox') return true;
  return thread.view === 'dm' && (thread.platform === 'facebook' || thread.platform === 'instagram');
}

/** The SLA level for a waiting (or answering) time. */
export function slaLevel(elapsedMs: number, s: SlaSettings): SlaLevel {
  if (elapsedMs >= s.slaBreachMin * MINUTE) return 'breach';
  if (elapsedMs >= s.slaWarningMin * MINUTE) return 'warning';
  return 'ok';
}

function lookup(firstSeen: ClockInput['firstSeen'], key: string | undefined): number | undefined {
  if (!firstSeen || key === undefined) return undefined;
  if (firstSeen instanceof Map) return firstSeen.get(key);
  return (firstSeen as Record<string, number>)[key];
}

/**
 * The reply clock of one conversation: the oldest customer message without a later brand reply
 * starts it; a brand reply after it stops it. Order is the page's order; times only measure.
 */
export function computeClock(input: ClockInput): ClockState {
  const { now, settings } = input;
  const timeZone = input.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const timed = input.messages.map((m) => {
    if (m.resolvedAt !== undefined) return { m, ms: m.resolvedAt, source: m.resolvedSource ?? 'seen' };
    const r = resolveMessageTime(m, {
      readAt: m.readAt ?? now,
      timeZone,
      firstSeenAt: lookup(input.firstSeen, m.key),
    });
    return { m, ms: r.ms, source: r.source };
  });

  let start: (typeof timed)[number] | null = null;
  let unanswered = 0;
  let lastAnswered: { start: (typeof timed)[number]; stop: number } | null = null;
  let lastCustomerMs: number | null = null;
  for (const t of timed) {
    if (t.m.isBrand) {
      if (start) lastAnswered = { start, stop: Math.max(t.ms, start.ms) };
      start = null;
      unanswered = 0;
    } else {
      lastCustomerMs = lastCustomerMs === null ? t.ms : Math.max(lastCustomerMs, t.ms);
      if (!start) start = t;
      unanswered += 1;
    }
  }
  // A brand reply known only by its time answers the waiting messages written before it.
  if (start) {
    const since = start;
    const reply = (input.brandReplies ?? []).filter((r) => r >= since.ms).sort((a, b) => a - b)[0];
    if (reply !== undefined) {
      lastAnswered = { start: since, stop: reply };
      start = null;
      unanswered = 0;
    }
  }

  const window: Pick<ClockState, 'windowLeftMs' | 'windowEndsAtMs'> = {};
  if (hasReplyWindow(input.thread) && lastCustomerMs !== null) {
    window.windowEndsAtMs = lastCustomerMs + REPLY_WINDOW_MS;
    window.windowLeftMs = Math.max(0, window.windowEndsAtMs - now);
  }

  if (start) {
    const elapsedMs = Math.max(0, now - start.ms);
    const level = slaLevel(elapsedMs, settings);
    const nextLevelAtMs =
      level === 'ok'
        ? start.ms + settings.slaWarningMin * MINUTE
        : level === 'warning'
          ? start.ms + settings.slaBreachMin * MINUTE
          : null;
    return {
      state: 'running',
      waitingSinceMs: start.ms,
      elapsedMs,
      level,
      estimated: start.source === 'seen',
      source: start.source,
      nextLevelAtMs,
      stoppedAtMs: null,
      unansweredCount: unanswered,
      ...window,
    };
  }
  if (lastAnswered) {
    const elapsedMs = Math.max(0, lastAnswered.stop - lastAnswered.start.ms);
    return {
      state: 'stopped',
      waitingSinceMs: lastAnswered.start.ms,
      elapsedMs,
      level: slaLevel(elapsedMs, settings),
      estimated: lastAnswered.start.source === 'seen',
      source: lastAnswered.start.source,
      nextLevelAtMs: null,
      stoppedAtMs: lastAnswered.stop,
      unansweredCount: 0,
      ...window,
    };
  }
  return {
    state: 'none',
    waitingSinceMs: null,
    elapsedMs: 0,
    level: 'ok',
    estimated: false,
    source: null,
    nextLevelAtMs: null,
    stoppedAtMs: null,
    unansweredCount: 0,
    ...window,
  };
}
