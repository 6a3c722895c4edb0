import { z } from 'zod';
import { calendarSchema, channelTargetsSchema, escalationPolicySchema, settlementSchema } from './school-schema.js';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are kebab-case');
const language = z.string().regex(/^[a-z]{2,3}$/, 'a language code such as nl or en (a file in locales/)');

/** One holder of a role at this school: what the plan leaves to the school. */
export const personSchema = z.strictObject({
  name: z.string().min(2),
  phone: z.string().min(2).optional(),
  email: z.email().optional(),
  /** Teams AAD object id or UPN, Slack user id: recognised as this role, named on handoffs. */
  teams: z.string().optional(),
  slack: z.string().optional(),
  /** The language messages to this person are sent in (a locales/ language); default the school's. */
  language: language.optional(),
  /** May open calamity cases (directors and their deputies). */
  deputy: z.boolean().default(false),
});

/**
 * schools/<id>/school.yaml for a school on a plan (`plan:` set): only what is
 * this school's own. Protocols, roles, sociale kaart, gaps and incident
 * categories come from the plan's template; the school's own people replace
 * the template's, and contacts here override (same id) or add to its
 * sociale kaart.
 */
export const schoolOnPlanSchema = z.strictObject({
  id,
  name: z.string().min(2),
  plan: id,
  /** Default language of the school (a locales/ language); default the plan's. */
  language: language.optional(),
  /** The school's general number (the school's switchboard on the sociale kaart). */
  phone: z.string().min(2).optional(),
  /** Role id → the person holding it at this school. */
  people: z.record(id, personSchema).default({}),
  /** Contacts that override the plan's sociale kaart (same id; fields given replace the plan's) or add to it (new id, full contact). */
  contacts: z.array(z.looseObject({ id })).default([]),
  calendar: calendarSchema.optional(),
  channels: z.strictObject({ ib: channelTargetsSchema.default({}), directeur: channelTargetsSchema.default({}) }).default({ ib: {}, directeur: {} }),
  escalation: escalationPolicySchema.optional(),
  teams: z.strictObject({ tenantId: z.string().optional(), teamIds: z.array(z.string()).default([]) }).optional(),
  slack: z.strictObject({ teamId: z.string().regex(/^[TE][A-Z0-9]{2,}$/, 'a Slack team id such as T0123ABC') }).optional(),
  settled: z.record(z.string().regex(/^[a-z-]+:[a-z0-9-]+$/, 'keys are <code>:<subject>, as npm run check prints them'), settlementSchema).default({}),
  timezone: z.string().optional(),
});

export type SchoolOnPlan = z.infer<typeof schoolOnPlanSchema>;
export type Person = z.infer<typeof personSchema>;
