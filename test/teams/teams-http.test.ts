import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { memberAdded, message, personal, personalInstall, teamInstall, type Where } from './activities.js';
import { cardButtons, cardOf, cardText, type Wire } from './card-reader.js';
import { expectValidCards } from './card-schema.js';
import { FakeConnector } from './fake-connector.js';
import { postActivity, TeamsChat } from './teams-chat.js';
import { channels, staff, teams, teamsSchoolsDir, tenants } from './teams-fixture.js';

let app: TestApp;
const connector = new FakeConnector();
const schools = teamsSchoolsDir();
const invokeCards: unknown[] = [];

beforeAll(async () => {
  await connector.start();
  app = await startTestApp({ env: { SCHOOLS_DIR: schools.dir } });
});
afterAll(async () => {
  await app?.close();
  await connector.stop();
  schools.remove();
});

async function session(conversationId: string): Promise<Wire> {
  const rows = await app.db.query<{ data: Wire }>('SELECT data FROM sessions WHERE key = $1', [`teams:${conversationId}`]);
  return rows[0]?.data;
}

const teachersChannel = (threadId: string): Where => ({ kind: 'channel', teamId: teams.proo, channelId: channels.prooTeachers, tenantId: tenants.proo, threadId });

describe('POST /api/messages: messages', () => {
  it('personal chat: "wat nu?" is answered with the menu as an Adaptive Card posted to the conversation', async () => {
    const chat = new TeamsChat(app.url, connector, personal(staff.teacher, tenants.proo), staff.teacher);
    await chat.say('wat nu?');
    expect(chat.replies).toHaveLength(1);
    const reply = chat.replies[0]!;
    expect(reply.conversationId).toBe(chat.conversationId);
    expect(reply.body).toMatchObject({ type: 'message', conversation: { id: chat.conversationId, tenantId: tenants.proo }, recipient: { id: staff.teacher.id } });
    expect(reply.body.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(reply.body.summary).toMatch(/^Wat is er aan de hand\?/);
    expect(chat.text).toContain('Wat is er aan de hand? Kies wat het beste past');
    const buttons = cardButtons(chat.cards[0]);
    expect(buttons[0]).toMatchObject({ title: 'Acuut gevaar', verb: 'watnu.choice', style: 'destructive', data: { watnu: 'choice', choice: 'cmd/emergency' } });
    expect(buttons.map((b) => b.data.choice)).toContain('route/meldcode');
  });

  it('team channel: the @mention is stripped, the reply goes into the thread, the school comes from the team', async () => {
    const chat = new TeamsChat(app.url, connector, teachersChannel('1700000000777'), staff.teacher);
    await chat.say('wat nu?');
    expect(chat.replies).toHaveLength(1);
    // The thread is in the conversation id. botbuilder posts the reply to …/activities/{id of the message} (replyToActivity),
    // the Teams SDK to …/activities (a new activity in the same thread conversation): Teams shows both in the thread.
    expect(chat.replies[0]!.conversationId).toBe(`${channels.prooTeachers};messageid=1700000000777`);
    expect(chat.text).toContain('Wat is er aan de hand?');
    expect(chat.text).not.toContain('niet begrepen');
    expect((await session(chat.conversationId)).schoolId).toBe('proo-leiden');
  });

  it('group chat: mention stripped, command understood ("sociale kaart" shows contacts)', async () => {
    const chat = new TeamsChat(app.url, connector, { kind: 'groupChat', conversationId: '19:meeting-brug-groep@thread.v2', tenantId: tenants.brug }, staff.brugTeacher);
    await chat.say('sociale kaart');
    expect(chat.replies.length).toBeGreaterThan(0);
    expect((await session(chat.conversationId)).schoolId).toBe('sbo-de-brug');
    expect(chat.text.length).toBeGreaterThan(20);
  });

  it('locale from the activity: en-US gets English texts and English card labels', async () => {
    const chat = new TeamsChat(app.url, connector, personal({ ...staff.teacher, id: '29:juf-sanne-en' }, tenants.proo), staff.teacher, 'en-US');
    await chat.say('what now');
    expect(chat.text).toContain('What is going on?');
    await chat.press('route/meldcode');
    expect(chat.text).toContain('Source: ');
    expect((await session(chat.conversationId)).locale).toBe('en');
  });

  it('a message over 2000 characters is refused with a notice; the dialog does not move', async () => {
    const chat = new TeamsChat(app.url, connector, personal({ ...staff.teacher, id: '29:long' }, tenants.proo), staff.teacher);
    await chat.say('x'.repeat(2100));
    expect(chat.text).toContain('te lang');
    expect(await session(chat.conversationId)).toBeUndefined();
  });

  it('invalid JSON is a 400 in WatNu\'s error format', async () => {
    const response = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('REQUEST_INVALID');
  });

  it('a NUL character in a field that identifies the activity is a 400 naming the field (the database cannot store it)', async () => {
    const activity = { type: 'message', channelId: 'msteams', serviceUrl: connector.url, conversation: { id: 'a:nul', conversationType: 'personal', tenantId: 'x\u0000' }, text: 'wat nu' };
    const response = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: 'REQUEST_INVALID', field: 'conversation.tenantId' });
  });

  it('a NUL character in what the teacher typed is dropped and the message answered', async () => {
    const chat = new TeamsChat(app.url, connector, personal({ ...staff.teacher, id: '29:nul' }, tenants.proo), staff.teacher);
    await chat.say('wat\u0000 nu?');
    expect(chat.replies).toHaveLength(1);
    expect(chat.text).toContain('Wat is er aan de hand?');
  });
});

