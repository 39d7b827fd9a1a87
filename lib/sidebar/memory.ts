import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type CareDb, openDb } from '../db';
import {
  applyRetention,
  customerHistory,
  DEFAULT_SETTINGS,
  findCustomerForAuthor,
  getSettings,
  type HistoryItem,
  recordConversation,
  type RecordResult,
  threadKeyOf,
} from '../db/repo';
import type { Settings } from '../db/schema';
import type { Author, Conversation } from '../model/conversation';
import { setUiLang } from '../i18n';
import { type CompiledRule, detect, maskText } from '../privacy';
import { loadPrivacyRules } from './privacy-rules';

/**
 * The sidebar's customer memory: records every conversation the sidebar receives (debounced, off
 * the render path, one transaction per read) and tells the panels which stored conversation and
 * customer are open. Only extension pages use this (the content script never opens IndexedDB).
 */

let shared: CareDb | null = null;

/** The extension origin's store, opened once per page. */
export function sidebarDb(): CareDb {
  shared ??= openDb();
  return shared;
}

/** Tests hand in their own (fake-indexeddb) store. */
export function setSidebarDb(db: CareDb | null): void {
  shared = db;
}

export const RETENTION_RUN_KEY = 'memory.retentionRunAt';
const DAY = 86_400_000;

/** When retention last ran (ms), kept in extension storage; 0 when unknown. */
async function lastRetentionRun(): Promise<number> {
  try {
    const got = await browser.storage.local.get(RETENTION_RUN_KEY);
    const v = got[RETENTION_RUN_KEY];
    return typeof v === 'number' ? v : 0;
  } catch {
    return 0;
  }
}

/**
 * Deletes data older than the retention period, at most once a day (retention off: nothing).
 * Returns whether it ran.
 */
export async function maybeApplyRetention(db: CareDb, settings: Settings, now: number = Date.now()): Promise<boolean> {
  if (settings.retentionDays === null) return false;
  const last = await lastRetentionRun();
  if (now - last < DAY && last <= now) return false;
  await applyRetention(db, now, settings);
  try {
    await browser.storage.local.set({ [RETENTION_RUN_KEY]: now });
  } catch {
    // Storage unavailable: it runs again next time, which is harmless.
  }
  return true;
}

/** The "store masked text only" option as a text transform (undefined: store as read). */
export function maskerFor(
  settings: Pick<Settings, 'storeMaskedOnly'>,
  extraRules: readonly CompiledRule[] = [],
): ((text: string) => string) | undefined {
  if (!settings.storeMaskedOnly) return undefined;
  const opts = extraRules.length ? { extraRules } : {};
  return (text) => maskText(text, detect(text, opts));
}

/** What the sidebar's memory panels know about the open conversation. */
export interface MemoryState {
  db: CareDb | null;
  settings: Settings;
  /** The stored conversation for the open thread (null until its first recording is done). */
  conversationId: string | null;
  /** The stored customer the agent is answering (null until known). */
  customerId: string | null;
  /** What this customer (and linked identities) wrote in other conversations, newest first. */
  history: HistoryItem[];
  /** Grows after every write, so panels re-read. */
  revision: number;
  /** A panel changed something (note, link…): re-read. */
  refresh: () => void;
  /** Why the store could not be used, if so. */
  error: string | null;
}

export const EMPTY_MEMORY: MemoryState = {
  db: null,
  settings: DEFAULT_SETTINGS,
  conversationId: null,
  customerId: null,
  history: [],
  revision: 0,
  refresh: () => {},
  error: null,
};

interface Recorded {
  threadKey: string;
  conversation: Conversation;
  result: RecordResult;
}

export interface RecorderOptions {
  db?: CareDb;
  debounceMs?: number;
  /** Clock for tests. */
  now?: () => number;
}

/**
 * Records the open conversation and resolves its customer. Call it once, in the App, with what
 * the content script sent; it returns the memory state the panels read.
 */
