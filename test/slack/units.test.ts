import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { conversationId, parseConversationId, postTarget } from '../../src/channels/slack/conversation-id.js';
import { inboundText } from '../../src/channels/slack/inbound-text.js';
import { slackIdentity } from '../../src/channels/slack/slack-identity.js';
import { slackSettings } from '../../src/channels/slack/slack-settings.js';
import { verifySlackSignature } from '../../src/channels/slack/verify-signature.js';
import { loadConfig } from '../../src/config.js';
import type { Content, School } from '../../src/content/types.js';
import { projectRoot } from '../helpers/content.js';

describe('signature verification', () => {
  const secret = 'shh';
  const body = Buffer.from('{"type":"event_callback"}');
  const now = 1_800_000_000_000;
  const ts = String(now / 1000);
  const sign = (key: string, stamp: string, raw: Buffer) => `v0=${createHmac('sha256', key).update(`v0:${stamp}:`).update(raw).digest('hex')}`;

  it('accepts the right signature within five minutes either way', () => {
    expect(verifySlackSignature(secret, body, ts, sign(secret, ts, body), now)).toEqual({ ok: true });
    const early = String(now / 1000 - 299);
    expect(verifySlackSignature(secret, body, early, sign(secret, early, body), now).ok).toBe(true);
  });

  it.each([
    ['wrong secret', ts, sign('other', ts, body), 'mismatch'],
    ['body changed', ts, sign(secret, ts, Buffer.from('{}')), 'mismatch'],
    ['stale', String(now / 1000 - 301), sign(secret, String(now / 1000 - 301), body), 'stale'],
    ['from the future', String(now / 1000 + 301), sign(secret, String(now / 1000 + 301), body), 'stale'],
    ['no timestamp', undefined, sign(secret, ts, body), 'missing-headers'],
    ['no signature', ts, undefined, 'missing-headers'],
    ['timestamp not a number', '12a', 'v0=00', 'bad-timestamp'],
    ['other version', ts, sign(secret, ts, body).replace('v0=', 'v1='), 'mismatch'],
  ])('refuses: %s', (_name, stamp, signature, reason) => {
    expect(verifySlackSignature(secret, body, stamp, signature, now)).toEqual({ ok: false, reason });
  });
});

describe('conversation ids', () => {
  it('a DM is its channel; a thread conversation is channel, thread and user', () => {
    expect(conversationId({ kind: 'dm', channelId: 'D0AB' })).toBe('D0AB');
    const id = conversationId({ kind: 'thread', channelId: 'C0AB', threadTs: '1700000000.000100', userId: 'U0T' });
    expect(id).toBe('C0AB:1700000000.000100:U0T');
    expect(parseConversationId(id)).toEqual({ kind: 'thread', channelId: 'C0AB', threadTs: '1700000000.000100', userId: 'U0T' });
    expect(postTarget(id)).toEqual({ channel: 'C0AB', threadTs: '1700000000.000100' });
    expect(postTarget('C0IB')).toEqual({ channel: 'C0IB' });
  });

  it.each(['', 'x', 'C0AB:notats:U0T', 'C0AB:1.2', 'C0AB:1.2:U0T:more'])('rejects %j', (id) => {
    expect(parseConversationId(id)).toBeNull();
  });
});

describe('inbound text', () => {
  it('drops the bot mention, keeps labels of links and mentions, undoes escapes', () => {
    expect(inboundText('<@UBOT> wat nu?', 'UBOT')).toBe('wat nu?');
    expect(inboundText('<@UBOT|watnu> vraag &amp; antwoord &lt;3', 'UBOT')).toBe('vraag & antwoord <3');
    expect(inboundText('zie <#C123|groep-6> en <https://x.nl|de site>', 'UBOT')).toBe('zie #groep-6 en de site');
    expect(inboundText('<!here> help', 'UBOT')).toBe('help');
    expect(inboundText(undefined, 'UBOT')).toBe('');
  });
});

describe('identity', () => {
  const school = (id: string, teamId: string | undefined, users: School['users']): School =>
    ({ id, ...(teamId ? { slack: { teamId } } : {}), users }) as unknown as School;
  const content = {
    schools: new Map([
      ['a', school('a', 'T0A', [{ slack: 'U0IB', role: 'intern-begeleider', name: 'Ilse', deputy: false }])],
      ['b', school('b', 'T0SHARED', [{ slack: 'U0DIR', role: 'directeur', deputy: false }])],
      ['c', school('c', 'T0SHARED', [])],
    ]),
  } as unknown as Content;

  it('a listed user gets the school, role and name', () => {
    expect(slackIdentity(content, 'T0A', 'U0IB')).toEqual({ schoolId: 'a', role: 'intern-begeleider', name: 'Ilse' });
  });
  it('an unlisted user of a workspace that one school claims gets the teacher view', () => {
    expect(slackIdentity(content, 'T0A', 'U0NEW')).toEqual({ schoolId: 'a' });
  });
  it('a workspace shared by two schools needs the user to be listed', () => {
    expect(slackIdentity(content, 'T0SHARED', 'U0DIR')).toEqual({ schoolId: 'b', role: 'directeur' });
    expect(slackIdentity(content, 'T0SHARED', 'U0NEW')).toBeNull();
  });
  it('an unknown workspace is nobody, even with a user id a school lists for another workspace', () => {
    expect(slackIdentity(content, 'T0OTHER', 'U0NEW')).toBeNull();
    expect(slackIdentity(content, 'T0OTHER', 'U0IB')).toBeNull();
  });
});

describe('settings', () => {
  const config = (env: Record<string, string>) => loadConfig(env, projectRoot);
  it('off without SlackJson SLACK_* variable', () => {
    expect(slackSettings(config({}))).toBeNull();
  });
  it('names what is missing when Slack is partly configured', () => {
    expect(() => slackSettings(config({ SLACK_BOT_TOKEN: 'xoxb-1' }))).toThrow(/SLACK_BOT_ID, SLACK_BOT_USER_ID, SLACK_SIGNING_SECRET/);
    expect(() => slackSettings(config({ SLACK_SOCKET_MODE: '1', SLACK_BOT_TOKEN: 'x', SLACK_BOT_ID: 'B', SLACK_BOT_USER_ID: 'U' }))).toThrow(/SLACK_APP_TOKEN/);
  });
  it('HTTP mode and Socket Mode', () => {
    const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_BOT_ID: 'B1', SLACK_BOT_USER_ID: 'U1' };
    expect(slackSettings(config({ ...base, SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://127.0.0.1:1/api' }))).toMatchObject({ mode: 'http', apiUrl: 'http://127.0.0.1:1/api/' });
    expect(slackSettings(config({ ...base, SLACK_SOCKET_MODE: 'true', SLACK_APP_TOKEN: 'xapp-1' }))).toMatchObject({ mode: 'socket', appToken: 'xapp-1' });
  });
});
