import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance } from '../../src/engine/advance.js';
import type { Effect, InboundEvent, Reply, Session } from '../../src/engine/types.js';
import { realContent } from '../helpers/content.js';
import { HttpChat } from '../helpers/http-chat.js';
import { memoTriage } from '../helpers/interrupt-sentences.js';
import { openHandoff } from '../helpers/protocol-kit.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { Transcript } from '../helpers/transcript.js';

/**
 * For every safety route of both schools: the fewest interactions (a button
 * or a message) from the route's first reply to a handoff posted in the IB's
 * or the director's inbox, found by a breadth-first search over everything a
 * teacher can do (every button; "S.V. groep 5" when initials are asked), then
 * replayed through the web chat API to the inbox.
 */
const { content } = realContent();
const safetyRoutes = [...content.routes.values()].filter((r) => r.safety).map((r) => r.id);
const cases = [...content.schools.keys()].flatMap((school) => safetyRoutes.map((route) => [school, route] as const));
const maxInteractions = 5;

interface Node {
  readonly session: Session;
  readonly replies: readonly Reply[];
  readonly path: readonly InboundEvent[];
}

function fewestInteractions(school: string, route: string): { path: InboundEvent[]; first: Transcript } | null {
  const first = new Transcript(school, { triage: memoTriage });
  first.pressId(`route/${route}`);
  const ctx = first.ctx;
  let level: Node[] = [{ session: first.session, replies: first.replies, path: [] }];
  const seen = new Set<string>();
  for (let depth = 1; depth <= maxInteractions; depth++) {
    const next: Node[] = [];
    for (const node of level) {
      const events: InboundEvent[] = (node.replies.flatMap((r) => r.choices ?? []) ?? []).map((c) => ({ kind: 'choice', choiceId: c.id }));
      if (openHandoff({ session: node.session } as Transcript)?.stage === 'initials') events.push({ kind: 'text', text: 'S.V. groep 5' });
      for (const event of events) {
        const result = advance(ctx, node.session, event);
        const path = [...node.path, event];
        const handoff = result.effects.find((e: Effect) => e.type === 'handoff');
        if (handoff?.type === 'handoff') {
          expect([handoff.handoff.ask, ...handoff.handoff.done].join('\n'), 'every placeholder resolved').not.toMatch(/\{\{|\}\}/);
          return { path, first };
        }
        const key = JSON.stringify([result.session.dialogId, result.session.stepId, result.session.forms, result.session.route]);
        if (seen.has(key)) continue;
        seen.add(key);
        next.push({ session: result.session, replies: result.effects.flatMap((e) => (e.type === 'reply' ? [e.reply] : [])), path });
      }
    }
    level = next;
  }
  return null;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('from the first safety reply to a handoff in the IB/directeur inbox', () => {
  const measured: string[] = [];
  afterAll(() => console.log(`interactions from the first safety reply to a posted handoff:\n${measured.join('\n')}`));

  it.each(cases)('%s / %s: at most 3 interactions', async (school, route) => {
    const found = fewestInteractions(school, route);
    expect(found, `${school}/${route}: no handoff within ${maxInteractions} interactions`).not.toBeNull();
    const { path } = found!;
    measured.push(`  ${school} / ${route}: ${path.length} (${path.map((e) => (e.kind === 'text' ? `"${e.text}"` : e.choiceId)).join(' → ')})`);
    expect(path.length, `${school}/${route}`).toBeLessThanOrEqual(3);

    // The same interactions through the web chat API: the handoff lands in the inbox.
    const chat = new HttpChat(app.url, school, `interactions-${school}-${route}`);
    await chat.pressId(`route/${route}`);
    for (const event of path) await (event.kind === 'text' ? chat.say(event.text) : chat.pressId(event.choiceId));
    expect(chat.text).toContain('Doorgegeven aan');
    await app.dispatcher.idle();
    const inboxes = await Promise.all(['ib', 'directeur'].map((c) => app.get(`/api/chat/inbox?schoolId=${school}&channel=${c}`)));
    const posted = inboxes.flatMap((i) => (i.body.messages as unknown[]).map((m) => JSON.stringify(m)));
    const topic = content.locales.nl![`route.${route}`]!;
    expect(posted.some((m) => m.includes('S.V., groep 5') && m.includes(topic)), `${school}/${route} in an inbox`).toBe(true);
  });
});
