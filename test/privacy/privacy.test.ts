import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSession } from '../../src/engine/advance.js';
import { insertHandoff } from '../../src/handoff/handoff-repository.js';
import { purgeExpired } from '../../src/privacy/retention.js';
import { migrate } from '../../src/store/migrations.js';
import { loadSession, saveSession } from '../../src/store/session-repository.js';
import { scanLogs } from '../global-setup.js';
import { HttpChat } from '../helpers/http-chat.js';
import { openTestDb, startTestApp, type TestApp } from '../helpers/test-app.js';
import { testLogDir } from '../helpers/test-log.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('privacy', () => {
  it('message text and pupil initials never reach the logs at info level', async () => {
    const chat = new HttpChat(app.url, 'proo-leiden', 'priv-1', { user: { id: 'priv-user', name: 'Juf P' } });
    await chat.say('CANARY-7F3A ik zie blauwe plekken bij Q.Q. uit groep 5');
    await chat.say('overdracht');
    await chat.press('handoff/urgency/hoog');
    await chat.say('Sanne de Vries');
    expect(chat.text).toContain('S.d.V.');
    await chat.say('5');
    await chat.press('handoff/note');
    // A short note is taken as the note, whatever topic triage reads into it (forms/form-text.ts).
    await chat.say('CANARY-7F3A notitie');
    await chat.press('handoff/send');
    await app.dispatcher.idle();
    const findings = scanLogs(testLogDir).filter((f) => f.startsWith(`worker-${process.pid}`));
    expect(findings).toEqual([]);
    const own = readFileSync(join(testLogDir, `worker-${process.pid}.ndjson`), 'utf8');
    expect(own).toContain('"msg":"turn"');
    expect(readdirSync(testLogDir).length).toBeGreaterThan(0);
  });

  it('a staff member can see and delete what WatNu keeps about them', async () => {
    const chat = new HttpChat(app.url, 'proo-leiden', 'priv-2', { user: { id: 'priv-2-user', name: 'Meester M' } });
    await chat.say('overdracht');
    await chat.press('handoff/urgency/normaal');
    await chat.completeHandoff('A.B.', '3');
    await chat.say('mijn gegevens');
    expect(chat.text).toContain('"userId": "priv-2-user"');
    expect(chat.text).toMatch(/"handoffs": \[\s*\{/);
    await chat.say('verwijder mijn gegevens');
    await chat.press('privacy/delete-confirm');
    expect(chat.text).toMatch(/Verwijderd: 1 gesprek/);
    const after = new HttpChat(app.url, 'proo-leiden', 'priv-3', { user: { id: 'priv-2-user' } });
    await after.say('mijn gegevens');
    expect(after.text).toContain('"handoffs": []');
    const rows = await app.db.query<{ asker_id: string; data: { asker: { name: string } } }>(`SELECT asker_id, data FROM handoffs WHERE asker_id = 'verwijderd'`);
    expect(rows[0]?.data.asker.name).toBe('(verwijderd)');
  });

  it('retention purges idle sessions, acknowledged handoffs and closed cases, but keeps open handoffs', async () => {
    const db = await openTestDb('pglite');
    await migrate(db);
    const now = new Date('2026-11-24T12:00:00Z');
    const old = '2025-06-01T12:00:00.000Z';
    await saveSession(db, { ...newSession({ key: 'web:old', schoolId: 's', userId: 'u', locale: 'nl', now: new Date(old) }), version: 1, updatedAt: old }, 0);
    await saveSession(db, { ...newSession({ key: 'web:new', schoolId: 's', userId: 'u', locale: 'nl', now }), version: 1 }, 0);
    const handoff = (id: string) => ({
      id, schoolId: 's', to: 'ib' as const, urgency: 'normaal' as const, route: null, dialogId: null, stepId: null,
      pupil: { initials: 'A.B.', group: '3' }, done: [], ask: 'x', asker: { userId: 'u', conv: { channel: 'web' as const, id: 'c' } }, createdAt: old,
    });
    await insertHandoff(db, handoff('open-old'), null, new Date(old));
    await insertHandoff(db, handoff('acked-old'), null, new Date(old));
    await db.query(`UPDATE handoffs SET status = 'acknowledged', acked_at = $1 WHERE id = 'acked-old'`, [old]);
    await db.query(`INSERT INTO calamity_cases (id, school_id, template, title, size, status, opened_by, opened_at, closed_at) VALUES ('c1','s','rouw','x','groot','closed','d',$1,$1)`, [old]);
    await db.query(`INSERT INTO calamity_log (case_id, at, author, kind, text) VALUES ('c1', $1, 'd', 'note', 'x')`, [old]);
    const counts = await purgeExpired(db, now, 365);
    expect(counts).toMatchObject({ sessions: 1, handoffs: 1, cases: 1 });
    expect(await loadSession(db, 'web:old')).toBeNull();
    expect(await loadSession(db, 'web:new')).not.toBeNull();
    expect((await db.query(`SELECT id FROM handoffs`)).map((r: any) => r.id)).toEqual(['open-old']);
    expect(await db.query(`SELECT id FROM calamity_log`)).toEqual([]);
    await db.close();
  });
});
