import type { HandoffTarget } from '../../content/dialog-schema.js';
import type { Form } from '../../content/types.js';
import type { Turn } from '../turn.js';
import type { FormFrame } from '../types.js';
import { formSlots } from './form-model.js';
import { slotOptions } from './form-options.js';

const handoffRole: Record<HandoffTarget, string> = { ib: 'intern-begeleider', directeur: 'directeur' };

export function isHandoffTarget(value: string | undefined): value is HandoffTarget {
  return value === 'ib' || value === 'directeur';
}

/** The person a handoff reaches: the named role holder, else "de intern begeleider". */
export function receiverName(turn: Turn, to: HandoffTarget): string {
  const contact = turn.school.contacts.get(turn.school.roles[handoffRole[to]] ?? '');
  return contact?.named ? contact.name : turn.say(`engine.handoff.target.${to}`);
}

/**
 * Variables for a form's texts: every slot as shown to the user (an option's
 * label, not its id), the receiver of a handoff and the current route.
 */
export function formVars(turn: Turn, form: Form, frame: FormFrame): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const at of formSlots(form)) {
    const value = frame.slots[at.slot.name];
    if (value === undefined) continue;
    const option = at.slot.options ? slotOptions(turn, form, at, frame).find((o) => o.id === value) : undefined;
    vars[at.slot.name] = option?.label ?? value;
  }
  for (const [name, value] of Object.entries(frame.slots)) if (!(name in vars)) vars[name] = value;
  if (isHandoffTarget(frame.slots.to)) vars.who = receiverName(turn, frame.slots.to);
  if (frame.slots.urgency) vars.urgency = turn.say(`engine.urgency.${frame.slots.urgency}`);
  vars.route = turn.session.route ? turn.say(`route.${turn.session.route}`) : '-';
  return vars;
}
