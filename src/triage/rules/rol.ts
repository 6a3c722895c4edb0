import type { Evidence } from '../evidence.js';

/** "Wat moet ik als invaller doen?": a role named with "als" and a question about what to do. */
export function askingOwnDuty(e: Evidence): number {
  const asRole = e.tokens.some((t, i) => (t.text === 'als' || t.text === 'as') && e.persons.some((p) => p.index > i && p.index <= i + 3 && p.kind === 'staff'));
  const whatToDo = e.tokens.some((t, i) => (t.text === 'wat' || t.text === 'what') && e.tokens.slice(i + 1, i + 6).some((n) => n.text === 'doen' || n.text === 'do'));
  return asRole && whatToDo ? 2.5 : 0;
}
