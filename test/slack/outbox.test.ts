import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from './fake-slack-api.js';
import { buttonsOf, textOf } from './slack-driver.js';
import { proo, staff } from './slack-schools.js';
import { type SlackTestApp, startSlackTestApp } from './slack-test-app.js';
import type { SlackUser } from './payloads.js';

let t: SlackTestApp;
beforeAll(async () => {
  t = await startSlackTestApp();
});
afterAll(async () => {
  await t.close();
});

const last = (messages: StoredMessage[]) => messages.at(-1)!;

/** "overdracht" at any moment: the handoff form to the IB, filled in and sent from Slack. */
async function handOver(user: SlackUser, initials: string): Promise<void> {
  const { slack } = t;
  let step = last(await slack.dm(user, 'overdracht'));
  for (let guard = 0; !/initialen/i.test(textOf([step])) && guard < 3; guard++) {
    const urgency = buttonsOf(step).find((b) => b.choiceId.startsWith('handoff/'));
    if (!urgency) throw new Error(`unexpected: ${textOf([step])}`);
    step = last(await slack.press(user, step, urgency.choiceId));
  }
  await slack.dm(user, initials);
  step = last(await slack.dm(user, '5'));
  await slack.press(user, step, 'handoff/send');
}

const ibPostsFor = (initials: string) => t.api.channel(proo.ibChannel).filter((m) => textOf([m]).includes(`${initials}, groep 5`));

describe('handoffs to Slack through the durable outbox', () => {
  it('a 429 from Slack is retried after its Retry-After, and the handoff arrives once', async () => {
    t.api.failNext('chat.postMessage', { status: 429, retryAfter: 1 }, (args) => args.channel === proo.ibChannel);
    const started = Date.now();
    await handOver(staff.juf, 'Q.Z.');
    await t.slack.until(() => ibPostsFor('Q.Z.').length > 0, 15_000);
    const attempts = t.api.callsOf('chat.postMessage').filter((c) => c.args.channel === proo.ibChannel && JSON.stringify(c.args.blocks).includes('Q.Z.'));
    expect(attempts).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    await t.slack.settle();
    expect(ibPostsFor('Q.Z.')).toHaveLength(1);
  });

  it('a post whose answer was lost is found by its key, not posted twice', async () => {
    t.api.failNext('chat.postMessage', { dropAfterStoring: true }, (args) => args.channel === proo.ibChannel);
    await handOver(staff.collega, 'W.V.');
    await t.slack.until(() => ibPostsFor('W.V.').length > 0, 15_000);
    await t.slack.until(() => t.api.callsOf('conversations.history').some((c) => c.args.channel === proo.ibChannel), 15_000);
    await new Promise((r) => setTimeout(r, 500));
    await t.slack.settle();
    expect(ibPostsFor('W.V.')).toHaveLength(1);
    const outbox = await t.app.db.query<{ status: string }>(
      `SELECT status FROM outbox WHERE channel = 'slack' AND kind = 'handoff' AND payload::text LIKE '%W.V.%'`,
    );
    expect(outbox.map((r) => r.status)).toEqual(['sent']);
  });
});
