import { describe, expect, it } from 'vitest';
import { realContent } from '../helpers/content.js';
import { safetyFirstReplies } from '../helpers/phone-screen.js';

/**
 * Issue 19, consistency of urgency: the time words of a handoff's request
 * follow its urgency. An acute handoff ("Acuut (nu)") never asks for "today"
 * or "within days"; a normal one never says "now" or "immediately". The
 * urgency labels themselves carry the same words; the first reply of a
 * safety route says "now", never "today" (De Brug said "direct, nog vandaag").
 */
const { content, t } = realContent();
const later = /\b(vandaag|morgen|deze week|binnen \d+ (werk)?dagen|today|tomorrow|this week|within \d+ (working )?days)\b/i;
const now = /\b(nu|direct|onmiddellijk|meteen|now|immediately|right away|straight away)\b/i;

interface HandoffStep {
  readonly type: string;
  readonly urgency?: string;
}

describe('time words follow the urgency', () => {
  const asks: Array<[string, string, string, string]> = [];
  for (const [dialogId, dialog] of content.dialogs) {
    for (const [stepId, step] of Object.entries((dialog as unknown as { steps: Record<string, HandoffStep> }).steps)) {
      if (step.type !== 'handoff' || !step.urgency) continue;
      for (const locale of ['nl', 'en'] as const) {
        const key = `${dialogId}.${stepId}.ask`;
        const text = t(locale, key);
        if (text !== key) asks.push([`${dialogId}/${stepId} (${locale})`, step.urgency, locale, text]);
      }
    }
  }

  it('finds the requests of the handoff steps', () => {
    expect(asks.length).toBeGreaterThan(20);
  });

  it.each(asks.filter(([, urgency]) => urgency === 'acuut'))('%s, acuut: asks for now, never for later', (_name, _urgency, _locale, text) => {
    expect(text).not.toMatch(later);
    expect(text).toMatch(now);
  });

  it.each(asks.filter(([, urgency]) => urgency === 'normaal'))('%s, normaal: no "now" or "immediately"', (_name, _urgency, _locale, text) => {
    expect(text).not.toMatch(now);
  });

  it('the labels: acuut says now, hoog and normaal do not', () => {
    for (const locale of ['nl', 'en'] as const) {
      expect(t(locale, 'engine.urgency.acuut')).toMatch(now);
      expect(t(locale, 'engine.urgency.hoog')).not.toMatch(now);
      expect(t(locale, 'engine.urgency.normaal')).not.toMatch(now);
    }
  });
});

describe.each(['nl', 'en'] as const)('safety first replies (%s)', (locale) => {
  it.each(safetyFirstReplies(locale).map((r) => [`${r.school}/${r.route}`, r.reply.text] as const))('%s: now, never later', (_name, text) => {
    expect(text).toMatch(now);
    expect(text).not.toMatch(later);
  });
});
