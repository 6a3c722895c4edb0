import { describe, expect, it } from 'vitest';
import { replyBlocks } from '../../src/channels/slack/reply-blocks.js';
import { slackSay } from '../../src/channels/slack/slack-texts.js';
import { realContent } from '../helpers/content.js';
import { safetyFirstReplies } from '../helpers/phone-screen.js';
import { beforeFirstActions, isButtonBlock, slackPhoneRule } from '../helpers/slack-screen.js';
import { blockKitViolations } from '../slack/block-kit-check.js';
import type { SlackJson } from '../slack/slack-json.js';

/**
 * Issue 19, Slack: the structural phone rule (test/helpers/slack-screen.ts)
 * for the first reply of every safety route at both schools: at most 6 blocks
 * and 700 visible characters before the first button, the buttons together,
 * every contact's call link and source still in the message.
 */
const { t } = realContent();

describe.each(['nl', 'en'] as const)('safety first replies in Slack (%s)', (locale) => {
  const say = slackSay(t, locale);
  it.each(safetyFirstReplies(locale).map((r) => [`${r.school}/${r.route}`, r] as const))('%s', (name, { reply }) => {
    const blocks = replyBlocks(reply, { say }) as SlackJson[];
    expect(blockKitViolations(blocks), name).toEqual([]);
    const before = beforeFirstActions(blocks);
    expect(before.blocks, name).toBeLessThanOrEqual(slackPhoneRule.blocks);
    expect(before.characters, name).toBeLessThanOrEqual(slackPhoneRule.characters);
    const buttons = blocks.map((b, i) => (isButtonBlock(b) ? i : -1)).filter((i) => i >= 0);
    expect(buttons.at(-1)! - buttons[0]!, `${name}: the buttons are together`).toBe(buttons.length - 1);
    const json = JSON.stringify(blocks);
    for (const contact of reply.contacts ?? []) {
      expect(json, name).toContain(contact.source.replace(/&/g, '&amp;').slice(0, 20));
      for (const phone of contact.phones) expect(json, name).toContain(phone.uri);
    }
  });
});
