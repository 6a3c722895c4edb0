import type { types } from '@slack/bolt';
import type { HandoffView, OutboundMessage } from '../../channels/channel.js';
import { blockLimits } from './block-limits.js';
import { choiceBlocks } from './choice-blocks.js';
import { escapeMrkdwn } from './mrkdwn.js';
import type { SlackSay } from './slack-texts.js';
import { splitText } from './split-text.js';
import { contextBlocks, sectionBlocks } from './text-blocks.js';

type KnownBlock = types.KnownBlock;

const urgencyMark = { acuut: ':rotating_light:', hoog: ':large_orange_circle:', normaal: ':large_blue_circle:' } as const;

/**
 * A handoff, reminder or escalation for the IB or director channel: title
 * and urgency, the structured fields (ids and labels only, no narrative),
 * its status, and "Ik pak dit op" while it is open.
 */
export function handoffBlocks(message: OutboundMessage & { handoff: HandoffView }, say: SlackSay): KnownBlock[] {
  const view = message.handoff;
  const blocks: KnownBlock[] = [];
  const emoji = `${emojiFor(view)} `;
  for (const text of splitText(`${view.title} — ${view.urgencyLabel}`, blockLimits.headerText - emoji.length)) {
    blocks.push({ type: 'header', text: { type: 'plain_text', text: blocks.length === 0 ? emoji + text : text, emoji: true } });
  }
  if (message.kind !== 'handoff') {
    const headline = message.reply.text.split('\n')[0] ?? '';
    if (headline) blocks.push(...sectionBlocks(headline, ':bell: '));
  }
  blocks.push(...fieldBlocks(view.fields));
  blocks.push(...contextBlocks(view.statusText, view.status === 'acknowledged' ? ':white_check_mark: ' : ':hourglass_flowing_sand: '));
  if (message.reply.choices && message.reply.choices.length > 0) blocks.push(...choiceBlocks(message.reply.choices, undefined, say('choose')));
  return blocks;
}

function emojiFor(view: HandoffView): string {
  return view.status === 'acknowledged' ? ':white_check_mark:' : urgencyMark[view.urgency];
}

/** Label/value pairs as section fields (10 per section); a value too long for a field gets its own sections. */
function fieldBlocks(fields: HandoffView['fields']): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let row: Array<{ type: 'mrkdwn'; text: string }> = [];
  const flush = () => {
    if (row.length > 0) blocks.push({ type: 'section', fields: row });
    row = [];
  };
  for (const field of fields) {
    const text = `*${escapeMrkdwn(field.label)}*\n${escapeMrkdwn(field.value)}`;
    if (text.length <= blockLimits.fieldText) {
      row.push({ type: 'mrkdwn', text });
      if (row.length === blockLimits.sectionFields) flush();
      continue;
    }
    flush();
    blocks.push(...sectionBlocks(`${field.label}:\n${field.value}`));
  }
  flush();
  return blocks;
}
