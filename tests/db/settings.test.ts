import { describe, expect, it } from 'vitest';
import { getSettings, saveSettings, SettingsError } from '../../lib/db/repo';
import { freshDb } from './helpers';

describe('settings', () => {
  it('starts with the documented defaults', async () => {
    const db = freshDb();
    expect(await getSettings(db)).toEqual({
      agentName: '',
      slaWarningMin: 15,
      slaBreachMin: 60,
      retentionDays: null,
      storeMaskedOnly: false,
      openaiBaseUrl: '',
      openaiKey: '',
      openaiModel: '',
      useBuiltInAi: true,
    });
  });

  it('saves a valid change and keeps the rest', async () => {
    const db = freshDb();
    await saveSettings(db, { agentName: '  Kim  ', retentionDays: 90, uiLang: 'de' });
    await saveSettings(db, { slaWarningMin: 5 });
    expect(await getSettings(db)).toMatchObject({ agentName: 'Kim', retentionDays: 90, uiLang: 'de', slaWarningMin: 5, slaBreachMin: 60 });
  });

  it('refuses invalid values with a message naming the field, and stores nothing', async () => {
    const db = freshDb();
    await saveSettings(db, { agentName: 'Kim' });
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ slaWarningMin: 90, slaBreachMin: 60 }, /slaBreachMin: the breach target must be later/],
      [{ slaWarningMin: -1 }, /slaWarningMin/],
      [{ retentionDays: 0 }, /retentionDays/],
      [{ openaiBaseUrl: 'javascript:alert(1)' }, /openaiBaseUrl/],
      [{ timeZone: 'Mars/Olympus' }, /timeZone: unknown time zone/],
    ];
    for (const [patch, message] of cases) {
      const err = await saveSettings(db, patch).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SettingsError);
      expect((err as Error).message).toMatch(message);
    }
    expect(await getSettings(db)).toMatchObject({ agentName: 'Kim', slaWarningMin: 15, retentionDays: null });
  });

  it('survives a damaged stored row, keeping what is still valid', async () => {
    const db = freshDb();
    await db.settings.put({ id: 'local', value: { agentName: 'Kim', slaWarningMin: 'soon', retentionDays: 30 } });
    expect(await getSettings(db)).toMatchObject({ agentName: 'Kim', slaWarningMin: 15, retentionDays: 30 });
  });
});
