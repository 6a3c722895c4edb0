import type { Reply } from '../../engine/types.js';
import { splitReplyText } from '../reply-layout.js';
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
const backgroundId = 'background';

/**
 * One engine reply as one Adaptive Card, phone first (issue 19): what to do
 * now, the checklist, the buttons (or the answer), then one compact line per
 * contact with a call button (details on tap), the background folded away,
 * and the source.
 */
export function replyCard(reply: Reply, lang: CardLanguage, options: ReplyCardOptions = {}): AdaptiveCard {
  const { say } = lang;
  const { now, background } = splitReplyText(reply.text);
  const text = paragraphs(now);
  const body: CardElement[] =
    reply.tone === 'safety' || reply.tone === 'warning' ? [{ type: 'Container', style: toneStyle[reply.tone], bleed: true, items: text }] : [...text];
  if (reply.checklist && reply.checklist.items.length > 0) body.push(checklistElement(reply.checklist, say));
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
  const contacts = reply.contacts ?? [];
  contacts.forEach((contact, i) => {
    body.push(contactElement(contact, say, contacts, `contact-${i}`));
  });
  if (background) {
    body.push(
      { type: 'ActionSet', spacing: 'medium', actions: [{ type: 'Action.ToggleVisibility', title: say('teams.background'), targetElements: [backgroundId] }] },
      { type: 'Container', id: backgroundId, isVisible: false, items: paragraphs(background, { size: 'small' }) },
    );
  }
  if (reply.source) {
    body.push({ type: 'TextBlock', text: escapeMarkdown(say('teams.source', { source: reply.source })), wrap: true, size: 'small', isSubtle: true, spacing: 'medium' });
  }
  return card(body, reply.text);
}
