import { optionLabelKey } from '../../content/dialog-keys.js';
import type { OptionSourceName } from '../../content/registry-names.js';
import type { Form } from '../../content/types.js';
import { roleHolderLabel } from '../role-label.js';
import type { Turn } from '../turn.js';
import type { FormFrame } from '../types.js';
import type { SlotOption } from '../validators/validator.js';
import type { SlotAt } from './form-model.js';

const urgencies = ['acuut', 'hoog', 'normaal'] as const;
const ownerRoles = ['directeur', 'intern-begeleider', 'aandachtsfunctionaris', 'vertrouwenspersoon', 'bestuur', 'leerkracht'] as const;

/** Named option sources: buttons that come from the school or from other slots. */
const sources: Readonly<Record<OptionSourceName, (turn: Turn, frame: FormFrame) => SlotOption[]>> = {
  urgencies: (turn) => urgencies.map((u) => ({ id: u, label: turn.say(`engine.urgency.${u}`) })),
  'incident-categories': (turn) => turn.school.incidents.categories.map((c) => ({ id: c.id, label: c.label })),
  'incident-kinds': (turn, frame) =>
    (turn.school.incidents.categories.find((c) => c.id === frame.slots.category)?.kinds ?? []).map((k) => ({ id: k.id, label: k.label })),
  'owner-roles': (turn) =>
    ownerRoles.filter((r) => r in turn.school.roles || r === 'leerkracht').map((r) => ({ id: r, label: roleHolderLabel(turn.school, r, (k) => turn.say(k)) })),
  today: (turn) => [{ id: 'today', label: turn.say('validator.date.today') }],
};

export function slotOptions(turn: Turn, form: Form, at: SlotAt, frame: FormFrame): SlotOption[] {
  const { slot, stepId } = at;
  if (!slot.options) return slot.validator === 'yes-no' ? ['ja', 'nee'].map((id) => ({ id, label: turn.say(`engine.${id}`) })) : [];
  if (Array.isArray(slot.options)) return slot.options.map((id) => ({ id, label: turn.say(optionLabelKey(form, stepId, slot, id)) }));
  return sources[slot.options.from](turn, frame);
}
