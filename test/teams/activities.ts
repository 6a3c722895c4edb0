import { randomUUID } from 'node:crypto';

/** Real-shaped Bot Framework activities as Teams sends them (channelId msteams, channelData.tenant, clientInfo). */
export const bot = { id: '28:0f4e5d6c-watnu-test-bot', name: 'WatNu' } as const;

export interface User {
  readonly id: string;
  readonly aadObjectId?: string;
  readonly name?: string;
}

export type Where =
  | { readonly kind: 'personal'; readonly conversationId: string; readonly tenantId: string }
  | { readonly kind: 'groupChat'; readonly conversationId: string; readonly tenantId: string }
  | { readonly kind: 'channel'; readonly teamId: string; readonly channelId: string; readonly tenantId: string; readonly threadId?: string };

export function personal(user: User, tenantId: string): Where {
  return { kind: 'personal', conversationId: `a:1${user.id.replace(/\W/g, '')}personal`, tenantId };
}

export function conversationOf(where: Where): Record<string, unknown> {
  switch (where.kind) {
    case 'personal':
      return { conversationType: 'personal', tenantId: where.tenantId, id: where.conversationId };
    case 'groupChat':
      return { isGroup: true, conversationType: 'groupChat', tenantId: where.tenantId, id: where.conversationId };
    case 'channel':
      return {
        isGroup: true,
        conversationType: 'channel',
        tenantId: where.tenantId,
        id: where.threadId ? `${where.channelId};messageid=${where.threadId}` : where.channelId,
      };
  }
}

function channelDataOf(where: Where): Record<string, unknown> {
  const tenant = { id: where.tenantId };
  if (where.kind !== 'channel') return { tenant };
  return { teamsChannelId: where.channelId, teamsTeamId: where.teamId, channel: { id: where.channelId }, team: { id: where.teamId }, tenant };
}

function base(serviceUrl: string, where: Where, from: User, locale: string): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    id: `1700${Math.floor(Math.random() * 1e9)}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: now,
    localTimestamp: now,
    from: { id: from.id, name: from.name ?? 'Teams user', ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}) },
    recipient: bot,
    conversation: conversationOf(where),
    channelData: channelDataOf(where),
    locale,
    entities: [{ type: 'clientInfo', locale, country: locale.slice(3) || 'NL', platform: 'Web', timezone: 'Europe/Amsterdam' }],
  };
}

/** A message; in a channel or group chat it @mentions the bot, as Teams requires. */
export function message(serviceUrl: string, where: Where, from: User, text: string, locale = 'nl-NL'): Record<string, unknown> {
  const activity = base(serviceUrl, where, from, locale);
  if (where.kind === 'personal') return { ...activity, type: 'message', text, textFormat: 'plain' };
  const mention = `<at>${bot.name}</at>`;
  return {
    ...activity,
    type: 'message',
    text: `${mention} ${text}`,
    textFormat: 'plain',
    entities: [...(activity.entities as unknown[]), { type: 'mention', text: mention, mentioned: { id: bot.id, name: bot.name } }],
  };
}

/** A click on an Action.Execute button: an invoke, replying to the card's activity. */
export function executeInvoke(serviceUrl: string, where: Where, from: User, cardActivityId: string, action: { verb: string; data: unknown }, locale = 'nl-NL'): Record<string, unknown> {
  return {
    ...base(serviceUrl, where, from, locale),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: cardActivityId,
    value: { action: { type: 'Action.Execute', id: randomUUID(), verb: action.verb, data: action.data }, trigger: 'manual' },
  };
}

/** The same button as an Action.Submit (older clients): a message with a value and no text. */
export function submitMessage(serviceUrl: string, where: Where, from: User, cardActivityId: string, value: unknown, locale = 'nl-NL'): Record<string, unknown> {
  return { ...base(serviceUrl, where, from, locale), type: 'message', replyToId: cardActivityId, value };
}

/** The bot added to a team: conversationUpdate in the team's General channel. */
export function teamInstall(serviceUrl: string, teamId: string, tenantId: string, installer: User): Record<string, unknown> {
  const where: Where = { kind: 'channel', teamId, channelId: teamId, tenantId };
  const activity = base(serviceUrl, where, installer, 'nl-NL');
  return {
    ...activity,
    type: 'conversationUpdate',
    membersAdded: [{ id: bot.id }],
    channelData: { ...(activity.channelData as object), team: { id: teamId, name: 'Team', aadGroupId: randomUUID() }, eventType: 'teamMemberAdded' },
  };
}

/** A person (not the bot) joins a conversation the bot is in. */
export function memberAdded(serviceUrl: string, where: Where, member: User): Record<string, unknown> {
  return { ...base(serviceUrl, where, member, 'nl-NL'), type: 'conversationUpdate', membersAdded: [{ id: member.id, aadObjectId: member.aadObjectId }] };
}

/** The bot installed in someone's personal scope. */
export function personalInstall(serviceUrl: string, where: Where, user: User, locale = 'nl-NL'): Record<string, unknown> {
  return { ...base(serviceUrl, where, user, locale), type: 'conversationUpdate', membersAdded: [{ id: bot.id }] };
}
