import { describe, expect, it } from 'vitest';
import { outboundMessages } from '../../src/channels/slack/slack-message.js';
import { slackSay } from '../../src/channels/slack/slack-texts.js';
import { handoffCard } from '../../src/channels/teams/handoff-card.js';
import { HandoffService } from '../../src/handoff/handoff-service.js';
import { firstSentence } from '../../src/text/short-label.js';
import { realContent } from '../helpers/content.js';
import { cardText } from '../teams/card-reader.js';
import { sampleHandoff } from '../teams/sample-handoff.js';

/**
 * "Stap bereikt" on a handoff, for every step of every dialog: the step's
 * own first sentence, shortened (if at all) at a word boundary, the same in
 * the Teams card, the Slack blocks and the web inbox's text.
 */
const { content, t } = realContent();
const handoffs = new HandoffService({ db: null as never, content, t, newId: () => 'x', kick: () => undefined });
const say = slackSay(t, 'nl');
const steps = [...content.dialogs.values()].flatMap((d) => Object.keys(d.steps).filter((s) => d.steps[s]!.type !== 'switch').map((s) => [d.id, s] as const));

describe('"Stap bereikt" is never cut in the middle of a word', () => {
  it.each(steps)('%s / %s', (dialogId, stepId) => {
    const message = handoffs.message(sampleHandoff({ dialogId, stepId }), 'handoff');
    const step = message.handoff!.fields.find((f) => f.label === 'Stap bereikt')!;
    const sentence = firstSentence(t('nl', `${dialogId}.${stepId}`)).replace(/\s+/g, ' ');
    const kept = step.value.replace(/…$/, '');
    expect(sentence.startsWith(kept)).toBe(true);
    if (step.value !== sentence && kept.length < sentence.length) expect(sentence[kept.length], `${step.value} | ${sentence}`).toMatch(/[\s,.;:—–-]/);
    expect(message.reply.text).toContain(`Stap bereikt: ${step.value}`);
    expect(cardText(handoffCard(message, message.handoff!))).toContain(step.value);
    expect(JSON.stringify(outboundMessages(message, say))).toContain(JSON.stringify(step.value).slice(1, -1));
  });
});
