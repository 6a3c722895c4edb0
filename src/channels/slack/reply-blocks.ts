import type { types } from '@slack/bolt';
import type { Reply } from '../../engine/types.js';
import { checklistBlocks } from './checklist-blocks.js';
import { choiceBlocks } from './choice-blocks.js';
import { contactBlocks } from './contact-blocks.js';
import type { SlackSay } from './slack-texts.js';
import { contextBlocks, sectionBlocks } from './text-blocks.js';

type KnownBlock = types.KnownBlock;

const toneMark = { safety: ':rotating_light: ', warning: ':warning: ', normal: '' } as const;

export interface ReplyRenderOptions {
  readonly say: SlackSay;
  /** In a shared channel thread: the user whose conversation the buttons belong to. */
  readonly owner?: string;
}

/**
 * A reply as blocks: its text (split into sections at paragraph, line or word
 * boundaries, never cut), contact cards, checklist, source, then its buttons.
 */
export function replyBlocks(reply: Reply, options: ReplyRenderOptions): KnownBlock[] {
  const { say } = options;
  const blocks: KnownBlock[] = sectionBlocks(reply.text, toneMark[reply.tone ?? 'normal']);
  for (const card of reply.contacts ?? []) blocks.push({ type: 'divider' }, ...contactBlocks(card, say));
  if (reply.checklist) blocks.push(...checklistBlocks(reply.checklist));
  if (reply.source) blocks.push(...contextBlocks(say('source', { source: reply.source }), ':page_facing_up: '));
  if (reply.choices && reply.choices.length > 0) blocks.push(...choiceBlocks(reply.choices, options.owner, say('choose')));
  return blocks;
}
