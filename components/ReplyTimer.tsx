import { useEffect, useState } from 'preact/hooks';
import type { StoredClockInput } from '@/lib/db/repo';
import { t } from '@/lib/i18n';
import type { Conversation } from '@/lib/model/conversation';
import { EMPTY_MEMORY } from '@/lib/sidebar/memory';
import { formatDuration } from '@/lib/sidebar/duration';
import { useVisibleTick } from '@/lib/sidebar/visible-tick';
import { type ClockInput, computeClock } from '@/lib/timer';
import { useSidebar } from './SidebarContext';

/** The clock input of the page as read right now (before the store has it). */
function liveInput(c: Conversation): Omit<ClockInput, 'settings' | 'now'> {
  return {
    messages: c.messages,
    thread: { platform: c.platform, view: c.view, ...(c.threadType ? { threadType: c.threadType } : {}) },
  };
}

/**
 * How long the oldest unanswered customer message has waited, counting live, coloured by the
 * team's warning and breach targets; on private Messenger/Instagram threads also the time left in
 * the platform's 24-hour reply window. Stops when a brand reply appears.
 */
export function ReplyTimer() {
  const { conversation, memory } = useSidebar();
  const m = memory ?? EMPTY_MEMORY;
  const [stored, setStored] = useState<{ id: string; input: StoredClockInput } | null>(null);

  useEffect(() => {
    const { store, conversationId } = m;
    if (!store || !conversationId) {
      setStored(null);
      return;
    }
    let cancelled = false;
    store
      .conversationClockInput(conversationId)
      .then((input) => !cancelled && setStored(input ? { id: conversationId, input } : null))
      .catch(() => !cancelled && setStored(null));
    return () => {
      cancelled = true;
    };
  }, [m.store, m.conversationId, m.revision]);

  const input = stored && stored.id === m.conversationId ? stored.input : liveInput(conversation);
  const clock = computeClock({ ...input, settings: m.settings, now: Date.now() });
  const windowOpen = clock.windowLeftMs !== undefined && clock.windowLeftMs > 0;
  useVisibleTick(clock.state === 'running' || windowOpen, 1000);

  const levelText =
    clock.level === 'breach'
      ? t('timerLevelBreach', m.settings.slaBreachMin)
      : clock.level === 'warning'
        ? t('timerLevelWarning', m.settings.slaWarningMin)
        : t('timerLevelOk');

  return (
    <section
      class={`timer level-${clock.level} state-${clock.state}`}
      data-testid="reply-timer"
      data-state={clock.state}
      data-level={clock.level}
      aria-labelledby="reply-timer-heading"
    >
      <h3 id="reply-timer-heading" class="section-title">
        {t('timerTitle')}
      </h3>
      {clock.state === 'none' ? (
        <p class="timer-main">{t('timerNone')}</p>
      ) : (
        <>
          <p class="timer-main" role="timer" data-testid="reply-timer-elapsed">
            {clock.state === 'running'
              ? t('timerRunning', formatDuration(clock.elapsedMs))
              : t('timerStopped', formatDuration(clock.elapsedMs))}
            {clock.state === 'running' && clock.unansweredCount > 1 && (
              <span class="muted"> · {t('timerUnanswered', clock.unansweredCount)}</span>
            )}
          </p>
          {/* Only the level is announced: it changes rarely, the seconds do not. */}
          <p class="timer-level" aria-live="polite">
            {levelText}
          </p>
          {clock.estimated && (
            <p class="timer-note muted" data-testid="reply-timer-estimated">
              {t('timerEstimated')}
            </p>
          )}
        </>
      )}
      {clock.windowLeftMs !== undefined && (
        <p class={`timer-window${windowOpen ? '' : ' closed'}`} data-testid="reply-window">
          {windowOpen ? t('timerWindowLeft', formatDuration(clock.windowLeftMs)) : t('timerWindowClosed')}
        </p>
      )}
    </section>
  );
}
