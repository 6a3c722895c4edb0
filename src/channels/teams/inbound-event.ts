import type { InboundEvent } from '../../engine/types.js';

export const maxTextLength = 2000;

const entities: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/**
 * Teams message text as the engine wants it: the bot's own @mention is
 * already removed by teams-ai; other mentions keep their name, HTML that
 * Teams adds in channels goes, entities are decoded, whitespace collapsed.
 */
export function cleanText(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at>(.*?)<\/at>/gi, '$1')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/g, (_, name: string) => entities[name] ?? ' ')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** A message becomes a text event; an empty one (just "@WatNu") opens the menu. */
export function messageEvent(text: string | undefined): InboundEvent | 'too-long' {
  const cleaned = cleanText(text);
  if (cleaned.length === 0) return { kind: 'choice', choiceId: 'cmd/menu' };
  if (cleaned.length > maxTextLength) return 'too-long';
  return { kind: 'text', text: cleaned };
}
