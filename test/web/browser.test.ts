import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotDir } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  app = await startTestApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the web chat page in headless Chromium', () => {
  it('pick a school, type a question, click through three meldcode steps, hand off, acknowledge in the IB inbox', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.url);
    await page.getByTestId('school-picker').selectOption('proo-leiden');
    await page.getByTestId('name').fill('Juf Anna');
    await page.getByTestId('name').dispatchEvent('change');
    await expect.poll(() => page.getByTestId('bot-message').count()).toBeGreaterThan(0);

    await page.getByTestId('input').fill('Ik zie al weken blauwe plekken op de armen van een leerling, wat nu?');
    await page.getByTestId('send').click();
    await page.locator('[data-choice="meldcode-proo/intro/signalen"]').click();
    await page.locator('[data-choice="meldcode-proo/stap1/gedaan"]').click();
    await page.locator('[data-choice="meldcode-proo/stap2/gedaan"]').click();
    await expect.poll(() => page.getByTestId('log').textContent()).toContain('Stap 3');
    await expect.poll(() => page.locator('[data-contact="helen-berendsen"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('a[href="tel:+318002000"]').count()).toBeGreaterThan(0);

    await page.locator('[data-choice="meldcode-proo/stap3/blijft"]').click();
    for (const answer of ['S.V.', '6']) {
      await page.getByTestId('input').fill(answer);
      await page.getByTestId('send').click();
      await page.waitForTimeout(150);
    }
    await page.locator('[data-choice="handoff/send"]').last().click();
    await expect.poll(() => page.getByTestId('inbox-ib').textContent(), { timeout: 10_000 }).toContain('S.V., groep 6');
    await page.getByTestId('ack').first().click();
    await expect.poll(() => page.getByTestId('inbox-ib').textContent(), { timeout: 10_000 }).toContain('Opgepakt door');

    const file = join(screenshotDir, 'web-chat-meldcode.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(existsSync(file) && statSync(file).size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the language picker lists the languages of locales/ by their own names; a stored language the server lacks falls back to its default', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => localStorage.setItem('watnu.locale', 'xx'));
    await page.goto(app.url);
    await expect.poll(() => page.getByTestId('locale').locator('option').allTextContents()).toEqual(['Nederlands', 'English']);
    expect(await page.getByTestId('locale').inputValue()).toBe('nl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await page.getByTestId('locale').selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
    await page.close();
  });
});
