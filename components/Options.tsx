import { useEffect, useMemo, useState } from 'preact/hooks';
import { type CareDb, openDb } from '@/lib/db';
import {
  applyRetention,
  eraseCustomer,
  exportAll,
  getSettings,
  ImportError,
  importAll,
  saveSettings,
  SettingsError,
} from '@/lib/db/repo';
import type { Settings } from '@/lib/db/schema';
import { detectUiLang, setUiLang, t, type UiLang } from '@/lib/i18n';
import { type CustomerOption, searchCustomers } from '@/lib/sidebar/customer-search';
import {
  EngineSettingsError,
  loadEngineSettings,
  saveEngineSettings,
} from '@/lib/sidebar/engine-settings';
import { RETENTION_RUN_KEY } from '@/lib/sidebar/store';
import { loadPrivacyRules, PRIVACY_RULES_KEY, savePrivacyRules } from '@/lib/sidebar/privacy-rules';
import { browser } from 'wxt/browser';

type Status = { kind: 'ok' | 'error'; text: string } | null;

function StatusLine({ status, testId }: { status: Status; testId: string }) {
  return (
    <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite" data-testid={testId}>
      {status?.text ?? ''}
    </p>
  );
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function GeneralSettings({ db, onLang }: { db: CareDb; onLang: () => void }) {
  const [s, setS] = useState<Settings | null>(null);
  const [retentionOn, setRetentionOn] = useState(false);
  const [days, setDays] = useState('365');
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    getSettings(db)
      .then((loaded) => {
        setS(loaded);
        setRetentionOn(loaded.retentionDays !== null);
        if (loaded.retentionDays !== null) setDays(String(loaded.retentionDays));
      })
      .catch((e: unknown) => setStatus({ kind: 'error', text: message(e) }));
  }, [db]);

  if (!s) return <StatusLine status={status} testId="settings-status" />;
  const set = (patch: Partial<Settings>) => setS({ ...s, ...patch });
  const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));

  const save = async (e: Event) => {
    e.preventDefault();
    try {
      const { uiLang: lang, ...rest } = s;
      const saved = await saveSettings(db, {
        ...rest,
        ...(lang ? { uiLang: lang } : {}),
        retentionDays: retentionOn ? num(days) : null,
      });
      if (!lang) {
        // "Browser language": drop the stored choice.
        const row = await db.settings.get('local');
        if (row && 'uiLang' in row.value) {
          const { uiLang: _drop, ...value } = row.value;
          await db.settings.put({ id: 'local', value });
        }
      }
      setS(saved);
      if (saved.retentionDays !== null) {
        const now = Date.now();
        await applyRetention(db, now, saved);
        await browser.storage.local.set({ [RETENTION_RUN_KEY]: now }).catch(() => undefined);
      }
      setStatus({ kind: 'ok', text: t('optionsSaved') });
      onLang();
    } catch (err) {
      const why =
        err instanceof SettingsError ? err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : message(err);
      setStatus({ kind: 'error', text: t('optionsInvalid', why) });
    }
  };

  return (
    <form class="card" onSubmit={save} data-testid="settings-form" aria-labelledby="opt-general">
      <h2 id="opt-general" class="section-title">
        {t('optionsAgentSection')}
      </h2>
      <div class="row">
        <label>
          <span class="field-label">{t('optionsAgentName')}</span>
          <input data-testid="agent-name" maxLength={100} value={s.agentName} onInput={(e) => set({ agentName: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <label>
          <span class="field-label">{t('optionsLanguage')}</span>
          <select
            data-testid="ui-lang"
            value={s.uiLang ?? ''}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              const { uiLang: _old, ...rest } = s;
              setS(v ? { ...rest, uiLang: v as UiLang } : (rest as Settings));
            }}
          >
            <option value="">{t('optionsLanguageAuto')}</option>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <h2 class="section-title">{t('optionsSlaSection')}</h2>
      <div class="row">
        <label>
          <span class="field-label">{t('optionsSlaWarning')}</span>
          <input type="number" min={1} data-testid="sla-warning" value={s.slaWarningMin} onInput={(e) => set({ slaWarningMin: num((e.currentTarget as HTMLInputElement).value) })} />
        </label>
        <label>
          <span class="field-label">{t('optionsSlaBreach')}</span>
          <input type="number" min={2} data-testid="sla-breach" value={s.slaBreachMin} onInput={(e) => set({ slaBreachMin: num((e.currentTarget as HTMLInputElement).value) })} />
        </label>
      </div>
      <h2 class="section-title">{t('optionsPrivacySection')}</h2>
      <label class="check">
        <input type="checkbox" data-testid="retention-on" checked={retentionOn} onChange={(e) => setRetentionOn((e.currentTarget as HTMLInputElement).checked)} />
        {t('optionsRetentionOn')}
      </label>
      {retentionOn && (
        <label>
          <span class="field-label">{t('optionsRetentionDays')}</span>
          <input type="number" min={1} max={3650} data-testid="retention-days" value={days} onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)} />
        </label>
      )}
      <label class="check">
        <input type="checkbox" data-testid="masked-only" checked={s.storeMaskedOnly} onChange={(e) => set({ storeMaskedOnly: (e.currentTarget as HTMLInputElement).checked })} />
        {t('optionsMaskedOnly')}
      </label>
      <div class="actions">
        <button type="submit" class="primary" data-testid="settings-save">
          {t('optionsSave')}
        </button>
      </div>
      <StatusLine status={status} testId="settings-status" />
    </form>
  );
}