describe('POST /api/messages: identity and roles', () => {
  it('staff listed by AAD object id get their role and configured name', async () => {
    const chat = new TeamsChat(app.url, connector, personal(staff.ib, tenants.proo), staff.ib);
    await chat.say('wat nu');
    expect(await session(chat.conversationId)).toMatchObject({ schoolId: 'proo-leiden', userId: staff.ib.aadObjectId, role: 'intern-begeleider', userName: 'Ilse Verbeek (IB)' });
  });

  it('staff listed by UPN are looked up once at the Bot Connector', async () => {
    connector.members.set(staff.directeur.id, { id: staff.directeur.id, name: staff.directeur.name, aadObjectId: staff.directeur.aadObjectId, userPrincipalName: staff.directeur.upn });
    const chat = new TeamsChat(app.url, connector, personal(staff.directeur, tenants.proo), staff.directeur);
    await chat.say('wat nu');
    await chat.say('help');
    expect(await session(chat.conversationId)).toMatchObject({ role: 'directeur', userName: 'Jan Diebels' });
    const lookups = connector.calls.filter((c) => c.method === 'GET' && c.activityId === staff.directeur.id);
    expect(lookups).toHaveLength(1);
    expect(lookups[0]!.conversationId).toBe(chat.conversationId);
  });

  it('unknown users get the teacher\'s view: no role, their Teams name', async () => {
    const stranger = { id: '29:onbekend', aadObjectId: 'ffffffff-0000-4000-8000-000000000000', name: 'Invalkracht Piet' };
    const chat = new TeamsChat(app.url, connector, personal(stranger, tenants.proo), stranger);
    await chat.say('wat nu');
    const stored = await session(chat.conversationId);
    expect(stored).toMatchObject({ schoolId: 'proo-leiden', userName: 'Invalkracht Piet' });
    expect(stored.role).toBeUndefined();
  });

  it('an activity from a tenant no school names is refused with 403, before anything is stored or sent', async () => {
    const before = connector.calls.length;
    const where = personal({ id: '29:intruder' }, tenants.other);
    const result = await postActivity(app.url, message(connector.url, where, { id: '29:intruder', name: 'X' }, 'wat nu'));
    expect(result.status).toBe(403);
    expect(result.body.error.code).toBe('FORBIDDEN');
    expect(connector.calls.length).toBe(before);
    expect(await app.db.query('SELECT 1 FROM teams_conversations WHERE tenant_id = $1', [tenants.other])).toHaveLength(0);
  });
});

describe('POST /api/messages: installs (conversationUpdate)', () => {
  it('installed in a team: the reference is stored and a welcome is posted in General', async () => {
    const result = await postActivity(app.url, teamInstall(connector.url, teams.brug, tenants.brug, staff.brugTeacher));
    expect(result.status).toBe(200);
    const rows = await app.db.query<Wire>('SELECT * FROM teams_conversations WHERE conversation_id = $1', [teams.brug]);
    expect(rows[0]).toMatchObject({ kind: 'channel', team_id: teams.brug, tenant_id: tenants.brug, school_id: 'sbo-de-brug', installed: true, service_url: connector.url });
    const welcome = connector.posts(teams.brug).at(-1)!;
    expect(cardText(cardOf(welcome.body))).toContain('WatNu is toegevoegd aan dit team');
    expect(cardButtons(cardOf(welcome.body))).toEqual([]);
  });

  it('a person joining stores nothing new and says nothing', async () => {
    const before = connector.calls.length;
    const where: Where = { kind: 'channel', teamId: teams.brug, channelId: teams.brug, tenantId: tenants.brug };
    expect((await postActivity(app.url, memberAdded(connector.url, where, staff.brugTeacher))).status).toBe(200);
    expect(connector.calls.length).toBe(before);
  });

  it('installed in personal scope: a welcome with a "Wat nu?" button that opens the menu', async () => {
    const user = { id: '29:nieuw', aadObjectId: 'eeeeeeee-0000-4000-8000-000000000000', name: 'Nieuwe Juf' };
    const where = personal(user, tenants.proo);
    const chat = new TeamsChat(app.url, connector, where, user);
    await postActivity(app.url, personalInstall(connector.url, where, user));
    chat.replies = connector.posts(chat.conversationId);
    expect(chat.text).toContain('Hoi, ik ben WatNu');
    await chat.press('cmd/menu');
    expect(chat.text).toContain('Wat is er aan de hand?');
  });
});

