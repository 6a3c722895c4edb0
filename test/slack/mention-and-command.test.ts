import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appMention, blockActions, directMessage, slashCommand } from './payloads.js';
import { buttonsOf, textOf } from './slack-driver.js';
import { dmOf, staff } from './slack-schools.js';
import { type SlackTestApp, startSlackTestApp } from './slack-test-app.js';
import type { SlackJson } from './slack-json.js';

let t: SlackTestApp;
beforeAll(async () => {
  t = await startSlackTestApp();
});
afterAll(async () => {
  await t.close();
});

const channel = 'C0ZORGTEAM';

describe('app_mention in a channel', () => {
  it('answers in the thread of the mention; the buttons there belong to the user who asked', async () => {
    const { slack, api } = t;
    const { payload, ts } = appMention(staff.juf, channel, 'wat nu?');
    const [menu] = await slack.postsDuring(channel, ts, () => slack.event(payload));
    expect(menu!.thread_ts).toBe(ts);
    expect(buttonsOf(menu!).map((b) => JSON.parse(b.button.value).u)).toEqual(buttonsOf(menu!).map(() => staff.juf.id));

    // A colleague presses the teacher's button: told privately, nothing moves, the buttons stay.
    const meldcode = buttonsOf(menu!).find((b) => b.choiceId === 'route/meldcode')!;
    await slack.interaction(blockActions(staff.collega, menu!, meldcode.blockId, meldcode.button));
    const refusal = await slack.until(() => api.callsOf('chat.postEphemeral').find((c) => c.args.user === staff.collega.id));
    expect(refusal.args).toMatchObject({ channel, thread_ts: ts });
    expect(refusal.args.text).toMatch(/iemand anders/);
    expect(buttonsOf(slack.current(menu!)).length).toBe(buttonsOf(menu!).length);

    // The teacher presses it: the answer comes in the same thread.
    const step = await slack.press(staff.juf, menu!, 'route/meldcode');
    expect(step[0]!.thread_ts).toBe(ts);
    expect(buttonsOf(step[0]!).map((b) => b.choiceId)).toContain('meldcode-proo/intro/signalen');

    // A second mention in the thread continues the same conversation.
    const again = appMention(staff.juf, channel, 'terug', ts);
    const back = await slack.postsDuring(channel, ts, () => slack.event(again.payload));
    expect(back[0]!.thread_ts).toBe(ts);
  });

  it('a retried delivery of the same event (same event_id) is answered once', async () => {
    const { slack, api } = t;
    const { payload, ts } = appMention(staff.collega, channel, 'wat nu?');
    const [first, retry] = [await slack.event(payload), await slack.event(payload, undefined)];
    expect([first.status, retry.status]).toEqual([200, 200]);
    await slack.until(() => api.channel(channel, ts).length > 0);
    await slack.settle();
    expect(api.channel(channel, ts)).toHaveLength(1);
  });
});

describe('/watnu slash command', () => {
  it('in a channel: a private pointer, and the answer in the DM with WatNu', async () => {
    const { ack, posts } = await t.slack.slash(staff.juf, channel, 'een leerling heeft blauwe plekken');
    expect(ack.status).toBe(200);
    expect(ack.body).toEqual({ response_type: 'ephemeral', text: expect.stringMatching(/privébericht/) });
    expect(t.api.callsOf('conversations.open').at(-1)!.args.users).toBe(staff.juf.id);
    expect(posts[0]!.channel).toBe(dmOf(staff.juf));
    expect(buttonsOf(posts.at(-1)!).length).toBeGreaterThan(0);
  });

  it('without a question: the "wat nu?" menu; in the DM itself no pointer', async () => {
    const { ack, posts } = await t.slack.slash(staff.collega, dmOf(staff.collega), '');
    expect(ack.status).toBe(200);
    expect(ack.body).toBe('');
    expect(buttonsOf(posts.at(-1)!).map((b) => b.choiceId)).toContain('route/meldcode');
  });

  it('from a workspace no school claims: a private explanation, no conversation', async () => {
    const result = await t.slack.command(slashCommand(staff.stranger, 'C0ELSEWHERE', 'wat nu'));
    expect(result.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/niet bij welke school/) });
  });
});

describe('direct messages', () => {
  it('an unknown workspace gets an explanation and no protocol', async () => {
    const posts = await t.slack.dm(staff.stranger, 'wat nu?');
    expect(textOf(posts)).toMatch(/niet bij welke school/);
    expect(posts.flatMap(buttonsOf)).toEqual([]);
  });

  it('a message longer than 2000 characters is refused politely', async () => {
    const posts = await t.slack.dm(staff.collega, 'x '.repeat(1200));
    expect(textOf(posts)).toMatch(/te lang/);
  });

  it('messages from bots and edits are ignored', async () => {
    const { api, slack } = t;
    const before = api.calls.length;
    const bot = directMessage(staff.juf, dmOf(staff.juf), 'echo') as SlackJson;
    bot.event.bot_id = 'B0OTHER';
    const edit = directMessage(staff.juf, dmOf(staff.juf), 'edit') as SlackJson;
    edit.event.subtype = 'message_changed';
    expect((await slack.event(bot)).status).toBe(200);
    expect((await slack.event(edit)).status).toBe(200);
    await slack.settle();
    expect(api.calls.length).toBe(before);
  });

  it('never calls auth.test', () => {
    expect(t.api.callsOf('auth.test')).toEqual([]);
  });
});
