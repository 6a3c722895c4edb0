import { slotPromptKey } from '../../content/dialog-keys.js';
import type { Form } from '../../content/types.js';
import { actions } from '../actions.js';
import { firstFailing, refuse } from '../guards.js';
import { runFrom } from '../run-steps.js';
import type { Turn } from '../turn.js';
import type { ChoiceView, FormFrame } from '../types.js';
import { type CollectStep, type ConfirmStep, formOf, openSlots, type SlotAt, stepOf } from './form-model.js';
import { slotOptions } from './form-options.js';
import { formVars } from './form-vars.js';

const maxStepsPerTurn = 30;

/** Calls a form on top of the conversation; false when a guard refuses it. */
export function startForm(turn: Turn, formId: string, params: Readonly<Record<string, string>>, returnTo: string | null): boolean {
  const form = turn.ctx.content.forms.get(formId);
  if (!form) throw new Error(`no form "${formId}" (dialogs/forms/${formId}.yaml)`);
  const failing = firstFailing(turn, form.guards);
  if (failing) {
    turn.audit(`form.refused.${formId}`);
    refuse(turn, failing);
    return false;
  }
  turn.session.forms = [...turn.session.forms, { formId, stepId: form.start, slots: { ...params }, filled: [], returnTo }];
  turn.audit(`form.start.${formId}`);
  runForm(turn);
  return true;
}

/** Runs the innermost form until it waits for the user (a slot, a confirmation) or is done. */
export function runForm(turn: Turn): void {
  for (let count = 0; turn.form; count++) {
    if (count > maxStepsPerTurn) throw new Error(`form ${turn.form.formId} ran more than ${maxStepsPerTurn} steps in one turn`);
    const frame = turn.form;
    const form = formOf(turn, frame);
    const step = stepOf(form, frame.stepId);
    switch (step.type) {
      case 'collect': {
        const [next] = openSlots(turn, form, frame, frame.stepId, step);
        if (next) {
          promptSlot(turn, form, frame, next, step);
          return;
        }
        if (!moveOn(turn, step.next)) return;
        continue;
      }
      case 'confirm':
        if (frame.asking) promptExtra(turn, form, frame, step);
        else showConfirm(turn, form, frame, step);
        return;
      case 'action':
        actions[step.action](turn, form, frame);
        if (step.text) turn.reply({ text: turn.say(step.text, formVars(turn, form, frame)) });
        if (!moveOn(turn, step.next)) return;
        continue;
      case 'message':
        turn.reply({ text: turn.say(step.text ?? `${form.id}.${frame.stepId}`, formVars(turn, form, frame)) });
        if (!moveOn(turn, step.next)) return;
        continue;
      case 'end':
        turn.reply({ text: turn.say(step.text ?? `${form.id}.${frame.stepId}`, formVars(turn, form, frame)) });
        finishForm(turn);
        return;
      default:
        throw new Error(`form ${form.id} step ${frame.stepId}: forms do not run "${step.type}" steps`);
    }
  }
}

/** The confirm button: the step's action, then on (or the form is done). */
export function confirmForm(turn: Turn): void {
  const frame = turn.form!;
  const form = formOf(turn, frame);
  const step = stepOf(form, frame.stepId);
  if (step.type !== 'confirm') throw new Error(`form ${form.id} confirmed at a ${step.type} step`);
  actions[step.action](turn, form, frame);
  if (step.text) turn.reply({ text: turn.say(step.text, formVars(turn, form, frame)) });
  if (moveOn(turn, step.next)) runForm(turn);
}

/** To the next step, or (no next) the form is done: false then. */
function moveOn(turn: Turn, next: string | undefined): boolean {
  if (next) {
    turn.setForm({ ...turn.form!, stepId: next });
    return true;
  }
  finishForm(turn);
  return false;
}

/** The form is done: back to whoever called it. */
export function finishForm(turn: Turn): void {
  const frame = turn.form;
  if (!frame) return;
  turn.session.forms = turn.session.forms.slice(0, -1);
  turn.audit(`form.done.${frame.formId}`);
  returnToCaller(turn, frame);
}

/** "Niet overdragen", `annuleer`, `stop`: the form closes without its action; the caller goes on. */
export function cancelForm(turn: Turn): void {
  const frame = turn.form;
  if (!frame) return;
  turn.session.forms = turn.session.forms.slice(0, -1);
  turn.audit(`form.cancel.${frame.formId}`);
  turn.reply({ text: turn.say(`${frame.formId}.cancelled`) });
  returnToCaller(turn, frame);
}

function returnToCaller(turn: Turn, frame: FormFrame): void {
  if (turn.form) {
    runForm(turn);
    return;
  }
  const dialog = turn.session.dialogId ? turn.ctx.content.dialogs.get(turn.session.dialogId) : undefined;
  if (dialog && frame.returnTo) runFrom(turn, dialog, frame.returnTo);
}

export function cancelChoice(turn: Turn, form: Form): ChoiceView {
  return { id: `${form.id}/cancel`, label: turn.say(`${form.id}.cancel`) };
}

function promptSlot(turn: Turn, form: Form, frame: FormFrame, at: SlotAt, step: CollectStep): void {
  const choices: ChoiceView[] = slotOptions(turn, form, at, frame).map((o) => ({ id: `${form.id}/${at.slot.name}/${o.id}`, label: o.label }));
  if (at.slot.optional) choices.push({ id: `${form.id}/${at.slot.name}/skip`, label: turn.say(`${form.id}.${at.stepId}.${at.slot.name}.skip`) });
  choices.push(cancelChoice(turn, form));
  turn.reply({ text: turn.say(slotPromptKey(form, at.stepId, step, at.slot), formVars(turn, form, frame)), choices });
}

function showConfirm(turn: Turn, form: Form, frame: FormFrame, step: ConfirmStep): void {
  const vars = formVars(turn, form, frame);
  const lines = [turn.say(`${form.id}.${frame.stepId}`, vars)];
  const choices: ChoiceView[] = [{ id: `${form.id}/${frame.stepId}`, label: turn.say(`${form.id}.${frame.stepId}.confirm`), style: 'primary' }];
  for (const extra of step.extras) {
    if (frame.slots[extra.name]) lines.push(turn.say(`${form.id}.${frame.stepId}.${extra.name}.filled`, vars));
    else choices.push({ id: `${form.id}/${extra.name}`, label: turn.say(`${form.id}.${frame.stepId}.${extra.name}`) });
  }
  turn.reply({ text: lines.join('\n'), choices: [...choices, cancelChoice(turn, form)] });
}

function promptExtra(turn: Turn, form: Form, frame: FormFrame, step: ConfirmStep): void {
  const extra = step.extras.find((s) => s.name === frame.asking);
  if (!extra) {
    turn.setForm({ ...frame, asking: undefined });
    showConfirm(turn, form, turn.form!, step);
    return;
  }
  turn.reply({
    text: turn.say(slotPromptKey(form, frame.stepId, step, extra), formVars(turn, form, frame)),
    choices: [{ id: `${form.id}/${extra.name}/skip`, label: turn.say('engine.form.extra-skip') }, cancelChoice(turn, form)],
  });
}
