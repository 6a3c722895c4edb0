import type { Content, Locale, School } from '../../../content/types.js';

export interface StaffIdentity {
  readonly schoolId: string;
  readonly role: string;
  readonly name?: string;
}

/** Staff not listed in a school's `users` get the teacher's view. */
export const defaultRole = 'leerkracht';

/** Roles that may open /beheer and read the IB and director inboxes. */
export const managerRoles: ReadonlySet<string> = new Set(['directeur', 'intern-begeleider']);

/** The school's `users` entry with this e-mail address (case-insensitive), if any. */
export function findStaffByEmail(content: Content, email: string): { school: School; user: School['users'][number] } | null {
  const wanted = email.toLowerCase();
  for (const school of content.schools.values()) {
    const user = school.users.find((u) => u.email?.toLowerCase() === wanted);
    if (user) return { school, user };
  }
  return null;
}

/**
 * Role and name of a signed-in e-mail address at its school, read from the
 * content on every request so a changed school.yaml takes effect at once.
 */
export function staffIdentity(content: Content, schoolId: string, email: string, fallbackName: string | null): StaffIdentity {
  const user = content.schools.get(schoolId)?.users.find((u) => u.email?.toLowerCase() === email.toLowerCase());
  const name = user?.name ?? fallbackName ?? undefined;
  return { schoolId, role: user?.role ?? defaultRole, ...(name ? { name } : {}) };
}

/** A role as words in each language of locales/ ("intern begeleider"), never its id. */
export function roleLabels(content: Content, role: string): Record<Locale, string> {
  return Object.fromEntries(Object.entries(content.locales).map(([locale, table]) => [locale, table[`role.${role}`] ?? role]));
}
