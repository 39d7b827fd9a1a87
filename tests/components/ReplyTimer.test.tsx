// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { ReplyTimer } from '../../components/ReplyTimer';
import { SidebarContext, type SidebarState } from '../../components/SidebarContext';
import { DEFAULT_SETTINGS } from '../../lib/db/repo';
import { setUiLang } from '../../lib/i18n';
import type { Conversation, Message } from '../../lib/model/conversation';
import { EMPTY_MEMORY } from '../../lib/sidebar/memory';

const NOW = Date.parse('2026-03-29T00:50:00Z'); // the night Europe/Berlin moves its clocks
const MIN = 60_000;

const customerMsg = (minAgo: number, text = 'Hallo?'): Message => ({
  author: { name: 'Jana', handle: 'jana' },
  isBrand: false,
  text,
  lang: 'de',
  timestamp: new Date(NOW - minAgo * MIN).toISOString(),
});

function thread(platform: Conversation['platform'], messages: Message[]): Conversation {
  return {
    platform,
    view: 'dm',
    url: 'https://www.instagram.com/direct/t/1/',
    threadId: '1',
    brand: { handle: 'brand' },
    counterpart: { name: 'Jana', handle: 'jana' },
    messages,
    composerFound: true,
  };
}

function show(conversation: Conversation, settings = DEFAULT_SETTINGS) {
  const value: SidebarState = {
    conversation,
    selectedIndex: undefined,
    selectedMessage: undefined,
    customer: conversation.counterpart,
    draft: '',
    setDraft: () => {},
    composerDraft: '',
    send: () => {},
    memory: { ...EMPTY_MEMORY, settings },
  };
  return render(
    <SidebarContext.Provider value={value}>
      <ReplyTimer />
    </SidebarContext.Provider>,
  );
}

beforeEach(() => {
  setUiLang('en');
  vi.useFakeTimers({ now: NOW, toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
});

const timer = () => screen.getByTestId('reply-timer');

describe('ReplyTimer', () => {
  it('counts live, second by second, and turns to warning then breach at the targets', () => {
    show(thread('instagram', [customerMsg(14)]));
    expect(timer().dataset.state).toBe('running');
    expect(timer().dataset.level).toBe('ok');
    expect(screen.getByTestId('reply-timer-elapsed').textContent).toBe('Waiting for 14 min');
    act(() => {
      vi.advanceTimersByTime(61_000);
    });
    expect(screen.getByTestId('reply-timer-elapsed').textContent).toBe('Waiting for 15 min');
    expect(timer().dataset.level).toBe('warning');
    act(() => {
      vi.advanceTimersByTime(45 * MIN);
    });
    expect(timer().dataset.level).toBe('breach');
    expect(screen.getByTestId('reply-timer-elapsed').textContent).toBe('Waiting for 1 h 00 min');
    // The page gave times: nothing is estimated.
    expect(screen.queryByTestId('reply-timer-estimated')).toBeNull();
  });

  it('does not tick while the sidebar is hidden', () => {
    show(thread('instagram', [customerMsg(1)]));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const before = screen.getByTestId('reply-timer-elapsed').textContent;
    act(() => {
      vi.advanceTimersByTime(5 * MIN);
    });
    expect(screen.getByTestId('reply-timer-elapsed').textContent).toBe(before);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(screen.getByTestId('reply-timer-elapsed').textContent).toBe('Waiting for 6 min');
  });

  it('shows the 24-hour window on Instagram direct threads, not on X', () => {
    show(thread('instagram', [customerMsg(60 * 20)]));
    expect(screen.getByTestId('reply-window').textContent).toBe('24-hour reply window: 4 h 00 min left');
    cleanup();
    show(thread('instagram', [customerMsg(60 * 25)]));
    expect(screen.getByTestId('reply-window').textContent).toBe('The 24-hour reply window is closed.');
    cleanup();
    show(thread('x', [customerMsg(5)]));
    expect(screen.queryByTestId('reply-window')).toBeNull();
  });

  it('stops at the brand reply and reports how long the answer took', () => {
    const reply: Message = {
      author: { handle: 'brand' },
      isBrand: true,
      text: 'Schon erledigt!',
      lang: 'de',
      timestamp: new Date(NOW - 10 * MIN).toISOString(),
    };
    show(thread('instagram', [customerMsg(50), reply]));
    expect(timer().dataset.state).toBe('stopped');
    expect(timer().dataset.level).toBe('warning');
    expect(screen.getByTestId('reply-timer-elapsed').textContent).toBe('Answered after 40 min');
  });

  it('uses the team targets from the settings, and German words', () => {
    setUiLang('de');
    show(thread('instagram', [customerMsg(7)]), { ...DEFAULT_SETTINGS, slaWarningMin: 5, slaBreachMin: 20 });
    expect(timer().dataset.level).toBe('warning');
    expect(timer().textContent).toContain('Wartet seit 7 Min.');
    expect(timer().textContent).toContain('Achtung: über 5 Min.');
  });

  it('says the time is estimated when the page shows none', () => {
    show(thread('instagram', [{ author: { name: 'Jana' }, isBrand: false, text: 'Hallo?', lang: 'de' }]));
    expect(timer().dataset.state).toBe('running');
    expect(screen.getByTestId('reply-timer-estimated').textContent).toMatch(/first saw the message/);
  });
});
