import type { types } from '@slack/bolt';
import type { ChoiceView } from '../../engine/types.js';
import { blockLimits } from './block-limits.js';
import { actionIdFor, encodeChoiceValue } from './choice-action.js';
import { escapeMrkdwn } from './mrkdwn.js';

type KnownBlock = types.KnownBlock;
type Button = types.Button;

/**
 * Buttons for a reply's choices: up to 25 per actions block. A label longer
 * than a button may show becomes a section with the full label and a short
 * button beside it, so no label is ever cut.
 */
export function choiceBlocks(choices: readonly ChoiceView[], owner: string | undefined, chooseLabel: string): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let row: Button[] = [];
  const flush = () => {
    if (row.length > 0) blocks.push({ type: 'actions', elements: row });
    row = [];
  };
  const seen = new Set<string>();
  for (const choice of choices) {
    if (seen.has(choice.id)) continue;
    seen.add(choice.id);
    if (choice.label.length <= blockLimits.buttonText) {
      row.push(button(choice, choice.label, owner));
      if (row.length === blockLimits.actionsElements) flush();
      continue;
    }
    flush();
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(choice.label).slice(0, blockLimits.sectionText) }, accessory: button(choice, chooseLabel, owner) });
  }
  flush();
  return blocks;
}

function button(choice: ChoiceView, label: string, owner: string | undefined): Button {
  return {
    type: 'button',
    action_id: actionIdFor(choice.id),
    text: { type: 'plain_text', text: label.slice(0, blockLimits.buttonText), emoji: true },
    value: encodeChoiceValue(owner ? { choiceId: choice.id, owner } : { choiceId: choice.id }),
    ...(choice.style === 'danger' || choice.style === 'primary' ? { style: choice.style } : {}),
  };
}
