import type { types } from '@slack/bolt';
import type { HandoffView, OutboundMessage } from '../../channels/channel.js';
import type { Reply } from '../../engine/types.js';
import { blockLimits } from './block-limits.js';
import { handoffBlocks } from './handoff-blocks.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { replyBlocks } from './reply-blocks.js';
import type { SlackSay } from './slack-texts.js';
import { splitText } from './split-text.js';

type KnownBlock = types.KnownBlock;

/** One chat.postMessage worth: blocks within the limit and the short notification text. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: KnownBlock[];
}

/**
 * The replies of one turn as as few messages as possible: one, unless they
 * need more than 50 blocks; then the blocks continue in the next message.
 */
export function turnMessages(replies: readonly Reply[], say: SlackSay, owner?: string): SlackMessage[] {
  const blocks = replies.flatMap((reply) => replyBlocks(reply, { say, ...(owner ? { owner } : {}) }));
  return packBlocks(blocks, fallbackText(replies[0]?.text ?? ''));
}

/** A proactive message: handoffs, reminders and escalations as a handoff card; notices as a reply. */
export function outboundMessages(message: OutboundMessage, say: SlackSay): SlackMessage[] {
  if (message.handoff) {
    const view: HandoffView = message.handoff;
    const headline = message.kind === 'handoff' ? `${view.title} — ${view.urgencyLabel}` : (message.reply.text.split('\n')[0] ?? view.title);
    return packBlocks(handoffBlocks({ ...message, handoff: view }, say), fallbackText(headline));
  }
  return turnMessages([message.reply], say);
}

/** Splits a block list into messages of at most 50 blocks, keeping the notification text on each. */
export function packBlocks(blocks: readonly KnownBlock[], text: string): SlackMessage[] {
  if (blocks.length === 0) return [{ text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: ' ' } }] }];
  const messages: SlackMessage[] = [];
  for (let at = 0; at < blocks.length; at += blockLimits.blocksPerMessage) {
    messages.push({ text, blocks: blocks.slice(at, at + blockLimits.blocksPerMessage) });
  }
  return messages;
}

/** The first line, shortened at a word boundary with "…" (what lock screens and notifications show). */
export function fallbackText(text: string): string {
  const line = (text.split('\n').find((l) => l.trim().length > 0) ?? '').trim();
  if (line.length <= blockLimits.fallbackText) return escapeMrkdwn(line || 'WatNu');
  const first = splitText(line, blockLimits.fallbackText - 1)[0] ?? '';
  return escapeMrkdwn(first.endsWith('…') ? first : `${first}…`);
}
