import { z } from 'zod';
import type { CareDb } from './index';
import { type Settings, type SettingsInput, SettingsSchema } from './schema';

/** Settings that failed validation; `message` names each bad field. */
export class SettingsError extends Error {
  constructor(public readonly issues: z.core.$ZodIssue[]) {
    super(`Invalid settings: ${issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`).join('; ')}`);
    this.name = 'SettingsError';
  }
}

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** The agent's settings; defaults for anything missing, and defaults again if the stored row is damaged. */
export async function getSettings(db: CareDb): Promise<Settings> {
  const row = await db.settings.get('local');
  const parsed = SettingsSchema.safeParse(row?.value ?? {});
  if (parsed.success) return parsed.data;
  // Keep every field that is still valid on its own.
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row?.value ?? {})) {
    const probe = SettingsSchema.safeParse({ ...kept, [k]: v });
    if (probe.success) kept[k] = v;
  }
  return SettingsSchema.parse(kept);
}

/** Validates and stores a change of settings; throws SettingsError (and stores nothing) if invalid. */
export async function saveSettings(db: CareDb, patch: Partial<SettingsInput>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const current = await getSettings(db);
    const parsed = SettingsSchema.safeParse({ ...current, ...patch });
    if (!parsed.success) throw new SettingsError(parsed.error.issues);
    await db.settings.put({ id: 'local', value: { ...parsed.data } });
    return parsed.data;
  });
}
