import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, loggedLines } from '../helpers/log-lines.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { personal, teamInstall } from './activities.js';
import { cardOf, cardText } from './card-reader.js';
import { FakeConnector } from './fake-connector.js';
import { postActivity, TeamsChat } from './teams-chat.js';
import { channels, staff, teams, teamsSchoolsDir, tenants } from './teams-fixture.js';

/**
 * Teams says no: WatNu is not (yet) installed in the school's team, so the
 * Bot Connector answers 403 BotNotInConversationRoster for the IB channel.
 * The handoff waits, goes out once after the install, or fails over when the
 * window passes. Real-shaped activities against a fake connector; injected clock.
 */
let app: TestApp;
let now = new Date('2026-12-01T09:00:00Z');
const connector = new FakeConnector();
const schools = teamsSchoolsDir();
beforeAll(async () => {
  await connector.start();
  app = await startTestApp({ env: { SCHOOLS_DIR: schools.dir }, clock: () => now });
});
afterAll(async () => {
  await app?.close();
  await connector.stop();
  schools.remove();
});

const delivery = async (initials: string) =>
  (await app.db.query<{ delivery: string }>(`SELECT delivery FROM handoffs WHERE data->'pupil'->>'initials' = $1`, [initials]))[0]?.delivery;
const cardsIn = (conversationId: string, text: string) => connector.posts(conversationId).filter((p) => cardText(cardOf(p.body)).includes(text));

async function handOver(chat: TeamsChat, initials: string): Promise<void> {
  await chat.say('overdracht');
  await chat.press('handoff/urgency/hoog');
  await chat.completeHandoff(initials, '5');
}

describe('Teams refuses a handoff until WatNu is installed in the team', () => {
  it('before the install → 403 BotNotInConversationRoster → waits → install (conversationUpdate) → delivered exactly once', async () => {
    connector.notInRoster.add(channels.prooIb);
    connector.notInRoster.add(channels.prooDirecteur);
    const teacher = new TeamsChat(app.url, connector, personal(staff.teacher, tenants.proo), staff.teacher);
    await handOver(teacher, 'Q.Z.');
    await eventually(async () => (await delivery('Q.Z.')) === 'waiting', 'the handoff to wait for access');
    expect(connector.refused.filter((c) => c.conversationId === channels.prooIb).length).toBeGreaterThan(0);
    expect(cardsIn(channels.prooIb, 'Q.Z., groep 5')).toHaveLength(0);
    await teacher.say('status');
    expect(teacher.text).toMatch(/wacht: WatNu kan het IB-kanaal nog niet bereiken/);
    expect(loggedLines().some((l) => l.level === 40 && l.school === 'proo-leiden' && l.channel === 'teams' && l.reason === 'BotNotInConversationRoster')).toBe(true);

    connector.notInRoster.clear();
    const install = await postActivity(app.url, teamInstall(connector.url, teams.proo, tenants.proo, staff.directeur));
    expect(install.status).toBe(200);
    await eventually(() => cardsIn(channels.prooIb, 'Q.Z., groep 5').length > 0, 'the handoff card in the IB channel');
    await app.dispatcher.idle();
    while ((await app.dispatcher.runOnce()) > 0) {
      /* nothing else is due */
    }
    expect(cardsIn(channels.prooIb, 'Q.Z., groep 5')).toHaveLength(1);
    expect(await delivery('Q.Z.')).toBe('delivered');
  });

  it('never installed → after the window it fails over to the next level and the embedded inbox; the asker is told whom to call', async () => {
    connector.notInRoster.add(channels.prooIb);
    connector.notInRoster.add(channels.prooDirecteur);
    const teacher = new TeamsChat(app.url, connector, personal(staff.teacher, tenants.proo), staff.teacher);
    await handOver(teacher, 'W.V.');
    await eventually(async () => (await delivery('W.V.')) === 'waiting', 'the handoff to wait for access');
    now = new Date(now.getTime() + 16 * 60_000);
    await app.timers.tick();
    expect(await delivery('W.V.')).toBe('failed-over');
    const notice = await eventually(
      () => connector.posts(teacher.conversationId).find((p) => cardText(cardOf(p.body)).includes('NIET bezorgd')),
      'the notice in the teacher\'s chat',
    );
    expect(cardText(cardOf(notice.body))).toMatch(/Je overdracht is NIET bezorgd in het IB-kanaal\. Bel nu Jan Diebels \(directeur\): 071 572 4242\./);
    // The director's channel is in the same (uninstalled) team: the embedded inbox has it.
    const inbox = await eventually(async () => {
      const messages = (await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=directeur')).body.messages as Array<{ text: string }>;
      return messages.find((m) => m.text.includes('W.V., groep 5') && m.text.includes('Niet bezorgd in het IB-kanaal'));
    }, 'the failover in the director\'s embedded inbox');
    expect(inbox.text).toContain('Gevraagd aan Jan Diebels (directeur)');
    await teacher.say('status');
    expect(teacher.text).toMatch(/W\.V\., groep 5 .* niet bezorgd in het IB-kanaal: doorgezet naar Jan Diebels \(directeur\)/);
    connector.notInRoster.clear();
  });
});
