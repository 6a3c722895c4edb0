import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from './fake-slack-api.js';
import { blockActions } from './payloads.js';
import { buttonsOf, textOf } from './slack-driver.js';
import { dmOf, proo, staff } from './slack-schools.js';
import { type SlackTestApp, startSlackTestApp } from './slack-test-app.js';
import type { SlackJson } from './slack-json.js';

let t: SlackTestApp;
beforeAll(async () => {
  t = await startSlackTestApp();
});
afterAll(async () => {
  await t.close();
});

const last = (messages: StoredMessage[]) => messages.at(-1)!;
const choiceIds = (message: StoredMessage) => buttonsOf(message).map((b) => b.choiceId);

describe('PROO meldcode, start to end, through the Slack adapter alone', () => {
  it('walks the meldcode by DM and buttons, hands over to the IB channel, and ends with the report advice', async () => {
    const { slack, api } = t;
    const juf = staff.juf;

    // "wat nu?" → the menu, as buttons with stable action ids.
    const menu = last(await slack.dm(juf, 'wat nu?'));
    expect(menu.channel).toBe(dmOf(juf));
    expect(choiceIds(menu)).toEqual(expect.arrayContaining(['cmd/emergency', 'route/meldcode', 'route/disclosure']));
    const emergency = buttonsOf(menu).find((b) => b.choiceId === 'cmd/emergency')!;
    expect(emergency.button).toMatchObject({ action_id: 'watnu/cmd/emergency', style: 'danger' });

    let step = last(await slack.press(juf, menu, 'route/meldcode'));
    // The menu message was updated: its buttons are gone, the choice is written in their place.
    const spentMenu = slack.current(menu);
    expect(buttonsOf(spentMenu)).toEqual([]);
    expect(textOf([spentMenu])).toContain('Gekozen:');
    expect(choiceIds(step)).toContain('meldcode-proo/intro/signalen');

    for (const choice of ['signalen', 'gedaan', 'gedaan', 'blijft']) step = last(await slack.press(juf, step, choice));

    // The handoff form: initials and group typed, no note, send.
    expect(textOf([step])).toMatch(/initialen/i);
    await slack.dm(juf, 'S.V.');
    step = last(await slack.dm(juf, '6'));
    const afterHandoff = await slack.press(juf, step, 'handoff/send');
    step = last(afterHandoff);
    expect(choiceIds(step)).toContain('meldcode-proo/afweging-vermoeden/ja');

    // The handoff went to PROO's IB channel through the outbox, with "Ik pak dit op".
    const posted = await slack.until(() => api.channel(proo.ibChannel)[0]);
    expect(posted.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    expect(textOf([posted])).toContain('S.V., groep 6');
    expect(textOf([posted])).toContain('Juf Anna (Slack-chat)');
    expect(buttonsOf(posted).map((b) => b.label)).toEqual(['Ik pak dit op']);
    expect(posted.metadata).toMatchObject({ event_type: 'watnu_delivery', event_payload: { key: expect.stringMatching(/^handoff:/) } });

    step = last(await slack.press(juf, step, 'afweging-vermoeden/ja'));
    const end = await slack.press(juf, step, 'afweging-veiligheid/ja-twijfel');
    const text = textOf(end);
    expect(text).toContain('Doe direct een melding bij Veilig Thuis Hollands Midden: 0800 - 2000');
    expect(text).toContain('meldnorm 1');
    expect(text).toMatch(/intern begeleider doet de melding in samenspraak met de directeur, Jan Diebels/i);
    // Contact cards carry tappable numbers.
    expect(end.flatMap((m) => m.blocks).some((b: SlackJson) => b.type === 'section' && /<tel:\+?\d+\|0800 - 2000>/.test(b.text?.text ?? ''))).toBe(true);

    // Every message WatNu posted stayed within Block Kit limits (the fake answers invalid_blocks otherwise).
    expect(api.callsOf('chat.postMessage').length).toBeGreaterThan(10);
    expect(api.messages.length).toBe(api.callsOf('chat.postMessage').length);
    // Bot identity comes from config: not one auth.test call.
    expect(api.callsOf('auth.test')).toEqual([]);
  });

  it('an old button pressed again is answered with a notice and the current step; the dialog does not move', async () => {
    const { slack, api } = t;
    const user = staff.collega;
    const menu = last(await slack.dm(user, 'wat nu?'));
    const intro = last(await slack.press(user, menu, 'route/meldcode'));
    const introAsShown = structuredClone(intro);
    const stap1 = last(await slack.press(user, intro, 'signalen'));
    expect(choiceIds(stap1)).toContain('meldcode-proo/stap1/gedaan');

    // A second click on the intro message as the client showed it before the update (a double click).
    expect(buttonsOf(slack.current(intro))).toEqual([]);
    const verteld = buttonsOf(introAsShown).find((b) => b.choiceId === 'meldcode-proo/intro/verteld')!;
    const before = api.channel(dmOf(user)).length;
    await slack.interaction(blockActions(user, introAsShown, verteld.blockId, verteld.button));
    await slack.until(() => api.channel(dmOf(user)).length > before);
    await slack.settle();
    const answer = api.channel(dmOf(user)).slice(before);
    expect(textOf(answer)).toMatch(/eerdere stap/);
    expect(answer.flatMap(buttonsOf).map((b) => b.choiceId)).toContain('meldcode-proo/stap1/gedaan');
    // The intro message still says what was really chosen.
    const chosen = textOf([slack.current(intro)]).split('\n').filter((line) => line.includes('Gekozen:'));
    expect(chosen).toEqual([`:white_check_mark: Gekozen: ${buttonsOf(introAsShown).find((b) => b.choiceId.endsWith('/signalen'))!.label}`]);
  });
});
