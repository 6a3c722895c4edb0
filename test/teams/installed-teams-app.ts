import { afterAll, beforeAll, expect } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { teamInstall } from './activities.js';
import { FakeConnector } from './fake-connector.js';
import { postActivity } from './teams-chat.js';
import { staff, teams, teamsSchoolsDir, tenants } from './teams-fixture.js';

export interface InstalledTeamsApp {
  readonly connector: FakeConnector;
  /** Set once the file's beforeAll ran. */
  app: TestApp;
}

/**
 * WatNu with the Teams-configured schools and a fake Bot Connector on
 * loopback, installed in PROO's team (the conversation reference is stored);
 * registers the file's beforeAll/afterAll.
 */
export function useInstalledTeamsApp(): InstalledTeamsApp {
  const schools = teamsSchoolsDir();
  const env = { connector: new FakeConnector() } as InstalledTeamsApp;
  beforeAll(async () => {
    await env.connector.start();
    env.app = await startTestApp({ env: { SCHOOLS_DIR: schools.dir } });
    const install = await postActivity(env.app.url, teamInstall(env.connector.url, teams.proo, tenants.proo, staff.directeur));
    expect(install.status).toBe(200);
  });
  afterAll(async () => {
    await env.app?.close();
    await env.connector.stop();
    schools.remove();
  });
  return env;
}
