import type { Reply } from '../../engine/types.js';
import type { CardLanguage } from './card-say.js';
import { type AdaptiveCard, type CardElement, card, escapeMarkdown, paragraphs } from './card-types.js';
import { checklistElement } from './checklist-elements.js';
import { choiceActionSets } from './choice-actions.js';
import { contactElement } from './contact-elements.js';

export interface Answer {
  readonly label: string;
  /** Shown in group chats and channels, where several people see the card. */
  readonly who?: string;
}

export interface ReplyCardOptions {
  /** Id of the stored card, carried by its buttons; required when the reply has choices. */
  readonly cardId?: string;
  /** Set once a button was pressed: the buttons are replaced by the answer. */
  readonly answered?: Answer;
}

const toneStyle = { safety: 'attention', warning: 'warning' } as const;

/** One engine reply as one Adaptive Card: text, contacts, checklist, source, then buttons or the answer. */
export function replyCard(reply: Reply, lang: CardLanguage, options: ReplyCardOptions = {}): AdaptiveCard {
  const { say } = lang;
  const text = paragraphs(reply.text);
  const body: CardElement[] =
    reply.tone === 'safety' || reply.tone === 'warning' ? [{ type: 'Container', style: toneStyle[reply.tone], items: text }] : [...text];
  for (const contact of reply.contacts ?? []) body.push(contactElement(contact, say, reply.contacts ?? []));
  if (reply.checklist && reply.checklist.items.length > 0) body.push(checklistElement(reply.checklist, say));
  if (reply.source) {
    body.push({ type: 'TextBlock', text: escapeMarkdown(say('teams.source', { source: reply.source })), wrap: true, size: 'small', isSubtle: true, spacing: 'medium' });
  }
  const choices = reply.choices ?? [];
  if (options.answered) {
    const { label, who } = options.answered;
    body.push({
      type: 'TextBlock',
      text: escapeMarkdown(who ? say('teams.card.answered-by', { label, who }) : say('teams.card.answered', { label })),
      wrap: true,
      weight: 'bolder',
      color: 'good',
      separator: true,
      spacing: 'medium',
    });
  } else if (choices.length > 0) {
    if (!options.cardId) throw new Error('a reply with choices needs a card id');
    body.push(...choiceActionSets(choices, options.cardId));
  }
  return card(body, reply.text);
}
