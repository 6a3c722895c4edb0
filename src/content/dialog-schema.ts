import { z } from 'zod';
import { actionNames, guardSchema, optionSourceNames, validatorNames } from './registry-names.js';
import { sourceRefSchema } from './source-ref.js';

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
const stepId = z.string().regex(idPattern, 'step ids are kebab-case');
const localeKey = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/i, 'locale keys use letters, digits, dots and dashes');
/** `role:<role>` for whoever holds that role at the school, or a contact id. */
export const contactRefSchema = z
  .string()
  .regex(/^(role:)?[a-z0-9][a-z0-9-]*$/, 'contact refs are a contact id or role:<role>');

const stepBase = {
  /** Locale key; defaults to `<dialog>.<step>`. */
  text: localeKey.optional(),
  source: sourceRefSchema.optional(),
  contacts: z.array(contactRefSchema).optional(),
};

export const choiceSchema = z.strictObject({
  id: z.string().regex(idPattern),
  /** Locale key; defaults to `<dialog>.<step>.<choice>`. */
  label: localeKey.optional(),
  next: stepId,
});

export const urgencySchema = z.enum(['acuut', 'hoog', 'normaal']);
export const handoffTargetSchema = z.enum(['ib', 'directeur']);

/** One value a `collect` step asks for, checked by a named validator. */
export const slotSchema = z.strictObject({
  name: z.string().regex(idPattern, 'slot names are kebab-case'),
  validator: z.enum(validatorNames),
  /** Buttons: fixed option ids (labels `<labels>.<id>`, default `<dialog>.<step>.<slot>.<id>`) or a named source. */
  options: z.union([z.array(z.string().regex(idPattern)).min(1), z.strictObject({ from: z.enum(optionSourceNames) })]).optional(),
  labels: localeKey.optional(),
  /** May be skipped with a button (label `<dialog>.<step>.<slot>.skip`). */
  optional: z.boolean().default(false),
  /** Longest accepted text (free-text validators). */
  max: z.number().int().min(1).max(1000).optional(),
});

/** When the asker already holds the role a handoff goes to: the next level instead (where the plan names one). */
export const selfHandoffSchema = z.strictObject({
  /** Hand off to this channel instead. */
  to: handoffTargetSchema.optional(),
  /** A level without a channel (the bestuur): show these contact cards. */
  contacts: z.array(contactRefSchema).optional(),
});

/** Optional `next` on form steps: without it the form is done and returns to its caller. */
const formNext = stepId.optional();

export const stepSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...stepBase, type: z.literal('message'), next: stepId }),
  z.strictObject({ ...stepBase, type: z.literal('contact'), contacts: z.array(contactRefSchema).min(1), next: stepId }),
  z.strictObject({ ...stepBase, type: z.literal('choice'), choices: z.array(choiceSchema).min(1) }),
  z.strictObject({
    ...stepBase,
    type: z.literal('checklist'),
    items: z.array(z.strictObject({ id: z.string().regex(idPattern), label: localeKey.optional() })).min(1),
    next: stepId,
  }),
  z.strictObject({
    ...stepBase,
    type: z.literal('handoff'),
    to: handoffTargetSchema,
    urgency: urgencySchema,
    /** Locale key for what the receiver is asked to do. */
    ask: localeKey.optional(),
    self: selfHandoffSchema.optional(),
    next: stepId,
  }),
  z.strictObject({
    ...stepBase,
    type: z.literal('reminder'),
    /** ISO-8601 duration ("P5D") or working days ("5 werkdagen"). */
    after: z.string().regex(/^(P(T?\d+[DHMW])+|\d+ werkdagen)$/),
    /** A school role, or `asker` for the person in this conversation. */
    to: z.string().regex(idPattern),
    next: stepId,
  }),
  z.strictObject({ ...stepBase, type: z.literal('switch'), route: z.string().regex(idPattern) }),
  /** Asks for slots (one message may fill several); prompts `<dialog>.<step>.<slot>`. */
  z.strictObject({ ...stepBase, type: z.literal('collect'), slots: z.array(slotSchema).min(1), next: formNext }),
  /** Shows the collected values (`<dialog>.<step>`) with a confirm button (`<dialog>.<step>.confirm`); extras are optional slots offered as buttons. */
  z.strictObject({ ...stepBase, type: z.literal('confirm'), action: z.enum(actionNames), extras: z.array(slotSchema).default([]), next: formNext }),
  /** Runs a named action without asking. */
  z.strictObject({ ...stepBase, type: z.literal('action'), action: z.enum(actionNames), next: formNext }),
  z.strictObject({
    ...stepBase,
    type: z.literal('end'),
    /** Routes offered as follow-up buttons. */
    offer: z.array(z.string().regex(idPattern)).optional(),
  }),
]);

