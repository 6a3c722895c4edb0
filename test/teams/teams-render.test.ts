import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardLanguage } from '../../src/channels/teams/card-say.js';
import type { AdaptiveCard } from '../../src/channels/teams/card-types.js';
import { handoffCard } from '../../src/channels/teams/handoff-card.js';
import { replyCard } from '../../src/channels/teams/reply-card.js';
import type { Reply } from '../../src/engine/types.js';
import { HandoffService } from '../../src/handoff/handoff-service.js';
import { launchChromium, screenshotDir } from '../helpers/browser.js';
import { projectRoot, realContent } from '../helpers/content.js';
import { Transcript } from '../helpers/transcript.js';
import { cardButtons, type Wire } from './card-reader.js';
import { sampleHandoff } from './sample-handoff.js';

/**
 * A sample of the cards WatNu sends, rendered by Microsoft's `adaptivecards`
 * renderer in headless Chromium (the library Teams' own renderer derives
 * from): no parse or validation events, every button rendered, screenshots in
 * test-output/screenshots/teams-*.png.
 */
const { content, t } = realContent();
const lang = cardLanguage(t, 'nl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function sample(): Array<[string, AdaptiveCard]> {
  const menu = new Transcript('proo-leiden');
  menu.pressId('cmd/menu');
  const disclosure = new Transcript('proo-leiden', { now: new Date('2026-11-29T23:30:00+01:00') });
  disclosure.pressId('route/disclosure');
  const kaart = new Transcript('sbo-de-brug');
  kaart.say('sociale kaart');
  const calamity = new Transcript('proo-leiden');
  calamity.pressId('route/calamiteit');
  for (const id of ['calamiteit-proo/intro/directeur', 'calamiteit-proo/overzicht/algemeen-advies']) if (calamity.choices.some((c) => c.id === id)) calamity.pressId(id);
  const checklistReply: Reply | undefined = [...calamity.all].reverse().find((r) => r.checklist) ?? {
    text: 'Actieplan',
    checklist: { items: [{ id: 'a', label: 'Stel de directeur-bestuurder op de hoogte', status: 'gedaan', owner: 'Jan' }, { id: 'b', label: 'Houd een logboek bij' }] },
  };
  const handoffs = new HandoffService({ db: null as never, content, t, newId: () => 'x', kick: () => undefined });
  const record = sampleHandoff();
  const open = handoffs.message(record, 'handoff');
  const acked = handoffs.message({ ...record, status: 'acknowledged', ackedBy: 'Ilse Verbeek (IB)', ackedAt: '2026-11-24T09:21:00.000Z' }, 'handoff');
  const first = (chat: Transcript) => chat.replies.find((r) => r.choices?.length || r.contacts?.length) ?? chat.replies[0]!;
  return [
    ['menu', replyCard(menu.replies.at(-1)!, lang, { cardId: 'c1' })],
    ['menu-answered', replyCard(menu.replies.at(-1)!, lang, { answered: { label: 'Signalen van huiselijk geweld of kindermishandeling', who: 'Sanne de Vries' } })],
    ['disclosure-night', replyCard(first(disclosure), lang, { cardId: 'c2' })],
    ['sociale-kaart', replyCard(first(kaart), lang, { cardId: 'c3' })],
    ['checklist', replyCard(checklistReply, lang, checklistReply.choices?.length ? { cardId: 'c4' } : {})],
    ['handoff-open', handoffCard(open, open.handoff!)],
    ['handoff-acknowledged', handoffCard(acked, acked.handoff!)],
  ];
}

describe('cards rendered by the adaptivecards renderer in headless Chromium', () => {
  it('parse without warnings, render every text and button, and are saved as screenshots', async () => {
    const page = await browser.newPage({ viewport: { width: 560, height: 900 }, deviceScaleFactor: 1 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><html lang="nl"><body style="margin:0;background:#f5f5f5;font-family:Segoe UI,Arial,sans-serif"><div id="host" style="width:520px;margin:20px;background:#fff;padding:0"></div></body></html>');
    await page.addScriptTag({ path: join(projectRoot, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js') });
    for (const [name, card] of sample()) {
      const result = await page.evaluate((json) => {
        const AC = (window as unknown as { AdaptiveCards: Wire }).AdaptiveCards;
        const context = new AC.SerializationContext();
        const adaptive = new AC.AdaptiveCard();
        adaptive.parse(json, context);
        const events: string[] = [];
        for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i).message);
        for (const e of adaptive.validateProperties().validationEvents) events.push(e.message);
        const host = document.getElementById('host')!;
        host.innerHTML = '';
        const rendered = adaptive.render();
        if (rendered) host.appendChild(rendered);
        return { events, text: host.textContent ?? '', buttons: host.querySelectorAll('button').length, height: host.getBoundingClientRect().height };
      }, card as unknown as Record<string, unknown>);
      expect(result.events, name).toEqual([]);
      expect(result.height, name).toBeGreaterThan(40);
      const count = (type: string) => JSON.stringify(card).split(`"${type}"`).length - 1;
      // Every button: choices, links, and the toggles that unfold contact details or the background (issue 19).
      const expected = cardButtons(card).length + count('Action.OpenUrl') + count('Action.ToggleVisibility') - JSON.stringify(card).split('"selectAction"').length + 1;
      expect(result.buttons, name).toBe(expected);
      const firstText = JSON.stringify(card).match(/"text":"([^"]{1,40})/)?.[1] ?? '';
      expect(result.text.replace(/\s+/g, ' '), name).toContain(firstText.replace(/\\n/g, ' ').trim());
      await page.locator('#host').screenshot({ path: join(screenshotDir, `teams-${name}.png`) });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
