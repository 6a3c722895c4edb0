import type { types } from '@slack/bolt';
import { blockLimits } from './block-limits.js';
import { escapedLength, escapeMrkdwn } from './mrkdwn.js';
import { splitText } from './split-text.js';

type KnownBlock = types.KnownBlock;

/** Plain text as mrkdwn sections, split within the section limit; `mark` (mrkdwn, e.g. an emoji) leads the first. */
export function sectionBlocks(text: string, mark = ''): KnownBlock[] {
  return splitText(text, blockLimits.sectionText - mark.length, escapedLength).map((piece, index) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: (index === 0 ? mark : '') + escapeMrkdwn(piece) || ' ' },
  }));
}

/** Plain text as small grey context lines, split within the context limit. */
export function contextBlocks(text: string, mark = ''): KnownBlock[] {
  return splitText(text, blockLimits.contextText - mark.length, escapedLength).map((piece, index) => ({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: (index === 0 ? mark : '') + escapeMrkdwn(piece) || ' ' }],
  }));
}

/** Already formatted mrkdwn lines as sections, split between lines where possible. */
export function mrkdwnBlocks(mrkdwn: string): KnownBlock[] {
  return splitText(mrkdwn, blockLimits.sectionText).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

/** Already formatted mrkdwn as small grey context lines, split within the context limit. */
export function mrkdwnContextBlocks(mrkdwn: string): KnownBlock[] {
  return splitText(mrkdwn, blockLimits.contextText).map((text) => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] }));
}
