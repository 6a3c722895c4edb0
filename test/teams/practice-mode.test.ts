import { describe, expect, it } from 'vitest';
import { settleDue } from '../helpers/test-app.js';
import { personal } from './activities.js';
import { useInstalledTeamsApp } from './installed-teams-app.js';
import { TeamsChat } from './teams-chat.js';
import { channels, staff, tenants } from './teams-fixture.js';

const env = useInstalledTeamsApp();
const { connector } = env;
const count = async (table: string) => (await env.app.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

describe('oefenmodus in Teams: the command "oefen"', () => {
  it('a disclosure handoff in practice is shown, not sent: the IB channel, inboxes and outbox stay empty', async () => {
    const teacher = new TeamsChat(env.app.url, connector, personal(staff.teacher, tenants.proo), staff.teacher);
    await teacher.say('oefen');
    expect(teacher.text).toContain('Oefenmodus staat aan');
    await teacher.say('Een meisje uit groep 6 vertelde me net dat haar stiefvader haar slaat');
    expect(teacher.text).toContain('[Oefening]');
    expect(teacher.text).toContain('Overleg direct, nu, met de intern begeleider/aandachtsfunctionaris');
    expect(teacher.text).toContain('Dit is een oefening');
    await teacher.press('verder');
    await teacher.completeHandoff('S.V.', '6');
    expect(teacher.text).toContain('Dit zou naar de intern begeleider gaan (urgentie acuut): leerling S.V., groep 6');
    await settleDue(env.app);
    expect(connector.posts(channels.prooIb)).toEqual([]);
    for (const table of ['handoffs', 'outbox', 'inbox_messages', 'reminders']) expect(await count(table), table).toBe(0);
  });
});
