import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { axeViolations, seriousOrCritical } from '../helpers/axe.js';
import { launchChromium, screenshotDir } from '../helpers/browser.js';
import { freePort, startOidcProvider, type TestOidcProvider } from '../helpers/oidc-provider.js';
import { schoolsWithUsers } from '../helpers/schools-with-users.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const director = 'jan.diebels@proo.test';
const teacher = 'juf.anna@proo.test';

let app: TestApp;
let provider: TestOidcProvider;
let browser: Browser;
let schools: ReturnType<typeof schoolsWithUsers>;

beforeAll(async () => {
  schools = schoolsWithUsers({ 'proo-leiden': [`{ email: ${director}, role: directeur, name: Jan Diebels }`] });
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider(`${publicUrl}/auth/callback`);
  app = await startTestApp({
    env: {
      PORT: String(port),
      SCHOOLS_DIR: schools.dir,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      PUBLIC_URL: publicUrl,
    },
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await provider?.close();
  schools?.dispose();
});

/** Signs in through the provider's own login and consent pages; ends back on WatNu's chat page. */
async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(app.url);
  await page.getByTestId('school-picker').selectOption('proo-leiden');
  await page.getByTestId('login').click();
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill('any');
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]').click(); // consent
  await page.waitForURL(`${app.url}/`);
  await expect.poll(() => page.getByTestId('who').textContent()).toContain('Ingelogd als');
}

