import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { expected, launch, openPage, sidebarFrame, type Session } from './fixture';

/*
 * Which messages of the saved pages carry personal data, read by hand from expected.json:
 * x/tweet-detail.html: Sabine posts her mobile number, James his order number; the other customer
 * messages (a tariff question, a complaint about Leipzig-Gohlis, 5G, praise for the Hamburg shop)
 * and the brand's posts carry none.
 * x/dm-thread.html: Jonas sends his order number, then his address with a mobile number.
 */
const TWEET = 'x/tweet-detail.html';
const PHONE = '0171 2345678';
const WITH_DATA = [PHONE, 'NW-2025-118734'];
const DM = 'x/dm-thread.html';

let session: Session;

beforeAll(async () => {
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

async function open(file: string): Promise<{ page: Page; frame: Frame }> {
  const page = await openPage(session, file);
  const frame = await sidebarFrame(page, session.extensionId);
  const count = expected[file].messages.length as number;
  await frame.waitForFunction((n) => document.querySelectorAll('[data-testid="message"]').length === n, count, { timeout: 15_000 });
  return { page, frame };
}

/** For each sidebar message: its text (without the warning) and whether a warning sits inside it. */
async function warnings(frame: Frame) {
  return frame.$$eval('[data-testid="message"]', (els) =>
    els.map((el) => ({
      text: el.querySelector('.text')?.textContent ?? '',
      brand: el.getAttribute('data-brand') === 'true',
      warning: el.querySelector('[data-testid="privacy-warning"]')?.textContent ?? null,
      severity: el.querySelector('[data-testid="privacy-warning"]')?.getAttribute('data-severity') ?? null,
      action: !!el.querySelector('[data-testid="privacy-reply"]'),
    })),
  );
}

describe('privacy guard in the sidebar', () => {
  it(`${TWEET}: warns under the messages with personal data only, and drafts a reply without the data`, async () => {
    const { page, frame } = await open(TWEET);
    await frame.waitForSelector('[data-testid="privacy-warning"]', { timeout: 10_000 });
    const list = await warnings(frame);
    for (const m of list) {
      const hasData = !m.brand && WITH_DATA.some((d) => m.text.includes(d));
      expect(m.warning !== null, m.text).toBe(hasData);
    }
    const sabine = list.find((m) => m.text.includes(PHONE))!;
    expect(sabine.warning).toContain('phone number');
    expect(sabine.warning).not.toContain('2345678');
    expect(sabine.severity).toBe('warning');

    const sabineItem = frame.locator('[data-testid="message"]', { hasText: PHONE });
    await sabineItem.locator('[data-testid="privacy-reply"]').click();
    await expect.poll(() => frame.inputValue('[data-testid="reply-draft"]'), { timeout: 5_000 }).toMatch(/Sabine/);
    const reply = await frame.inputValue('[data-testid="reply-draft"]');
    expect(reply).not.toContain('2345678');
    expect(reply).not.toMatch(/\d{4}/);
    expect(reply).toMatch(/lösch|raus/i); // the message is German: so is the reply
    await page.close();
  });

  it(`${TWEET}: highlights personal data typed into the sidebar draft`, async () => {
    const { page, frame } = await open(TWEET);
    await frame.fill('[data-testid="reply-draft"]', `Hallo Sabine, wir rufen dich unter ${PHONE} zurück. Erstattung an DE89 3704 0044 0532 0130 00.`);
    const warning = await frame.waitForSelector('[data-testid="draft-privacy-warning"]', { timeout: 5_000 });
    expect(await warning.getAttribute('data-severity')).toBe('warning');
    const marks = await frame.$$eval('[data-testid="draft-privacy-warning"] mark', (els) => els.map((e) => e.textContent));
    expect(marks).toEqual([PHONE, 'DE89 3704 0044 0532 0130 00']);
    await frame.fill('[data-testid="reply-draft"]', 'Hallo Sabine, schick uns die Nummer gern per DM.');
    await frame.waitForSelector('[data-testid="draft-privacy-warning"]', { state: 'detached', timeout: 5_000 });
    await page.close();
  });

  it(`${TWEET}: typing personal data into the site's composer shows the badge and the sidebar warning`, async () => {
    const { page, frame } = await open(TWEET);
    const selector: string = expected[TWEET].composer.selector;
    const composer = page.locator(selector);
    await composer.click();
    await composer.pressSequentially(`Wir rufen dich unter ${PHONE} zurück`, { delay: 5 });
    await page.waitForSelector('care-sidebar-badge', { state: 'attached', timeout: 10_000 });
    expect(await page.getAttribute('care-sidebar-badge', 'data-level')).toBe('warning');
    const warning = await frame.waitForSelector('[data-testid="draft-privacy-warning"]', { timeout: 10_000 });
    expect(await warning.textContent()).toContain(PHONE);
    expect(await frame.$$eval('[data-testid="draft-privacy-warning"] mark', (els) => els.map((e) => e.textContent))).toEqual([PHONE]);
    // The site's editor is left as the agent typed it: no marks or extra elements inside.
    expect(await composer.locator('mark, care-sidebar-badge').count()).toBe(0);

    // Remove the number again: the badge goes away.
    for (let i = 0; i < `${PHONE} zurück`.length; i++) await composer.press('Backspace');
    await page.waitForSelector('care-sidebar-badge', { state: 'detached', timeout: 10_000 });
    await frame.waitForSelector('[data-testid="draft-privacy-warning"]', { state: 'detached', timeout: 5_000 });
    await page.close();
  });

  it(`${DM}: a private chat gets milder notes and no "remove your post" action`, async () => {
    const { page, frame } = await open(DM);
    await frame.waitForSelector('[data-testid="privacy-warning"]', { timeout: 10_000 });
    const list = await warnings(frame);
    const flagged = list.filter((m) => m.warning !== null);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((m) => !m.brand && m.severity === 'info' && !m.action)).toBe(true);
    expect(list.find((m) => m.text.includes('+49 160 98765432'))?.warning).toContain('phone number');
    expect(list.find((m) => m.text.includes('second SIM card'))?.warning).toBeNull();
    await frame.fill('[data-testid="reply-draft"]', 'Wir schicken die Karte an Jonas Becker, +49 160 98765432.');
    const note = await frame.waitForSelector('[data-testid="draft-privacy-warning"]', { timeout: 5_000 });
    expect(await note.getAttribute('data-severity')).toBe('info');
    expect(await note.getAttribute('role')).toBe('status');
    await page.close();
  });
});
