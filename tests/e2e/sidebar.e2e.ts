import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { expected, launch, openPage, sidebarFrame, sidebarMessages, type Session } from './fixture';

/** The seven views: the saved page, where it is served, and who the sidebar must show. */
const VIEWS = [
  { file: 'x/tweet-detail.html', customer: { name: 'Petra Wagner', handle: 'petra_w' } },
  { file: 'x/dm-thread.html', customer: { name: 'Jonas Becker', handle: 'jonas_bckr' } },
  { file: 'facebook/page-post-comments.html', customer: { name: 'Thomas Müller', handle: '' } },
  { file: 'facebook/messenger-thread.html', customer: { name: 'Jonas Becker', handle: '' } },
  { file: 'facebook/business-inbox-navigation.html', customer: { name: 'Jonas Becker', handle: '' } },
  { file: 'instagram/post-comments.html', customer: { name: 'petra.wagner.hh', handle: 'petra.wagner.hh' } },
  { file: 'instagram/direct-thread.html', customer: { name: 'Jonas Becker', handle: 'jonas.becker.le' } },
] as const;

/** Messages a page must yield: its own list, or the first state of a navigation page. */
function messagesOf(file: string): Array<{ text: string; isBrand: boolean }> {
  const page = expected[file];
  return page.messages?.length ? page.messages : page.states[0].messages;
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
  const frame = await sidebarFrame(page, session.extensionId);
  return { page, frame };
}

/** Waits until the sidebar lists exactly the given messages (text and brand flag), in order. */
async function expectMessages(frame: Frame, want: Array<{ text: string; isBrand: boolean }>) {
  await frame.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="message"]').length === n,
    want.length,
    { timeout: 15_000 },
  );
  const got = await sidebarMessages(frame);
  expect(got.map((m) => m.brand)).toEqual(want.map((m) => String(m.isBrand)));
  got.forEach((m, i) => expect(squash(m.text)).toContain(squash(want[i]!.text)));
}

describe('sidebar on the seven views', () => {
  for (const view of VIEWS) {
    it(`${view.file}: shows the customer and the conversation, and inserts a reply`, async () => {
      const { page, frame } = await open(view.file);
      await expectMessages(frame, messagesOf(view.file));
      await expect.poll(() => frame.textContent('[data-testid="customer-name"]'), { timeout: 10_000 }).toBe(view.customer.name);
      expect(await frame.textContent('[data-testid="customer-handle"]')).toBe(view.customer.handle);

      const page0 = expected[view.file];
      const composerSelector: string = page0.composer?.selector ?? page0.states[0].composer.selector;
      const reply = `Danke dir, wir kümmern uns – Test ${view.file.length}`;
      await frame.fill('[data-testid="reply-draft"]', reply);
      await frame.click('[data-testid="insert"]');
      await expect
        .poll(
          () =>
            page.$eval(composerSelector, (el) =>
              el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText,
            ),
          { timeout: 10_000 },
        )
        .toContain(reply);
      await page.close();
    });
  }

  it('follows in-app navigation on the three navigation pages', async () => {
    for (const file of ['x/navigation.html', 'facebook/business-inbox-navigation.html', 'instagram/direct-navigation.html']) {
      const { page, frame } = await open(file);
      const [first, second] = expected[file].states;
      await expectMessages(frame, first.messages);
      const trigger = (second.trigger as string).replace(/^click /, '');
      await page.locator(trigger).first().dispatchEvent('click');
      await page.waitForURL(second.url);
      await expectMessages(frame, second.messages);
      if (second.counterpart?.name) {
        await expect
          .poll(() => frame.textContent('[data-testid="customer-name"]'), { timeout: 10_000 })
          .toBe(second.counterpart.name);
      }
      await page.close();
    }
  });

  it('gets out of the way on a page that is not a conversation, without errors', async () => {
    const { page } = await open('x/tweet-detail.html');
    await page.evaluate(() => {
      document.querySelector('main')?.replaceChildren();
      history.pushState({}, '', '/home');
    });
    await expect
      .poll(() => page.frames().some((f) => f.url().includes('/sidebar.html')), { timeout: 10_000 })
      .toBe(false);
    expect(await page.locator('care-sidebar-host').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("follows the page's dark theme", async () => {
    const { page, frame } = await open('instagram/direct-thread.html');
    await frame.waitForSelector('.sidebar[data-theme="light"]');
    await page.evaluate(() => {
      document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    });
    await frame.waitForSelector('.sidebar[data-theme="dark"]', { timeout: 10_000 });
    await page.close();
  });

  it('is usable by keyboard: a customer message can be selected with Enter', async () => {
    const { frame } = await open('x/tweet-detail.html');
    await expect.poll(() => frame.textContent('[data-testid="customer-name"]'), { timeout: 10_000 }).toBe('Petra Wagner');
    const lena = frame.locator('[data-testid="message"]', { hasText: 'Klingt gut!' }).locator('button.message-main');
    await lena.focus();
    await frame.press('[data-testid="message"][data-selected="false"] button.message-main:focus', 'Enter');
    await expect.poll(() => frame.textContent('[data-testid="customer-name"]'), { timeout: 10_000 }).toBe('Lena Hoffmann');
    await frame.page().close();
  });

  it('remembers a collapsed sidebar across reloads', async () => {
    const { page, frame } = await open('x/dm-thread.html');
    await frame.click('button[aria-label="Collapse sidebar"]');
    await frame.waitForSelector('.sidebar.collapsed');
    await page.reload();
    const again = await sidebarFrame(page, session.extensionId);
    await again.waitForSelector('.sidebar.collapsed');
    await again.click('button[aria-label="Open sidebar"]');
    await again.waitForSelector('[data-testid="reply-draft"]');
    await page.close();
  });
});
