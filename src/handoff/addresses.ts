import type { ChannelAddress } from '../channels/channel.js';
import type { HandoffTarget } from '../content/dialog-schema.js';
import type { School } from '../content/types.js';
import type { ConversationRef } from '../engine/types.js';

/** The embedded inbox always receives; Teams and Slack channels when the school configures them. */
export function channelAddresses(school: School, to: HandoffTarget): ChannelAddress[] {
  const targets = school.channels[to];
  const addresses: ChannelAddress[] = [{ channel: 'web', schoolId: school.id, inbox: to }];
  if (targets.teams) {
    addresses.push({
      channel: 'teams',
      conversationId: targets.teams.conversationId,
      ...(targets.teams.serviceUrl ? { serviceUrl: targets.teams.serviceUrl } : {}),
      ...(targets.teams.tenantId ? { tenantId: targets.teams.tenantId } : {}),
    });
  }
  if (targets.slack) addresses.push({ channel: 'slack', channelId: targets.slack.channelId });
  return addresses;
}

/** Where to tell the asker: back in the conversation they asked from. */
export function conversationAddress(schoolId: string, conv: ConversationRef): ChannelAddress {
  switch (conv.channel) {
    case 'web':
      return { channel: 'web', schoolId, inbox: `conv:${conv.id}` };
    case 'teams':
      return { channel: 'teams', conversationId: conv.id };
    case 'slack':
      return { channel: 'slack', channelId: conv.id };
  }
}

export function addressKey(address: ChannelAddress): string {
  switch (address.channel) {
    case 'web':
      return `web:${address.inbox}`;
    case 'teams':
      return `teams:${address.conversationId}`;
    case 'slack':
      return `slack:${address.channelId}`;
  }
}
