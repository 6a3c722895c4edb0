import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from './fake-slack-api.js';
import { buttonsOf, textOf } from './slack-driver.js';
import { proo, staff } from './slack-schools.js';
import { type SlackTestApp, startSlackTestApp } from './slack-test-app.js';

/**
 * The safety interrupt through the Slack endpoints alone (signed events,
 * commands and block actions; a fake Slack Web API on loopback): an acute
 * message typed into the initials prompt is an alarm, not initials, and
 * `/watnu …` while the form is open is a question, not initials.
 */
let t: SlackTestApp;
beforeAll(async () => {
  t = await startSlackTestApp();
});
afterAll(async () => {
  await t.close();
});

const last = (messages: StoredMessage[]) => messages.at(-1)!;

describe('an acute message typed into the handoff form in Slack', () => {
  it('starts acute danger (112 first), pauses the form; /watnu is a question; the handoff goes out with the right pupil', async () => {
    const { slack, api } = t;
    const juf = staff.juf;
    const first = last(await slack.dm(juf, 'Een meisje uit groep 6 vertelde me net dat haar stiefvader haar slaat'));
    let step = last(await slack.press(juf, first, 'shortcut/disclosure-proo/direct/overdracht'));
    expect(textOf([step])).toContain('Wat zijn de initialen van de leerling?');

    const alarm = await slack.dm(juf, 'er staat nu een vader met een mes bij het hek');
    expect(textOf(alarm.slice(0, 1))).toContain('Acute onveiligheid');
    expect(textOf(alarm.slice(0, 1))).toContain('Bel 112');
    expect(textOf(alarm)).not.toContain('E.S.N.');
    const offer = alarm.find((m) => buttonsOf(m).some((b) => b.choiceId === 'cmd/resume'))!;
    expect(buttonsOf(offer).find((b) => b.choiceId === 'cmd/resume')?.label).toBe('Verder met de overdracht');

    step = last(await slack.press(juf, offer, 'cmd/resume'));
    expect(textOf([step])).toContain('Wat zijn de initialen van de leerling?');
    const { posts } = await slack.slash(juf, 'C0SOMEWHERE', 'wat nu bij pesten');
    expect(textOf(posts)).toContain('Dat lijkt een nieuwe vraag (Pesten)');
    expect(textOf(posts)).not.toContain('W.N.B.P.');

    step = last(await slack.dm(juf, 'S.V. groep 5'));
    expect(textOf([step])).toContain('Leerling: S.V., groep 5');
    await slack.press(juf, step, 'handoff/send');
    const handoff = await slack.until(() => api.channel(proo.ibChannel).find((m) => textOf([m]).includes('S.V., groep 5')));
    expect(textOf([handoff])).not.toContain('mes');
    expect(api.channel(proo.ibChannel).some((m) => textOf([m]).includes('W.N.B.P.') || textOf([m]).includes('E.S.N.'))).toBe(false);
  });
});
