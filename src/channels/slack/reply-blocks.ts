import type { types } from '@slack/bolt';
import type { Reply } from '../../engine/types.js';
import { splitReplyText } from '../reply-layout.js';
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
 * A reply as blocks, phone first (issue 19): what to do now (split into
 * sections at paragraph, line or word boundaries, never cut), the checklist,
 * the buttons, one compact line per contact, then the background from the
 * plan and the source.
 */
export function replyBlocks(reply: Reply, options: ReplyRenderOptions): KnownBlock[] {
  const { say } = options;
  const { now, backgroundAsWritten } = splitReplyText(reply.text);
  const blocks: KnownBlock[] = sectionBlocks(now, toneMark[reply.tone ?? 'normal']);
  if (reply.checklist) blocks.push(...checklistBlocks(reply.checklist));
  if (reply.choices && reply.choices.length > 0) blocks.push(...choiceBlocks(reply.choices, options.owner, say('choose')));
  for (const card of reply.contacts ?? []) blocks.push(...contactBlocks(card, say));
  // Block Kit cannot fold: the background follows the buttons as written, with its own "Achtergrond:" line.
  if (backgroundAsWritten) blocks.push(...sectionBlocks(backgroundAsWritten));
  if (reply.source) blocks.push(...contextBlocks(say('source', { source: reply.source }), ':page_facing_up: '));
  return blocks;
}