describe('POST /api/messages: card clicks (adaptiveCard/action invokes)', () => {
  it('a click answers the invoke with the card showing the answer, updates the card for everyone, posts the next step', async () => {
    const chat = new TeamsChat(app.url, connector, teachersChannel('1700000000888'), staff.teacher);
    await chat.say('wat nu?');
    const menu = chat.replies[0]!;
    await chat.press('route/meldcode');
    expect(chat.lastInvoke!.status).toBe(200);
    expect(chat.lastInvoke!.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const answered = chat.lastInvoke!.body.value;
    invokeCards.push(answered);
    expect(cardButtons(answered)).toEqual([]);
    expect(cardText(answered)).toContain('✓ Signalen van huiselijk geweld of kindermishandeling (gekozen door Sanne de Vries)');
    // The update for everyone runs after the invoke's answer (after-response.ts).
    const update = await connector.waitFor(() => connector.updates(menu.id).at(-1), 'the update of the answered card');
    expect(update.conversationId).toBe(chat.conversationId);
    expect(cardOf(update.body)).toEqual(answered);
    expect(chat.text).toContain('Je volgt de meldcode');
  });

  it("the invoke's answer does not wait for the card's update for everyone; an update that fails leaves the click done", async () => {
    const chat = new TeamsChat(app.url, connector, personal({ ...staff.teacher, id: '29:update-after' }, tenants.proo), staff.teacher);
    await chat.say('wat nu?');
    const menu = chat.replies[0]!;
    connector.holdPuts = true;
    try {
      await chat.press('route/meldcode');
      // The clicker has the answered card and the next step while Teams has not yet answered the update.
      expect(cardButtons(chat.lastInvoke!.body.value)).toEqual([]);
      expect(chat.text).toContain('Je volgt de meldcode');
      expect(await connector.waitFor(() => connector.updates(menu.id).length === 1, 'the update sent')).toBe(true);
      expect(connector.releasePuts()).toBe(1);
    } finally {
      connector.holdPuts = false;
      connector.releasePuts();
    }
    const step = chat.find('signalen');
    const before = (await session(chat.conversationId)).version;
    connector.failNextPuts.push(500);
    await chat.click(step);
    expect(chat.lastInvoke!.status).toBe(200);
    expect(cardButtons(chat.lastInvoke!.body.value)).toEqual([]);
    expect(chat.replies.length).toBeGreaterThan(0);
    await connector.waitFor(() => connector.updates(step.activityId).length === 1, 'the failed update');
    expect((await session(chat.conversationId)).version).toBe(before + 1);
  });

  it('a second click on the same card, or another button of an answered card, is refused and does not move the dialog', async () => {
    const chat = new TeamsChat(app.url, connector, personal({ ...staff.teacher, id: '29:dubbel' }, tenants.proo), staff.teacher);
    await chat.say('wat nu?');
    const menu = chat.replies;
    await chat.press('route/meldcode');
    const step = chat.replies;
    const stateAfterFirst = await session(chat.conversationId);

    await chat.click(chat.find('route/meldcode', menu));
    expect(chat.text).toContain('Deze kaart is al beantwoord');
    expect(cardButtons(chat.lastInvoke!.body.value)).toEqual([]);
    invokeCards.push(chat.lastInvoke!.body.value);
    await chat.click(chat.find('cmd/emergency', menu));
    expect(chat.text).toContain('Deze kaart is al beantwoord');
    expect(await session(chat.conversationId)).toMatchObject({ stepId: stateAfterFirst.stepId, version: stateAfterFirst.version });

    // The newest card still works.
    await chat.click(chat.find('signalen', step));
    expect((await session(chat.conversationId)).version).toBeGreaterThan(stateAfterFirst.version);
  });

  it('two people clicking the same card at once: exactly one click counts', async () => {
    const thread = teachersChannel('1700000000999');
    const juf = new TeamsChat(app.url, connector, thread, staff.teacher);
    const ib = new TeamsChat(app.url, connector, thread, staff.ib);
    await juf.say('wat nu?');
    const menu = juf.replies;
    const before = (await session(juf.conversationId)).version;
    await Promise.all([juf.click(juf.find('route/meldcode', menu)), ib.click(juf.find('cmd/emergency', menu))]);
    const answers = [juf.lastInvoke!.body.value, ib.lastInvoke!.body.value].map((card) => cardText(card));
    expect(answers.filter((text) => text.includes('✓'))).toHaveLength(2);
    const posted = new Map([...juf.replies, ...ib.replies].map((r) => [r.id, r]));
    expect([...posted.values()].filter((r) => cardText(cardOf(r.body)).includes('Deze kaart is al beantwoord'))).toHaveLength(1);
    expect((await session(juf.conversationId)).version).toBe(before + 1);
  });

  it('a button from another conversation\'s card, or forged data, never reaches that card', async () => {
    const a = new TeamsChat(app.url, connector, personal({ ...staff.teacher, id: '29:conv-a' }, tenants.proo), staff.teacher);
    const b = new TeamsChat(app.url, connector, personal({ ...staff.teacher, id: '29:conv-b' }, tenants.proo), staff.teacher);
    await a.say('wat nu?');
    const menuA = a.replies;
    await b.say('wat nu?');
    const menuB = b.replies;
    await b.click(a.find('route/meldcode', menuA));
    expect(b.lastInvoke!.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(b.text).toContain('Deze knop werkt niet meer');
    expect(await session(b.conversationId)).toMatchObject({ route: null });
    // a's card is still unanswered and can be used by a.
    await a.click(a.find('route/meldcode', menuA));
    expect(cardText(a.lastInvoke!.body.value)).toContain('✓');

    const own = b.find('route/meldcode', menuB);
    await b.click({ ...own, data: { ...own.data, choice: 'meldcode-proo/stap1/gedaan' } });
    expect(b.text).toContain('hoort niet bij deze kaart');
  });

  it('Action.Submit (a message with a value) works like the invoke', async () => {
    const chat = new TeamsChat(app.url, connector, personal({ ...staff.teacher, id: '29:submit' }, tenants.proo), staff.teacher);
    await chat.say('wat nu?');
    const menu = chat.replies[0]!;
    await chat.submit(chat.find('route/meldcode'));
    expect(chat.text).toContain('Je volgt de meldcode');
    const update = await connector.waitFor(() => connector.updates(menu.id).at(-1), 'the update of the answered card');
    expect(cardButtons(cardOf(update.body))).toEqual([]);
  });
});

describe('stopping WatNu with an update of an answered card on its way', () => {
  it('close waits for the update instead of cutting it off', async () => {
    const own = await startTestApp({ env: { SCHOOLS_DIR: schools.dir } });
    let closing: Promise<string> | null = null;
    try {
      const chat = new TeamsChat(own.url, connector, personal({ ...staff.teacher, id: '29:close-while-updating' }, tenants.proo), staff.teacher);
      await chat.say('wat nu?');
      const menu = chat.replies[0]!;
      connector.holdPuts = true;
      await chat.press('route/meldcode');
      await connector.waitFor(() => connector.updates(menu.id).length === 1, 'the update sent');
      closing = own.close().then(() => 'closed');
      const first = await Promise.race([closing, new Promise<string>((resolve) => setTimeout(() => resolve('still waiting'), 500))]);
      expect(first).toBe('still waiting');
    } finally {
      connector.holdPuts = false;
      connector.releasePuts();
      await (closing ?? own.close());
    }
  });
});

describe('POST /api/messages: the director\'s calamity case (deputy by UPN)', () => {
  it('opens a case; its checklist is a card with open items', async () => {
    connector.members.set(staff.directeur.id, { id: staff.directeur.id, name: staff.directeur.name, userPrincipalName: staff.directeur.upn });
    const chat = new TeamsChat(app.url, connector, personal({ ...staff.directeur }, tenants.proo), staff.directeur);
    await chat.say('calamiteit');
    await chat.press('case/open/calamiteit');
    await chat.say('Brand in de gymzaal tijdens de les');
    await chat.press('case-open/size/beperkt');
    await chat.press('case/section/actieplan');
    expect(chat.text).toMatch(/☐ \S/);
    expectValidCards(chat.all.map((c) => cardOf(c.body)));
  });
});

describe('every card sent in this file', () => {
  it('validates against the Adaptive Card 1.5 schema', () => {
    const sent = connector.calls.filter((c) => c.method !== 'GET').map((c) => cardOf(c.body)).filter(Boolean);
    expect(sent.length).toBeGreaterThan(20);
    expectValidCards([...sent, ...invokeCards]);
  });
});
