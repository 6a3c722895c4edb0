import { z } from 'zod';
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
  z.strictObject({
    ...stepBase,
    type: z.literal('end'),
    /** Routes offered as follow-up buttons. */
    offer: z.array(z.string().regex(idPattern)).optional(),
  }),
]);

export const dialogFileSchema = z.strictObject({
  id: z.string().regex(idPattern),
  route: z.string().regex(idPattern),
  /** A school-specific dialog names its school; shared dialogs omit it. */
  school: z.string().regex(idPattern).optional(),
  safety: z.boolean().default(false),
  title: localeKey.optional(),
  start: stepId,
  steps: z.record(stepId, stepSchema),
});

export type DialogFile = z.infer<typeof dialogFileSchema>;
export type Step = z.infer<typeof stepSchema>;
export type StepType = Step['type'];
export type Choice = z.infer<typeof choiceSchema>;
export type Urgency = z.infer<typeof urgencySchema>;
export type HandoffTarget = z.infer<typeof handoffTargetSchema>;

/** Steps that wait for the user; all others run on to `next`. */
export function stepWaits(step: Step): boolean {
  return step.type === 'choice';
}

/** The ids a step can lead to. */
export function stepTargets(step: Step): string[] {
  switch (step.type) {
    case 'choice':
      return step.choices.map((c) => c.next);
    case 'switch':
    case 'end':
      return [];
    default:
      return [step.next];
  }
}
