import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type HistoryItem, type RecordResult, threadKeyOf } from '../db/repo';
import type { Settings } from '../db/schema';
import { setUiLang } from '../i18n';
import type { Author, Conversation } from '../model/conversation';
import { errorMessage, remoteStore, type Store } from './store';

/**
 * The sidebar's customer memory: records every conversation the sidebar receives (debounced, off
 * the render path, one transaction per read, in the background's store) and tells the panels which
 * stored conversation and customer are open.
 */

let shared: Store | null = null;

/** The store the sidebar talks to (the background's, over runtime messages). */
export function sidebarStore(): Store {
  shared ??= remoteStore();
  return shared;
}

/** Tests hand in a store on fake-indexeddb (`localStore(db)`). */
export function setSidebarStore(store: Store | null): void {
  shared = store;
}

/** What the sidebar's memory panels know about the open conversation. */
export interface MemoryState {
  store: Store | null;
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
  store: null,
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
  store?: Store;
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
  const store = useMemo(() => opts.store ?? sidebarStore(), [opts.store]);
  const now = opts.now ?? Date.now;
  const debounceMs = opts.debounceMs ?? 300;
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
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

  const loadSettings = useCallback(async (): Promise<void> => {
    const s = await store.getSettings();
    if (s.uiLang) setUiLang(s.uiLang);
    if (alive.current) setSettings(s);
  }, [store]);

  // Settings (the options page may change them while the sidebar is open).
  useEffect(() => {
    loadSettings().catch((e: unknown) => alive.current && setError(errorMessage(e)));
    const onVisible = () => {
      if (document.visibilityState === 'visible') void loadSettings().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [loadSettings]);

  // Record each conversation the sidebar receives, debounced; writes run one after another.
  useEffect(() => {
    if (!conversation) return;
    const timer = setTimeout(() => {
      const conv = conversation;
      chain.current = chain.current
        .then(async () => {
          const result = await store.recordRead(conv, now());
          if (!alive.current) return;
          setRecorded({ threadKey: threadKeyOf(conv), conversation: conv, result });
          setRevision((r) => r + 1);
          setError(null);
        })
        .catch((e: unknown) => {
          if (alive.current) setError(errorMessage(e));
        });
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [store, conversation, debounceMs]);

  const threadKey = conversation ? threadKeyOf(conversation) : null;
  const current = recorded && recorded.threadKey === threadKey ? recorded : null;
  const conversationId = current?.result.conversationId ?? null;

  // Which stored customer the agent is answering.
  useEffect(() => {
    if (!current || !conversation) {
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
      store
        .findCustomerForAuthor(conversation.platform, customer, current.threadKey)
        .then((c) => !cancelled && alive.current && setCustomerId(c?.id ?? result.customerId))
        .catch(() => !cancelled && alive.current && setCustomerId(result.customerId));
    } else {
      setCustomerId(result.customerId);
    }
    return () => {
      cancelled = true;
    };
  }, [store, current, selectedIndex, customer?.handle, customer?.name, customer?.profileUrl, customer?.pageId]);

  // The customer's history from other conversations.
  useEffect(() => {
    if (!customerId) {
      setHistory([]);
      return;
    }
    let cancelled = false;
    store
      .customerHistory(customerId, { ...(conversationId ? { excludeConversationId: conversationId } : {}), limit: 50 })
      .then((h) => !cancelled && alive.current && setHistory(h))
      .catch(() => !cancelled && alive.current && setHistory([]));
    return () => {
      cancelled = true;
    };
  }, [store, customerId, conversationId, revision]);

  const refresh = useCallback(() => {
    setRevision((r) => r + 1);
    void loadSettings().catch(() => undefined);
  }, [loadSettings]);

  return useMemo(
    () => ({ store, settings, conversationId, customerId, history, revision, refresh, error }),
    [store, settings, conversationId, customerId, history, revision, refresh, error],
  );
}
