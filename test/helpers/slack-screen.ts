/**
 * The Slack phone rule (issue 19): Block Kit has no renderer to measure, so a
 * message is judged by its structure. Before the first `actions` block (or a
 * section with a button beside a long label) a
 * reply may have at most `slackPhoneRule.blocks` blocks and
 * `slackPhoneRule.characters` visible characters. Visible: the mrkdwn text of
 * sections (and their fields) and context lines, a link counted by its label,
 * an emoji code as one character, escapes as the character they stand for.
 * 640 px of Slack mobile at 360 px, less its header and composer, shows about
 * 24 lines of 40 characters: 700 characters and 6 blocks (each block adds
 * spacing) keep the buttons in the first screen.
 */
export const slackPhoneRule = { blocks: 6, characters: 700 } as const;

type Block = {
  type: string;
  text?: { text: string };
  fields?: Array<{ text: string }>;
  elements?: Array<{ type: string; text?: string }>;
  accessory?: { type: string };
};

/** A button: an actions block, or a section whose long label carries its button beside it. */
export const isButtonBlock = (block: Block): boolean => block.type === 'actions' || block.accessory?.type === 'button';

export function visibleLength(mrkdwn: string): number {
  return mrkdwn
    .replace(/<[^|>]+\|([^>]+)>/g, '$1')
    .replace(/:[a-z0-9_+-]+:/g, 'x')
    .replace(/&(amp|lt|gt);/g, 'x')
    .replace(/[*_~]/g, '').length;
}

export function beforeFirstActions(blocks: readonly Block[]): { blocks: number; characters: number } {
  const at = blocks.findIndex(isButtonBlock);
  const before = at < 0 ? blocks : blocks.slice(0, at);
  let characters = 0;
  for (const block of before) {
    if (block.text) characters += visibleLength(block.text.text);
    for (const field of block.fields ?? []) characters += visibleLength(field.text);
    if (block.type === 'context') for (const element of block.elements ?? []) characters += visibleLength(element.text ?? '');
  }
  return { blocks: before.length, characters };
}
