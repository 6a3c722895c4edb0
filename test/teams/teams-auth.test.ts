import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.js';
import { assertSafeBind } from '../../src/app/safe-bind.js';
import { loadConfig } from '../../src/config.js';
import { projectRoot } from '../helpers/content.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { testLogger } from '../helpers/test-log.js';
import { checkCredentials } from './adapter-under-test.js';
import { memberAdded, message, personal, type Where } from './activities.js';
import { FakeConnector } from './fake-connector.js';
import { FakeIssuer } from './fake-issuer.js';
import { postActivity } from './teams-chat.js';
import { staff, teams, teamsSchoolsDir, tenants } from './teams-fixture.js';

const appId = '3f0c9a61-2b7e-4d1a-9c55-8e2f1a0b7c3d';
const credentials = { MicrosoftAppId: appId, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: tenants.proo, MicrosoftAppType: 'SingleTenant' };

describe('with MicrosoftAppId, password and tenant set: Bot Framework JWTs are required', () => {
  let app: TestApp;
  const connector = new FakeConnector();
  const issuer = new FakeIssuer();
  const schools = teamsSchoolsDir();
  beforeAll(async () => {
    await connector.start();
    const metadata = await issuer.start();
    app = await startTestApp({ env: { ...credentials, WEB_SHARED_SECRET: 'web-secret', BOT_OPENID_METADATA_URL: metadata, SCHOOLS_DIR: schools.dir } });
  });
  afterAll(async () => {
    await app?.close();
    await connector.stop();
    await issuer.stop();
    schools.remove();
  });

  const team: Where = { kind: 'channel', teamId: teams.proo, channelId: teams.proo, tenantId: tenants.proo };
  const joined = () => memberAdded(connector.url, team, staff.teacher);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const valid = () => issuer.token({ aud: appId, serviceurl: connector.url });

  it('no token → 401 before any network call; nothing is stored or sent', async () => {
    const result = await postActivity(app.url, message(connector.url, personal(staff.teacher, tenants.proo), staff.teacher, 'wat nu'));
    expect(result.status).toBe(401);
    expect(result.body.error.code).toBe('UNAUTHORIZED');
    expect(issuer.requests).toBe(0);
    expect(connector.calls).toHaveLength(0);
  });

  it('a token signed with another key → 401', async () => {
    const forged = issuer.token({ aud: appId, serviceurl: connector.url }, FakeIssuer.otherKey());
    const result = await postActivity(app.url, joined(), bearer(forged));
    expect(result.status).toBe(401);
    expect(issuer.requests).toBeGreaterThan(0);
  });

  it('a token for another bot (audience) → 401', async () => {
    const result = await postActivity(app.url, joined(), bearer(issuer.token({ aud: 'another-bot', serviceurl: connector.url })));
    expect(result.status).toBe(401);
  });

  it('a token for another serviceUrl → 401', async () => {
    const result = await postActivity(app.url, joined(), bearer(issuer.token({ aud: appId, serviceurl: 'https://evil.example/' })));
    expect(result.status).toBe(401);
  });

  it('a valid token from a tenant WatNu does not serve → 403; nothing is stored', async () => {
    const elsewhere: Where = { kind: 'channel', teamId: '19:x@thread.tacv2', channelId: '19:x@thread.tacv2', tenantId: tenants.other };
    const result = await postActivity(app.url, memberAdded(connector.url, elsewhere, staff.teacher), bearer(valid()));
    expect(result.status).toBe(403);
    expect(result.body.error.code).toBe('FORBIDDEN');
    expect(await app.db.query('SELECT 1 FROM teams_conversations')).toHaveLength(0);
  });

  it('a valid token from the school\'s tenant is accepted (200) and the conversation reference is stored', async () => {
    const result = await postActivity(app.url, joined(), bearer(valid()));
    expect(result.status).toBe(200);
    const rows = await app.db.query<{ tenant_id: string; team_id: string }>('SELECT tenant_id, team_id FROM teams_conversations');
    expect(rows).toEqual([{ tenant_id: tenants.proo, team_id: teams.proo }]);
    expect(connector.calls).toHaveLength(0);
  });

  it('the web chat\'s shared secret guards /api/chat, not the Bot Framework endpoint', async () => {
    expect((await app.chat({ conversationId: 'c', schoolId: 'proo-leiden', user: { id: 'u' }, text: 'wat nu' })).status).toBe(401);
    expect((await postActivity(app.url, joined(), bearer(valid()))).status).toBe(200);
  });
});

describe('without credentials: loopback only', () => {
  const config = (env: Record<string, string>) => loadConfig({ PORT: '0', ...env }, projectRoot);

  it('HOST=0.0.0.0 without MicrosoftAppId/password: the start is refused with a clear error', async () => {
    await expect(createApp(config({ HOST: '0.0.0.0' }), testLogger())).rejects.toMatchObject({
      code: 'UNSAFE_BIND',
      message: expect.stringMatching(/HOST=0\.0\.0\.0 is not a loopback address, but MicrosoftAppId\/MicrosoftAppPassword are not set/),
    });
  });

  it('HOST=0.0.0.0 with credentials but without WEB_SHARED_SECRET is refused too; with both it may bind', () => {
    expect(() => assertSafeBind(config({ HOST: '0.0.0.0', ...credentials }))).toThrow(/WEB_SHARED_SECRET/);
    expect(() => assertSafeBind(config({ HOST: '0.0.0.0', ...credentials, WEB_SHARED_SECRET: 's3cret' }))).not.toThrow();
    expect(() => assertSafeBind(config({ HOST: '127.0.0.1' }))).not.toThrow();
  });

  it('half-configured credentials are refused instead of silently running without authentication', () => {
    expect(() => checkCredentials(config({ MicrosoftAppId: appId }))).toThrow(/MicrosoftAppPassword/);
    expect(() => checkCredentials(config({ MicrosoftAppId: appId, MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }))).toThrow(/MicrosoftAppTenantId/);
  });
});