/** `https://host:port` of a URL the agent typed, or null. */
function originOf(url: string): string | null {
  try {
    const u = new URL(url.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Asks the browser for access to the team model's server; false when the agent declines. */
async function requestOrigin(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [origin + '/*'] });
  } catch {
    return false;
  }
}

function EngineForm() {
  const [form, setForm] = useState({ useBuiltInAi: true, openaiBaseUrl: '', openaiKey: '', openaiModel: '' });
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => {
    loadEngineSettings()
      .then((e) =>
        setForm({
          useBuiltInAi: e.useBuiltInAi,
          openaiBaseUrl: e.openaiBaseUrl ?? '',
          openaiKey: e.openaiKey ?? '',
          openaiModel: e.openaiModel ?? '',
        }),
      )
      .catch(() => undefined);
  }, []);
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      // The browser blocks the sidebar's requests to a server the extension has no permission for:
      // ask now, while the click still counts as the agent's gesture.
      const origin = originOf(form.openaiBaseUrl);
      const granted = origin ? await requestOrigin(origin) : true;
      await saveEngineSettings(form);
      setStatus(
        granted
          ? { kind: 'ok', text: t('optionsEngineSaved') }
          : { kind: 'error', text: t('optionsEngineNoPermission') },
      );
    } catch (err) {
      setStatus({
        kind: 'error',
        text: err instanceof EngineSettingsError ? t('optionsEngineInvalid') : message(err),
      });
    }
  };
  const field = (k: 'openaiBaseUrl' | 'openaiKey' | 'openaiModel', label: string, type = 'text') => (
    <label>
      <span class="field-label">{label}</span>
      <input
        type={type}
        data-testid={`engine-${k}`}
        autocomplete="off"
        value={form[k]}
        onInput={(e) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value })}
      />
    </label>
  );
  return (
    <form class="card" onSubmit={save} data-testid="engine-form" aria-labelledby="opt-engine">
      <h2 id="opt-engine" class="section-title">
        {t('optionsEngineSection')}
      </h2>
      <label class="check">
        <input type="checkbox" checked={form.useBuiltInAi} data-testid="engine-builtin" onChange={(e) => setForm({ ...form, useBuiltInAi: (e.currentTarget as HTMLInputElement).checked })} />
        {t('optionsEngineBuiltIn')}
      </label>
      {field('openaiBaseUrl', t('optionsEngineBaseUrl'), 'url')}
      {field('openaiModel', t('optionsEngineModel'))}
      {field('openaiKey', t('optionsEngineKey'), 'password')}
      <div class="actions">
        <button type="submit" class="primary" data-testid="engine-save">
          {t('optionsSave')}
        </button>
      </div>
      <StatusLine status={status} testId="engine-status" />
    </form>
  );
}

