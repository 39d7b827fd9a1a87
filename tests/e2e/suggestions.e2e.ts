import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { expected, launch, openPage, sidebarFrame, type Session } from './fixture';

const FILE = 'x/tweet-detail.html';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

let session: Session;

beforeAll(async () => {
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

const suggestionTexts = (frame: Frame) =>
  frame.$$eval('[data-testid="suggestion"] .suggestion-text', (els) => els.map((el) => el.textContent ?? ''));

/**
 * The suggestion fates the sidebar kept: in the extension's store (read from a top-level extension
 * page, which the browser never refuses IndexedDB), or in the queue in extension storage.
 */
async function storedFates(extensionId: string): Promise<string[]> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return await page.evaluate(async () => {
      const fromDb = await new Promise<string[]>((resolve) => {
        const req = indexedDB.open('care-sidebar');
        req.onerror = () => resolve([]);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('events')) return resolve([]);
          const all = db.transaction('events').objectStore('events').getAll();
          all.onsuccess = () =>
            resolve((all.result as { type: string; data: { fate: string } }[]).filter((e) => e.type === 'suggestion-fate').map((e) => e.data.fate));
          all.onerror = () => resolve([]);
        };
      });
      const g = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { fate: string }[] | undefined>> } } } };
      const queued = (await g.chrome.storage.local.get('pendingSuggestionFates')).pendingSuggestionFates ?? [];
      return [...fromDb, ...queued.map((e) => e.fate)].sort();
    });
  } finally {
    await page.close();
  }
}

describe('reply suggestions in Chromium', () => {
  it('offers three different suggestions, puts the chosen one into the composer, and follows the selected message', async () => {
    const page = await openPage(session, FILE);
    const frame = await sidebarFrame(page, session.extensionId);

    await frame.waitForFunction(() => document.querySelectorAll('[data-testid="suggestion"]').length === 3, undefined, { timeout: 20_000 });
    const first = await suggestionTexts(frame);
    expect(new Set(first).size).toBe(3);
    for (const t of first) expect(t.length).toBeGreaterThan(20);
    expect(await frame.textContent('[data-testid="tone-chip"]')).toMatch(/^Tone: /);
    expect(await frame.textContent('[data-testid="type-chip"]')).toMatch(/^Type: /);
    await expect.poll(() => frame.textContent('[data-testid="suggest-engine"]'), { timeout: 10_000 }).toMatch(/^Offline engine: /);

    // choose the second one: it becomes the reply draft
    await frame.click('[data-testid="suggestion"]:nth-child(2) [data-testid="use-suggestion"]');
    const chosen = first[1]!;
    await expect.poll(() => frame.inputValue('[data-testid="reply-draft"]'), { timeout: 5_000 }).toBe(chosen);

    // insert: the site's composer holds it, and the three fates are kept
    await frame.click('[data-testid="insert"]');
    const composer: string = expected[FILE].composer.selector;
    await expect
      .poll(() => page.$eval(composer, (el) => (el as HTMLElement).innerText), { timeout: 10_000 })
      .toContain(squash(chosen).slice(0, 60));
    await expect.poll(() => frame.textContent('.reply .status'), { timeout: 10_000 }).toBe('Inserted. Check it and send it on the site.');
    await expect.poll(() => storedFates(session.extensionId), { timeout: 10_000 }).toEqual(['ignored', 'ignored', 'inserted']);

    // another customer's message: other suggestions
    await frame.locator('[data-testid="message"]', { hasText: 'Is 5G included in Flex 50' }).locator('button.message-main').click();
    await frame.waitForFunction(
      (before) => {
        const now = [...document.querySelectorAll('[data-testid="suggestion"] .suggestion-text')].map((el) => el.textContent);
        return now.length === 3 && now.every((t) => !before.includes(t ?? ''));
      },
      first,
      { timeout: 10_000 },
    );
    const second = await suggestionTexts(frame);
    expect(new Set(second).size).toBe(3);

    // by keyboard: Enter on a suggestion's button takes it
    await frame.press('[data-testid="suggestion"]:nth-child(3) [data-testid="use-suggestion"]', 'Enter');
    await expect.poll(() => frame.inputValue('[data-testid="reply-draft"]'), { timeout: 5_000 }).toBe(second[2]);
    await page.close();
  });
});
