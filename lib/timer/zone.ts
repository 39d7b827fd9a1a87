/**
 * Wall-clock arithmetic in an IANA time zone with nothing but Intl. Pure: every function takes
 * the instant it reasons about; nothing reads the system clock.
 */

export interface CivilDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows this IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone's offset from UTC at an instant, in ms (Berlin in summer: +7_200_000). Offsets are
 * multiples of 15 minutes and change only at such instants, so one Intl call per zone and quarter
 * hour is exact; the cache keeps a 200-message thread from costing thousands of Intl calls.
 */
export function zoneOffsetMs(timeZone: string, ms: number): number {
  const bucket = Math.floor(ms / QUARTER_HOUR);
  const key = `${timeZone}|${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const at = bucket * QUARTER_HOUR;
    const parts = formatterFor(timeZone).formatToParts(new Date(at));
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
    offset = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second')) - at;
    if (offsets.size > 20_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

const QUARTER_HOUR = 15 * 60_000;
const offsets = new Map<string, number>();

/** The wall-clock fields of an instant in a zone. */
export function civilParts(timeZone: string, ms: number): CivilDate & { hour: number; minute: number; second: number } {
  const t = new Date(ms + zoneOffsetMs(timeZone, ms));
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    second: t.getUTCSeconds(),
  };
}

/**
 * The instant a wall-clock time names in a zone. Like Temporal's "compatible" disambiguation:
 * a time that occurs twice (autumn change) is the earlier one; a time skipped by the spring
 * change is moved forward by the gap (02:30 in Berlin on the last Sunday of March is 03:30 CEST).
 */
export function zonedToUtc(timeZone: string, d: CivilDate, hour: number, minute: number): number {
  const local = Date.UTC(d.year, d.month - 1, d.day, hour, minute);
  const before = zoneOffsetMs(timeZone, local - 86_400_000);
  const after = zoneOffsetMs(timeZone, local + 86_400_000);
  const valid = [before, after].filter((o) => zoneOffsetMs(timeZone, local - o) === o).map((o) => local - o);
  if (valid.length > 0) return Math.min(...valid);
  return local - before;
}

/** The calendar date n days after d (n may be negative). */
export function addDays(d: CivilDate, n: number): CivilDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: CivilDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}
