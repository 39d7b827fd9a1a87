import { t } from '../i18n';

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/**
 * A waiting time for people: the two largest units ("2 h 05 min", "3 d 4 h", "45 s"; hours up to two days), in the UI's
 * language. Pure apart from the translation table.
 */
export function formatDuration(ms: number): string {
  const v = Math.max(0, Math.floor(ms));
  if (v < MIN) return t('memoryDurationSeconds', Math.floor(v / SEC));
  if (v < HOUR) return t('memoryDurationMinutes', Math.floor(v / MIN));
  if (v < 2 * DAY) {
    const h = Math.floor(v / HOUR);
    const m = Math.floor((v % HOUR) / MIN);
    return `${t('memoryDurationHours', h)} ${t('memoryDurationMinutes', String(m).padStart(2, '0'))}`;
  }
  const d = Math.floor(v / DAY);
  const h = Math.floor((v % DAY) / HOUR);
  return `${t('memoryDurationDays', d)} ${t('memoryDurationHours', h)}`;
}

/** A stored time as a short local date and time. */
export function formatDateTime(ms: number, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString();
  }
}
