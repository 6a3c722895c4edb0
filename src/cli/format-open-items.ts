import type { SchoolOpenItems } from '../content/open-items.js';

/** The warnings section of `npm run check`: per school, what its plan leaves open. */
export function formatOpenItems(schools: readonly SchoolOpenItems[]): string {
  const lines = ['Warnings — what the plans leave open (not errors; settle them in the school’s contacts.yaml or school.yaml `settled:`):'];
  for (const school of schools) {
    lines.push('', `${school.schoolId} (${school.name}): ${school.open.length} open, ${school.settled.length} settled`);
    for (const item of school.open) {
      lines.push(`  ! ${item.key} — ${item.message}`);
      for (const passage of item.passages.length > 1 ? item.passages : []) {
        lines.push(`      ${passage.doc} "${passage.section}": "${passage.quote}"`);
      }
    }
    for (const item of school.settled) {
      const how = 'answer' in item.settlement ? `answered: ${item.settlement.answer}` : `unknown: ${item.settlement.reason}`;
      lines.push(`  ✓ ${item.key} — ${how}`);
    }
  }
  return lines.join('\n');
}