function RulesForm() {
  const [text, setText] = useState('[]');
  const [status, setStatus] = useState<Status>(null);
  const [errors, setErrors] = useState<string[]>([]);
  useEffect(() => {
    browser.storage.local
      .get(PRIVACY_RULES_KEY)
      .then((got) => {
        const raw = got[PRIVACY_RULES_KEY];
        if (raw !== undefined) setText(JSON.stringify(raw, null, 2));
      })
      .catch(() => undefined);
    void loadPrivacyRules().then((st) => st.status === 'invalid' && setErrors(st.errors));
  }, []);
  const save = async (e: Event) => {
    e.preventDefault();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      setErrors([message(err)]);
      setStatus({ kind: 'error', text: t('optionsRulesInvalid', 'JSON') });
      return;
    }
    const r = await savePrivacyRules(parsed);
    if (r.ok) {
      setErrors([]);
      setStatus({ kind: 'ok', text: t('optionsRulesSaved', r.count) });
    } else {
      setErrors(r.errors);
      setStatus({ kind: 'error', text: t('optionsRulesInvalid', r.errors[0] ?? '') });
    }
  };
  return (
    <form class="card" onSubmit={save} data-testid="rules-form" aria-labelledby="opt-rules">
      <h2 id="opt-rules" class="section-title">
        {t('optionsRulesSection')}
      </h2>
      <label>
        <span class="field-label">{t('optionsRulesLabel')}</span>
        <textarea class="code" rows={8} data-testid="rules-input" spellcheck={false} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      {errors.length > 0 && (
        <ul class="errors" data-testid="rules-errors">
          {errors.map((er, i) => (
            <li key={i}>{er}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="submit" class="primary" data-testid="rules-save">
          {t('optionsSave')}
        </button>
      </div>
      <StatusLine status={status} testId="rules-status" />
    </form>
  );
}

function DataSection({ db }: { db: CareDb }) {
  const [status, setStatus] = useState<Status>(null);
  const [query, setQuery] = useState('');
  const [customers, setCustomers] = useState<CustomerOption[]>([]);
  const [choice, setChoice] = useState('');
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      searchCustomers(db, query, { limit: 50 })
        .then((list) => {
          if (cancelled) return;
          setCustomers(list);
          setChoice((c) => (list.some((o) => o.id === c) ? c : (list[0]?.id ?? '')));
        })
        .catch(() => !cancelled && setCustomers([]));
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [db, query, version]);

  const doExport = async () => {
    try {
      const file = await exportAll(db);
      const blob = new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `care-sidebar-export-${file.exportedAt.slice(0, 10)}.json`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ kind: 'ok', text: t('optionsExported') });
    } catch (err) {
      setStatus({ kind: 'error', text: message(err) });
    }
  };

  const doImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const r = await importAll(db, await file.text());
      setStatus({ kind: 'ok', text: t('optionsImported', r.added, r.updated, r.skipped) });
      setVersion((v) => v + 1);
    } catch (err) {
      setStatus({ kind: 'error', text: t('optionsImportFailed', err instanceof ImportError ? err.message : message(err)) });
    } finally {
      input.value = '';
    }
  };

  const doErase = async () => {
    const c = customers.find((o) => o.id === choice);
    if (!c) return;
    if (!window.confirm(t('optionsEraseConfirm', c.displayName))) return;
    try {
      await eraseCustomer(db, c.id);
      setStatus({ kind: 'ok', text: t('optionsErased', c.displayName) });
      setVersion((v) => v + 1);
    } catch (err) {
      setStatus({ kind: 'error', text: message(err) });
    }
  };

  return (
    <section class="card" aria-labelledby="opt-data" data-testid="data-section">
      <h2 id="opt-data" class="section-title">
        {t('optionsDataSection')}
      </h2>
      <div class="actions">
        <button type="button" class="secondary" data-testid="export" onClick={doExport}>
          {t('optionsExport')}
        </button>
      </div>
      <label>
        <span class="field-label">{t('optionsImport')}</span>
        <input type="file" accept="application/json,.json" data-testid="import" onChange={(e) => void doImport(e.currentTarget as HTMLInputElement)} />
      </label>
      <h2 class="section-title">{t('optionsEraseSection')}</h2>
      <label>
        <span class="field-label">{t('optionsEraseSearch')}</span>
        <input type="search" data-testid="erase-search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {customers.length === 0 ? (
        <p class="muted">{t('optionsEraseNone')}</p>
      ) : (
        <>
          <label>
            <span class="field-label">{t('optionsEraseChoose')}</span>
            <select data-testid="erase-choice" value={choice} onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value)}>
              {customers.map((c) => (
                <option key={c.id} value={c.id}>
                  {[c.displayName, c.platform, c.handle ? '@' + c.handle : ''].filter(Boolean).join(' · ')}
                </option>
              ))}
            </select>
          </label>
          <div class="actions">
            <button type="button" class="secondary" data-testid="erase" disabled={!choice} onClick={doErase}>
              {t('optionsErase')}
            </button>
          </div>
        </>
      )}
      <StatusLine status={status} testId="data-status" />
    </section>
  );
}

/** The options page: the agent's settings, reply engines, team privacy rules, and their data. */
export function Options({ db: given }: { db?: CareDb }) {
  const db = useMemo(() => given ?? openDb(), [given]);
  const [, setLangVersion] = useState(0);
  useEffect(() => {
    getSettings(db)
      .then((s) => {
        if (s.uiLang) setUiLang(s.uiLang);
        document.documentElement.lang = s.uiLang ?? document.documentElement.lang;
        setLangVersion((v) => v + 1);
      })
      .catch(() => undefined);
  }, [db]);
  const onLang = () => {
    void getSettings(db).then((s) => {
      setUiLang(s.uiLang ?? detectUiLang());
      document.documentElement.lang = s.uiLang ?? detectUiLang();
      setLangVersion((v) => v + 1);
    });
  };
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <GeneralSettings db={db} onLang={onLang} />
      <EngineForm />
      <RulesForm />
      <DataSection db={db} />
    </main>
  );
}
