import { z } from 'zod';

/**
 * The names a dialog file may use for validators, actions, guards and option
 * sources. The engine resolves each from its registry (typed as a record over
 * these names, so a name without an implementation does not compile), and the
 * strict zod schema rejects any other name with file and path.
 */
export const validatorNames = ['initials', 'group', 'date', 'time', 'note', 'choice', 'yes-no', 'text', 'name'] as const;
export const actionNames = ['handoff.send', 'incident.register', 'case.open', 'case.note', 'case.assign', 'case.crisis-member'] as const;
export const optionSourceNames = ['urgencies', 'incident-categories', 'incident-kinds', 'owner-roles', 'today'] as const;

export type ValidatorName = (typeof validatorNames)[number];
export type ActionName = (typeof actionNames)[number];
export type OptionSourceName = (typeof optionSourceNames)[number];

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are kebab-case');

/** Named guards with their parameters (xstate's `{ type, params }` idea, checked by zod). */
export const guardSchema = z.discriminatedUnion('type', [
  /** The asker holds one of these roles. */
  z.strictObject({ type: z.literal('role-is'), roles: z.array(id).min(1) }),
  /** The school maps this route to a dialog, fills this role, or has a calamity plan. */
  z.strictObject({ type: z.literal('school-has'), route: id.optional(), role: id.optional(), calamity: z.boolean().optional() }),
  /** The director or a configured deputy (calamity cases and the incident register). */
  z.strictObject({ type: z.literal('can-manage-calamity') }),
  /** A calamity case is selected in this conversation. */
  z.strictObject({ type: z.literal('case-selected') }),
]);

export type Guard = z.infer<typeof guardSchema>;
export type GuardName = Guard['type'];
