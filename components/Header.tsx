import type { Conversation } from '@/lib/model/conversation';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/lib/i18n';
import { OPEN_OPTIONS_MESSAGE } from '@/lib/messaging/protocol';

const VIEW_KEYS: Record<Conversation['view'], MessageKey> = {
  'post-detail': 'viewPostDetail',
  'post-comments': 'viewPostComments',
  dm: 'viewDm',
  'business-inbox': 'viewBusinessInbox',
};
const PLATFORM_KEYS: Record<Conversation['platform'], MessageKey> = {
  x: 'platformX',
  facebook: 'platformFacebook',
  instagram: 'platformInstagram',
};

/**
 * Opens the options page (agent name, reply targets, data export…) in a tab. In Firefox the sidebar,
 * an extension frame inside a web page, gets content-script APIs only (no openOptionsPage): it asks
 * the background to open it.
 */
function openSettings(): void {
  const open = (browser.runtime as { openOptionsPage?: () => Promise<void> }).openOptionsPage;
  if (typeof open === 'function') void open.call(browser.runtime).catch(() => undefined);
  else void browser.runtime.sendMessage({ type: OPEN_OPTIONS_MESSAGE }).catch(() => undefined);
}

export const MIN_WIDTH = 280;
export const MAX_WIDTH = 720;
const STEP = 40;

interface Props {
  conversation: Conversation | null;
  width: number;
  onCollapse: () => void;
  onResize: (width: number) => void;
}

/** Title bar: where we are, collapse, and width controls (drag handle plus keyboard). */
export function Header({ conversation, width, onCollapse, onResize }: Props) {
  const clamp = (w: number) => Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.round(w)));
  const startDrag = (e: PointerEvent) => {
    const handle = e.currentTarget as HTMLElement;
    handle.setPointerCapture(e.pointerId);
    const startX = e.screenX;
    const startWidth = width;
    let next = width;
    const move = (ev: PointerEvent) => {
      next = clamp(startWidth + (startX - ev.screenX));
    };
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      if (next !== startWidth) onResize(next);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  return (
    <header class="header">
      <div
        class="resize-handle"
        role="separator"
        aria-orientation="vertical"
        aria-label={t('resizeHandle')}
        aria-valuemin={MIN_WIDTH}
        aria-valuemax={MAX_WIDTH}
        aria-valuenow={width}
        tabIndex={0}
        onPointerDown={startDrag}
        onKeyDown={(e) => {
          if (e.key === 'ArrowLeft') onResize(clamp(width + STEP));
          else if (e.key === 'ArrowRight') onResize(clamp(width - STEP));
          else return;
          e.preventDefault();
        }}
      />
      <div class="title">
        <h1>{t('sidebarTitle')}</h1>
        {conversation && (
          <p class="where">
            {t(PLATFORM_KEYS[conversation.platform])} · {t(VIEW_KEYS[conversation.view])}
          </p>
        )}
      </div>
      <div class="header-actions">
        <button type="button" class="icon" data-testid="open-settings" aria-label={t('openSettings')} title={t('openSettings')} onClick={openSettings}>
          <span aria-hidden="true">⚙</span>
        </button>
        <button type="button" class="icon" aria-label={t('narrower')} title={t('narrower')} onClick={() => onResize(clamp(width - STEP))}>
          <span aria-hidden="true">⇥</span>
        </button>
        <button type="button" class="icon" aria-label={t('wider')} title={t('wider')} onClick={() => onResize(clamp(width + STEP))}>
          <span aria-hidden="true">⇤</span>
        </button>
        <button type="button" class="icon" aria-label={t('collapse')} title={t('collapse')} onClick={onCollapse}>
          <span aria-hidden="true">›</span>
        </button>
      </div>
    </header>
  );
}
