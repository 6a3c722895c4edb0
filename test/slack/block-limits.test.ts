import { describe, expect, it } from 'vitest';
import { unescapeMrkdwn } from '../../src/channels/slack/mrkdwn.js';
import { replyBlocks } from '../../src/channels/slack/reply-blocks.js';
import { turnMessages } from '../../src/channels/slack/slack-message.js';
import { slackSay } from '../../src/channels/slack/slack-texts.js';
import type { Reply } from '../../src/engine/types.js';
import { realContent } from '../helpers/content.js';
import { blockKitViolations } from './block-kit-check.js';
import type { SlackJson } from './slack-json.js';

/** The longest texts of every protocol, in both languages, as the engine could send them. */
function longestTexts(count: number): string[] {
  const { content } = realContent();
  const dialogPrefixes = [...content.dialogs.keys()].map((id) => `${id}.`);
  const texts = (['nl', 'en'] as const).flatMap((locale) =>
    Object.entries(content.locales[locale]!)
      .filter(([key]) => dialogPrefixes.some((p) => key.startsWith(p)))
      .map(([, text]) => text),
  );
  return texts.sort((a, b) => b.length - a.length).slice(0, count);
}

/** The reply text back from the sections it was rendered into (tone mark removed, cuts re-joined). */
function sectionText(blocks: SlackJson[]): string[] {
  return blocks.filter((b) => b.type === 'section' && b.text).map((b) => unescapeMrkdwn(b.text.text.replace(/^:rotating_light: /, '')));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const say = slackSay(realContent().t, 'nl');

describe('Block Kit limits for the longest protocol texts', () => {
  const longest = longestTexts(20);

  it('found real protocol texts to test with', () => {
    expect(longest.length).toBe(20);
    expect(longest[0]!.length).toBeGreaterThan(1000);
  });

  it.each(longest.map((text, i) => [i, text] as const))('text #%i renders within every limit and in full', (_i, text) => {
    const blocks = replyBlocks({ text, tone: 'safety', source: 'x', choices: [{ id: 'a/b/c', label: 'Verder' }] }, { say }) as SlackJson[];
    expect(blockKitViolations(blocks)).toEqual([]);
    expect(squash(sectionText(blocks).join(' '))).toBe(squash(text));
  });

  it('all of them in one reply: split into sections at boundaries, never cut mid-word, nothing lost', () => {
    const text = longest.join('\n\n');
    expect(text.length).toBeGreaterThan(3 * 3000);
    const reply: Reply = { text, tone: 'safety', choices: [{ id: 'cmd/menu', label: 'Menu' }] };
    const messages = turnMessages([reply], say);
    for (const message of messages) expect(blockKitViolations(message.blocks)).toEqual([]);
    const pieces = sectionText(messages.flatMap((m) => m.blocks));
    expect(pieces.length).toBeGreaterThan(3);
    expect(squash(pieces.join(' '))).toBe(squash(text));
    for (const piece of pieces) {
      // Each piece ends where the original text has a break (a space or newline) or at its very end.
      const at = text.indexOf(piece);
      expect(at).toBeGreaterThanOrEqual(0);
      const next = text[at + piece.length];
      expect(next === undefined || /\s/.test(next)).toBe(true);
    }
  });

  it('a reply with more than 50 blocks continues in a second message, buttons in the first, right after the text (issue 19: phone first)', () => {
    const card = { id: 'c', name: 'Contact', phones: [{ number: '112', uri: 'tel:112', openNow: null }], openNow: null, source: 'plan' };
    const reply: Reply = { text: longest[0]!, contacts: Array.from({ length: 40 }, (_, i) => ({ ...card, id: `c${i}` })), choices: [{ id: 'cmd/menu', label: 'Menu' }] };
    const messages = turnMessages([reply], say);
    expect(messages.length).toBe(Math.ceil(replyBlocks(reply, { say }).length / 50));
    for (const message of messages) {
      expect(message.blocks.length).toBeLessThanOrEqual(50);
      expect(blockKitViolations(message.blocks)).toEqual([]);
    }
    const first = messages[0]!.blocks as SlackJson[];
    expect(first.findIndex((b) => b.type === 'actions')).toBe(first.findIndex((b) => b.type !== 'section'));
  });
});
