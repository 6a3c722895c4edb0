import type { types } from '@slack/bolt';
import { actionPrefix } from './choice-action.js';
import { escapeMrkdwn, unescapeMrkdwn } from './mrkdwn.js';

type AnyBlock = types.KnownBlock | types.Block;

/**
 * The message after one of its buttons was pressed: every WatNu button is
 * taken out (actions blocks dropped, section accessories removed) and a line
 * "Gekozen: …" stands where the pressed button was, so the same message
 * cannot be answered twice.
 */
export function spendButtons(blocks: readonly AnyBlock[], clickedBlockId: string | undefined, chosenText: string): AnyBlock[] {
  const chosen: types.ContextBlock = { type: 'context', elements: [{ type: 'mrkdwn', text: `:white_check_mark: ${escapeMrkdwn(chosenText)}` }] };
  const out: AnyBlock[] = [];
  let placed = false;
  for (const block of blocks) {
    if (isOurActions(block)) {
      if (!placed && (clickedBlockId === undefined || block.block_id === clickedBlockId)) {
        out.push(chosen);
        placed = true;
      }
      continue;
    }
    if (hasOurAccessory(block)) {
      const { accessory: _dropped, ...rest } = block as types.SectionBlock;
      out.push(rest);
      if (!placed && block.block_id === clickedBlockId) {
        out.push(chosen);
        placed = true;
      }
      continue;
    }
    out.push(block);
  }
  if (!placed) out.push(chosen);
  return out;
}

/**
 * What the pressed button stood for: its label, or for a long choice (shown
 * as a section with a short button beside it) the section's text.
 */
export function chosenLabel(blocks: readonly AnyBlock[], blockId: string | undefined, buttonText: string): string {
  const block = blocks.find((b) => b.block_id !== undefined && b.block_id === blockId);
  if (block && hasOurAccessory(block)) {
    const text = (block as types.SectionBlock).text?.text;
    if (text) return unescapeMrkdwn(text);
  }
  return buttonText;
}

/** True when the message still has WatNu buttons. */
export function hasWatnuButtons(blocks: readonly AnyBlock[]): boolean {
  return blocks.some((block) => isOurActions(block) || hasOurAccessory(block));
}

function isOurActions(block: AnyBlock): block is types.ActionsBlock {
  return block.type === 'actions' && ((block as types.ActionsBlock).elements ?? []).some((e) => isOurs((e as { action_id?: string }).action_id));
}

function hasOurAccessory(block: AnyBlock): boolean {
  return block.type === 'section' && isOurs(((block as types.SectionBlock).accessory as { action_id?: string } | undefined)?.action_id);
}

function isOurs(actionId: string | undefined): boolean {
  return typeof actionId === 'string' && actionId.startsWith(actionPrefix);
}
