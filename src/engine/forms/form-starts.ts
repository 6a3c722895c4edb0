import { normalise } from '../../text/normalise.js';
import type { Form } from '../../content/types.js';
import type { Turn } from '../turn.js';
import type { Parsed } from '../validators/validator.js';
import { validators } from '../validators/validators.js';
import { slotNamed, validatorContext } from './form-model.js';
import { startForm } from './form-runner.js';

/**
 * A form started by a button (`case/open/rouw` opens the case form with
 * template "rouw"), a whole-message word ("incident") or a prefix ("log: …"
 * fills the note). Forms started this way return nowhere: the protocol the
 * conversation is in stays where it was.
 */
export function startFormByChoice(turn: Turn, choiceId: string): boolean {
  for (const form of turn.ctx.content.forms.values()) {
    const prefix = form.starts?.choice;
    if (!prefix || (choiceId !== prefix && !choiceId.startsWith(`${prefix}/`))) continue;
    const arg = choiceId.slice(prefix.length + 1);
    if (form.starts?.arg && !arg) return false;
    if (turn.form?.formId === form.id) return false;
    startForm(turn, form.id, form.starts?.arg ? { [form.starts.arg]: arg } : {}, null);
    return true;
  }
  return false;
}

export function startFormByText(turn: Turn, text: string): boolean {
  const words = normalise(text);
  for (const form of turn.ctx.content.forms.values()) {
    const starts = form.starts;
    if (!starts) continue;
    if (starts.words.some((w) => normalise(w) === words)) {
      if (turn.form?.formId !== form.id) startForm(turn, form.id, {}, null);
      return true;
    }
    const prefix = starts.prefix && text.match(new RegExp(`^\\s*${starts.prefix.word}\\s*[:：]\\s*(.+)$`, 'is'));
    if (starts.prefix && prefix?.[1]?.trim()) {
      // The rest of the message is the slot's answer, checked by its validator like any typed answer.
      const parsed = parsePrefix(turn, form, starts.prefix.slot, prefix[1].trim());
      if (!parsed.ok) turn.reply({ text: turn.say(parsed.reason) });
      startForm(turn, form.id, parsed.ok ? { [starts.prefix.slot]: parsed.value } : {}, null);
      return true;
    }
  }
  return false;
}

function parsePrefix(turn: Turn, form: Form, slot: string, text: string): Parsed {
  const at = slotNamed(form, slot);
  if (!at) throw new Error(`form ${form.id}: prefix slot "${slot}" is not collected`);
  const frame = { formId: form.id, stepId: at.stepId, slots: {}, filled: [], returnTo: null };
  return validators[at.slot.validator].parse(text, validatorContext(turn, form, at, frame));
}
