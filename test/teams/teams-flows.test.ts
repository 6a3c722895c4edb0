import { describe, expect, it } from 'vitest';
import { personal } from './activities.js';
import { cardButtons, cardOf, cardText } from './card-reader.js';
import { expectValidCards } from './card-schema.js';
import { useInstalledTeamsApp } from './installed-teams-app.js';
import { TeamsChat } from './teams-chat.js';
import { channels, staff, teams, tenants } from './teams-fixture.js';

/**
 * Whole conversations through the Teams adapter alone: real-shaped activities
 * POSTed to /api/messages, replies and proactive posts caught by a fake Bot
 * Connector on loopback. No web API is used.
 */
const env = useInstalledTeamsApp();
const { connector } = env;

describe('meldcode walk-through in a personal chat (PROOLeiden-Leiderdorp)', () => {
  it('from "wat nu?" to the advice at a leaf of the afwegingskader, with a handoff on the way', async () => {
    const chat = new TeamsChat(env.app.url, connector, personal(staff.teacher, tenants.proo), staff.teacher);
    await chat.say('wat nu?');
    expect(chat.text).toContain('Wat is er aan de hand?');
    await chat.press('route/meldcode');
    expect(chat.text).toContain('meldcode huiselijk geweld en kindermishandeling');
    for (const step of ['signalen', 'gedaan', 'gedaan', 'blijft']) {
      await chat.press(step);
      expect(chat.lastInvoke?.status).toBe(200);
      expect(chat.lastInvoke?.body.type).toBe('application/vnd.microsoft.card.adaptive');
    }
    await chat.completeHandoff();
    await chat.press('afweging-vermoeden/ja');
    await chat.press('afweging-veiligheid/ja-twijfel');
    const advice = chat.text;
    expect(advice).toContain('Doe direct een melding bij Veilig Thuis Hollands Midden: 0800 - 2000');
    expect(advice).toContain('meldnorm 1');
    expect(advice).toContain('de intern begeleider doet de melding in samenspraak met de directeur, Jan Diebels');
    const links = chat.cards.flatMap((c) => JSON.stringify(c).match(/tel:\+31\d+/g) ?? []);
    expect(links).toContain('tel:+318002000');
    // Every button press left its card answered: no card of this conversation still has a pressed button.
    // (each update runs after its invoke's answer, after-response.ts)
    const ofChat = () => connector.updates().filter((u) => u.conversationId === chat.conversationId);
    const answered = await connector.waitFor(() => ofChat().length >= 8 && ofChat(), 'eight updated cards');
    for (const update of answered) expect(cardButtons(cardOf(update.body))).toEqual([]);
    expectValidCards(chat.all.map((c) => cardOf(c.body)));
  });
});

describe('disclosure → handoff to the IB channel → "Ik pak dit op" → the teacher is told', () => {
  it('runs through Teams alone', async () => {
    const teacher = new TeamsChat(env.app.url, connector, personal(staff.teacher, tenants.proo), staff.teacher);
    await teacher.say('Een meisje uit groep 6 vertelde me net dat haar stiefvader haar slaat');
    expect(teacher.text).toContain('Overleg direct, nu, met de intern begeleider/aandachtsfunctionaris');
    expect(teacher.cards[0].body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    await teacher.press('verder');
    await teacher.completeHandoff('S.V.', '6');
    expect(teacher.text).toContain('ParnasSys');

    // The outbox posts the handoff into the configured IB channel, proactively.
    const posted = await connector.waitFor(
      () => connector.posts(channels.prooIb).find((p) => cardText(cardOf(p.body)).includes('S.V., groep 6')),
      'the handoff card in the IB channel',
    );
    expect(posted.conversationId).toBe(channels.prooIb);
    expect(posted.body.conversation).toMatchObject({ id: channels.prooIb, tenantId: tenants.proo });
    const card = cardOf(posted.body);
    const text = cardText(card);
    expect(text).toContain('Overdracht voor de intern begeleider');
    expect(text).toContain('Leerling: S.V., groep 6');
    expect(text).toContain('Van: Sanne de Vries (Teams-chat)');
    expect(text).toContain('Nog niet opgepakt');
    expect(text).not.toContain('stiefvader');
    const [ack] = cardButtons(card);
    expect(ack).toMatchObject({ title: 'Ik pak dit op', verb: 'watnu.ack', style: 'positive' });

    // The IB presses "Ik pak dit op" in the channel (a new thread under the post).
    const ib = new TeamsChat(
      env.app.url,
      connector,
      { kind: 'channel', teamId: teams.proo, channelId: channels.prooIb, tenantId: tenants.proo, threadId: posted.id! },
      staff.ib,
    );
    const response = await ib.click({ ...ack!, activityId: posted.id! });
    expect(response.status).toBe(200);
    const acked = cardText(response.body.value);
    expect(acked).toContain('Opgepakt door Ilse Verbeek (IB)');
    expect(cardButtons(response.body.value)).toEqual([]);

    // Every posted copy is updated for everyone (PUT), and the teacher hears who picked it up.
    const update = await connector.waitFor(() => connector.updates(posted.id).at(-1), 'the update of the IB card');
    expect(update.conversationId).toBe(channels.prooIb);
    expect(cardText(cardOf(update.body))).toContain('Opgepakt door Ilse Verbeek (IB)');
    expect(cardButtons(cardOf(update.body))).toEqual([]);
    const notice = await connector.waitFor(
      () => connector.posts(teacher.conversationId).find((p) => cardText(cardOf(p.body)).includes('heeft je overdracht')),
      'the notice to the teacher',
    );
    expect(cardText(cardOf(notice.body))).toContain('Ilse Verbeek (IB) heeft je overdracht (');

    // A second "Ik pak dit op" (the director, on the same card) changes nothing.
    const director = new TeamsChat(env.app.url, connector, ib.where, staff.directeur);
    connector.members.set(staff.directeur.id, { id: staff.directeur.id, name: staff.directeur.name, userPrincipalName: staff.directeur.upn });
    const again = await director.click({ ...ack!, activityId: posted.id! });
    expect(cardText(again.body.value)).toContain('Opgepakt door Ilse Verbeek (IB)');

    // "status" in the teacher's chat shows who picked it up.
    await teacher.say('status');
    expect(teacher.text).toContain('opgepakt door Ilse Verbeek (IB)');
    expectValidCards([card, response.body.value, cardOf(update.body), cardOf(notice.body), again.body.value]);
  });
});
