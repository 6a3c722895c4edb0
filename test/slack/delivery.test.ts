import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryError, type OutboundMessage } from '../../src/channels/channel.js';
import { createSlackDelivery } from '../../src/channels/slack/slack-delivery.js';
import type { SlackSettings } from '../../src/channels/slack/slack-settings.js';
import { realContent } from '../helpers/content.js';
import { testLogger } from '../helpers/test-log.js';
import { botId, botUserId, FakeSlackApi } from './fake-slack-api.js';
import { buttonsOf, textOf } from './slack-driver.js';

let api: FakeSlackApi;
beforeAll(async () => {
  api = await FakeSlackApi.start();
});
afterAll(async () => {
  await api.close();
});

const delivery = () => {
  const settings: SlackSettings = { mode: 'http', botToken: 'xoxb-test', botId, botUserId, signingSecret: 's', apiUrl: api.url };
  return createSlackDelivery(settings, realContent().t, testLogger(), realContent().content.defaultLanguage);
};

const handoff: OutboundMessage = {
  kind: 'handoff',
  handoff: {
    id: 'h-9',
    schoolId: 'proo-leiden',
    title: 'Overdracht voor de intern begeleider',
    urgency: 'acuut',
    urgencyLabel: 'Acuut (nu)',
    fields: [{ label: 'Leerling', value: 'K.L., groep 3' }],
    status: 'open',
    statusText: 'Nog niet opgepakt',
    ackLabel: 'Ik pak dit op',
    level: 0,
  },
  reply: { text: 'x', choices: [{ id: 'ack/h-9', label: 'Ik pak dit op', style: 'primary' }], tone: 'safety' },
};
const to = { channel: 'slack' as const, channelId: 'C0IB' };

let n = 0;
let key = '';
beforeEach(() => {
  key = `handoff:h-${++n}:slack:C0IB`;
});

describe('Slack delivery channel', () => {
  it('posts with the idempotency key in message metadata and returns channel and ts', async () => {
    const ref = await delivery().send(to, handoff, key);
    expect(ref).toMatchObject({ channel: 'slack', channelId: 'C0IB' });
    const message = api.message('C0IB', ref.ts as string)!;
    expect(message.metadata).toEqual({ event_type: 'watnu_delivery', event_payload: { key, part: 1, parts: 1 } });
    expect(buttonsOf(message).map((b) => b.choiceId)).toEqual(['ack/h-9']);
    expect(api.calls.at(-1)!.token).toBe('xoxb-test');
  });

  it("writes the channel's own words in the message's language (an English-speaking asker), else the schools' default", async () => {
    const notice: OutboundMessage = { kind: 'notice', reply: { text: 'Your handoff was picked up.', source: 'Meldcode, stap 2' }, locale: 'en' };
    const english = await delivery().send(to, notice, key);
    expect(JSON.stringify(api.message('C0IB', english.ts as string)!.blocks)).toContain('Source: Meldcode, stap 2');
    const { locale: _said, ...unsaid } = notice;
    const dutch = await delivery().send(to, unsaid, `${key}:default`);
    expect(JSON.stringify(api.message('C0IB', dutch.ts as string)!.blocks)).toContain('Bron: Meldcode, stap 2');
  });

  it('findDelivered finds an earlier post by its key (conversations.history with metadata), and only that one', async () => {
    const channel = delivery();
    const ref = await channel.send(to, handoff, key);
    expect(await channel.findDelivered!(to, key)).toEqual(ref);
    expect(await channel.findDelivered!(to, 'handoff:never-sent')).toBeNull();
    expect(api.callsOf('conversations.history').at(-1)!.args).toMatchObject({ channel: 'C0IB', include_all_metadata: 'true' });
  });

  it('a post whose answer was lost is found, not posted twice', async () => {
    api.failNext('chat.postMessage', { dropAfterStoring: true });
    const before = api.channel('C0IB').length;
    const ref = await delivery().send(to, handoff, key);
    expect(api.channel('C0IB').length).toBe(before + 1);
    expect(api.channel('C0IB').at(-1)!.ts).toBe(ref.ts);
  });

  it('429 → a retryable DeliveryError carrying Retry-After', async () => {
    api.failNext('chat.postMessage', { status: 429, retryAfter: 7 });
    const error = await delivery().send(to, handoff, key).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ retryAfterMs: 7000, failure: 'retryable' });
  });

  it.each([
    ['channel_not_found', 'waiting-for-access'],
    ['not_in_channel', 'waiting-for-access'],
    ['is_archived', 'waiting-for-access'],
    ['invalid_auth', 'broken-configuration'],
    ['token_revoked', 'broken-configuration'],
    ['account_inactive', 'broken-configuration'],
    ['ratelimited', 'retryable'],
  ])('%s → %s', async (slackError, failure) => {
    api.failNext('chat.postMessage', { error: slackError });
    await expect(delivery().send(to, handoff, key)).rejects.toMatchObject({ failure, reason: slackError, message: `chat.postMessage: ${slackError}` });
  });

  it('a 500 that did not arrive is retryable', async () => {
    api.failNext('chat.postMessage', { status: 500 });
    await expect(delivery().send(to, handoff, key)).rejects.toMatchObject({ failure: 'retryable', mayHaveArrived: true });
  });

  it('update rewrites the posted message (chat.update)', async () => {
    const channel = delivery();
    const ref = await channel.send(to, handoff, key);
    const acked = { ...handoff, handoff: { ...handoff.handoff!, status: 'acknowledged' as const, statusText: 'Opgepakt door Ilse', ackLabel: undefined }, reply: { text: 'x' } };
    await channel.update!(ref, acked);
    const message = api.message('C0IB', ref.ts as string)!;
    expect(buttonsOf(message)).toEqual([]);
    expect(textOf([message])).toContain('Opgepakt door Ilse');
  });

  it('a notice to an asker in a channel thread goes into that thread', async () => {
    const channel = delivery();
    const ref = await channel.send({ channel: 'slack', channelId: 'C0ZORG:1760000001.000001:U0JUF' }, { kind: 'notice', reply: { text: 'Ilse heeft je overdracht opgepakt.' } }, key);
    const message = api.message('C0ZORG', ref.ts as string)!;
    expect(message.thread_ts).toBe('1760000001.000001');
    expect(await channel.findDelivered!({ channel: 'slack', channelId: 'C0ZORG:1760000001.000001:U0JUF' }, key)).toEqual(ref);
    expect(api.callsOf('conversations.replies').at(-1)!.args).toMatchObject({ channel: 'C0ZORG', ts: '1760000001.000001' });
  });
});
