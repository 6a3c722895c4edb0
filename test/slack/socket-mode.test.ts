import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { botId, botUserId, FakeSlackApi } from './fake-slack-api.js';
import { FakeSocketMode } from './fake-socket-mode.js';
import { blockActions, directMessage, slashCommand } from './payloads.js';
import { buttonsOf, SlackDriver } from './slack-driver.js';
import { dmOf, slackSchoolsDir, staff } from './slack-schools.js';

let api: FakeSlackApi;
let socket: FakeSocketMode;
let app: TestApp;
let slack: SlackDriver;
beforeAll(async () => {
  api = await FakeSlackApi.start();
  socket = await FakeSocketMode.start();
  api.socketModeUrl = socket.url;
  app = await startTestApp({
    env: {
      SCHOOLS_DIR: slackSchoolsDir(),
      SLACK_SOCKET_MODE: '1',
      SLACK_APP_TOKEN: 'xapp-test-token',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_BOT_ID: botId,
      SLACK_BOT_USER_ID: botUserId,
      SLACK_API_URL: api.url,
    },
  });
  slack = new SlackDriver(app.url, api);
});
afterAll(async () => {
  await app.close();
  await socket.close();
  await api.close();
});

function envelope(type: string, payload: unknown, acceptsResponse = false) {
  return { envelope_id: randomUUID(), type, payload, accepts_response_payload: acceptsResponse, retry_attempt: 0, retry_reason: '' };
}

describe('Socket Mode (no public URL)', () => {
  it('connects out with the app token; no HTTP endpoints are open', async () => {
    const open = api.callsOf('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.token).toBe('xapp-test-token');
    await slack.until(() => socket.connected);
    const response = await fetch(`${app.url}/slack/events`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
  });

  it('events, slash commands and buttons arrive over the socket, are acknowledged and answered', async () => {
    const dm = dmOf(staff.juf);
    const event = envelope('events_api', directMessage(staff.juf, dm, 'wat nu?'));
    socket.push(event);
    const menu = await slack.until(() => api.channel(dm).at(-1));
    expect(socket.acks.map((a) => a.envelope_id)).toContain(event.envelope_id);
    expect(buttonsOf(menu).map((b) => b.choiceId)).toContain('route/meldcode');

    const button = buttonsOf(menu).find((b) => b.choiceId === 'route/meldcode')!;
    const click = envelope('interactive', blockActions(staff.juf, menu, button.blockId, button.button));
    socket.push(click);
    await slack.until(() => api.channel(dm).length >= 2);
    expect(buttonsOf(slack.current(menu))).toEqual([]);
    expect(socket.acks.map((a) => a.envelope_id)).toContain(click.envelope_id);

    const command = envelope('slash_commands', slashCommand(staff.collega, 'C0ALGEMEEN', ''), true);
    socket.push(command);
    await slack.until(() => api.channel(dmOf(staff.collega)).length > 0);
    expect(socket.acks.find((a) => a.envelope_id === command.envelope_id)).toMatchObject({ payload: { response_type: 'ephemeral' } });
    expect(api.callsOf('auth.test')).toEqual([]);
  });
});
