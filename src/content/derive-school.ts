import type { ContentProblem } from './problem.js';
import type { Person, SchoolOnPlan } from './school-on-plan-schema.js';
import { type Contact, contactSchema } from './school-schema.js';
import type { School } from './types.js';

/**
 * A school on a plan: the plan's template (routes, roles, sociale kaart, gaps,
 * incident categories) with the school's own people, contacts, channels and
 * calendar. The template school's own people (contacts whose organisation is
 * `school` or the template school's name) never carry over: a role the school does not fill in is shown as
 * the role without a name or number, and `npm run check` lists it as open.
 */
export function deriveSchool(template: School, own: SchoolOnPlan, file: string, language: string): { school: School; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const contacts = new Map<string, Contact>();
  const roles: Record<string, string> = { ...template.roles };
  const ownContacts = new Set<string>();
  const holders = new Map<string, string[]>();
  for (const [role, contactId] of Object.entries(template.roles)) holders.set(contactId, [...(holders.get(contactId) ?? []), role]);

  for (const contact of template.contacts.values()) {
    if (!ofTemplateSchool(contact, template)) {
      contacts.set(contact.id, contact);
      continue;
    }
    if (contact.tags.includes('algemeen nummer')) {
      contacts.set(contact.id, schoolSwitchboard(contact, own));
      if (own.phone) ownContacts.add(contact.id);
      continue;
    }
    const role = holders.get(contact.id)?.[0] ?? contact.id;
    contacts.set(contact.id, unfilled(contact, role, own.name));
  }

  for (const [role, person] of Object.entries(own.people)) {
    const held = template.roles[role];
    if (!held) {
      problems.push({ code: 'unknown-role', file, at: `people.${role}`, message: `the plan ${own.plan} has no role "${role}" (roles: ${Object.keys(template.roles).join(', ')})` });
      continue;
    }
    const shared = (holders.get(held) ?? []).length > 1;
    const contactId = shared ? role : held;
    const base = template.contacts.get(held)!;
    contacts.set(contactId, personContact(contactId, base, person));
    roles[role] = contactId;
    ownContacts.add(contactId);
  }

  own.contacts.forEach((entry, index) => {
    const base = contacts.get(entry.id);
    const parsed = contactSchema.safeParse(base ? { ...base, ...entry } : entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push({ code: 'schema', file, at: `contacts[${index}].${issue?.path.join('.') || entry.id}`, message: `${entry.id}: ${issue?.message ?? 'invalid contact'}${base ? '' : ' (a new contact needs every field of a sociale kaart entry)'}` });
      return;
    }
    contacts.set(entry.id, parsed.data);
    ownContacts.add(entry.id);
  });

  const users = [
    ...Object.entries(own.people).flatMap(([role, p]) =>
      p.teams || p.slack ? [{ ...(p.teams ? { teams: p.teams } : {}), ...(p.slack ? { slack: p.slack } : {}), name: p.name, role, deputy: p.deputy }] : [],
    ),
  ];
  const school: School = {
    ...template,
    id: own.id,
    name: own.name,
    plan: own.plan,
    language: own.language ?? language,
    timezone: own.timezone ?? template.timezone,
    roles,
    channels: own.channels,
    escalation: own.escalation ?? template.escalation,
    settled: own.settled,
    users,
    teams: own.teams,
    slack: own.slack,
    calendar: own.calendar,
    file,
    contactsFile: file,
    contacts,
    ownContacts,
    people: Object.fromEntries(Object.entries(own.people).map(([role, p]) => [role, { name: p.name, ...(p.language ? { language: p.language } : {}) }])),
  };
  return { school, problems };
}

/** A contact of the template school itself (its people, teams and switchboard), not of the board or the region. */
function ofTemplateSchool(contact: Contact, template: School): boolean {
  return contact.organisation === 'school' || contact.organisation === template.name;
}

function personContact(id: string, base: Contact, person: Person): Contact {
  return {
    ...base,
    id,
    name: person.name,
    named: true,
    phones: person.phone ? [{ number: person.phone }] : [],
    email: person.email,
    missing: person.phone ? undefined : `Het telefoonnummer van ${person.name} staat nog niet in het schoolbestand.`,
  };
}

/** A role holder (or team) of the template school the school has not filled in: the role, no name, no number. */
function unfilled(contact: Contact, role: string, schoolName: string): Contact {
  const title = role.charAt(0).toUpperCase() + role.slice(1).replace(/-/g, ' ');
  return {
    ...contact,
    name: title,
    named: false,
    phones: [],
    email: undefined,
    missing: `Wie dit is bij ${schoolName} en hoe je hem of haar bereikt, staat nog niet in het schoolbestand.`,
  };
}

function schoolSwitchboard(contact: Contact, own: SchoolOnPlan): Contact {
  return {
    ...contact,
    name: own.name,
    phones: own.phone ? [{ number: own.phone }] : [],
    email: undefined,
    ...(own.phone ? {} : { missing: `Het algemene nummer van ${own.name} staat nog niet in het schoolbestand.` }),
  };
}
