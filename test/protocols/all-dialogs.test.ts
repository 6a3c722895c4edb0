import { describe, expect, it } from 'vitest';
import type { Dialog, School } from '../../src/content/types.js';
import { realContent } from '../helpers/content.js';
import { openHandoff, suggestsParentsFirst } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

const { content, problems } = realContent();
const schools = [...content.schools.values()];

function dialogsOf(school: School): Array<[string, Dialog]> {
  return Object.entries(school.routes)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([route, id]) => [route, content.dialogs.get(id)!]);
}

/**
 * Every button of every step reachable in a dialog, each pressed once: a
 * breadth-first walk over (dialog, step) states, replaying the shortest path
 * to each state (handoff forms are filled in on the way). Loops such as
 * "back to the overview" are followed once, not forever.
 */
function walkAllPaths(schoolId: string, route: string, visit: (path: string[], t: Transcript) => void): number {
  let endings = 0;
  const seen = new Set<string>();
  const queue: string[][] = [[]];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const t = new Transcript(schoolId);
    t.pressId(`route/${route}`);
    for (const id of path) {
      fillHandoffForm(t);
      t.pressId(id);
    }
    fillHandoffForm(t);
    visit(path, t);
    const session = t.session;
    const state = `${session.dialogId}/${session.stepId}`;
    const step = session.route === route && session.dialogId ? content.dialogs.get(session.dialogId)?.steps[session.stepId ?? ''] : undefined;
    if (step?.type !== 'choice') {
      endings++;
      continue;
    }
    if (seen.has(state)) continue;
    seen.add(state);
    for (const choice of step.choices) queue.push([...path, `${session.dialogId}/${session.stepId}/${choice.id}`]);
  }
  return endings;
}

function fillHandoffForm(t: Transcript): void {
  for (let i = 0, stage = openHandoff(t)?.stage; i < 6 && stage; i++, stage = openHandoff(t)?.stage) {
    if (stage === 'urgency') t.pressId('handoff/urgency/hoog');
    else if (stage === 'initials') t.say('S.V.');
    else if (stage === 'group') t.say('6');
    else if (stage === 'confirm') t.pressId('handoff/send');
  }
}

describe('all content', () => {
  it('has no problems (shape, graph, locales, roles, contacts, citations found in docs/sources)', () => {
    expect(problems.map((p) => `${p.file} [${p.at}] ${p.code}: ${p.message}`)).toEqual([]);
  });
});

describe.each(schools.map((s) => [s.id, s] as const))('every dialog of %s', (schoolId, school) => {
  it.each(dialogsOf(school))('route %s: every branch ends, every step reply cites its source', (route) => {
    const leaves = walkAllPaths(schoolId, route, (_path, t) => {
      for (const reply of t.replies) {
        expect(reply.text.trim().length).toBeGreaterThan(0);
        expect(reply.text).not.toMatch(/\{\{|\}\}/);
      }
    });
    expect(leaves).toBeGreaterThan(0);
  });

  it.each(dialogsOf(school))('route %s: "nood" reaches acute onveiligheid from every step', (route, dialog) => {
    for (const stepId of Object.keys(dialog.steps)) {
      const t = new Transcript(schoolId);
      t.pressId(`route/${route}`);
      t.session = { ...t.session, dialogId: dialog.id, stepId, route, forms: [] };
      t.say('nood');
      expect(t.route, `${dialog.id}/${stepId}`).toBe('acuut');
      expect(t.session.route).toBe('acuut');
      expect(t.replies[0]?.contacts?.length ?? 0, `${dialog.id}/${stepId}`).toBeGreaterThan(0);
    }
  });
});



describe('safety routes: the first answer already says what to do and whom to call', () => {
  const safetyRoutes = [...content.routes.values()].filter((r) => r.safety).map((r) => r.id);
  const cases = schools.flatMap((s) => safetyRoutes.map((route) => [s.id, route] as const));
  it.each(cases)('%s / %s', (schoolId, route) => {
    for (const locale of ['nl', 'en'] as const) {
      const t = new Transcript(schoolId, { locale });
      t.pressId(`route/${route}`);
      const first = t.replies[0]!;
      expect(first.contacts?.length ?? 0, 'first reply carries contact cards').toBeGreaterThan(0);
      expect(first.text.length).toBeGreaterThan(40);
      for (const reply of t.replies) expect(suggestsParentsFirst(reply), reply.text).toBe(false);
    }
  });
});
