import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backgroundStart, backgroundTitle } from '../../src/channels/reply-layout.js';
import { launchChromium, screenshotDir } from '../helpers/browser.js';
import { projectRoot } from '../helpers/content.js';
import { phone, phoneSchools, safetyRoutes } from '../helpers/phone-screen.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue 19, web chat: on a 360 × 640 phone, with the first reply of every
 * safety route at both schools at the top of the screen (the page scrolls it
 * there), every button of that reply, and the call link of the first contact,
 * lie inside the first 640 px. Contacts are <details> (one line with a call link); the background
 * is folded. Screenshots: test-output/screenshots/phone-web-<school>-<route>.png.
 */
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

describe('the web chat at 360 × 640', () => {
  it('folds the background by the same rule as the other channels', () => {
    const script = readFileSync(join(projectRoot, 'src', 'channels', 'web', 'static', 'app.js'), 'utf8');
    expect(script).toContain(`const backgroundStart = ${backgroundStart};`);
    expect(script).toContain(`const backgroundTitle = ${backgroundTitle};`);
  });

  it.each(phoneSchools)('%s: the first reply of every safety route fits the first screen', async (school) => {
    const page = await browser.newPage({ viewport: { width: phone.width, height: phone.height }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.url);
    await page.getByTestId('school-picker').selectOption(school);
    for (const route of safetyRoutes) {
      // The menu offers acute danger as its emergency button.
      await page.locator(`[data-choice="${route === 'acuut' ? 'cmd/emergency' : `route/${route}`}"]`).last().click();
      const reply = page.getByTestId('bot-message').last();
      await expect.poll(() => reply.locator('[data-testid="choice"]').count()).toBeGreaterThan(0);
      await page.waitForTimeout(150);
      await reply.evaluate((node) => node.scrollIntoView({ block: 'start' }));
      const boxes = await reply.evaluate((node) => {
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent ?? '', top: r.top, bottom: r.bottom };
        };
        const firstContact = node.querySelector('[data-testid="contact-card"]');
        return {
          message: box(node),
          buttons: Array.from(node.querySelectorAll('[data-testid="choice"]')).map(box),
          call: firstContact?.querySelector('[data-testid="call"]') ? box(firstContact.querySelector('[data-testid="call"]')!) : null,
          background: node.querySelector('[data-testid="background"]')?.hasAttribute('open') ?? null,
        };
      });
      await page.screenshot({ path: join(screenshotDir, `phone-web-${school}-${route}.png`) });
      const name = `${school}/${route}`;
      // The page scrolls the reply's first line to the top of the screen; measured from there.
      expect(boxes.message.top, `${name}: the reply is scrolled into view`).toBeLessThan(phone.height);
      for (const button of [...boxes.buttons, ...(boxes.call ? [boxes.call] : [])]) {
        expect(button.bottom - boxes.message.top, `${name}: "${button.text}"`).toBeLessThanOrEqual(phone.height);
      }
      expect(boxes.background, `${name}: the background is folded`).not.toBe(true);
      // A new conversation (the menu) for the next route.
      await page.getByTestId('new-conversation').click();
      await expect.poll(() => page.locator('[data-choice="route/disclosure"]').count()).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
