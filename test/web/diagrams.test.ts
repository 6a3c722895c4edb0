import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagramRoutes, dialogForRoute } from '../../src/diagrams/render-diagram.js';
import { launchChromium } from '../helpers/browser.js';
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

describe('protocol diagrams', () => {
  it('every dialog of both schools is a valid SVG with one node per step, handoffs and safety routes marked, nodes linked to their passage', async () => {
    const page = await browser.newPage();
    let count = 0;
    for (const schoolId of app.content.schools.keys()) {
      const routes = diagramRoutes(app.content, schoolId);
      expect(routes.length).toBeGreaterThan(5);
      for (const route of routes) {
        const response = await fetch(`${app.url}/api/schools/${schoolId}/protocols/${route}/diagram.svg`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
        const svg = await response.text();
        // The browser's XML parser is the judge of validity.
        const parsed = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          return {
            error: doc.getElementsByTagName('parsererror').length > 0,
            root: doc.documentElement.nodeName,
            nodes: doc.querySelectorAll('g.node').length,
            handoffs: doc.querySelectorAll('g.node.handoff').length,
            links: Array.from(doc.querySelectorAll('g.node')).filter((g) => Array.from(g.querySelectorAll('a')).some((a) => a.getAttribute('xlink:href') ?? a.getAttribute('href'))).length,
            title: doc.querySelector('g.graph > text')?.textContent ?? '',
          };
        }, svg);
        const dialog = dialogForRoute(app.content, schoolId, route);
        const steps = Object.values(dialog.steps);
        expect(parsed, `${schoolId}/${route}`).toMatchObject({ error: false, root: 'svg', nodes: steps.length });
        expect(parsed.handoffs).toBe(steps.filter((s) => s.type === 'handoff').length);
        expect(parsed.links).toBe(steps.filter((s) => s.source).length);
        if (dialog.safety) expect(parsed.title).toContain('Veiligheidsroute');
        count += 1;
      }
    }
    expect(count).toBe(26);
    await page.close();
  });

  it('labels in the school language by default, in English with ?lang=en, and ignore a language the bot does not have', async () => {
    const svgOf = async (query: string) => (await fetch(`${app.url}/api/schools/proo-leiden/protocols/acuut/diagram.svg${query}`)).text();
    const [dutch, english, unknown] = await Promise.all([svgOf(''), svgOf('?lang=en'), svgOf('?lang=xx')]);
    expect(dutch).toContain('Veiligheidsroute');
    expect(dutch).toContain('Overdracht aan de');
    expect(english).toContain('Safety route');
    expect(english).toContain('Handoff to the');
    expect(english).not.toContain('Veiligheidsroute');
    expect(unknown).toBe(dutch);
  });

  it('a node links to the plan passage, served as text; unknown routes are 404', async () => {
    const svg = await (await fetch(`${app.url}/api/schools/proo-leiden/protocols/acuut/diagram.svg`)).text();
    const href = svg.match(/xlink:href="([^"#]+)#/)?.[1];
    expect(href).toBe('/api/sources/proo-leiden');
    const plan = await fetch(`${app.url}${href}`);
    expect(plan.status).toBe(200);
    expect(await plan.text()).toContain('Van acute onveiligheid is sprake');
    expect((await app.get('/api/schools/proo-leiden/protocols/bestaat-niet/diagram.svg')).status).toBe(404);
    expect((await app.get('/api/schools/nergens/protocols/acuut/diagram.svg')).status).toBe(404);
  });
});
