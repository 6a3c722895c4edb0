import { randomUUID } from 'node:crypto';
import { botUserId, type StoredMessage } from './fake-slack-api.js';
import type { SlackJson } from './slack-json.js';

/** Real-shaped Slack payloads (Events API, interactivity, slash commands), as Slack sends them. */
export const appId = 'A0WATNU';
let counter = 0;
const nextTs = () => `${1_770_000_000 + ++counter}.${String(counter).padStart(6, '0')}`;

export interface SlackUser {
  readonly id: string;
  readonly team: string;
  readonly username: string;
}

function richText(text: string) {
  return [{ type: 'rich_text', block_id: randomUUID().slice(0, 5), elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }] }];
}

function eventCallback(team: string, event: Record<string, unknown>): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: team,
    context_team_id: team,
    context_enterprise_id: null,
    api_app_id: appId,
    event,
    type: 'event_callback',
    event_id: `Ev${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: team, user_id: botUserId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: `4-${Buffer.from(randomUUID()).toString('base64url')}`,
  };
}

/** message.im: a user writes in their DM with WatNu. */
export function directMessage(user: SlackUser, channel: string, text: string): Record<string, unknown> {
  const ts = nextTs();
  return eventCallback(user.team, {
    user: user.id,
    type: 'message',
    ts,
    client_msg_id: randomUUID(),
    text,
    team: user.team,
    blocks: richText(text),
    channel,
    event_ts: ts,
    channel_type: 'im',
  });
}

/** app_mention: `@WatNu …` in a channel, optionally inside a thread. */
export function appMention(user: SlackUser, channel: string, text: string, threadTs?: string): { payload: Record<string, unknown>; ts: string } {
  const ts = nextTs();
  const payload = eventCallback(user.team, {
    type: 'app_mention',
    user: user.id,
    ts,
    client_msg_id: randomUUID(),
    text: `<@${botUserId}> ${text}`,
    team: user.team,
    ...(threadTs ? { thread_ts: threadTs, parent_user_id: user.id } : {}),
    blocks: richText(text),
    channel,
    event_ts: ts,
  });
  return { payload, ts };
}

/** block_actions: a button in a message WatNu posted was pressed. */
export function blockActions(user: SlackUser, message: StoredMessage, blockId: string, button: SlackJson): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: user.id, username: user.username, name: user.username, team_id: user.team },
    api_app_id: appId,
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: message.ts, channel_id: message.channel, is_ephemeral: false, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) },
    trigger_id: `${Date.now()}.1.${randomUUID().slice(0, 8)}`,
    team: { id: user.team, domain: 'school' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: message.channel, name: message.channel.startsWith('D') ? 'directmessage' : 'zorgteam' },
    message: { ...message, team: user.team, app_id: appId },
    state: { values: {} },
    response_url: `https://hooks.slack.com/actions/${user.team}/1/${randomUUID().slice(0, 12)}`,
    actions: [
      {
        action_id: button.action_id,
        block_id: blockId,
        text: button.text,
        value: button.value,
        ...(button.style ? { style: button.style } : {}),
        type: 'button',
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

/** The form fields of a slash command invocation. */
export function slashCommand(user: SlackUser, channel: string, text: string, command = '/watnu'): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: user.team,
    team_domain: 'school',
    channel_id: channel,
    channel_name: channel.startsWith('D') ? 'directmessage' : 'algemeen',
    user_id: user.id,
    user_name: user.username,
    command,
    text,
    api_app_id: appId,
    is_enterprise_install: 'false',
    response_url: `https://hooks.slack.com/commands/${user.team}/1/${randomUUID().slice(0, 12)}`,
    trigger_id: `${Date.now()}.1.${randomUUID().slice(0, 8)}`,
  };
}

/** member_joined_channel: someone (here: WatNu itself, after `/invite @WatNu`) joined a channel. */
export function memberJoinedChannel(team: string, channel: string, userId: string, inviter: string): Record<string, unknown> {
  return eventCallback(team, { type: 'member_joined_channel', user: userId, channel, channel_type: 'C', team, inviter, event_ts: nextTs() });
}
