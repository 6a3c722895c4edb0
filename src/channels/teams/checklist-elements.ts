import type { ChecklistView } from '../../engine/types.js';
import type { Say } from './card-say.js';
import { type Container, escapeMarkdown, type TextBlock } from './card-types.js';

const marks = { open: '☐', gedaan: '☑', nvt: '–' } as const;

/** A checklist as lines with a status mark and the owner; the state lives in WatNu, not in the card. */
export function checklistElement(checklist: ChecklistView, say: Say): Container {
  const items: TextBlock[] = checklist.items.map((item, i) => {
    const status = item.status ?? 'open';
    const owner = item.owner ? ` — ${say('teams.checklist.owner', { owner: item.owner })}` : '';
    return {
      type: 'TextBlock',
      text: escapeMarkdown(`${marks[status]} ${item.label}${status === 'nvt' ? ` (${say('teams.checklist.nvt')})` : ''}${owner}`),
      wrap: true,
      ...(status === 'gedaan' ? { color: 'good' as const } : {}),
      ...(status !== 'open' ? { isSubtle: true } : {}),
      spacing: i === 0 ? 'default' : 'small',
    };
  });
  return { type: 'Container', separator: true, spacing: 'medium', items };
}
