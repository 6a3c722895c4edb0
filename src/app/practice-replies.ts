import type { LocaleTable } from '../content/types.js';
import type { Effect, Reply } from '../engine/types.js';

const fill = (text: string, vars: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');

/**
 * Oefenmodus: every reply is marked as practice; a safety reply keeps its real
 * numbers with a note that this is an exercise; a handoff the turn decided
 * is shown as what would have been sent (pupil by initials and group only),
 * and says that nothing was sent.
 */
export function practiceReplies(table: LocaleTable, replies: readonly Reply[], decided: readonly Effect[]): Reply[] {
  const say = (key: string, vars: Record<string, string> = {}) => fill(table[key] ?? key, vars);
  const marked = replies.map((reply) => ({
    ...reply,
    text: `${say('practice.prefix')} ${reply.text}${reply.tone === 'safety' ? `\n\n${say('practice.safety-note')}` : ''}`,
  }));
  for (const effect of decided) {
    if (effect.type !== 'handoff') continue;
    const h = effect.handoff;
    marked.push({
      text: `${say('practice.prefix')} ${say('practice.handoff', { to: say(`role.the.${h.to === 'ib' ? 'intern-begeleider' : 'directeur'}`), urgency: h.urgency, initials: h.pupil.initials, group: h.pupil.group, ask: h.ask })}`,
      tone: 'warning',
    });
  }
  return marked;
}
