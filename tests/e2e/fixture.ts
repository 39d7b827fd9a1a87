import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = join(ROOT, process.env.WXT_OUT_DIR || '.output', 'chrome-mv3');
const FIXTURES = join(ROOT, 'tests/fixtures/platforms');

export const expected: Record<string, any> = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export interface Session {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Strips the query and hash so Business Suite's query-only URLs map to one page. */
const pageKey = (url: string) => {
  const u = new URL(url);
  return u.origin + u.pathname;
};

/**
 * Launches Debian's Chromium with the built extension loaded. Every web request is answered by
 * the test: saved pages at their real URLs (see `openPage`, so the content scripts' production
 * match patterns fire), an empty 404 for anything else; nothing leaves the machine.
 */
export async function launch(): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'care-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--load-extension=${EXTENSION_DIR}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
      '--lang=en-US',
    ],
    viewport: { width: 1400, height: 900 },
    locale: 'en-US',
  });
  await context.route(/^https?:\/\//, (route) => {
    // Images and scripts the saved pages reference on the sites' CDNs: harmless empty answers.
    const type = route.request().resourceType();
    if (type === 'image') return route.fulfill({ status: 200, contentType: 'image/gif', body: PIXEL });
    if (type === 'document') return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a saved page' });
    return route.fulfill({ status: 204, body: '' });
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a saved page (`x/tweet-detail.html`) at its real URL. The page's later states (in-app
 * navigation) and reloads are served the same file.
 */
export async function openPage(session: Session, file: string, url: string = expected[file].url): Promise<Page> {
  const page = await session.context.newPage();
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const urls = new Set([url, ...(expected[file]?.states ?? []).map((s: { url: string }) => s.url)].map(pageKey));
  await page.route(/^https?:\/\//, async (route) => {
    const req = route.request();
    if (req.resourceType() === 'document' && urls.has(pageKey(req.url()))) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else {
      await route.fallback();
    }
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

/**
 * The sidebar frame of a page (an extension page in an iframe inside a closed shadow root, so it
 * is found through the frame tree rather than the page's DOM).
 */
export async function sidebarFrame(page: Page, extensionId: string, timeout = 20_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith(`chrome-extension://${extensionId}/sidebar.html`));
    if (frame) {
      await frame.waitForSelector('[data-testid="sidebar"]', { timeout: Math.max(1_000, deadline - Date.now()) });
      return frame;
    }
    if (Date.now() > deadline) throw new Error('The sidebar frame did not appear');
    await page.waitForEvent('frameattached', { timeout: 250 }).catch(() => undefined);
  }
}

/** Texts of the sidebar's messages, in order. */
export async function sidebarMessages(frame: Frame): Promise<Array<{ text: string; brand: string | null }>> {
  return frame.$$eval('[data-testid="message"]', (els) =>
    els.map((el) => ({ text: el.textContent ?? '', brand: el.getAttribute('data-brand') })),
  );
}
