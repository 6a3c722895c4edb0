import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultContentPaths, loadContent } from '../../src/content/load-content.js';
import { projectRoot } from '../helpers/content.js';
import { HttpChat } from '../helpers/http-chat.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue 16 acceptance: a second school on the PROOLeiden-Leiderdorp plan from
 * one short file (test/fixtures/school-on-plan/obs-de-tulp/school.yaml):
 * other people, another holiday region, English as its language. No dialog
 * is copied; nothing of the seed school's people or numbers reaches it.
 */
const schoolsDir = mkdtempSync(join(tmpdir(), 'watnu-schools-'));
cpSync(join(projectRoot, 'schools'), schoolsDir, { recursive: true });
cpSync(join(projectRoot, 'test', 'fixtures', 'school-on-plan'), schoolsDir, { recursive: true });
const id = 'obs-de-tulp';

/** The seed school's own people and numbers: none may appear at the new school. */
const seedOnly = ['Diebels', 'Berendsen', 'de la Rie', 'Frankhuizen', '572 4242', '5724242', 'PROOLeiden-Leiderdorp school'];
const newPeople = { af: 'Anouk Visser', afPhone: '071 555 0101', ib: 'Bram Kuipers', ibPhone: '071 555 0102', dir: 'Carla Mendes' };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { SCHOOLS_DIR: schoolsDir } });
});
afterAll(async () => {
  await app?.close();
  rmSync(schoolsDir, { recursive: true, force: true });
});

describe('a second PROO school from a short school file', () => {
  it('is valid content: the plan supplies dialogs, roles, sociale kaart and incident register', () => {
    const { content, problems } = loadContent(defaultContentPaths(projectRoot, schoolsDir));
    expect(problems).toEqual([]);
    const school = content.schools.get(id)!;
    expect(school).toMatchObject({ plan: 'proo-leiden', language: 'en', name: 'OBS De Tulp', calendar: { holidayRegion: 'south' } });
    expect(school.routes).toEqual(content.schools.get('proo-leiden')!.routes);
    expect(school.contacts.get(school.roles.directeur!)).toMatchObject({ name: 'Carla Mendes', phones: [{ number: '071 555 0103' }] });
    expect(school.contacts.get('jeugdteam')!.phones).toEqual([{ number: '071 555 0120', label: 'jeugdteam wijk De Tulp' }]);
    expect(school.users).toEqual(
      expect.arrayContaining([
        { teams: 'bram.kuipers@detulp.example', name: 'Bram Kuipers', role: 'intern-begeleider', deputy: false },
        { slack: 'U0TULP01', name: 'Carla Mendes', role: 'directeur', deputy: true },
      ]),
    );
    // Every value shown about a contact (its `source` cites the plan passage that defines the role, which is never shown).
    const shown = JSON.stringify([...school.contacts.values()].map(({ source: _, ...shownPart }) => shownPart));
    for (const seed of seedOnly) expect(shown, seed).not.toContain(seed);
  });

  it('npm run check validates it and prints what is still open for it', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts'], {
      cwd: projectRoot,
      env: { ...process.env, SCHOOLS_DIR: schoolsDir },
      encoding: 'utf8',
    });
    expect(out).toContain('3 schools');
    expect(out).toMatch(/obs-de-tulp \(OBS De Tulp\): \d+ open/);
    const tulp = out.slice(out.indexOf('obs-de-tulp ('), out.indexOf('proo-leiden (PROOLeiden'));
    // What the plan leaves open stays open for the new school; the roles it filled in are not.
    expect(tulp).toContain('no-bestuur-contact:bestuur');
    expect(tulp).toContain('plan-contradiction:parnassys-voor-ouders');
    expect(tulp).not.toContain('role-without-name:intern-begeleider');
    for (const seed of seedOnly) expect(tulp, seed).not.toContain(seed);
  });

  it('walks the meldcode with the new names and numbers, in English', async () => {
    const chat = new HttpChat(app.url, id, 'tulp-meldcode');
    await chat.pressId('route/meldcode');
    await chat.press('signalen');
    await chat.press('gedaan');
    const text = JSON.stringify(chat.all);
    expect(text).toContain(newPeople.af);
    expect(chat.phones).toContain(newPeople.afPhone);
    expect(chat.text).toContain(`Step 2 — Consult the designated officer for domestic violence and child abuse (aandachtsfunctionaris), ${newPeople.af}`);
    for (const seed of seedOnly) expect(text, seed).not.toContain(seed);
  });

  it('hands a disclosure to the new IB in English, and nothing of the seed school leaks', async () => {
    const chat = new HttpChat(app.url, id, 'tulp-disclosure');
    await chat.pressId('route/disclosure');
    expect(chat.text).toContain('Do NOT have a conversation with the parents/carers first');
    expect(chat.text).toContain(newPeople.af);
    await chat.press('verder');
    await chat.say('S.V.');
    await chat.say('6');
    await chat.pressId('handoff/send');
    expect(chat.text).toContain(newPeople.ib);
    await app.dispatcher.idle();
    const inbox = await app.get(`/api/chat/inbox?schoolId=${id}&channel=ib`);
    const posted = JSON.stringify(inbox.body.messages);
    expect(posted).toContain('S.V., group 6');
    expect(posted).not.toContain('groep 6');
    for (const seed of seedOnly) {
      expect(posted, seed).not.toContain(seed);
      expect(JSON.stringify(chat.all), seed).not.toContain(seed);
    }
    // The seed school is untouched: its inbox has nothing of this school, and it still speaks Dutch.
    const seedInbox = await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=ib');
    expect(JSON.stringify(seedInbox.body.messages)).not.toContain('Kuipers');
    const seed = new HttpChat(app.url, 'proo-leiden', 'seed-disclosure');
    await seed.pressId('route/disclosure');
    expect(seed.text).toContain('Helen Berendsen (071 572 4242)');
    expect(seed.text).toContain('Ga NIET eerst met de ouders/verzorgers in gesprek');
  });
});
