import type { Locale, School } from '../content/types.js';
import type { Translate } from '../i18n.js';

/** A role as a person to address: "Helen Berendsen (aandachtsfunctionaris)", or "de intern begeleider" when the plan names no one. */
export function roleLabel(school: School, role: string, t: Translate, locale: Locale): string {
  const contact = school.contacts.get(school.roles[role] ?? '');
  return contact?.named ? `${contact.name} (${t(locale, `role.${role}`)})` : t(locale, `role.the.${role}`);
}

/** The phone numbers the plan gives for a role's holder. */
export function rolePhones(school: School, role: string): string[] {
  return school.contacts.get(school.roles[role] ?? '')?.phones.map((p) => p.number) ?? [];
}

/** The school's own general number (a school contact tagged "algemeen nummer"), if the plan gives one. */
export function schoolNumber(school: School): string | null {
  for (const contact of school.contacts.values()) {
    if (contact.organisation === 'school' && contact.tags.includes('algemeen nummer') && contact.phones[0]) return contact.phones[0].number;
  }
  return null;
}

/** Who to call now about a handoff that did not arrive, and on which number (the school's general one when the plan has none for the role). */
export function roleToCall(school: School, role: string, t: Translate, locale: Locale): { who: string; phone: string | null } {
  return { who: roleLabel(school, role, t, locale), phone: rolePhones(school, role)[0] ?? schoolNumber(school) };
}
