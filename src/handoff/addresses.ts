import type { ChannelAddress } from '../channels/channel.js';
import { channelRegistry } from '../channels/addressing.js';
import type { HandoffTarget } from '../content/dialog-schema.js';
import type { School } from '../content/types.js';
import type { ConversationRef } from '../engine/types.js';

/** The embedded inbox always receives; other channels (Teams, Slack, plugins) when the school configures them. */
export function channelAddresses(school: School, to: HandoffTarget): ChannelAddress[] {
  const registry = channelRegistry();
  const inbox = registry.get('web').targetAddress?.(school.id, { inbox: to });
  return [...(inbox ? [inbox] : []), ...registry.targetAddresses(school.id, school.channels[to])];
}

/** Where to tell the asker: back in the conversation they asked from. */
export function conversationAddress(schoolId: string, conv: ConversationRef): ChannelAddress {
  return channelRegistry().conversationAddress(schoolId, conv.channel, conv.id);
}

export function addressKey(address: ChannelAddress): string {
  return channelRegistry().addressKey(address);
}
