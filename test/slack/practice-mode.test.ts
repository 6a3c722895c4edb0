import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settleDue } from '../helpers/test-app.js';
import type { StoredMessage } from './fake-slack-api.js';
import { textOf } from './slack-driver.js';
import { proo, staff } from './slack-schools.js';
import { type SlackTestApp, startSlackTestApp } from './slack-test-app.js';

let t: SlackTestApp;
beforeAll(async () => {
  t = await startSlackTestApp();
});
afterAll(async () => {
  await t.close();
});

const last = (messages: StoredMessage[]) => messages.at(-1)!;
const count = async (table: string) => (await t.app.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

describe('oefenmodus in Slack: the command "oefen"', () => {
  it('a disclosure handoff in practice is shown, not sent: the IB channel, inboxes and outbox stay empty; "stop oefenen" ends it', async () => {
    const { slack, api } = t;
    const juf = staff.juf;
    expect(textOf(await slack.dm(juf, 'oefen'))).toContain('Oefenmodus staat aan');
    const menu = last(await slack.dm(juf, 'wat nu?'));
    let step = last(await slack.press(juf, menu, 'route/disclosure'));
    expect(textOf([step])).toContain('[Oefening]');
    expect(textOf([step])).toContain('071 572 4242');
    expect(textOf([step])).toContain('Dit is een oefening');
    step = last(await slack.press(juf, step, 'verder'));
    await slack.dm(juf, 'S.V.');
    step = last(await slack.dm(juf, '6'));
    const after = await slack.press(juf, step, 'handoff/send');
    expect(textOf(after)).toContain('Dit zou naar de intern begeleider gaan (urgentie acuut): leerling S.V., groep 6');
    await settleDue(t.app);
    await slack.settle();
    expect(api.channel(proo.ibChannel)).toEqual([]);
    for (const table of ['handoffs', 'outbox', 'inbox_messages', 'reminders']) expect(await count(table), table).toBe(0);
    expect(textOf(await slack.dm(juf, 'stop oefenen'))).toContain('Oefenmodus staat uit');
    expect(textOf(await slack.dm(juf, 'wat nu?'))).not.toContain('[Oefening]');
  });
});
