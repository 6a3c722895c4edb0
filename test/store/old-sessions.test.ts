import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpChat } from '../helpers/http-chat.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Sessions stored before forms became dialogs (an open handoff form as
 * `pending`, answers in `pupil`, calamity state in `ext`) are loaded in today's
 * typed shape: the conversation goes on at the same question.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

async function store(key: string, data: Record<string, unknown>): Promise<void> {
  await app.db.query('INSERT INTO sessions (key, school_id, user_id, data, version, updated_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    key,
    'proo-leiden',
    'teacher-1',
    JSON.stringify({ key, schoolId: 'proo-leiden', userId: 'teacher-1', locale: 'nl', createdAt: '2026-11-24T09:00:00.000Z', updatedAt: '2026-11-24T09:05:00.000Z', version: 3, ...data }),
    3,
    '2026-11-24T09:05:00.000Z',
  ]);
}

describe('a session stored in the old shape', () => {
  it('an open handoff form at the group question: the next answer completes it, the handoff goes out', async () => {
    await store('web:old-1', {
      route: 'disclosure',
      dialogId: 'disclosure-proo',
      stepId: 'overdracht',
      trail: [{ dialogId: 'disclosure-proo', stepId: 'direct', choiceId: 'verder' }],
      pending: { kind: 'handoff', stage: 'group', to: 'ib', urgency: 'acuut', dialogId: 'disclosure-proo', stepId: 'overdracht', askKey: 'disclosure-proo.overdracht.ask', nextStepId: 'vastleggen' },
      pupil: { initials: 'S.V.' },
    });
    const chat = new HttpChat(app.url, 'proo-leiden', 'old-1');
    await chat.say('6');
    expect(chat.text).toContain('• Leerling: S.V., groep 6');
    await chat.press('handoff/send');
    expect(chat.text).toContain('Doorgegeven aan de intern begeleider');
    expect(chat.text).toContain('ParnasSys');
  });

  it('a director with a selected case (ext.calamity): "logboek" shows that case', async () => {
    const opened = new HttpChat(app.url, 'proo-leiden', 'old-2-new', { user: { id: 'dir-old', name: 'Jan Diebels', role: 'directeur' } });
    await opened.pressId('route/overlijden');
    await opened.press('case/open/rouw');
    await opened.say('Overlijden leerling groep 6 na ongeval');
    await opened.press('case-open/size/beperkt');
    const caseId = (await app.db.query<{ id: string }>('SELECT id FROM calamity_cases ORDER BY opened_at DESC LIMIT 1'))[0]!.id;
    await store('web:old-2', { route: null, dialogId: null, stepId: null, trail: [], pending: null, pupil: {}, ext: { calamity: { caseId } } });
    const chat = new HttpChat(app.url, 'proo-leiden', 'old-2', { user: { id: 'dir-old', name: 'Jan Diebels', role: 'directeur' } });
    await chat.say('logboek');
    expect(chat.text).toContain('Dossier geopend: Overlijden leerling groep 6 na ongeval');
  });
});
