/**
 * Where a Slack conversation lives. A direct message with WatNu is the DM
 * channel itself; a conversation started by mentioning WatNu in a channel is
 * the thread, and each user in that thread has their own conversation.
 */
export type SlackPlace =
  | { readonly kind: 'dm'; readonly channelId: string }
  | { readonly kind: 'thread'; readonly channelId: string; readonly threadTs: string; readonly userId: string };

/** The ConversationRef id (and so the session key) of a place: `D…` or `C…:<thread ts>:U…`. */
export function conversationId(place: SlackPlace): string {
  return place.kind === 'dm' ? place.channelId : `${place.channelId}:${place.threadTs}:${place.userId}`;
}

/**
 * Reads a conversation id back, also when it arrives as a channel id in a
 * proactive address (a notice to the asker goes to `conversationAddress`).
 */
export function parseConversationId(id: string): SlackPlace | null {
  const [channelId, threadTs, userId, ...extra] = id.split(':');
  if (!channelId || !/^[CDG][A-Z0-9]{2,}$/.test(channelId) || extra.length > 0) return null;
  if (threadTs === undefined) return { kind: 'dm', channelId };
  if (!/^\d+\.\d+$/.test(threadTs) || !userId || !/^[UW][A-Z0-9]{2,}$/.test(userId)) return null;
  return { kind: 'thread', channelId, threadTs, userId };
}

/** Channel and thread to post to for an address `channelId` (plain or a conversation id) and optional thread. */
export function postTarget(channelId: string, threadTs?: string): { channel: string; threadTs?: string } {
  const place = parseConversationId(channelId);
  if (place?.kind === 'thread') return { channel: place.channelId, threadTs: threadTs ?? place.threadTs };
  return { channel: place?.channelId ?? channelId, ...(threadTs ? { threadTs } : {}) };
}
