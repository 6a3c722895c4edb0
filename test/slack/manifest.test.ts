import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { slackPaths } from '../../src/channels/slack/slack-receiver.js';
import { projectRoot } from '../helpers/content.js';

const manifest = parse(readFileSync(join(projectRoot, 'manifest', 'slack', 'manifest.yaml'), 'utf8'));

describe('manifest/slack/manifest.yaml', () => {
  it('points Slack at the endpoints WatNu serves', () => {
    expect(new URL(manifest.settings.event_subscriptions.request_url).pathname).toBe(slackPaths.events);
    expect(new URL(manifest.settings.interactivity.request_url).pathname).toBe(slackPaths.interactivity);
    expect(new URL(manifest.features.slash_commands[0].url).pathname).toBe(slackPaths.commands);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('subscribes to the events WatNu handles and the /watnu command', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(['app_mention', 'member_joined_channel', 'message.im']);
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(['/watnu']);
    expect(manifest.features.app_home).toMatchObject({ messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  });

  it('asks for exactly the scopes WatNu uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      ['app_mentions:read', 'channels:history', 'channels:read', 'chat:write', 'commands', 'groups:history', 'groups:read', 'im:history', 'im:write'].sort(),
    );
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it('has a long description Slack accepts (at least 174 characters)', () => {
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(174);
  });
});
