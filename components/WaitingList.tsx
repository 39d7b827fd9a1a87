import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { WaitingItem } from '@/lib/db/repo';
import { t, type MessageKey } from '@/lib/i18n';
import type { ToContent } from '@/lib/messaging/protocol';
import type { Platform } from '@/lib/model/conversation';
import { formatDuration } from '@/lib/sidebar/duration';
import { EMPTY_MEMORY, type MemoryState } from '@/lib/sidebar/memory';
import { useVisibleTick } from '@/lib/sidebar/visible-tick';
import { SidebarContext } from './SidebarContext';

const RELOAD_MS = 2_000;

const PLATFORM_KEYS: Record<Platform, MessageKey> = {
  x: 'platformX',
  facebook: 'platformFacebook',
  instagram: 'platformInstagram',
};

/** Only web links are ever opened (a stored URL is page data). */
export function safeUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

interface Props {
  /** Outside a conversation (no SidebarContext), the App hands in its memory state. */
  memory?: MemoryState;
  send?: (msg: ToContent) => void;
  /** URL of the page the sidebar sits on, to open same-site links in place. */
  pageUrl?: string;
}

/**
 * Every seen conversation with unanswered customer messages, longest waiting first; each a link
 * that opens it (in this tab through the content script when it is on the same site).
 */
export function WaitingList(props: Props) {
  const ctx = useContext(SidebarContext);
  const m = props.memory ?? ctx?.memory ?? EMPTY_MEMORY;
  const send = props.send ?? ctx?.send;
  const pageUrl = props.pageUrl ?? ctx?.conversation.url;
  const [items, setItems] = useState<WaitingItem[]>([]);
  // Re-read every half minute while visible: other tabs record too.
  const tick = useVisibleTick(true, 30_000);

  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  // Every stored write bumps the revision; the list (a read of each waiting thread) is re-read at
  // most every two seconds.
  const lastLoad = useRef(0);
  useEffect(() => {
    const { store } = m;
    if (!store) return;
    const timer = setTimeout(
      () => {
        lastLoad.current = Date.now();
        store
          .waitingList(m.settings, Date.now())
          // A slow read still shows when newer ones are queued (only unmounting drops it).
          .then((list) => mounted.current && setItems(list))
          .catch(() => mounted.current && setItems([]));
      },
      Math.max(0, lastLoad.current + RELOAD_MS - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [m.store, m.settings, m.revision, tick]);

  const here = pageUrl ? safeUrl(pageUrl) : null;
  const now = Date.now();
  return (
    <section class="card waiting" data-testid="waiting-list" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading" class="section-title">
        {t('waitingTitle')} <span class="muted">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p class="muted">{t('waitingNone')}</p>
      ) : (
        <ol class="waiting-items">
          {items.map((it) => {
            const u = safeUrl(it.url);
            const waited = it.clock.waitingSinceMs === null ? it.clock.elapsedMs : now - it.clock.waitingSinceMs;
            const label = t(
              'waitingItem',
              it.customerName || t('waitingUnknownName'),
              t(PLATFORM_KEYS[it.platform]),
              formatDuration(waited),
            );
            const current = it.conversationId === m.conversationId;
            return (
              <li key={it.conversationId} class={`waiting-item level-${it.clock.level}`} data-testid="waiting-item" data-level={it.clock.level}>
                {u ? (
                  <a
                    href={u.href}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-current={current ? 'page' : undefined}
                    onClick={(e) => {
                      if (!send || !here || here.host !== u.host) return; // another site: a new tab
                      e.preventDefault();
                      send({ type: 'open-url', url: u.href });
                    }}
                  >
                    {label}
                  </a>
                ) : (
                  <span>{label}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
