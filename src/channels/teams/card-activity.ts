import type { Activity } from 'botbuilder';
import { type AdaptiveCard, adaptiveCardContentType } from './card-types.js';

/** A message activity carrying one Adaptive Card; `summary` is what notifications and the chat list show. */
export function cardActivity(card: AdaptiveCard, id?: string): Partial<Activity> {
  const firstLine = (card.fallbackText ?? '').split('\n')[0] ?? '';
  return {
    type: 'message',
    ...(id ? { id } : {}),
    summary: firstLine.length > 100 ? `${firstLine.slice(0, 99)}…` : firstLine,
    attachments: [{ contentType: adaptiveCardContentType, content: card }],
  };
}
