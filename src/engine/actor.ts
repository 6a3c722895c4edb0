import type { Actor } from './calamity-access.js';
import type { Turn } from './turn.js';
import type { ChannelId, ConversationRef } from './types.js';

/** The conversation of this session, from its key ("teams:19:abc…" → teams, "19:abc…"). */
export function conversationOf(turn: Turn): ConversationRef {
  const [channel, ...rest] = turn.session.key.split(':');
  return { channel: channel as ChannelId, id: rest.join(':') };
}

/** Who acts in this turn, for access rules and logbook entries. */
export function actorOf(turn: Turn): Actor {
  const s = turn.session;
  return { userId: s.userId, ...(s.userName ? { name: s.userName } : {}), ...(s.role ? { role: s.role } : {}), channel: conversationOf(turn).channel };
}
