import { describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../src/channels/channel.js';
import { actionIdFor, decodeChoiceValue } from '../../src/channels/slack/choice-action.js';
import { replyBlocks } from '../../src/channels/slack/reply-blocks.js';
import { fallbackText, outboundMessages, turnMessages } from '../../src/channels/slack/slack-message.js';
import { slackSay } from '../../src/channels/slack/slack-texts.js';
import { chosenLabel, hasWatnuButtons, spendButtons } from '../../src/channels/slack/spent-buttons.js';
import type { Reply } from '../../src/engine/types.js';
import { realContent } from '../helpers/content.js';
import { blockKitViolations } from './block-kit-check.js';
import type { SlackJson } from './slack-json.js';

const say = slackSay(realContent().t, 'nl');

const reply: Reply = {
  text: 'Stap 2 — Overleg met de aandachtsfunctionaris <vandaag> & leg het vast.',
  tone: 'safety',
  choices: [
    { id: 'cmd/emergency', label: 'Acuut gevaar', style: 'danger' },
    { id: 'meldcode-proo/stap2/gedaan', label: 'Overlegd, volgende stap', style: 'primary' },
  ],
  contacts: [
    {
      id: 'veilig-thuis',
      name: 'Veilig Thuis Hollands Midden',
      phones: [{ number: '0800 - 2000', uri: 'tel:+318002000', openNow: true }],
      email: 'info@vt.example',
      website: 'www.vt.example',
      openNow: true,
      source: 'Veilig Thuis Hollands Midden',
    },
  ],
  checklist: { items: [{ id: 'a', label: 'Signalen vastgelegd', status: 'gedaan', owner: 'leerkracht' }, { id: 'b', label: 'Collega geraadpleegd' }] },
  source: 'Sociaal veiligheidsbeleid PROOLeiden-Leiderdorp — Het proces in stappen',
};

describe('reply → blocks', () => {
  const blocks = replyBlocks(reply, { say }) as SlackJson[];

  it('text first, escaped, with the safety mark', () => {
    expect(blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: ':rotating_light: Stap 2 — Overleg met de aandachtsfunctionaris &lt;vandaag&gt; &amp; leg het vast.' } });
  });

  it('contact card with tel: and mailto: links and the open state', () => {
    const card = blocks.find((b) => b.type === 'section' && b.text.text.includes('Veilig Thuis'));
    expect(card.text.text).toContain('<tel:+318002000|0800 - 2000>');
    expect(card.text.text).toContain('<mailto:info@vt.example|info@vt.example>');
    expect(card.text.text).toContain('<https://www.vt.example|www.vt.example>');
    expect(card.text.text).toContain('nu bereikbaar');
  });

  it('checklist lines with state and owner', () => {
    const list = blocks.find((b) => b.type === 'section' && b.text.text.includes('Signalen vastgelegd'));
    expect(list.text.text).toBe(':white_check_mark: Signalen vastgelegd — _leerkracht_\n:white_large_square: Collega geraadpleegd');
  });

  it('source as context, buttons right after the instructions (issue 19: phone first) with stable action ids and the engine choice id as value', () => {
    expect(blocks.some((b) => b.type === 'context' && b.elements[0].text.includes('Bron: Sociaal veiligheidsbeleid'))).toBe(true);
    const actions = blocks.find((b) => b.type === 'actions');
    expect(blocks.findIndex((b) => b.type === 'actions')).toBeLessThan(blocks.findIndex((b) => b.type === 'section' && b.text.text.includes('Veilig Thuis')));
    expect(actions.type).toBe('actions');
    expect(actions.elements.map((e: SlackJson) => [e.action_id, JSON.parse(e.value).c, e.style])).toEqual([
      ['watnu/cmd/emergency', 'cmd/emergency', 'danger'],
      ['watnu/meldcode-proo/stap2/gedaan', 'meldcode-proo/stap2/gedaan', 'primary'],
    ]);
    expect(blockKitViolations(blocks)).toEqual([]);
  });

  it('in a channel thread the buttons name their owner', () => {
    const owned = replyBlocks({ text: 'x', choices: [{ id: 'cmd/menu', label: 'Menu' }] }, { say, owner: 'U0TEACHER' }) as SlackJson[];
    expect(decodeChoiceValue(owned.at(-1).elements[0].value)).toEqual({ choiceId: 'cmd/menu', owner: 'U0TEACHER' });
  });

  it('a label longer than a button may show becomes a section with the whole label and a short button', () => {
    const label = 'Ik heb het gesprek met de ouders gevoerd en de zorgen over de veiligheid van het kind besproken';
    const out = replyBlocks({ text: 'x', choices: [{ id: 'd/s/lang', label }] }, { say }) as SlackJson[];
    const block = out.at(-1);
    expect(block.type).toBe('section');
    expect(block.text.text).toBe(label);
    expect(block.accessory.text.text).toBe('Kies dit');
    expect(blockKitViolations(out)).toEqual([]);
  });

  it('more than 25 choices continue in the next actions block', () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ id: `d/s/c${i}`, label: `Keuze ${i}` }));
    const out = replyBlocks({ text: 'x', choices }, { say }) as SlackJson[];
    expect(out.filter((b) => b.type === 'actions').map((b) => b.elements.length)).toEqual([25, 5]);
  });
});

