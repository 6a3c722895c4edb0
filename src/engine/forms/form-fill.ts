import type { Turn } from '../turn.js';
import type { FormFrame } from '../types.js';
import type { Notice, Parsed, Validator } from '../validators/validator.js';
import { validators } from '../validators/validators.js';
import { formOf, formSlots, openSlots, type SlotAt, stepOf, validatorContext } from './form-model.js';
import { runForm } from './form-runner.js';

/** The slot the form waits for now: the first open slot of a collect step, or the extra a confirm step asks. */
export function askedSlot(turn: Turn, frame: FormFrame): SlotAt | null {
  const form = formOf(turn, frame);
  const step = stepOf(form, frame.stepId);
  if (step.type === 'collect') return openSlots(turn, form, frame, frame.stepId, step)[0] ?? null;
  if (step.type === 'confirm' && frame.asking) {
    const extra = step.extras.find((s) => s.name === frame.asking);
    return extra ? { stepId: frame.stepId, slot: { ...extra, optional: true } } : null;
  }
  return null;
}

/** Sets slot values on the innermost form (a later value replaces an earlier one), shows notices, runs on. */
export function fillSlots(turn: Turn, values: Readonly<Record<string, string>>, notices: readonly Notice[]): void {
  const frame = turn.form!;
  const names = Object.keys(values);
  turn.setForm({
    ...frame,
    slots: { ...frame.slots, ...values },
    filled: [...frame.filled.filter((n) => !names.includes(n)), ...names],
    asking: frame.asking && names.includes(frame.asking) ? undefined : frame.asking,
    held: undefined,
  });
  for (const notice of notices) turn.reply({ text: turn.say(notice.key, notice.vars ?? {}), tone: 'warning' });
  runForm(turn);
}

type Parse = (at: SlotAt, text: string) => Parsed;

/** The values one message gives: the asked slot from the whole text, or another slot found inside and the asked one from the rest. */
function valuesIn(asked: SlotAt, others: readonly SlotAt[], text: string, parse: Parse, find: (at: SlotAt) => ReturnType<NonNullable<Validator['find']>>): { values: Record<string, string>; notices: Notice[] } | { reason: string } {
  const whole = parse(asked, text);
  if (whole.ok) return { values: { [asked.slot.name]: whole.value }, notices: whole.notice ? [whole.notice] : [] };
  for (const other of others) {
    const found = find(other);
    if (!found) continue;
    const rest = `${text.slice(0, found.start)} ${text.slice(found.end)}`.replace(/^[\s,;:-]+|[\s,;:-]+$/g, '').trim();
    const parsed = rest.length > 0 ? parse(asked, rest) : null;
    if (parsed?.ok) return { values: { [asked.slot.name]: parsed.value, [other.slot.name]: found.value }, notices: parsed.notice ? [parsed.notice] : [] };
  }
  return { reason: whole.reason };
}

/**
 * A typed answer for the asked slot; one message may fill several slots of
 * the step ("S.V. groep 5": initials and group). A value the validator refuses
 * is re-asked with the reason.
 */
export function fillFromText(turn: Turn, text: string): void {
  const frame = turn.form!;
  const form = formOf(turn, frame);
  const asked = askedSlot(turn, frame);
  if (!asked) {
    turn.reply({ text: turn.say('engine.form.use-buttons') });
    runForm(turn);
    return;
  }
  const step = stepOf(form, frame.stepId);
  const others = step.type === 'collect' ? openSlots(turn, form, frame, frame.stepId, step).filter((o) => o.slot.name !== asked.slot.name) : [];
  const parse: Parse = (at, t) => validators[at.slot.validator].parse(t, validatorContext(turn, form, at, frame));
  const find = (at: SlotAt) => validators[at.slot.validator].find?.(text, validatorContext(turn, form, at, frame)) ?? null;
  const result = valuesIn(asked, others, text, parse, find);
  if ('reason' in result) {
    turn.reply({ text: turn.say(result.reason) });
    runForm(turn);
    return;
  }
  fillSlots(turn, result.values, result.notices);
}

/**
 * "nee, groep 6" (or, on a confirm step, just "groep 6"): a new value for a
 * slot already given. Only slots with a strict validator can be corrected by
 * text; a note is changed with its button. False when nothing matched.
 * `explicit`: the message said it corrects ("nee, …").
 */
export function correctFromText(turn: Turn, text: string, explicit: boolean): boolean {
  const frame = turn.form!;
  const form = formOf(turn, frame);
  const given = formSlots(form).filter((at) => frame.slots[at.slot.name] !== undefined && !validators[at.slot.validator].free);
  const newest = [...given].sort((a, b) => frame.filled.indexOf(b.slot.name) - frame.filled.indexOf(a.slot.name));
  const parse: Parse = (at, t) => validators[at.slot.validator].parse(t, validatorContext(turn, form, at, frame));
  for (const at of newest) {
    const others = newest.filter((o) => o !== at);
    const find = (o: SlotAt) => validators[o.slot.validator].find?.(text, validatorContext(turn, form, o, frame)) ?? null;
    const result = valuesIn(at, others, text, parse, find);
    // Without "nee, …" only a plain value counts, not one the validator had to convert (a name to initials).
    if ('values' in result && (explicit || result.notices.length === 0)) {
      turn.reply({ text: turn.say('engine.form.corrected') });
      fillSlots(turn, result.values, result.notices);
      return true;
    }
  }
  return false;
}
