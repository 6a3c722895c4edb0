import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content.js';
import { HttpChat } from '../helpers/http-chat.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let app: TestApp;
let now = new Date('2026-11-24T08:05:00+01:00');
const outDir = join(projectRoot, 'test-output', 'calamity');
beforeAll(async () => {
  app = await startTestApp({ clock: () => now });
  mkdirSync(outDir, { recursive: true });
});
afterAll(async () => {
  await app.close();
});

const director = { id: 'dir-proo', name: 'Jan Diebels', role: 'directeur' };
const chatAs = (school: string, conversation: string, user: { id: string; name?: string; role?: string }) =>
  new HttpChat(app.url, school, conversation, { user });
const tick = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};

let caseId = '';

describe('calamity mode for the director', () => {
  it('"er is een leerling overleden" → rouw checklist; ticked and assigned items; a logbook with time and author; an ordered export', async () => {
    const chat = chatAs('proo-leiden', 'dir-1', director);
    await chat.say('er is een leerling overleden');
    expect(chat.route).toBe('overlijden');
    expect(chat.choices.map((c) => c.id)).toContain('case/open/rouw');
    await chat.press('case/open/rouw');
    await chat.say('Overlijden leerling groep 6 (A.B.) na ongeval');
    await chat.press('case-open/size/groot');
    expect(chat.text).toContain('Calamiteitendossier geopend');
    expect(chat.choices.map((c) => c.id)).toEqual(expect.arrayContaining(['case/section/stappen', 'case/section/sleuteltrio-acties']));

    await chat.press('case/section/stappen');
    expect(chat.replies[0]!.checklist!.items.map((i) => i.id)).toEqual([
      'berichtgeving', 'sleuteltrio', 'begeleiding-uitvaart', 'individuele-begeleiding', 'administratie', 'evalueren',
    ]);
    tick(3);
    await chat.press('case/item/berichtgeving');
    await chat.press('case/set/gedaan/berichtgeving');
    tick(4);
    await chat.press('case/item/sleuteltrio');
    await chat.press('case/assign/sleuteltrio');
    await chat.say('Marieke (groepsleerkracht 6)');
    tick(2);
    await chat.press('case/menu');
    await chat.press('case/section/sleuteltrio-acties');
    await chat.press('case/item/contact-familie');
    await chat.press('case/assign/contact-familie');
    await chat.press('case-assign/owner/directeur');
    tick(5);
    await chat.say('log: ouders klas 6 gebeld');

    await chat.say('logboek');
    const log = chat.text.split('\n').slice(1);
    expect(log).toEqual([
      '24-11-2026 08:05 — Jan Diebels: Dossier geopend: Overlijden leerling groep 6 (A.B.) na ongeval (omvang: Groot (onrust, media, crisisteam))',
      '24-11-2026 08:08 — Jan Diebels: 1. Ga na of de berichtgeving juist is: gedaan',
      '24-11-2026 08:12 — Jan Diebels: 2. Stel een sleuteltrio samen; maak zo snel mogelijk een stappenplan en spreek af wie welke verantwoordelijkheden heeft: toegewezen aan Marieke (groepsleerkracht 6)',
      '24-11-2026 08:14 — Jan Diebels: Contact met de ouders/verzorgers/familieleden van de overledene: toegewezen aan Jan Diebels (directeur)',
      '24-11-2026 08:19 — Jan Diebels: ouders klas 6 gebeld',
    ]);

    await chat.say('export');
    const link = chat.text.match(/\/api\/cases\/([0-9a-f-]+)\/export\?format=md/);
    caseId = link![1]!;
    const md = await app.get(`/api/cases/${caseId}/export?format=md&schoolId=proo-leiden&userId=dir-proo&role=directeur`);
    expect(md.status).toBe(200);
    const text = md.body as string;
    expect(text).toContain('- [x] 1. Ga na of de berichtgeving juist is');
    expect(text).toContain('(eigenaar: Marieke (groepsleerkracht 6))');
    const order = ['Dossier geopend', 'berichtgeving juist is: gedaan', 'toegewezen aan Marieke', 'toegewezen aan Jan Diebels', 'ouders klas 6 gebeld'];
    const positions = order.map((s) => text.indexOf(s, text.indexOf('## Logboek')));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    writeFileSync(join(outDir, 'rouw-case.md'), text);

    const notices = (await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=directeur')).body.messages;
    await app.dispatcher.idle();
    expect(JSON.stringify(notices) + JSON.stringify((await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=directeur')).body)).toContain('Taak voor');
  });

  it('the PDF export has the expected headings (pdftotext) and renders to PNG (pdftoppm)', async () => {
    const response = await fetch(`${app.url}/api/cases/${caseId}/export?format=pdf&schoolId=proo-leiden&userId=dir-proo&role=directeur`);
    expect(response.headers.get('content-type')).toContain('application/pdf');
    const pdf = join(outDir, 'rouw-case.pdf');
    writeFileSync(pdf, Buffer.from(await response.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const heading of ['Calamiteitendossier: Overlijden leerling groep 6', 'Crisisteam', 'Checklist en actieplan', 'Stappen', '3. Acties van het sleuteltrio', 'Logboek']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('ouders klas 6 gebeld');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(outDir, 'rouw-case')]);
    const png = join(outDir, 'rouw-case-1.png');
    expect(existsSync(png) && statSync(png).size).toBeGreaterThan(5_000);
  });

  it('a teacher and the director of the other school get a refusal, not data', async () => {
    const teacher = chatAs('proo-leiden', 'teacher-1', { id: 'leerkracht-1', role: 'leerkracht' });
    for (const command of ['logboek', 'log: test', 'jaaroverzicht', 'incident']) {
      await teacher.say(command);
      expect(teacher.text).toMatch(/alleen voor de directeur/);
      expect(teacher.text).not.toContain('Jan Diebels:');
    }
    await teacher.pressId(`case/select/${caseId}`);
    expect(teacher.text).toMatch(/alleen voor de directeur/);

    const otherDirector = chatAs('sbo-de-brug', 'dir-brug', { id: 'dir-brug', role: 'directeur' });
    await otherDirector.pressId(`case/select/${caseId}`);
    expect(otherDirector.text).not.toContain('Overlijden leerling');
    await otherDirector.say('logboek');
    expect(otherDirector.text).toMatch(/geen open calamiteitendossier/);

    expect((await app.get(`/api/cases/${caseId}/export?format=md&schoolId=proo-leiden&userId=t1&role=leerkracht`)).status).toBe(403);
    expect((await app.get(`/api/cases/${caseId}/export?format=md&schoolId=sbo-de-brug&userId=d2&role=directeur`)).status).toBe(404);
  });

  it('De Brug has no calamity plan: the route says so and offers its contacts; no case is offered', async () => {
    const chat = chatAs('sbo-de-brug', 'dir-brug-2', { id: 'dir-brug', role: 'directeur' });
    await chat.pressId('route/calamiteit');
    expect(chat.text).toContain('SBO de Brug bevat geen protocol');
    expect(chat.choices.map((c) => c.id).filter((id) => id.startsWith('case/'))).toEqual([]);
  });

  it('incident register → yearly overview with counts only; no initials, places or names leak', async () => {
    const chat = chatAs('proo-leiden', 'dir-2', director);
    const register = async (category: string, initials: string, place: string, kind?: string) => {
      await chat.say('incident');
      await chat.press(`incident/category/${category}`);
      if (kind) await chat.press(`incident/kind/${kind}`);
      await chat.press('incident/date/today');
      await chat.say(place);
      await chat.say(initials);
      expect(chat.text).toContain('Incident geregistreerd');
    };
    await register('fysiek-geweld', 'Q.Z.', 'speelplein');
    await register('fysiek-geweld', 'X.Y.', 'gymzaal');
    await register('wapenbezit', 'W.V.', 'groep 8', 'steekwapen');
    await chat.say('jaaroverzicht 2026');
    const overview = chat.text;
    expect(overview).toContain('Fysiek geweld: 2');
    expect(overview).toContain('Wapenbezit (Steekwapen): 1');
    for (const leak of ['Q.Z.', 'X.Y.', 'W.V.', 'speelplein', 'gymzaal', 'Jan Diebels']) expect(overview).not.toContain(leak);
  });
});
