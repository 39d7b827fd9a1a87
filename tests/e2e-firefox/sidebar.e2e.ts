import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import {
  expected,
  extensionPage,
  frameErrors,
  launch,
  openPage,
  sidebarFrame,
  sidebarMessages,
  watchFrameErrors,
  type Session,
} from './fixture';

/**
 * A smoke test of the Firefox build in Firefox ESR: what a Firefox user sees on the three sites.
 * The full behaviour is covered in Chromium (tests/e2e/); here it is enough that the same build
 * mounts, reads the conversation, talks to its sidebar and writes into the site's composer.
 */

type Message = { text: string; isBrand: boolean; author?: { name?: string } };

/** Who the sidebar shows: the conversation's counterpart, else the last customer who wrote. */
function customerOf(file: string): string {
  const page = expected[file];
  if (page.counterpart?.name) return page.counterpart.name;
  const customers = (page.messages as Message[]).filter((m) => !m.isBrand);
  return customers[customers.length - 1]!.author!.name!;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

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
  page.on('pageerror', (e) => consoleErrors.push(`${file}: ${e instanceof Error ? e.message : String(e)}`));
  const frame = await sidebarFrame(page);
  await watchFrameErrors(frame);
  return { page, frame };
}

/** Keeps the sidebar's errors for the last test, then closes the page. */
async function close(file: string, page: Page, frame: Frame) {
  for (const e of await frameErrors(frame)) consoleErrors.push(`${file} (sidebar): ${e}`);
  await page.close();
}

async function expectConversation(file: string, frame: Frame) {
  const want = expected[file].messages as Message[];
  await frame.waitForFunction(
    (n: number) => document.querySelectorAll('[data-testid="message"]').length === n,
    { timeout: 20_000 },
    want.length,
  );
  const got = await sidebarMessages(frame);
  expect(got.map((m) => m.brand)).toEqual(want.map((m) => String(m.isBrand)));
  got.forEach((m, i) => expect(squash(m.text)).toContain(squash(want[i]!.text)));
  await frame.waitForFunction(
    (name: string) => document.querySelector('[data-testid="customer-name"]')?.textContent === name,
    { timeout: 15_000 },
    customerOf(file),
  );
}

describe('Firefox build in Firefox ESR', () => {
  it('X post detail: the sidebar shows the customer and the conversation, and a reply lands in the composer', async () => {
    const file = 'x/tweet-detail.html';
    const { page, frame } = await open(file);
    expect(await page.$$eval('care-sidebar-host', (els) => els.length)).toBe(1);
    await expectConversation(file, frame);

    const reply = 'Danke dir, wir kümmern uns darum!';
    await frame.type('[data-testid="reply-draft"]', reply);
    await frame.click('[data-testid="insert"]');
    await page.waitForFunction(
      (selector: string, text: string) => {
        const el = document.querySelector(selector);
        const value = el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement | null)?.innerText;
        return value?.includes(text) ?? false;
      },
      { timeout: 15_000 },
      expected[file].composer.selector,
      reply,
    );
    await close(file, page, frame);
  });

  for (const file of ['facebook/messenger-thread.html', 'instagram/direct-thread.html']) {
    it(`${file}: the sidebar shows the customer and the conversation`, async () => {
      const { page, frame } = await open(file);
      await expectConversation(file, frame);
      await close(file, page, frame);
    });
  }

  it('keeps a note on the customer in the background\'s store across a reload', async () => {
    const file = 'facebook/messenger-thread.html';
    const text = 'Ruft lieber abends an';
    const hasNote = (note: string) =>
      [...document.querySelectorAll('[data-testid="note"]')].some((n) => n.textContent?.includes(note));
    let { page, frame } = await open(file);
    await frame.waitForSelector('[data-testid="note-input"]', { timeout: 20_000 });
    await frame.type('[data-testid="note-input"]', text);
    await frame.click('[data-testid="note-save"]');
    await frame.waitForFunction(hasNote, { timeout: 15_000 }, text);
    await close(file, page, frame);
    ({ page, frame } = await open(file));
    await frame.waitForFunction(hasNote, { timeout: 20_000 }, text);
    await close(file, page, frame);
  });

  it('opens the options page from the sidebar header', async () => {
    const file = 'instagram/direct-thread.html';
    const { page, frame } = await open(file);
    await frame.click('[data-testid="open-settings"]');
    const options = await extensionPage(session, '/options.html');
    await options.waitForSelector('[data-testid="settings-form"]', { timeout: 20_000 });
    await options.close();
    await close(file, page, frame);
  });

  it('gets out of the way when the agent leaves the conversation for a page that is not one', async () => {
    const { page } = await open('x/tweet-detail.html');
    await page.evaluate(() => {
      document.querySelector('main')?.replaceChildren();
      history.pushState({}, '', '/home');
    });
    await page.waitForFunction(() => document.querySelectorAll('care-sidebar-host').length === 0, { timeout: 15_000 });
    await page.close();
  });

  it('logged no errors on the pages or in the sidebar', () => {
    expect(consoleErrors).toEqual([]);
  });
});
