import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertSafeBind } from '../../src/app/safe-bind.js';
import { loadConfig } from '../../src/config.js';
import { isWatnuError } from '../../src/errors.js';
import { projectRoot } from '../helpers/content.js';
import { HttpChat } from '../helpers/http-chat.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const config = (env: Record<string, string>) => loadConfig({ PORT: '0', ...env }, projectRoot);
const refuses = (env: Record<string, string>, field: string) => {
  try {
    assertSafeBind(config(env));
    return false;
  } catch (error) {
    return isWatnuError(error, 'UNSAFE_BIND') && error.details.includes(field);
  }
};

describe('binding beyond loopback', () => {
  it('needs Teams credentials (while Teams is served) and a web shared secret', () => {
    expect(refuses({ HOST: '0.0.0.0' }, 'HOST')).toBe(true);
    expect(refuses({ HOST: '0.0.0.0', MicrosoftAppId: 'a', MicrosoftAppPassword: 'p' }, 'WEB_SHARED_SECRET')).toBe(true);
    expect(() => assertSafeBind(config({ HOST: '0.0.0.0', MicrosoftAppId: 'a', MicrosoftAppPassword: 'p', WEB_SHARED_SECRET: 's3cret-s3cret' }))).not.toThrow();
    expect(() => assertSafeBind(config({ HOST: '0.0.0.0', TEAMS_ENABLED: '0', WEB_SHARED_SECRET: 's3cret-s3cret' }))).not.toThrow();
    expect(() => assertSafeBind(config({ HOST: '127.0.0.1' }))).not.toThrow();
  });

  it('refuses a lease shorter than twice the send timeout', () => {
    expect(() => config({ OUTBOX_LEASE_MS: '5000', SEND_TIMEOUT_MS: '4000' })).toThrow(/OUTBOX_LEASE_MS/);
  });
});

describe('the web chat with a shared secret', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { WEB_SHARED_SECRET: 'correct-horse-battery' } });
  });
  afterAll(async () => app.close());

  it('refuses requests without the key, with the wrong key, and serves the right key', async () => {
    const body = { conversationId: 'sec-1', schoolId: 'proo-leiden', user: { id: 'u' }, choiceId: 'cmd/menu' };
    expect((await app.chat(body)).status).toBe(401);
    expect((await app.chat(body, { 'x-watnu-key': 'correct-horse-batterz' })).status).toBe(401);
    expect((await app.chat(body, { 'x-watnu-key': 'correct-horse-battery' })).status).toBe(200);
    expect((await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=ib')).status).toBe(401);
    expect((await app.get('/api/cases/x/export?schoolId=proo-leiden&userId=u&role=directeur')).status).toBe(401);
  });
});

describe('isolation and rate limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '40' } });
  });
  afterAll(async () => app.close());

  it('a user who floods the bot gets 429 RATE_LIMITED; other users are not affected', async () => {
    const statuses: number[] = [];
    let limited: { status: number; body: any } | null = null;
    for (let i = 0; i < 80 && !limited; i++) {
      const response = await app.chat({ conversationId: 'flood', schoolId: 'sbo-de-brug', user: { id: 'flooder' }, text: 'help' });
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true);
    expect(limited?.body.error.code).toBe('RATE_LIMITED');
    expect((await app.chat({ conversationId: 'calm', schoolId: 'sbo-de-brug', user: { id: 'calm' }, text: 'help' })).status).toBe(200);
  });

  it("school A's handoffs never appear at school B; a teacher sees only their own handoffs", async () => {
    const a = new HttpChat(app.url, 'proo-leiden', 'iso-a', { user: { id: 'teacher-a', name: 'Juf A' } });
    await a.say('overdracht');
    await a.press('handoff/urgency/normaal');
    await a.completeHandoff('I.J.', '2');
    await app.dispatcher.idle();
    const brug = (await app.get('/api/chat/inbox?schoolId=sbo-de-brug&channel=ib')).body.messages;
    expect(JSON.stringify(brug)).not.toContain('I.J.');
    const proo = (await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=ib')).body.messages;
    expect(JSON.stringify(proo)).toContain('I.J.');

    const b = new HttpChat(app.url, 'proo-leiden', 'iso-b', { user: { id: 'teacher-b' } });
    await b.say('status');
    expect(b.text).toContain('geen overdrachten');
    await a.say('status');
    expect(a.text).toContain('I.J.');

    // The same conversation id at another school starts fresh: no state crosses schools.
    const switched = new HttpChat(app.url, 'sbo-de-brug', 'iso-a', { user: { id: 'teacher-a' } });
    await switched.say('status');
    expect(switched.text).toContain('geen overdrachten');
  });
});
