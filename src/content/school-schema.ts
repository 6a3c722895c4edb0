import { z } from 'zod';
import { incidentCategoriesSchema } from './calamity-schema.js';
import { sourceRefSchema } from './source-ref.js';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are kebab-case');

export const phoneSchema = z.strictObject({
  number: z.string().min(2),
  /** Data, not UI text: the label as the plan prints it ("buiten kantoortijden"). */
  label: z.string().optional(),
  /** Opening hours of this number (OpenStreetMap opening_hours syntax). */
  hours: z.string().optional(),
});

export const contactSchema = z.strictObject({
  id,
  name: z.string().min(2),
  /** False when the plan gives only the role, not the person's name: `name` is then a role title. */
  named: z.boolean().default(true),
  kind: z.enum(['person', 'organisation', 'emergency']),
  organisation: z.string().optional(),
  /** What the contact is for, as the plan describes it. */
  description: z.string().optional(),
  tags: z.array(z.string()).default([]),
  phones: z.array(phoneSchema).default([]),
  email: z.email().optional(),
  website: z.string().optional(),
  address: z.string().optional(),
  /** OpenStreetMap opening_hours syntax ("Mo-Fr 08:30-17:00", "24/7"); absent = not stated in the plan. */
  hours: z.string().optional(),
  /** Shown with the hours when they do not come from this school's plan (national facts, for example). */
  hoursNote: z.string().optional(),
  /** Shown when the contact itself does not come from this school's own plan (a national number). */
  originNote: z.string().optional(),
  /** Contact ids to put first when this one is closed. */
  afterHours: z.array(id).optional(),
  /** Set when the plan names a role but not the person or number. */
  missing: z.string().optional(),
  source: sourceRefSchema,
});

export const absentProtocolSchema = z.strictObject({
  /** The protocol's name as the plan prints it. */
  name: z.string(),
  /** Where the plan names the protocol (or, if it does not, where it says who is responsible). */
  source: sourceRefSchema,
  /** Roles to ask, in order. */
  ask: z.array(id).min(1),
  /** Contact ids with emergency basics to show. */
  contacts: z.array(id).default([]),
  /** True when the plan names the protocol; false when the plan has no such protocol at all. */
  named: z.boolean(),
});

/**
 * What the school's plan leaves open beyond roles and contacts (see
 * open-items.ts): passages that contradict each other, protocols it names but
 * does not contain, and questions it does not answer. Each cites the plan.
 */
export const planGapsSchema = z.strictObject({
  /** Two or more passages of the plan that say opposite things, and the reading WatNu follows meanwhile. */
  contradictions: z
    .array(z.strictObject({ id, summary: z.string().min(10), passages: z.array(sourceRefSchema).min(2), reading: z.string().min(10) }))
    .default([]),
  /** A protocol or document the plan refers to but does not contain (besides the routes marked `absent`). */
  namedNotContained: z.array(z.strictObject({ id, name: z.string().min(3), source: sourceRefSchema })).default([]),
  /** A question the plan does not answer and WatNu needs the school to answer. */
  questions: z.array(z.strictObject({ id, question: z.string().min(10), source: sourceRefSchema })).default([]),
});

/**
 * How a school settles an open item (`<code>:<subject>` in open-items.ts):
 * with its answer, or by saying explicitly that it does not know, and why.
 * Names and numbers of role holders are not answers: they go in contacts.yaml.
 */
export const settlementSchema = z.union([
  z.strictObject({ unknown: z.literal(true), reason: z.string().min(10, 'say why the value is unknown') }),
  z.strictObject({ answer: z.string().min(10, 'the answer the school gives') }),
]);

/** Where the `ib` and `directeur` channels live besides the embedded inbox (always on). */
export const channelTargetsSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'a channel id such as teams or slack'),
  // Each channel plugin's own target schema checks its entry at start and in npm run check (channels/registry.ts).
  z.record(z.string(), z.unknown()),
);

const escalationStepSchema = z.strictObject({
  /** Minutes without acknowledgement before a reminder in the same channel. */
  remindAfterMinutes: z.number().int().min(1),
  /** Minutes without acknowledgement before the next level is alerted. */
  escalateAfterMinutes: z.number().int().min(1),
  /** Count only school hours (working days) for this urgency. */
  schoolHoursOnly: z.boolean().default(false),
  /**
   * Minutes within which a handoff must reach its channel (Teams/Slack) before
   * it fails over to the next level and the embedded inbox; default acuut 1,
   * hoog 15, normaal 60 (school hours, so "the next school hour").
   */
  deliverWithinMinutes: z.number().int().min(1).optional(),
});

