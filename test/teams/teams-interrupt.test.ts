import { describe, expect, it } from 'vitest';
import { personal } from './activities.js';
import { cardOf, cardText } from './card-reader.js';
import { expectValidCards } from './card-schema.js';
import { useInstalledTeamsApp } from './installed-teams-app.js';
import { TeamsChat } from './teams-chat.js';
import { channels, staff, tenants } from './teams-fixture.js';

/**
 * The safety interrupt through the Teams adapter alone (real-shaped
 * activities on /api/messages, a fake Bot Connector on loopback): an acute
 * message typed into the initials prompt is an alarm, not initials.
 */
const env = useInstalledTeamsApp();
const { connector } = env;

describe('an acute message typed into the handoff form in Teams', () => {
  it('starts acute danger (112 first), pauses the form, and the handoff goes out later with the right pupil', async () => {
    const teacher = new TeamsChat(env.app.url, connector, personal(staff.teacher, tenants.proo), staff.teacher);
    await teacher.say('Een meisje uit groep 6 vertelde me net dat haar stiefvader haar slaat');
    await teacher.press('shortcut/disclosure-proo/direct/overdracht');
    expect(teacher.text).toContain('Wat zijn de initialen van de leerling?');

    await teacher.say('er staat nu een vader met een mes bij het hek');
    const [first] = teacher.cards;
    expect(cardText(first)).toContain('Acute onveiligheid');
    expect(cardText(first)).toContain('Bel 112');
    expect(teacher.text).not.toMatch(/initialen \(E\.S\./);
    const resume = teacher.find('cmd/resume');
    expect(resume.title).toBe('Verder met de overdracht');

    await teacher.click(resume);
    expect(teacher.text).toContain('Wat zijn de initialen van de leerling?');
    await teacher.say('S.V. groep 5');
    expect(teacher.text).toContain('Leerling: S.V., groep 5');
    await teacher.press('handoff/send');
    const posted = await connector.waitFor(
      () => connector.posts(channels.prooIb).find((p) => cardText(cardOf(p.body)).includes('S.V., groep 5')),
      'the handoff card in the IB channel',
    );
    expect(cardText(cardOf(posted.body))).not.toContain('mes');
    expect(connector.posts(channels.prooIb).some((p) => cardText(cardOf(p.body)).includes('E.S.N.'))).toBe(false);
    expectValidCards(teacher.all.map((c) => cardOf(c.body)));
  });
});
