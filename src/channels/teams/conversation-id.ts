/**
 * Teams conversation ids: a channel thread is "<channel id>;messageid=<root>",
 * a personal chat starts with "a:", a group chat ends with "@thread.v2".
 */
export type ConversationKind = 'personal' | 'groupChat' | 'channel';

export function baseConversationId(conversationId: string): string {
  const cut = conversationId.indexOf(';messageid=');
  return cut >= 0 ? conversationId.slice(0, cut) : conversationId;
}

export function kindOfConversation(conversationType: string | undefined, conversationId: string): ConversationKind {
  if (conversationType === 'personal' || conversationType === 'groupChat' || conversationType === 'channel') return conversationType;
  if (/@thread\.(tacv2|skype)/.test(conversationId)) return 'channel';
  if (/@thread\.v2/.test(conversationId)) return 'groupChat';
  return 'personal';
}
