import type { types } from '@slack/bolt';
import type { ChecklistView } from '../../engine/types.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { mrkdwnBlocks } from './text-blocks.js';

type KnownBlock = types.KnownBlock;

const marks = { open: ':white_large_square:', gedaan: ':white_check_mark:', nvt: ':heavy_minus_sign:' } as const;

/** One line per item with its state and owner; long lists continue in the next section, never mid-item. */
export function checklistBlocks(checklist: ChecklistView): KnownBlock[] {
  if (checklist.items.length === 0) return [];
  const lines = checklist.items.map((item) => {
    const owner = item.owner ? ` — _${escapeMrkdwn(item.owner)}_` : '';
    return `${marks[item.status ?? 'open']} ${escapeMrkdwn(item.label)}${owner}`;
  });
  return mrkdwnBlocks(lines.join('\n'));
}
