import type { SlackJson } from './slack-json.js';

/**
 * Checks a message against the Block Kit limits Slack enforces; returns the
 * violations (empty when Slack would accept it). The fake Slack Web API
 * answers `invalid_blocks` when this finds anything, like Slack does.
 */
export function blockKitViolations(blocks: unknown): string[] {
  const problems: string[] = [];
  if (!Array.isArray(blocks)) return ['blocks is not an array'];
  if (blocks.length > 50) problems.push(`${blocks.length} blocks (max 50)`);
  const blockIds = new Set<string>();
  blocks.forEach((block: SlackJson, i: number) => {
    const at = `blocks[${i}] (${block?.type})`;
    if (typeof block?.block_id === 'string') {
      if (block.block_id.length > 255) problems.push(`${at}: block_id too long`);
      if (blockIds.has(block.block_id)) problems.push(`${at}: duplicate block_id`);
      blockIds.add(block.block_id);
    }
    switch (block?.type) {
      case 'section': {
        if (!block.text && !block.fields) problems.push(`${at}: section without text or fields`);
        if (block.text) text(block.text, 3000, `${at}.text`, problems);
        if (block.fields) {
          if (block.fields.length > 10) problems.push(`${at}: ${block.fields.length} fields (max 10)`);
          block.fields.forEach((f: SlackJson, j: number) => {
            text(f, 2000, `${at}.fields[${j}]`, problems);
          });
        }
        if (block.accessory) element(block.accessory, `${at}.accessory`, problems);
        break;
      }
      case 'header':
        if (block.text?.type !== 'plain_text') problems.push(`${at}: header text must be plain_text`);
        text(block.text, 150, `${at}.text`, problems);
        break;
      case 'context':
        if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 10) problems.push(`${at}: 1–10 elements`);
        (block.elements ?? []).forEach((e: SlackJson, j: number) => {
          text(e, 3000, `${at}.elements[${j}]`, problems);
        });
        break;
      case 'actions': {
        if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 25) problems.push(`${at}: 1–25 elements`);
        const ids = new Set<string>();
        (block.elements ?? []).forEach((e: SlackJson, j: number) => {
          element(e, `${at}.elements[${j}]`, problems);
          if (e.action_id && ids.has(e.action_id)) problems.push(`${at}: duplicate action_id ${e.action_id}`);
          ids.add(e.action_id);
        });
        break;
      }
      case 'divider':
        break;
      default:
        problems.push(`${at}: unexpected block type`);
    }
  });
  return problems;
}

function text(obj: SlackJson, max: number, at: string, problems: string[]): void {
  if (!obj || (obj.type !== 'mrkdwn' && obj.type !== 'plain_text') || typeof obj.text !== 'string') {
    problems.push(`${at}: not a text object`);
    return;
  }
  if (obj.text.length === 0) problems.push(`${at}: empty text`);
  if (obj.text.length > max) problems.push(`${at}: ${obj.text.length} chars (max ${max})`);
}

function element(e: SlackJson, at: string, problems: string[]): void {
  if (e?.type !== 'button') {
    problems.push(`${at}: unexpected element ${e?.type}`);
    return;
  }
  if (e.text?.type !== 'plain_text') problems.push(`${at}: button text must be plain_text`);
  text(e.text, 75, `${at}.text`, problems);
  if (typeof e.action_id !== 'string' || e.action_id.length === 0 || e.action_id.length > 255) problems.push(`${at}: action_id 1–255 chars`);
  if (e.value !== undefined && (typeof e.value !== 'string' || e.value.length > 2000)) problems.push(`${at}: value max 2000 chars`);
  if (e.url !== undefined && e.url.length > 3000) problems.push(`${at}: url max 3000 chars`);
  if (e.style !== undefined && e.style !== 'primary' && e.style !== 'danger') problems.push(`${at}: style`);
}
