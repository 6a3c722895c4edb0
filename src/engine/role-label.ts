import type { School } from '../content/types.js';

/** "Jan Diebels (directeur)" when the plan names the role holder, else "directeur". */
export function roleHolderLabel(school: School, role: string, say: (key: string) => string): string {
  const contact = school.contacts.get(school.roles[role] ?? '');
  return contact?.named ? `${contact.name} (${say(`role.${role}`)})` : say(`role.${role}`);
}
