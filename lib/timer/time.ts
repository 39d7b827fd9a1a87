import { addDays, type CivilDate, civilParts, isValidTimeZone, weekday, zonedToUtc } from './zone';

/**
 * How well a message time is known, best first: an exact timestamp from the page, a clock label
 * ("09:12", with or without a day), a relative label ("3h"), or only when the extension first saw it.
 */
export type TimeSource = 'exact' | 'clock' | 'relative' | 'seen';

export const TIME_SOURCE_RANK: Record<TimeSource, number> = { exact: 3, clock: 2, relative: 1, seen: 0 };

/** The time fields a page may show for a message (a subset of the model's Message). */
export interface MessageTimeFields {
  timestamp?: string;
  timeLabel?: string;
  dayLabel?: string;
  relativeTime?: string;
}

export interface ResolveContext {
  /** When the labels were read from the page (ms). Clock and relative labels are relative to it. */
  readAt: number;
  /** IANA zone the page shows clock labels in (the browser's zone). */
  timeZone: string;
  /** When the extension first saw this message; the fallback, and an upper bound for labels. */
  firstSeenAt?: number;
}

export interface ResolvedTime {
  ms: number;
  source: TimeSource;
}

/** Labels may run a little ahead of the reader's clock (skewed clocks); tolerated before going a day back. */
const SKEW_MS = 10 * 60_000;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNIT_MS: Array<[RegExp, number]> = [
  [/^(s|sec|secs|second|seconds|sek|sekunde|sekunden)$/, 1000],
  [/^(m|min|mins|minute|minutes|minuten)$/, MINUTE],
  [/^(h|hr|hrs|hour|hours|std|stunde|stunden)$/, HOUR],
  [/^(d|day|days|t|tg|tag|tage|tagen)$/, DAY],
  [/^(w|wk|wks|week|weeks|wo|woche|wochen)$/, 7 * DAY],
  [/^(mo|mon|month|months|mt|mon|monat|monate|monaten)$/, 30 * DAY],
  [/^(y|yr|yrs|year|years|j|jahr|jahre|jahren)$/, 365 * DAY],
];

const JUST_NOW = /^(just now|now|gerade eben|gerade|jetzt|soeben|eben)$/;

/** Parses a relative label ("3h", "3 Std.", "vor 2 Tagen", "2 minutes ago", "Just now") to an age in ms. */
export function parseRelativeAge(label: string): number | null {
  const s = label.trim().toLowerCase().replace(/\s+/g, ' ');
  if (JUST_NOW.test(s)) return 0;
  const stripped = s.replace(/^vor /, '').replace(/ ago$/, '').replace(/\.$/, '');
  const m = /^(\d{1,4}|an?|one|ein|eine|einer|einem)\s*([a-zäöü]+)\.?$/.exec(stripped);
  if (!m) return null;
  const n = /^\d/.test(m[1] ?? '') ? Number(m[1]) : 1;
  const unit = m[2] ?? '';
  for (const [re, ms] of UNIT_MS) if (re.test(unit)) return n * ms;
  return null;
}

