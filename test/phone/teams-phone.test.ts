import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotDir } from '../helpers/browser.js';
import { measureCard, phone, phoneCard, prepareCardPage, safetyFirstReplies } from '../helpers/phone-screen.js';

/**
 * Issue 19, Teams: the first reply of every safety route at both schools,
 * rendered by Microsoft's `adaptivecards` renderer (its dist bundle) in
 * headless Chromium at 340 px, the width of a card in Teams mobile. Every
 * button that moves the protocol on, and the call button of the contact the
 * dialog lists first (when the plan gives it a number), lie inside the first
 * 640 px of the card. Screenshots:
 * test-output/screenshots/phone-teams-<locale>-<school>-<route>.png.
 */
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: phone.width, height: phone.height }, deviceScaleFactor: 1 });
  await prepareCardPage(page);
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['nl', 'en'] as const)('safety first replies as Teams cards at 340 px (%s)', (locale) => {
  it.each(safetyFirstReplies(locale).map((r) => [`${r.school}/${r.route}`, r] as const))('%s: buttons and the first call button in the first screen', async (name, { reply }) => {
    const measured = await measureCard(page, phoneCard(reply, locale));
    await page.locator('#host').screenshot({ path: join(screenshotDir, `phone-teams-${locale}-${name.replace('/', '-')}.png`) });
    expect(measured.events, name).toEqual([]);
    const labels = (reply.choices ?? []).map((c) => c.label);
    const choiceButtons = measured.buttons.filter((b) => labels.includes(b.title));
    expect(choiceButtons.map((b) => b.title).sort(), name).toEqual([...labels].sort());
    for (const button of choiceButtons) expect(button.bottom, `${name}: "${button.title}"`).toBeLessThanOrEqual(phone.height);
    // The one to call now is the contact the dialog lists first (some, like the bestuur, have no number in the plan).
    const first = reply.contacts?.[0];
    const number = first?.phones.find((p) => p.uri.startsWith('tel:') && p.openNow !== false)?.number ?? first?.phones.find((p) => p.uri.startsWith('tel:'))?.number;
    if (number) {
      const call = measured.buttons.find((b) => b.title.endsWith(` ${number}`));
      expect(call, `${name}: a call button for ${first!.name}`).toBeDefined();
      expect(call!.bottom, `${name}: "${call!.title}"`).toBeLessThanOrEqual(phone.height);
    }
  });
});

describe('what is folded stays one tap away', () => {
  it('a tap on a contact line shows its hours, numbers and source; the background button shows the plan text', async () => {
    const { reply } = safetyFirstReplies('nl').find((r) => r.school === 'sbo-de-brug' && r.route === 'acuut')!;
    await measureCard(page, phoneCard(reply, 'nl'));
    const first = reply.contacts![0]!;
    const source = page.locator('#host').getByText(`Bron: ${first.source}`, { exact: true });
    expect(await source.isVisible()).toBe(false);
    await page.locator('#host').getByText(`${first.name} ▾`).click();
    expect(await source.isVisible()).toBe(true);
    const quote = page.locator('#host').getByText(/acute en\/of structurele onveiligheid/);
    expect(await quote.isVisible()).toBe(false);
    await page.locator('#host').getByRole('button', { name: 'Achtergrond uit het plan' }).click();
    expect(await quote.isVisible()).toBe(true);
  });
});