describe('web sign-in with OpenID Connect, and beheer', () => {
  it('without a session the chat API answers 401, and the page offers sign-in instead of a role dropdown', async () => {
    const response = await app.chat({ conversationId: 'c1', schoolId: 'proo-leiden', user: { id: 'x', role: 'directeur' }, text: 'wat nu' });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('AUTH_REQUIRED');
    expect((await app.get('/beheer')).status).toBe(401);
    const page = await browser.newPage();
    await page.goto(app.url);
    await expect.poll(() => page.getByTestId('login').isVisible()).toBe(true);
    expect(await page.getByTestId('role-picker').count()).toBe(0);
    await page.close();
  });

  it('a director signs in, changes a phone number in beheer, and the next chat answer shows it; forged CSRF is refused; logout ends the session', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signIn(page, director);
    expect(await page.getByTestId('who').textContent()).toContain('Jan Diebels (directeur)');
    expect(await page.getByTestId('role-picker').count()).toBe(0);
    expect(await page.getByTestId('name').count()).toBe(0);
    await page.screenshot({ path: join(screenshotDir, 'sign-in-director-chat.png'), fullPage: true });

    await page.getByTestId('beheer-link').click();
    await page.waitForURL(`${app.url}/beheer`);
    const form = page.locator('form[data-contact="helen-berendsen"]');
    await form.locator('input[name="phone0"]').fill('071 999 99');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toContain('not a valid Dutch phone number');
    await page.goto(`${app.url}/beheer`);
    await page.locator('form[data-contact="helen-berendsen"] input[name="phone0"]').fill('071 512 3456');
    await page.locator('form[data-contact="helen-berendsen"]').getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.locator('[role="status"]').textContent()).toContain('Opgeslagen: Helen Berendsen');
    const auditRow = await page.locator('#h-audit + .table-wrap table tbody tr').first().textContent();
    expect(auditRow).toContain(director);
    expect(auditRow).toContain('071 572 4242 → 071 512 3456');
    const file = join(screenshotDir, 'beheer-director.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(existsSync(file) && statSync(file).size).toBeGreaterThan(10_000);

    await page.goto(app.url);
    await expect.poll(() => page.getByTestId('bot-message').count()).toBeGreaterThan(0);
    await page.getByTestId('input').fill('Ik zie al weken blauwe plekken op de armen van een leerling, wat nu?');
    await page.getByTestId('send').click();
    await page.locator('[data-choice="meldcode-proo/intro/signalen"]').click();
    await page.locator('[data-choice="meldcode-proo/stap1/gedaan"]').click();
    await page.locator('[data-choice="meldcode-proo/stap2/gedaan"]').click();
    await expect.poll(() => page.locator('[data-contact="helen-berendsen"]').last().textContent(), { timeout: 10_000 }).toContain('071 512 3456');
    expect(await page.locator('a[href="tel:+31715123456"]').count()).toBeGreaterThan(0);

    // CSRF: the session cookie alone does not change anything.
    const body = { conversationId: 'c-csrf', schoolId: 'proo-leiden', user: { id: 'x' }, text: 'wat nu' };
    const missing = await context.request.post(`${app.url}/api/chat`, { data: body });
    expect(missing.status()).toBe(403);
    expect((await missing.json()).error.code).toBe('CSRF_INVALID');
    const forged = await context.request.post(`${app.url}/api/chat`, { data: body, headers: { 'x-csrf-token': 'forged-token-forged-token-forged-token-1234' } });
    expect(forged.status()).toBe(403);
    const forgedForm = await context.request.post(`${app.url}/beheer/contacts/helen-berendsen`, { form: { _csrf: 'forged', name: 'Mallory', phone0: '071 512 3456' } });
    expect(forgedForm.status()).toBe(403);
    const me = await (await context.request.get(`${app.url}/auth/me`)).json();
    const good = await context.request.post(`${app.url}/api/chat`, { data: body, headers: { 'x-csrf-token': me.csrfToken } });
    expect(good.status()).toBe(200);
    const logoutWithoutToken = await context.request.post(`${app.url}/auth/logout`, { form: {} });
    expect(logoutWithoutToken.status()).toBe(403);

    const cookie = (await context.cookies(app.url)).find((c) => c.name === 'watnu-session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    await page.getByTestId('logout').click();
    await expect.poll(() => page.getByTestId('login').isVisible()).toBe(true);
    expect((await (await context.request.get(`${app.url}/auth/me`)).json()).signedIn).toBe(false);
    // The old cookie no longer names a session on the server.
    const replay = await app.chat(body, { cookie: `watnu-session=${cookie!.value}`, 'x-csrf-token': me.csrfToken });
    expect(replay.status).toBe(401);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a teacher (not in users) gets the teacher view and 403 on /beheer', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, teacher);
    expect(await page.getByTestId('who').textContent()).toContain('(leerkracht)');
    expect(await page.getByTestId('role-picker').count()).toBe(0);
    expect(await page.getByTestId('beheer-link').isVisible()).toBe(false);
    const beheer = await page.goto(`${app.url}/beheer`);
    expect(beheer?.status()).toBe(403);
    const inbox = await context.request.get(`${app.url}/api/chat/inbox?schoolId=proo-leiden&channel=ib`);
    expect(inbox.status()).toBe(403);
    // The page cannot claim a role: the body's role is ignored when signed in.
    const me = await (await context.request.get(`${app.url}/auth/me`)).json();
    const chat = await context.request.post(`${app.url}/api/chat`, {
      data: { conversationId: 'c-t', schoolId: 'proo-leiden', user: { id: 'x', role: 'directeur' }, text: 'calamiteit' },
      headers: { 'x-csrf-token': me.csrfToken },
    });
    expect(chat.status()).toBe(200);
    await context.close();
  });

  it('axe-core finds no serious or critical WCAG 2.1 A/AA violation on / (signed out and in) and /beheer, at desktop and phone width', async () => {
    const report: Record<string, unknown> = {};
    // The check itself works: a page with an unlabelled image and input does fail.
    const probe = await browser.newPage();
    await probe.setContent('<html lang="nl"><title>t</title><body><main><img src="x.png"><input></main></body></html>');
    expect(seriousOrCritical(await axeViolations(probe)).map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'label']));
    await probe.close();
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(app.url);
      await expect.poll(() => page.getByTestId('login').isVisible()).toBe(true);
      report[`/ signed out ${viewport.width}`] = await axeViolations(page);
      await signIn(page, director);
      await expect.poll(() => page.getByTestId('bot-message').count()).toBeGreaterThan(0);
      report[`/ director ${viewport.width}`] = await axeViolations(page);
      await page.screenshot({ path: join(screenshotDir, `a11y-chat-${viewport.width}.png`), fullPage: true });
      await page.goto(`${app.url}/beheer`);
      report[`/beheer ${viewport.width}`] = await axeViolations(page);
      await page.screenshot({ path: join(screenshotDir, `a11y-beheer-${viewport.width}.png`), fullPage: true });
      await context.close();
    }
    writeFileSync(join(screenshotDir, '..', 'axe-report.json'), JSON.stringify(report, null, 2));
    for (const [where, violations] of Object.entries(report)) {
      expect(seriousOrCritical(violations as never), where).toEqual([]);
    }
  });
});
