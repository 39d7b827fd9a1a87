import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';

/**
 * The Firefox build (MV2, background page) in Debian's Firefox ESR, driven by puppeteer-core over
 * WebDriver BiDi. The extension is installed temporarily (BiDi `webExtension.install` of the
 * unpacked build), as a developer would with about:debugging.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = join(ROOT, process.env.WXT_OUT_DIR || '.output', 'firefox-mv2');
const FIXTURES = join(ROOT, 'tests/fixtures/platforms');
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export const expected: Record<string, any> = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));

export interface Session {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

export async function launch(): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${EXTENSION_DIR}: run "npx wxt build -b firefox" first.`);
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`No Firefox at ${FIREFOX_PATH}: run "node scripts/ensure-browser.mjs firefox" or set FIREFOX_PATH.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1400, height: 900 },
    extraPrefsFirefox: {
      'intl.accept_languages': 'en-US',
      'intl.locale.requested': 'en-US',
    },
  });
  try {
    const extensionId = await browser.installExtension(EXTENSION_DIR);
    return { browser, extensionId, close: () => browser.close() };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/** Strips the query and hash so Business Suite's query-only URLs map to one page. */
const pageKey = (url: string) => {
  const u = new URL(url);
  return u.origin + u.pathname;
};

/**
 * Opens a saved page (`x/tweet-detail.html`) at its real URL, so the content scripts' production
 * match patterns fire. Every other web request gets an empty answer: nothing leaves the machine.
 * (Puppeteer's BiDi requests have no resource type, so the saved page is told apart by its URL.)
 */
export async function openPage(session: Session, file: string, url: string = expected[file].url): Promise<Page> {
  const page = await session.browser.newPage();
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const urls = new Set([url, ...(expected[file]?.states ?? []).map((s: { url: string }) => s.url)].map(pageKey));
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const u = req.url();
    if (!/^https?:\/\//.test(u)) return void req.continue(); // moz-extension:, data:, about:
    if (urls.has(pageKey(u))) {
      return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    // Images and scripts the saved pages reference on the sites' CDNs: empty answers (that CORS
    // requests may read, so the page logs no error the extension did not cause).
    return void req.respond({ status: 204, headers: { 'access-control-allow-origin': '*' }, body: '' });
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

/** The URL a frame really shows (see `sidebarFrame`), or '' while it is between documents. */
async function frameLocation(frame: Frame): Promise<string> {
  try {
    return await frame.evaluate(() => location.href);
  } catch {
    return '';
  }
}

/**
 * The sidebar frame of a page: an extension page in an iframe inside a closed shadow root, so it
 * is found through the frame tree. Firefox (153 ESR) reports the iframe's creation over BiDi but
 * not its navigation to the moz-extension: URL, so `frame.url()` stays "about:blank"; the frame's
 * own `location` tells the truth.
 */
export async function sidebarFrame(page: Page, timeout = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const href = await frameLocation(frame);
      if (href.startsWith('moz-extension://') && new URL(href).pathname === '/sidebar.html') {
        await frame.waitForSelector('[data-testid="sidebar"]', { timeout: Math.max(1_000, deadline - Date.now()) });
        return frame;
      }
    }
    if (Date.now() > deadline) throw new Error('The sidebar frame did not appear');
    // Wake on a new frame, or look again shortly (the frame may be attached but still loading).
    await frameEvent(page, 250);
  }
}

/**
 * Starts recording the sidebar frame's uncaught errors. Firefox reports nothing from an extension
 * iframe over BiDi (neither console nor errors), so the frame keeps its own list.
 */
export async function watchFrameErrors(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const errors: string[] = ((window as unknown as { __careErrors: string[] }).__careErrors = []);
    addEventListener('error', (e) => errors.push(e.message));
    addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  });
}

/** The errors recorded since `watchFrameErrors`. */
export async function frameErrors(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => (window as unknown as { __careErrors?: string[] }).__careErrors ?? []);
}

/** Resolves on the page's next frame attachment or navigation, or after `ms`. */
function frameEvent(page: Page, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      page.off('frameattached', done).off('framenavigated', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    page.on('frameattached', done).on('framenavigated', done);
  });
}

/** Texts of the sidebar's messages, in order, with their brand flag ("true"/"false"). */
export async function sidebarMessages(frame: Frame): Promise<Array<{ text: string; brand: string | null }>> {
  return frame.$$eval('[data-testid="message"]', (els) =>
    els.map((el) => ({ text: el.textContent ?? '', brand: el.getAttribute('data-brand') })),
  );
}

/**
 * An extension page the extension opened in a tab (options.html). As with frames, Firefox does not
 * report the tab's navigation to its moz-extension: URL, so each page's own location is asked; new
 * tabs wake the search.
 */
export async function extensionPage(session: Session, pathname: string, timeout = 20_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const page of await session.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && new URL(href).pathname === pathname) return page;
    }
    if (Date.now() > deadline) throw new Error(`No tab with the extension's ${pathname} appeared`);
    await session.browser
      .waitForTarget(() => true, { timeout: 250 })
      .catch(() => undefined);
  }
}
