import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cardLanguage } from '../../src/channels/teams/card-say.js';
import type { AdaptiveCard } from '../../src/channels/teams/card-types.js';
import { replyCard } from '../../src/channels/teams/reply-card.js';
import type { Locale } from '../../src/content/types.js';
import type { Reply } from '../../src/engine/types.js';
import { projectRoot, realContent } from './content.js';
import { Transcript } from './transcript.js';

/** The phone the issue measures against: 360 × 640 CSS px; a Teams mobile card is about 340 px wide. */
export const phone = { width: 360, height: 640, cardWidth: 340 } as const;
export const phoneSchools = ['proo-leiden', 'sbo-de-brug'] as const;
export const safetyRoutes = ['acuut', 'disclosure', 'eergerelateerd', 'misbruik-door-personeel', 'vermissing'] as const;

export interface SafetyFirstReply {
  readonly school: string;
  readonly route: string;
  readonly reply: Reply;
}

/** The first reply of every safety route at both schools (each route answers with one reply). */
export function safetyFirstReplies(locale: Locale = 'nl'): SafetyFirstReply[] {
  const out: SafetyFirstReply[] = [];
  for (const school of phoneSchools) {
    for (const route of safetyRoutes) {
      const chat = new Transcript(school, { locale });
      chat.pressId(`route/${route}`);
      const reply = chat.replies.find((r) => r.choices?.length) ?? chat.replies[0];
      if (!reply) throw new Error(`${school}/${route}: no reply`);
      out.push({ school, route, reply });
    }
  }
  return out;
}

export function phoneCard(reply: Reply, locale: Locale = 'nl'): AdaptiveCard {
  return replyCard(reply, cardLanguage(realContent().t, locale), { cardId: 'phone' });
}

export interface RenderedBox {
  readonly title: string;
  readonly top: number;
  readonly bottom: number;
}

export interface CardMeasure {
  readonly height: number;
  /** Every rendered, visible button, relative to the top of the card. */
  readonly buttons: readonly RenderedBox[];
}

/** A page with Microsoft's adaptivecards renderer (its dist bundle) and a 340 px host, as Teams mobile shows a card. */
export async function prepareCardPage(page: Page): Promise<void> {
  await page.setContent(
    `<!doctype html><html lang="nl"><body style="margin:0;background:#fff;font-family:Segoe UI,Arial,sans-serif;font-size:14px"><div id="host" style="width:${phone.cardWidth}px;margin:0;padding:0"></div></body></html>`,
  );
  await page.addScriptTag({ path: join(projectRoot, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js') });
}

/** Renders one card into the host and measures its height and the boxes of its visible buttons. */
export async function measureCard(page: Page, card: AdaptiveCard): Promise<CardMeasure & { readonly events: readonly string[] }> {
  return page.evaluate((json) => {
    const AC = (window as any).AdaptiveCards;
    const context = new AC.SerializationContext();
    const adaptive = new AC.AdaptiveCard();
    adaptive.parse(json, context);
    const events: string[] = [];
    for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i).message);
    for (const e of adaptive.validateProperties().validationEvents) events.push(e.message);
    const host = document.getElementById('host') as HTMLElement;
    host.innerHTML = '';
    const rendered = adaptive.render();
    if (rendered) host.appendChild(rendered);
    const origin = host.getBoundingClientRect();
    const buttons = Array.from(host.querySelectorAll('button'))
      .filter((b) => b.getClientRects().length > 0)
      .map((b) => {
        const box = b.getBoundingClientRect();
        return { title: (b.getAttribute('aria-label') || b.textContent || '').trim(), top: box.top - origin.top, bottom: box.bottom - origin.top };
      });
    return { events, height: origin.height, buttons };
  }, card as unknown as Record<string, unknown>);
}
