import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from './fake-slack-api.js';
import { blockActions } from './payloads.js';
import { buttonsOf, textOf } from './slack-driver.js';
import { dmOf, proo, staff } from './slack-schools.js';
import { type SlackTestApp, startSlackTestApp } from './slack-test-app.js';

let t: SlackTestApp;
beforeAll(async () => {
  t = await startSlackTestApp();
});
afterAll(async () => {
  await t.close();
});

const last = (messages: StoredMessage[]) => messages.at(-1)!;
const ephemeralsTo = (user: string) => t.api.callsOf('chat.postEphemeral').filter((c) => c.args.user === user);

describe('disclosure → handoff → "Ik pak dit op", through the Slack adapter alone', () => {
  it('the teacher hands over, the IB picks it up in Slack, every copy is updated and the teacher is told', async () => {
    const { slack, api, app } = t;
    const juf = staff.juf;

    // Free text is triaged to the disclosure protocol (a safety route).
    let step = last(await slack.dm(juf, 'Een leerling heeft mij net verteld dat haar vader haar thuis slaat'));
    expect(buttonsOf(step).map((b) => b.choiceId)).toContain('disclosure-proo/direct/verder');
    expect(step.blocks[0].text.text.startsWith(':rotating_light:')).toBe(true);

    step = last(await slack.press(juf, step, 'verder'));
    for (let guard = 0; !/initialen/i.test(textOf([step])) && guard < 6; guard++) {
      const next = buttonsOf(step).find((b) => b.choiceId.startsWith('disclosure-proo/'));
      if (!next) throw new Error(`no way forward in: ${textOf([step])}`);
      step = last(await slack.press(juf, step, next.choiceId));
    }
    await slack.dm(juf, 'S.V.');
    step = last(await slack.dm(juf, '6'));
    await slack.press(juf, step, 'handoff/send');

    // The handoff arrives in PROO's IB channel (outbox → chat.postMessage), initials and group only.
    const handoff = await slack.until(() => api.channel(proo.ibChannel)[0]);
    const posted = textOf([handoff]);
    expect(posted).toContain('S.V., groep 6');
    expect(posted).not.toContain('vader');
    expect(posted).toContain('Nog niet opgepakt');
    expect(handoff.text).not.toContain('S.V.');
    const ack = buttonsOf(handoff);
    expect(ack.map((b) => [b.label, b.button.style])).toEqual([['Ik pak dit op', 'primary']]);
    const handoffId = ack[0]!.choiceId.slice('ack/'.length);
    const asShown = structuredClone(handoff);

    // Someone from a workspace no school claims cannot pick it up.
    await slack.interaction(blockActions(staff.stranger, asShown, ack[0]!.blockId, ack[0]!.button));
    await slack.until(() => ephemeralsTo(staff.stranger.id)[0]);
    expect(ephemeralsTo(staff.stranger.id)[0]!.args.text).toMatch(/ken ik niet/);
    expect((await app.get(`/api/chat/inbox?schoolId=${proo.schoolId}&channel=ib`)).body.messages[0].handoff.status).toBe('open');

    // The IB presses "Ik pak dit op".
    const dmBefore = api.channel(dmOf(juf)).length;
    await slack.pressOnly(staff.ib, asShown, `ack/${handoffId}`);
    const updated = await slack.until(() => {
      const update = api.callsOf('chat.update').find((c) => c.args.channel === proo.ibChannel && c.args.ts === handoff.ts);
      return update && slack.current(handoff);
    });
    expect(buttonsOf(updated)).toEqual([]);
    expect(textOf([updated])).toMatch(/Opgepakt door Ilse IB/);
    expect(updated.blocks[0].text.text.startsWith(':white_check_mark:')).toBe(true);

    // The teacher hears it in their DM.
    const notice = await slack.until(() => api.channel(dmOf(juf)).slice(dmBefore).find((m) => /opgepakt/.test(textOf([m]))));
    expect(textOf([notice])).toMatch(/^Ilse IB heeft je overdracht \(.+\) opgepakt om /);

    // The web inbox copy was updated too: one acknowledgement, every copy.
    const inbox = await app.get(`/api/chat/inbox?schoolId=${proo.schoolId}&channel=ib`);
    expect(inbox.body.messages[0].handoff).toMatchObject({ id: handoffId, status: 'acknowledged' });

    // A second press (a stale view in the director's client): the first wins, the second hears who.
    await slack.interaction(blockActions(staff.directeur, asShown, ack[0]!.blockId, ack[0]!.button));
    const already = await slack.until(() => ephemeralsTo(staff.directeur.id)[0]);
    expect(already.args).toMatchObject({ channel: proo.ibChannel, text: 'Deze overdracht is al opgepakt door Ilse IB.' });
    await slack.settle();
    expect(api.channel(dmOf(juf)).filter((m) => /opgepakt/.test(textOf([m])))).toHaveLength(1);

    // The teacher's "status" shows who picked it up.
    expect(textOf(await slack.dm(juf, 'status'))).toMatch(/opgepakt door Ilse IB/);
  });
});
