import { rmSync } from 'node:fs';
import type { AppOptions } from '../../src/app/create-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { botId, botUserId, FakeSlackApi } from './fake-slack-api.js';
import { SlackDriver } from './slack-driver.js';
import { slackSchoolsDir } from './slack-schools.js';
import { signingSecret } from './slack-signing.js';

export interface SlackTestApp {
  readonly app: TestApp;
  readonly api: FakeSlackApi;
  readonly slack: SlackDriver;
  close(): Promise<void>;
}

/** WatNu with the Slack channel on (HTTP mode), its Web API pointed at a fake on loopback. */
export async function startSlackTestApp(options: AppOptions & { env?: Record<string, string> } = {}): Promise<SlackTestApp> {
  const api = await FakeSlackApi.start();
  const schoolsDir = slackSchoolsDir();
  const app = await startTestApp({
    ...options,
    env: {
      SCHOOLS_DIR: schoolsDir,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_BOT_ID: botId,
      SLACK_BOT_USER_ID: botUserId,
      SLACK_API_URL: api.url,
      ...options.env,
    },
  });
  return {
    app,
    api,
    slack: new SlackDriver(app.url, api),
    async close() {
      await app.close();
      await api.close();
      rmSync(schoolsDir, { recursive: true, force: true });
    },
  };
}
