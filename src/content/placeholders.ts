import type { Contact } from './school-schema.js';
import type { School } from './types.js';

/** `{{role.aandachtsfunctionaris.name}}`, `{{contact.veilig-thuis.phone}}`, `{{school.name}}`, `{{var.initials}}`. */
const placeholderPattern = /\{\{\s*([^}\s]+)\s*\}\}/g;

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((m) => m[1] ?? '');
}

export const runtimeVariables = ['initials', 'group', 'asker', 'route', 'time', 'step', 'who', 'count', 'urgency', 'note'] as const;

export interface ContactFields {
  name: string;
  phone: string;
  phones: string;
  email: string;
  address: string;
  website: string;
}

export function contactFields(contact: Contact): Partial<ContactFields> {
  // An unnamed role holder offers no {{…name}}: the lint then stops texts that would print a role title as a name.
  const fields: Partial<ContactFields> = contact.named ? { name: contact.name } : {};
  if (contact.phones[0]) fields.phone = contact.phones[0].number;
  // With the plan's labels ("088 3083800 (kantoortijden) / 088 9004000 (buiten kantoortijden)"), so no number reads as always right.
  if (contact.phones.length > 0) fields.phones = contact.phones.map((p) => (p.label ? `${p.number} (${p.label})` : p.number)).join(' / ');
  if (contact.email) fields.email = contact.email;
  if (contact.address) fields.address = contact.address;
  if (contact.website) fields.website = contact.website;
  return fields;
}

const variablesBySchool = new WeakMap<School, Record<string, unknown>>();

/** The interpolation values a school offers to locale strings (computed once per loaded school). */
export function schoolVariables(school: School): Record<string, unknown> {
  let variables = variablesBySchool.get(school);
  if (!variables) {
    variables = computeSchoolVariables(school);
    variablesBySchool.set(school, variables);
  }
  return variables;
}

function computeSchoolVariables(school: School): Record<string, unknown> {
  const role: Record<string, Partial<ContactFields>> = {};
  for (const [roleId, contactId] of Object.entries(school.roles)) {
    const contact = school.contacts.get(contactId);
    if (contact) role[roleId] = contactFields(contact);
  }
  const contact: Record<string, Partial<ContactFields>> = {};
  for (const [id, c] of school.contacts) contact[id] = contactFields(c);
  return { school: { name: school.name, region: school.region }, role, contact };
}

/** Null when the placeholder resolves for this school; otherwise why not. `slots`: a form's slot names, also runtime variables there. */
export function checkPlaceholder(placeholder: string, variables: Record<string, unknown>, slots: ReadonlySet<string> = new Set()): string | null {
  const [head, ...rest] = placeholder.split('.');
  if (head === 'var') {
    const name = rest[0] ?? '';
    return rest.length === 1 && ((runtimeVariables as readonly string[]).includes(name) || slots.has(name))
      ? null
      : `unknown runtime variable "${placeholder}" (known: ${[...runtimeVariables, ...slots].join(', ')})`;
  }
  let value: unknown = variables;
  for (const part of [head, ...rest]) {
    if (value === null || typeof value !== 'object' || !(part! in value)) {
      return `"{{${placeholder}}}" does not resolve`;
    }
    value = (value as Record<string, unknown>)[part!];
  }
  return typeof value === 'string' ? null : `"{{${placeholder}}}" is not a text value`;
}
