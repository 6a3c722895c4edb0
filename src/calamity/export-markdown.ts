import type { Translate } from '../i18n.js';
import type { Locale } from '../content/types.js';
import type { CaseView } from './case-view.js';

const box = { open: '[ ]', gedaan: '[x]', nvt: '[-]' } as const;

/** The case as Markdown: header, crisis team, checklist state (incl. the actieplan), logbook in order. */
export function caseMarkdown(view: CaseView, t: Translate, locale: Locale): string {
  const say = (key: string) => t(locale, key);
  const lines = [
    `# ${say('case.export.title')}: ${view.title}`,
    '',
    `- ${say('case.export.kind')}: ${view.templateTitle}`,
    `- ${say('case.export.size')}: ${view.size}`,
    `- ${say('case.export.status')}: ${view.status}`,
    `- ${view.opened}`,
    '',
    `## ${say('case.export.crisis-team')}`,
    '',
    ...(view.crisisTeam.length > 0 ? view.crisisTeam.map((m) => `- ${m.role}: ${m.name}`) : [`- ${say('case.export.none')}`]),
    '',
    `## ${say('case.export.checklist')}`,
  ];
  for (const section of view.sections) {
    lines.push('', `### ${section.title}`, '');
    for (const item of section.items) {
      const extra = [item.owner ? `${say('case.export.owner')}: ${item.owner}` : null, item.due ? `${say('case.export.due')}: ${item.due}` : null].filter(Boolean);
      lines.push(`- ${box[item.status]} ${item.label}${extra.length > 0 ? ` (${extra.join('; ')})` : ''}`);
    }
  }
  lines.push('', `## ${say('case.export.logbook')}`, '');
  for (const entry of view.log) lines.push(`- ${entry.time} — ${entry.author}: ${entry.text}`);
  lines.push('', `_${say('case.export.privacy')}_`, '');
  return lines.join('\n');
}
