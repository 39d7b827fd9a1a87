import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch, openPage, sidebarFrame, type Session } from './fixture';

/**
 * Customer memory in Chromium with the built extension: two saved Facebook threads of Jonas Becker
 * (Messenger, with a profile link; Business Suite, with only his name) are not matched
 * automatically; the agent links them by hand and sees the first in the second's history. Notes
 * survive a reload, the reply timer runs or stops, the waiting list lists the unanswered thread.
 */

const MESSENGER = 'facebook/messenger-thread.html';
const INBOX = 'facebook/business-inbox-navigation.html';

let session: Session;
const consoleErrors: string[] = [];

beforeAll(async () => {
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

async function open(file: string): Promise<{ page: Page; frame: Frame }> {
  const page = await openPage(session, file);
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${file}: ${m.text()}`);
  });
  const frame = await sidebarFrame(page, session.extensionId);
  // The panel appears once the thread is stored and its customer known.
  await frame.waitForSelector('[data-testid="customer-panel"]', { timeout: 20_000 });
  return { page, frame };
}

const attr = (frame: Frame, testId: string, name: string) =>
  frame.getAttribute(`[data-testid="${testId}"]`, name);

describe('customer memory and reply timer', () => {
  it('stops the timer for a thread the brand answered last', async () => {
    const { page, frame } = await open(MESSENGER);
    await expect.poll(() => attr(frame, 'reply-timer', 'data-state'), { timeout: 15_000 }).toBe('stopped');
    expect(['ok', 'warning', 'breach']).toContain(await attr(frame, 'reply-timer', 'data-level'));
    // A private Messenger thread shows the platform's 24-hour window.
    expect(await frame.textContent('[data-testid="reply-window"]')).toMatch(/24-hour reply window/);
    await page.close();
  });

  it('runs the timer for a thread ending with a customer message and lists it as waiting', async () => {
    const { page, frame } = await open(INBOX);
    await expect.poll(() => attr(frame, 'reply-timer', 'data-state'), { timeout: 15_000 }).toBe('running');
    await expect
      .poll(() => frame.$$eval('[data-testid="waiting-item"]', (els) => els.map((e) => e.textContent ?? '')), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('Jonas Becker')]));
    // The answered Messenger thread does not wait.
    expect(await frame.$$eval('[data-testid="waiting-item"] a', (els) => els.map((e) => e.getAttribute('href')))).not.toContain(
      'https://www.facebook.com/messages/t/7391234567890123',
    );
    await page.close();
  });

  it('links the two identities by hand and shows the Messenger thread in the inbox thread\'s history', async () => {
    const { page, frame } = await open(INBOX);
    // Same name, no shared handle or profile id: not the same customer until the agent says so.
    await frame.waitForSelector('text=Nothing from this customer in other conversations yet.');
    expect(await frame.$$('[data-testid="history-item"]')).toHaveLength(0);

    await frame.fill('[data-testid="link-search"]', 'jonas');
    await frame.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="link-choice"] option')].some((o) => o.textContent?.includes('jonas.becker.7')),
      undefined,
      { timeout: 10_000 },
    );
    const value = await frame.$$eval('[data-testid="link-choice"] option', (opts) =>
      (opts as HTMLOptionElement[]).find((o) => o.textContent?.includes('jonas.becker.7'))?.value ?? '',
    );
    await frame.selectOption('[data-testid="link-choice"]', value);
    await frame.click('[data-testid="link-customer"]');

    await frame.waitForSelector('[data-testid="history-item"]', { timeout: 15_000 });
    const items = await frame.$$eval('[data-testid="history-item"]', (els) =>
      els.map((e) => ({ text: e.textContent ?? '', href: e.querySelector('a')?.getAttribute('href') ?? '', target: e.querySelector('a')?.getAttribute('target') })),
    );
    expect(items.some((i) => i.text.includes('Roaming'))).toBe(true);
    expect(items.every((i) => i.href.startsWith('https://www.facebook.com/messages/t/7391234567890123'))).toBe(true);
    expect(items.every((i) => i.target === '_blank')).toBe(true);
    expect(await frame.$$('[data-testid="linked-customer"]')).toHaveLength(1);
    await page.close();
  });

  it('keeps a note across a reload', async () => {
    const { page, frame } = await open(MESSENGER);
    const text = 'Bevorzugt Antworten per DM – Test-Notiz';
    await frame.fill('[data-testid="note-input"]', text);
    await frame.click('[data-testid="note-save"]');
    await frame.waitForSelector(`[data-testid="note"]:has-text("${text}")`, { timeout: 10_000 });

    await page.reload();
    const again = await sidebarFrame(page, session.extensionId);
    await again.waitForSelector(`[data-testid="note"]:has-text("${text}")`, { timeout: 20_000 });
    await page.close();
  });

  it('opens the options page from the sidebar header', async () => {
    const { page, frame } = await open(MESSENGER);
    const [options] = await Promise.all([
      session.context.waitForEvent('page', { timeout: 10_000 }),
      frame.click('[data-testid="open-settings"]'),
    ]);
    await options.waitForURL(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('[data-testid="settings-form"]');
    await options.close();
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
});
