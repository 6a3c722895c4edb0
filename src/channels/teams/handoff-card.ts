import type { HandoffView, OutboundMessage } from '../channel.js';
import { ackChoicePrefix } from '../../handoff/handoff-view.js';
import { choiceAction } from './choice-actions.js';
import { type AdaptiveCard, type CardElement, card, escapeMarkdown, paragraphs } from './card-types.js';

const urgencyStyle = { acuut: 'attention', hoog: 'warning', normaal: 'emphasis' } as const;

/**
 * A handoff, reminder or escalation for the IB or director channel: the
 * headline, the structured fields, who picked it up, and "Ik pak dit op" while
 * it is open. The same card, without the button, replaces every posted copy
 * once someone acknowledged it.
 */
export function handoffCard(message: OutboundMessage, view: HandoffView): AdaptiveCard {
  const headline = headlineLines(message.reply.text, view);
  const header: CardElement[] = paragraphs(headline.join('\n')).map((block, i) => (i === 0 ? { ...block, weight: 'bolder', size: 'medium' } : block));
  const body: CardElement[] = [
    { type: 'Container', style: urgencyStyle[view.urgency], items: header },
    { type: 'FactSet', facts: view.fields.map((f) => ({ title: escapeMarkdown(f.label), value: escapeMarkdown(f.value) })), spacing: 'medium' },
    {
      type: 'TextBlock',
      text: escapeMarkdown(view.statusText),
      wrap: true,
      weight: 'bolder',
      spacing: 'medium',
      ...(view.status === 'acknowledged' ? { color: 'good' as const } : {}),
    },
  ];
  if (view.ackLabel) {
    body.push({
      type: 'ActionSet',
      spacing: 'medium',
      actions: [choiceAction({ id: `${ackChoicePrefix}${view.id}`, label: view.ackLabel, style: 'primary' }, '')],
    });
  }
  return card(body, message.reply.text);
}

/** The lines of the message text above the fields (the title, or a reminder/escalation alert). */
function headlineLines(text: string, view: HandoffView): string[] {
  const lines = text.split('\n');
  const first = view.fields[0];
  const end = first ? lines.indexOf(`${first.label}: ${first.value}`) : -1;
  const head = end > 0 ? lines.slice(0, end) : lines.slice(0, 1);
  return head.length > 0 && head.some((l) => l.trim()) ? head : [`${view.title} — ${view.urgencyLabel}`];
}
