import { describe, expect, it } from 'vitest';
import { upgradeSession } from './session-upgrade.js';
import type { Session } from './types.js';

const base = {
  key: 'web:c1',
  schoolId: 'proo-leiden',
  userId: 'u1',
  locale: 'nl',
  route: 'disclosure',
  dialogId: 'disclosure-proo',
  stepId: 'overdracht',
  trail: [{ dialogId: 'disclosure-proo', stepId: 'direct', choiceId: 'verder' }],
  version: 7,
  createdAt: '2026-11-24T09:00:00.000Z',
  updatedAt: '2026-11-24T09:05:00.000Z',
};

/** Sessions as the store held them before forms were dialogs (JSON in `sessions.data`). */
const stored = (over: Record<string, unknown>) => ({ ...base, ...over }) as unknown as Session;

describe('stored sessions of the old shape stay loadable', () => {
  it('an open handoff form at the group question: the same question, the same answers, typed', () => {
    const session = upgradeSession(
      stored({
        pending: { kind: 'handoff', stage: 'group', to: 'ib', urgency: 'acuut', dialogId: 'disclosure-proo', stepId: 'overdracht', askKey: 'disclosure-proo.overdracht.ask', nextStepId: 'vastleggen' },
        pupil: { initials: 'S.V.' },
      }),
    );
    expect(session.forms).toEqual([
      {
        formId: 'handoff',
        stepId: 'pupil',
        slots: { to: 'ib', urgency: 'acuut', ask: 'disclosure-proo.overdracht.ask', initials: 'S.V.' },
        filled: ['initials'],
        returnTo: 'vastleggen',
      },
    ]);
    expect(session).not.toHaveProperty('pending');
    expect(session).not.toHaveProperty('pupil');
    expect(session).toMatchObject({ handled: [], paused: [], clarify: null, lastChoice: null, calamity: {}, version: 7, trail: base.trail });
  });

  it('a new handoff form does not take a previous pupil along', () => {
    const session = upgradeSession(
      stored({ pending: { kind: 'handoff', stage: 'initials', to: 'ib', urgency: 'hoog', askKey: null, nextStepId: null }, pupil: { initials: 'A.B.', group: '4' } }),
    );
    expect(session.forms[0]?.slots).toEqual({ to: 'ib', urgency: 'hoog' });
  });

  it('calamity state: the selected case and a pending prompt become typed state and a form', () => {
    const session = upgradeSession(stored({ pending: null, pupil: {}, ext: { calamity: { caseId: 'case-1', pending: { kind: 'assign-name', item: 'sleuteltrio' } } } }));
    expect(session.calamity).toEqual({ caseId: 'case-1' });
    expect(session.forms).toEqual([{ formId: 'case-assign', stepId: 'owner', slots: { item: 'sleuteltrio' }, filled: [], returnTo: null }]);
    expect(session).not.toHaveProperty('ext');
  });

  it('an open clarifying question keeps its routes; a session of today passes unchanged', () => {
    const session = upgradeSession(stored({ pending: { kind: 'clarify', routes: ['acuut', 'meldcode'] }, pupil: {} }));
    expect(session.clarify).toEqual(['acuut', 'meldcode']);
    expect(upgradeSession(session)).toBe(session);
  });
});
