import type { ChoiceView } from '../../engine/types.js';
import { ackChoicePrefix } from '../../handoff/handoff-view.js';
import { ackData, ackVerb, choiceData, choiceVerb } from './card-data.js';
import type { ActionSet, ExecuteAction } from './card-types.js';

const styles = { danger: 'destructive', primary: 'positive', default: 'default' } as const;

/**
 * A button: Action.Execute, so Teams sends an invoke the bot answers with the
 * updated card; with an Action.Submit fallback carrying the same data (the
 * Universal Actions guidance for clients without Action.Execute), which
 * arrives as a message with a value and is handled the same way.
 */
export function choiceAction(choice: ChoiceView, cardId: string): ExecuteAction {
  const ack = choice.id.startsWith(ackChoicePrefix);
  const data = ack ? ackData(choice.id.slice(ackChoicePrefix.length)) : choiceData(cardId, choice.id);
  const style = choice.style && choice.style !== 'default' ? { style: styles[choice.style] } : {};
  return {
    type: 'Action.Execute',
    title: choice.label,
    verb: ack ? ackVerb : choiceVerb,
    data,
    ...style,
    fallback: { type: 'Action.Submit', title: choice.label, data, ...style },
  };
}

/** A few short choices side by side; otherwise one under the other, so long Dutch labels stay readable. */
export function choiceActionSets(choices: readonly ChoiceView[], cardId: string): ActionSet[] {
  const actions = choices.map((c) => choiceAction(c, cardId));
  const compact = choices.length <= 3 && choices.every((c) => c.label.length <= 24);
  if (compact) return [{ type: 'ActionSet', actions, spacing: 'medium' }];
  return actions.map((action, i) => ({ type: 'ActionSet', actions: [action], spacing: i === 0 ? 'medium' : 'small' }));
}
