import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { projectRoot } from '../helpers/content.js';
import { eventually, loggedLines } from '../helpers/log-lines.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { conversationOf, executeInvoke, message, personal, teamInstall } from './activities.js';
import { cardButtons, cardOf, cardText } from './card-reader.js';
import { FakeConnector } from './fake-connector.js';
import { FakeIssuer } from './fake-issuer.js';
import { FakeTokenEndpoint } from './fake-token-endpoint.js';
import { postActivity } from './teams-chat.js';
import { channels, staff, teams, teamsSchoolsDir, tenants } from './teams-fixture.js';

/**
 * Authentication on, end to end on loopback: inbound Bot Framework JWTs are
 * checked against a fake issuer's keys, and outbound calls carry a token from
 * a fake token endpoint, which the fake connector requires.
 */
const appId = '3f0c9a61-2b7e-4d1a-9c55-8e2f1a0b7c3d';
const secret = 'not-a-real-secret';
const credentials = { MicrosoftAppId: appId, MicrosoftAppPassword: secret, MicrosoftAppTenantId: tenants.proo, MicrosoftAppType: 'SingleTenant' };

let app: TestApp;
const connector = new FakeConnector();
const issuer = new FakeIssuer();
const tokens = new FakeTokenEndpoint(appId, secret);
const schools = teamsSchoolsDir();
beforeAll(async () => {
  await connector.start();
  const metadata = await issuer.start();
  const tokenUrl = await tokens.start();
  connector.acceptedTokens = () => tokens.issued;
  app = await startTestApp({ env: { ...credentials, BOT_OPENID_METADATA_URL: metadata, BOT_TOKEN_URL: tokenUrl, SCHOOLS_DIR: schools.dir } });
});
afterAll(async () => {
  await app?.close();
  await connector.stop();
  await issuer.stop();
  await tokens.stop();
  schools.remove();
});

const bearer = () => ({ authorization: `Bearer ${issuer.token({ aud: appId, serviceurl: connector.url })}` });
const where = personal(staff.teacher, tenants.proo);

describe('authenticated Teams path against loopback fakes', () => {
  it('a valid token → the turn runs and its reply is delivered with a bearer token from the token endpoint, which the connector checks', async () => {
    const result = await postActivity(app.url, message(connector.url, where, staff.teacher, 'wat nu'), bearer());
    expect(result.status).toBe(200);
    const reply = connector.posts().at(-1)!;
    expect(reply.conversationId).toBe(conversationOf(where).id);
    expect(tokens.issued.length).toBeGreaterThan(0);
    expect(reply.authorization).toBe(`Bearer ${tokens.issued.at(-1)}`);
    expect(cardText(cardOf(reply.body)).length).toBeGreaterThan(0);
    expect(connector.refused).toHaveLength(0);
  });

  it('a card button (Action.Execute invoke) with a valid token is answered, and proactive handoffs carry the bearer too', async () => {
    expect((await postActivity(app.url, teamInstall(connector.url, teams.proo, tenants.proo, staff.directeur), bearer())).status).toBe(200);
    const say = async (text: string) => postActivity(app.url, message(connector.url, where, staff.teacher, text), bearer());
    await say('overdracht');
    const [urgency] = cardButtons(cardOf(connector.posts().at(-1)!.body)).filter((b) => b.data.choice === 'handoff/urgency/hoog');
    const invoke = await postActivity(
      app.url,
      executeInvoke(connector.url, where, staff.teacher, connector.posts().at(-1)!.id!, { verb: urgency!.verb!, data: urgency!.data }),
      bearer(),
    );
    expect(invoke.status).toBe(200);
    await say('G.H.');
    await say('5');
    const send = cardButtons(cardOf(connector.posts().at(-1)!.body)).find((b) => b.data.choice === 'handoff/send')!;
    await postActivity(app.url, executeInvoke(connector.url, where, staff.teacher, connector.posts().at(-1)!.id!, { verb: send.verb!, data: send.data }), bearer());
    const posted = await eventually(() => connector.posts(channels.prooIb).find((p) => cardText(cardOf(p.body)).includes('G.H., groep 5')), 'the handoff in the IB channel');
    expect(tokens.issued).toContain(posted.authorization?.replace('Bearer ', ''));
  });

  it('a rejected token is one JSON log line: no stack, no PEM', async () => {
    const before = loggedLines().length;
    const forged = issuer.token({ aud: appId, serviceurl: connector.url }, FakeIssuer.otherKey());
    const result = await postActivity(app.url, message(connector.url, where, staff.teacher, 'wat nu'), { authorization: `Bearer ${forged}` });
    expect(result.status).toBe(401);
    const lines = loggedLines().slice(before).filter((l) => (l.level as number) >= 30);
    expect(lines.filter((l) => String(l.msg).includes('Teams request refused'))).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toMatch(/BEGIN|PUBLIC KEY|\\n\s+at /);
  });

  it('revoked credentials (the connector answers 401, the token endpoint invalid_client) → the handoff fails over and an error log names the school and channel', async () => {
    tokens.revoke();
    connector.acceptedTokens = () => [];
    const web = (body: Record<string, string>) => app.chat({ conversationId: 'auth-web', schoolId: 'proo-leiden', user: { id: 'juf-web' }, ...body });
    const steps: Array<Record<string, string>> = [{ text: 'overdracht' }, { choiceId: 'handoff/urgency/acuut' }, { text: 'X.Y.' }, { text: '5' }, { choiceId: 'handoff/send' }];
    for (const step of steps) expect((await web(step)).status).toBe(200);
    await eventually(async () => {
      const rows = await app.db.query<{ delivery: string }>(`SELECT delivery FROM handoffs WHERE data->'pupil'->>'initials' = 'X.Y.'`);
      return rows[0]?.delivery === 'failed-over';
    }, 'the failover');
    await eventually(async () => {
      const list = (await app.get('/api/chat/notices?schoolId=proo-leiden&conversationId=auth-web')).body.messages as Array<{ text: string }>;
      return list.some((m) => m.text.includes('NIET bezorgd'));
    }, 'the notice to the asker');
    expect(loggedLines().some((l) => l.level === 50 && l.school === 'proo-leiden' && l.channel === 'teams' && l.reason === 'HTTP 401')).toBe(true);
  });
});

describe('BOT_TOKEN_URL and BOT_OPENID_METADATA_URL are for tests on loopback only', () => {
  it('a non-loopback override is refused at start, naming the variable', () => {
    expect(() => loadConfig({ BOT_TOKEN_URL: 'https://login.example.com/token' }, projectRoot)).toThrow(/BOT_TOKEN_URL: tests only — must point at a loopback address/);
    expect(() => loadConfig({ BOT_OPENID_METADATA_URL: 'http://10.0.0.5/.well-known/openid-configuration' }, projectRoot)).toThrow(/BOT_OPENID_METADATA_URL/);
    expect(() => loadConfig({ BOT_TOKEN_URL: 'http://127.0.0.1:9/token' }, projectRoot)).not.toThrow();
  });
});