const MONTHS: Record<string, number> = {};
[
  ['jan', 'january', 'januar', 'jän', 'jänner'],
  ['feb', 'february', 'februar'],
  ['mar', 'march', 'mär', 'märz', 'mrz', 'maerz'],
  ['apr', 'april'],
  ['may', 'mai'],
  ['jun', 'june', 'juni'],
  ['jul', 'july', 'juli'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['oct', 'october', 'okt', 'oktober'],
  ['nov', 'november'],
  ['dec', 'december', 'dez', 'dezember'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const WEEKDAYS: Record<string, number> = {};
[
  ['sun', 'sunday', 'so', 'sonntag'],
  ['mon', 'monday', 'mo', 'montag'],
  ['tue', 'tues', 'tuesday', 'di', 'dienstag'],
  ['wed', 'wednesday', 'mi', 'mittwoch'],
  ['thu', 'thur', 'thurs', 'thursday', 'do', 'donnerstag'],
  ['fri', 'friday', 'fr', 'freitag'],
  ['sat', 'saturday', 'sa', 'samstag', 'sonnabend'],
].forEach((names, i) => names.forEach((n) => (WEEKDAYS[n] = i)));

interface Clock {
  hour: number;
  minute: number;
}

/** Finds a clock time ("09:12", "9:12 PM", "21:12 Uhr") in a label and returns it with the rest of the label. */
function takeClock(label: string): { clock: Clock | null; rest: string } {
  const m = /(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([ap])\.?\s?m\.?)?(?:\s*uhr)?/i.exec(label);
  if (!m) return { clock: null, rest: label };
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const ampm = m[3]?.toLowerCase();
  if (ampm === 'p' && hour < 12) hour += 12;
  if (ampm === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return { clock: null, rest: label };
  return { clock: { hour, minute }, rest: label.slice(0, m.index) + ' ' + label.slice(m.index + m[0].length) };
}

type DaySpec =
  | { kind: 'offset'; days: number }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'date'; month: number; day: number; year?: number };

/** Reads a day label: "Today", "Gestern", "Mon", "18 Nov", "18. Nov.", "Nov 18, 2025", "18.11.2025". */
function parseDay(label: string): DaySpec | null {
  const s = label
    .toLowerCase()
    .replace(/\b(at|um|,)\b/g, ' ')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s) return null;
  if (/^(today|heute)$/.test(s)) return { kind: 'offset', days: 0 };
  if (/^(yesterday|gestern)$/.test(s)) return { kind: 'offset', days: -1 };
  if (/^(vorgestern)$/.test(s)) return { kind: 'offset', days: -2 };
  const wd = WEEKDAYS[s.replace(/\.$/, '')];
  if (wd !== undefined) return { kind: 'weekday', weekday: wd };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return { kind: 'date', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4})?$/.exec(s);
  if (m) return { kind: 'date', day: Number(m[1]), month: Number(m[2]), year: fullYear(m[3]) };
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(s);
  if (m) {
    // A slash date is US order unless the first number cannot be a month.
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a > 12 ? { kind: 'date', day: a, month: b, year: fullYear(m[3]) } : { kind: 'date', month: a, day: b, year: fullYear(m[3]) };
  }
  // Drop a leading weekday ("Tue 18 Nov", "Di., 18. Nov.").
  const words = s.replace(/\./g, ' ').split(' ').filter(Boolean);
  if (words.length > 1 && WEEKDAYS[words[0] ?? ''] !== undefined) words.shift();
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  for (const w of words) {
    if (/^\d{4}$/.test(w)) year = Number(w);
    else if (/^\d{1,2}$/.test(w) && day === undefined) day = Number(w);
    else if (MONTHS[w] !== undefined && month === undefined) month = MONTHS[w];
    else return null;
  }
  if (day === undefined || month === undefined) return null;
  return { kind: 'date', day, month, year };
}

function fullYear(y: string | undefined): number | undefined {
  if (!y) return undefined;
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

function validDate(d: CivilDate): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return t.getUTCMonth() === d.month - 1 && t.getUTCDate() === d.day;
}

/**
 * Resolves a clock label with an optional day label to an instant: the latest matching wall-clock
 * time in the zone that is not after the reading time (a few minutes of skew allowed).
 */
export function resolveClockLabel(
  timeLabel: string | undefined,
  dayLabel: string | undefined,
  readAt: number,
  timeZone: string,
): number | null {
  const combined = [dayLabel, timeLabel].filter(Boolean).join(' ');
  const { clock, rest } = takeClock(combined);
  const dayText = rest.trim();
  const day = dayText ? parseDay(dayText) : null;
  if (dayText && !day) return null;
  if (!clock && !day) return null;
  const hm = clock ?? { hour: 12, minute: 0 };
  const today = civilParts(timeZone, readAt);
  const limit = readAt + SKEW_MS;
  const at = (d: CivilDate): number | null => (validDate(d) ? zonedToUtc(timeZone, d, hm.hour, hm.minute) : null);

  const candidates: CivilDate[] = [];
  if (!day) {
    candidates.push(today, addDays(today, -1));
  } else if (day.kind === 'offset') {
    candidates.push(addDays(today, day.days));
  } else if (day.kind === 'weekday') {
    const back = (weekday(today) - day.weekday + 7) % 7;
    candidates.push(addDays(today, -back), addDays(today, -back - 7));
  } else if (day.year !== undefined) {
    candidates.push({ year: day.year, month: day.month, day: day.day });
  } else {
    candidates.push(
      { year: today.year, month: day.month, day: day.day },
      { year: today.year - 1, month: day.month, day: day.day },
    );
  }
  const times = candidates.map(at).filter((t): t is number => t !== null);
  const fitting = times.filter((t) => t <= limit);
  // Without a clock, a day label says only the day: noon, but never after the reading time.
  const best = fitting.length > 0 ? Math.max(...fitting) : day && day.kind !== 'date' ? null : (times[0] ?? null);
  if (best === null) return null;
  return clock ? best : Math.min(best, readAt);
}

/**
 * The best estimate of when a message was written. An exact timestamp wins; a clock label is read in
 * the given zone relative to when it was read; a relative label counts back from when it was read;
 * otherwise the time the extension first saw it. Labels never place a message after its first sighting.
 */
export function resolveMessageTime(m: MessageTimeFields, ctx: ResolveContext): ResolvedTime {
  const seen = ctx.firstSeenAt ?? ctx.readAt;
  if (m.timestamp) {
    const t = Date.parse(m.timestamp);
    if (Number.isFinite(t)) return { ms: t, source: 'exact' };
  }
  if ((m.timeLabel || m.dayLabel) && isValidTimeZone(ctx.timeZone)) {
    const t = resolveClockLabel(m.timeLabel, m.dayLabel, ctx.readAt, ctx.timeZone);
    if (t !== null) return { ms: Math.min(t, seen), source: 'clock' };
  }
  const rel = m.relativeTime ?? (m.timeLabel && !/\d:\d/.test(m.timeLabel) ? m.timeLabel : undefined);
  if (rel) {
    const age = parseRelativeAge(rel);
    if (age !== null) return { ms: Math.min(ctx.readAt - age, seen), source: 'relative' };
  }
  return { ms: seen, source: 'seen' };
}
