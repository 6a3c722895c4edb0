import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directMessage } from './payloads.js';
import { dmOf, staff } from './slack-schools.js';
import { signedHeaders, signingSecret } from './slack-signing.js';
import { type SlackTestApp, startSlackTestApp } from './slack-test-app.js';

let t: SlackTestApp;
beforeAll(async () => {
  t = await startSlackTestApp();
});
afterAll(async () => {
  await t.close();
});

const sessions = async () => Number((await t.app.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions'))[0]!.n);

describe('Slack request signatures', () => {
  const body = JSON.stringify(directMessage(staff.juf, dmOf(staff.juf), 'wat nu?'));
  const now = Math.floor(Date.now() / 1000);
  const cases: Array<[string, Record<string, string>]> = [
    ['wrong secret', signedHeaders(body, 'not-the-secret')],
    ['stale timestamp (6 minutes old)', signedHeaders(body, signingSecret, now - 6 * 60)],
    ['timestamp from the future', signedHeaders(body, signingSecret, now + 6 * 60)],
    ['missing headers', {}],
    ['missing signature', { 'x-slack-request-timestamp': String(now) }],
    ['missing timestamp', { 'x-slack-signature': signedHeaders(body)['x-slack-signature']! }],
    ['signature of another body', signedHeaders(body.replace('wat nu?', 'iets anders'))],
  ];

  it.each(['/slack/events', '/slack/interactivity', '/slack/commands'])('%s: every bad signature is 401 and nothing reaches the engine', async (path) => {
    for (const [, headers] of cases) {
      const result = await t.slack.send(path, body, path === '/slack/events' ? 'application/json' : 'application/x-www-form-urlencoded', headers);
      expect(result.status).toBe(401);
      expect(result.body.error.code).toBe('UNAUTHORIZED');
    }
    await t.slack.settle();
    expect(await sessions()).toBe(0);
    expect(t.api.calls).toEqual([]);
  });

  it('the signature is checked over the raw bytes: re-serialised JSON with the same meaning is refused', async () => {
    const pretty = JSON.stringify(JSON.parse(body), null, 2);
    const result = await t.slack.send('/slack/events', pretty, 'application/json', signedHeaders(body));
    expect(result.status).toBe(401);
  });

  it('url_verification with a good signature answers the challenge', async () => {
    const result = await t.slack.event({ token: 'x', challenge: 'c-3PO', type: 'url_verification' });
    expect(result).toEqual({ status: 200, body: { challenge: 'c-3PO' } });
  });

  it('a correctly signed event does reach the engine (control)', async () => {
    const posts = await t.slack.dm(staff.juf, 'wat nu?');
    expect(posts).toHaveLength(1);
    expect(await sessions()).toBe(1);
  });
});

describe('Slack workspace ids', () => {
  it.each([
    ['/slack/commands', new URLSearchParams({ command: '/watnu', user_id: 'U0JUF', team_id: 'toString' }).toString(), 'application/x-www-form-urlencoded'],
    ['/slack/commands', new URLSearchParams({ command: ' ', user_id: ' ', team_id: '__proto__' }).toString(), 'application/x-www-form-urlencoded'],
    ['/slack/events', JSON.stringify({ ...directMessage(staff.juf, dmOf(staff.juf), 'wat nu?'), team_id: 'constructor' }), 'application/json'],
  ])('%s: a signed body whose workspace id is not a Slack id is a 400 naming team_id, and nothing reaches the engine', async (path, body, type) => {
    const before = await sessions();
    const result = await t.slack.send(path, body, type);
    expect(result.status).toBe(400);
    expect(result.body.error).toMatchObject({ code: 'REQUEST_INVALID', field: 'team_id' });
    await t.slack.settle();
    expect(await sessions()).toBe(before);
  });
});