describe('action ids and values', () => {
  it('are stable, and hashed only when too long', () => {
    expect(actionIdFor('route/meldcode')).toBe('watnu/route/meldcode');
    const long = `d/${'x'.repeat(300)}`;
    expect(actionIdFor(long)).toBe(actionIdFor(long));
    expect(actionIdFor(long).length).toBeLessThanOrEqual(255);
  });

  it.each(['', 'nonsense', '{"c":1}', '{"c":"x","u":"not a user"}', JSON.stringify({ c: 'x'.repeat(301) }), 42])('rejects %s', (value) => {
    expect(decodeChoiceValue(value)).toBeNull();
  });
});

describe('turn messages', () => {
  it('one message when the blocks fit; more than 50 blocks continue in the next message', () => {
    expect(turnMessages([reply], say)).toHaveLength(1);
    const many: Reply = { text: 'Sociale kaart', contacts: Array.from({ length: 30 }, (_, i) => ({ ...reply.contacts![0]!, id: `c${i}` })) };
    const messages = turnMessages([many], say);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(blockKitViolations(m.blocks)).toEqual([]);
    expect(messages.flatMap((m) => m.blocks).length).toBe(replyBlocks(many, { say }).length);
  });

  it('notification text: the first line, shortened at a word with "…", escaped', () => {
    expect(fallbackText('Bel <112>\nmeer')).toBe('Bel &lt;112&gt;');
    const long = fallbackText(`${'woord '.repeat(60)}`);
    expect(long.length).toBeLessThanOrEqual(150);
    expect(long).toMatch(/woord…$/);
  });
});

describe('handoff message', () => {
  const message: OutboundMessage = {
    kind: 'handoff',
    handoff: {
      id: 'h-1',
      schoolId: 'proo-leiden',
      title: 'Overdracht voor de intern begeleider',
      urgency: 'hoog',
      urgencyLabel: 'Hoog (vandaag)',
      fields: [
        { label: 'Leerling', value: 'S.V., groep 6' },
        { label: 'Al gedaan', value: 'x'.repeat(2500) },
      ],
      status: 'open',
      statusText: 'Nog niet opgepakt',
      ackLabel: 'Ik pak dit op',
      level: 0,
    },
    reply: { text: 'Overdracht…', choices: [{ id: 'ack/h-1', label: 'Ik pak dit op', style: 'primary' }] },
  };

  it('header, fields, status and the "Ik pak dit op" button; the notification text has no pupil data', () => {
    const [m] = outboundMessages(message, say);
    const blocks = m!.blocks as SlackJson[];
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: ':large_orange_circle: Overdracht voor de intern begeleider — Hoog (vandaag)' } });
    expect(blocks[1].fields[0].text).toBe('*Leerling*\nS.V., groep 6');
    expect(blocks.some((b) => b.type === 'section' && b.text?.text.startsWith('Al gedaan:'))).toBe(true);
    expect(blocks.at(-1).elements[0]).toMatchObject({ action_id: 'watnu/ack/h-1', style: 'primary', text: { text: 'Ik pak dit op' } });
    expect(m!.text).toBe('Overdracht voor de intern begeleider — Hoog (vandaag)');
    expect(blockKitViolations(blocks)).toEqual([]);
  });

  it('acknowledged: a check mark and no button', () => {
    const acked = { ...message, handoff: { ...message.handoff!, status: 'acknowledged' as const, statusText: 'Opgepakt door Ilse', ackLabel: undefined }, reply: { text: 'x' } };
    const blocks = outboundMessages(acked, say)[0]!.blocks as SlackJson[];
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(blocks.at(-1).elements[0].text).toBe(':white_check_mark: Opgepakt door Ilse');
  });
});

describe('spent buttons', () => {
  it('removes every WatNu button and says what was chosen where the pressed one was', () => {
    const blocks = (replyBlocks(reply, { say }) as SlackJson[]).map((b, i) => ({ ...b, block_id: `b${i}` }));
    const pressed = blocks.at(-1).block_id;
    const spent = spendButtons(blocks, pressed, say('chosen', { label: 'Overlegd, volgende stap' })) as SlackJson[];
    expect(hasWatnuButtons(spent)).toBe(false);
    expect(spent.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: ':white_check_mark: Gekozen: Overlegd, volgende stap' }] });
    expect(spent.length).toBe(blocks.length);
  });

  it('a long choice is reported with its whole label', () => {
    const label = 'Ik heb het gesprek met de ouders gevoerd & de zorgen over de veiligheid van het kind besproken';
    const blocks = (replyBlocks({ text: 'x', choices: [{ id: 'd/s/l', label }] }, { say }) as SlackJson[]).map((b, i) => ({ ...b, block_id: `b${i}` }));
    expect(chosenLabel(blocks, 'b1', 'Kies dit')).toBe(label);
    expect((spendButtons(blocks, 'b1', 'Gekozen') as SlackJson[])[1].accessory).toBeUndefined();
  });
});