export function useConversationRecorder(
  conversation: Conversation | null,
  customer: Author | undefined,
  selectedIndex: number | undefined,
  opts: RecorderOptions = {},
): MemoryState {
  const db = useMemo(() => {
    try {
      return opts.db ?? sidebarDb();
    } catch {
      return null;
    }
  }, [opts.db]);
  const now = opts.now ?? Date.now;
  const debounceMs = opts.debounceMs ?? 300;
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const settingsRef = useRef<Settings | null>(null);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const [revision, setRevision] = useState(0);
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [history, setHistory] = useState<HistoryItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const loadSettings = useCallback(async (): Promise<Settings> => {
    if (!db) return DEFAULT_SETTINGS;
    const s = await getSettings(db);
    settingsRef.current = s;
    if (s.uiLang) setUiLang(s.uiLang);
    if (alive.current) setSettings(s);
    return s;
  }, [db]);

  // Settings (the options page may change them while the sidebar is open) and daily retention.
  useEffect(() => {
    if (!db) return;
    loadSettings()
      .then((s) => maybeApplyRetention(db, s, now()))
      .catch((e: unknown) => alive.current && setError(e instanceof Error ? e.message : String(e)));
    const onVisible = () => {
      if (document.visibilityState === 'visible') void loadSettings().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [db, loadSettings]);

  // Record each conversation the sidebar receives, debounced; writes run one after another.
  useEffect(() => {
    if (!db || !conversation) return;
    const timer = setTimeout(() => {
      const conv = conversation;
      chain.current = chain.current
        .then(async () => {
          const s = settingsRef.current ?? (await loadSettings());
          // The team's own privacy rules mask too (a list that does not validate is never run).
          const rules = s.storeMaskedOnly ? await loadPrivacyRules() : null;
          const masker = maskerFor(s, rules?.status === 'ok' ? rules.rules : []);
          const result = await recordConversation(db, conv, {
            seenAt: now(),
            ...(masker ? { maskText: masker } : {}),
            ...(s.timeZone ? { timeZone: s.timeZone } : {}),
          });
          if (!alive.current) return;
          setRecorded({ threadKey: threadKeyOf(conv), conversation: conv, result });
          setRevision((r) => r + 1);
          setError(null);
        })
        .catch((e: unknown) => {
          if (alive.current) setError(e instanceof Error ? e.message : String(e));
        });
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [db, conversation, debounceMs, loadSettings]);

  const threadKey = conversation ? threadKeyOf(conversation) : null;
  const current = recorded && recorded.threadKey === threadKey ? recorded : null;
  const conversationId = current?.result.conversationId ?? null;

  // Which stored customer the agent is answering.
  useEffect(() => {
    if (!db || !current || !conversation) {
      setCustomerId(null);
      return;
    }
    const { result } = current;
    const sameRead = current.conversation === conversation;
    let id: string | null = null;
    if (sameRead && selectedIndex !== undefined) id = result.customerIds[selectedIndex] ?? null;
    const isDm = conversation.view === 'dm' || conversation.view === 'business-inbox';
    if (!id && isDm) id = result.customerId;
    if (id) {
      setCustomerId(id);
      return;
    }
    let cancelled = false;
    if (customer) {
      findCustomerForAuthor(db, conversation.platform, customer, current.threadKey)
        .then((c) => !cancelled && alive.current && setCustomerId(c?.id ?? result.customerId))
        .catch(() => !cancelled && alive.current && setCustomerId(result.customerId));
    } else {
      setCustomerId(result.customerId);
    }
    return () => {
      cancelled = true;
    };
  }, [db, current, selectedIndex, customer?.handle, customer?.name, customer?.profileUrl, customer?.pageId]);

  // The customer's history from other conversations.
  useEffect(() => {
    if (!db || !customerId) {
      setHistory([]);
      return;
    }
    let cancelled = false;
    customerHistory(db, customerId, { ...(conversationId ? { excludeConversationId: conversationId } : {}), limit: 50 })
      .then((h) => !cancelled && alive.current && setHistory(h))
      .catch(() => !cancelled && alive.current && setHistory([]));
    return () => {
      cancelled = true;
    };
  }, [db, customerId, conversationId, revision]);

  const refresh = useCallback(() => {
    setRevision((r) => r + 1);
    void loadSettings().catch(() => undefined);
  }, [loadSettings]);

  return useMemo(
    () => ({ db, settings, conversationId, customerId, history, revision, refresh, error }),
    [db, settings, conversationId, customerId, history, revision, refresh, error],
  );
}
