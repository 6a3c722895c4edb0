import type { Content, Locale, School } from '../content/types.js';
import type { HandoffTarget } from '../content/dialog-schema.js';

/** The role whose holder reads a channel's messages. */
const channelReader: Record<HandoffTarget, string> = { ib: 'intern-begeleider', directeur: 'directeur' };

/**
 * The language of an outbound message (handoff, reminder, escalation,
 * acknowledgement): the receiver's where the school file gives it (a role
 * holder's `language`, the asker's conversation language), else the school's
 * default language.
 */
export function receiverLanguage(school: School | undefined, content: Pick<Content, 'defaultLanguage'>, receiver: { role?: string; channel?: HandoffTarget; known?: Locale }): Locale {
  if (receiver.known) return receiver.known;
  const role = receiver.role ?? (receiver.channel ? channelReader[receiver.channel] : undefined);
  return (role ? school?.people?.[role]?.language : undefined) ?? school?.language ?? content.defaultLanguage;
}