export const escalationPolicySchema = z.strictObject({
  acuut: escalationStepSchema.default({ remindAfterMinutes: 5, escalateAfterMinutes: 10, schoolHoursOnly: false }),
  hoog: escalationStepSchema.default({ remindAfterMinutes: 60, escalateAfterMinutes: 120, schoolHoursOnly: false }),
  normaal: escalationStepSchema.default({ remindAfterMinutes: 240, escalateAfterMinutes: 480, schoolHoursOnly: true }),
  /** Who is alerted next, per level, after the channel the handoff went to. Role ids. */
  chain: z.strictObject({
    ib: z.array(z.string()).min(1).default(['aandachtsfunctionaris', 'directeur']),
    directeur: z.array(z.string()).min(1).default(['bestuur']),
  }).default({ ib: ['aandachtsfunctionaris', 'directeur'], directeur: ['bestuur'] }),
  /** School hours for `schoolHoursOnly` (OpenStreetMap opening_hours syntax). */
  schoolHours: z.string().default('Mo-Fr 08:00-17:00; PH off'),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-10-19');

/** The school's calendar: the national holiday region and its own vacations (days without school hours). */
export const calendarSchema = z.strictObject({
  holidayRegion: z.enum(['north', 'middle', 'south']),
  vacations: z.array(z.strictObject({ name: z.string().min(2), from: isoDate, to: isoDate })).default([]),
});

export const schoolFileSchema = z.strictObject({
  id,
  name: z.string(),
  region: z.string(),
  /** Default language of the school (a locales/ language); default the language of its plan. */
  language: z.string().regex(/^[a-z]{2,3}$/, 'a language code such as nl or en (a file in locales/)').optional(),
  calendar: calendarSchema.optional(),
  timezone: z.string().default('Europe/Amsterdam'),
  source: sourceRefSchema,
  /** Role id → contact id (in contacts.yaml). */
  roles: z.record(id, id),
  /** Route id → dialog id, or an honest "not in this plan" entry. */
  routes: z.record(id, z.union([id, z.strictObject({ absent: absentProtocolSchema })])),
  channels: z.strictObject({ ib: channelTargetsSchema.default({}), directeur: channelTargetsSchema.default({}) }).default({ ib: {}, directeur: {} }),
  escalation: escalationPolicySchema.default(escalationPolicySchema.parse({})),
  /** Calamity checklists (calamity/<id>.yaml) this school's plan provides; absent when the plan has no calamity plan. */
  calamity: z.strictObject({ templates: z.array(id).min(1) }).optional(),
  /** What the plan leaves open beyond roles and contacts; see open-items.ts. */
  gaps: planGapsSchema.default({ contradictions: [], namedNotContained: [], questions: [] }),
  /** Open items the school has settled, by key (`<code>:<subject>`, as `npm run check` prints them). */
  settled: z.record(z.string().regex(/^[a-z-]+:[a-z0-9-]+$/, 'keys are <code>:<subject>, as npm run check prints them'), settlementSchema).default({}),
  /** The incident register categories of the school's plan. */
  incidents: incidentCategoriesSchema,
  /** Which Microsoft 365 tenant / Teams teams belong to this school (to find the school of an incoming Teams activity). */
  teams: z.strictObject({ tenantId: z.string().optional(), teamIds: z.array(z.string()).default([]) }).optional(),
  /** Which Slack workspace (team id, e.g. T0123ABC) belongs to this school. */
  slack: z.strictObject({ teamId: z.string().regex(/^[TE][A-Z0-9]{2,}$/, 'a Slack team id such as T0123ABC') }).optional(),
  /** Staff identities on Teams (AAD object id or UPN) and Slack (user id) → role. */
  users: z
    .array(
      z.strictObject({
        teams: z.string().optional(),
        slack: z.string().optional(),
        /** The e-mail address / UPN the person signs in to the web chat with (OpenID Connect). */
        email: z.email().optional(),
        name: z.string().optional(),
        role: id,
        /** May open calamity cases (the director and configured deputies). */
        deputy: z.boolean().default(false),
      }),
    )
    .default([]),
});

export const contactsFileSchema = z.strictObject({ contacts: z.array(contactSchema) });

export type Contact = z.infer<typeof contactSchema>;
export type Phone = z.infer<typeof phoneSchema>;
export type AbsentProtocol = z.infer<typeof absentProtocolSchema>;
export type SchoolFile = z.infer<typeof schoolFileSchema>;
export type EscalationPolicy = z.infer<typeof escalationPolicySchema>;
export type ChannelTargets = z.infer<typeof channelTargetsSchema>;
export type PlanGaps = z.infer<typeof planGapsSchema>;
export type Settlement = z.infer<typeof settlementSchema>;
export type Calendar = z.infer<typeof calendarSchema>;