/** A named way into a dialog: text that says it, from an asker the guards allow ("afwegingskader" from the IB). */
export const entrySchema = z.strictObject({
  step: stepId,
  /** Words or phrases (any one, as whole words) in the asker's message. */
  says: z.array(z.string().min(2)).min(1),
  when: z.array(guardSchema).default([]),
});

export const dialogFileSchema = z.strictObject({
  id: z.string().regex(idPattern),
  route: z.string().regex(idPattern),
  /** The plan (plans/<id>/) a dialog is written from; shared dialogs omit it. A dialog in a plan's own dialogs folder belongs to that plan. */
  school: z.string().regex(idPattern).optional(),
  safety: z.boolean().default(false),
  title: localeKey.optional(),
  start: stepId,
  /** Named entry points, chosen by the asker's words and role. */
  entries: z.record(z.string().regex(idPattern), entrySchema).optional(),
  /** The protocol's numbered steps in order: "we zitten al bij stap 3" jumps to the third. */
  numbered: z.array(stepId).min(1).optional(),
  /**
   * Handoff steps offered as a button ("Geef door aan de IB") on every earlier
   * waiting step; `label` (a locale key) when the plan puts a condition on it.
   */
  shortcuts: z.array(z.union([stepId, z.strictObject({ step: stepId, label: localeKey })])).min(1).optional(),
  steps: z.record(stepId, stepSchema),
});

/** How a form starts without a caller: a button id prefix (its rest fills `arg`), whole-message words, or "log: …". */
export const formStartSchema = z.strictObject({
  choice: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/).optional(),
  arg: z.string().regex(idPattern).optional(),
  words: z.array(z.string().min(2)).default([]),
  prefix: z.strictObject({ word: z.string().min(2), slot: z.string().regex(idPattern) }).optional(),
});

/**
 * A form (dialogs/forms/<id>.yaml): a small dialog that collects slots and
 * runs an action, called by a protocol step (the handoff form) or started by
 * a button or command. Forms are not protocols: their steps cite no plan.
 */
export const formFileSchema = z.strictObject({
  id: z.string().regex(idPattern),
  title: localeKey.optional(),
  start: stepId,
  /** Slots the caller fills (the handoff step passes `to`, `urgency`, `ask`). */
  params: z.array(z.string().regex(idPattern)).default([]),
  /** Who may use the form; a failing guard refuses. */
  guards: z.array(guardSchema).default([]),
  starts: formStartSchema.optional(),
  steps: z.record(stepId, stepSchema),
});

export type DialogFile = z.infer<typeof dialogFileSchema>;
export type FormFile = z.infer<typeof formFileSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Slot = z.infer<typeof slotSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type Shortcut = NonNullable<DialogFile['shortcuts']>[number];

/** A shortcut's handoff step and its label key, if it has its own. */
export function shortcutOf(shortcut: Shortcut): { step: string; label?: string } {
  return typeof shortcut === 'string' ? { step: shortcut } : shortcut;
}
export type StepType = Step['type'];
export type Choice = z.infer<typeof choiceSchema>;
export type Urgency = z.infer<typeof urgencySchema>;
export type HandoffTarget = z.infer<typeof handoffTargetSchema>;

/** Steps that wait for the user; all others run on to `next`. */
export function stepWaits(step: Step): boolean {
  return step.type === 'choice' || step.type === 'collect' || step.type === 'confirm';
}

/** The ids a step can lead to. */
export function stepTargets(step: Step): string[] {
  switch (step.type) {
    case 'choice':
      return step.choices.map((c) => c.next);
    case 'switch':
    case 'end':
      return [];
    case 'collect':
    case 'confirm':
    case 'action':
      return step.next ? [step.next] : [];
    default:
      return [step.next];
  }
}

/** True for a step that ends a dialog or form: `end`, `switch`, or a form step without `next` (the form returns). */
export function stepFinishes(step: Step): boolean {
  if (step.type === 'end' || step.type === 'switch') return true;
  return (step.type === 'collect' || step.type === 'confirm' || step.type === 'action') && !step.next;
}
