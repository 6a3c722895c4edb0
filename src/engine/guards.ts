import type { Guard, GuardName } from '../content/registry-names.js';
import { canManageCalamity } from './calamity-access.js';
import { actorOf } from './actor.js';
import type { Turn } from './turn.js';

interface GuardImpl<G extends Guard> {
  test(turn: Turn, guard: G): boolean;
  /** What the asker hears when the guard refuses a form (default: nothing happens). */
  refuse?(turn: Turn): void;
}

type Registry = { readonly [N in GuardName]: GuardImpl<Extract<Guard, { type: N }>> };

/** Named guards (dialog entries, forms), resolved here: the xstate `setup({ guards })` idea. */
export const guards: Registry = {
  'role-is': { test: (turn, g) => g.roles.includes(turn.session.role ?? 'leerkracht') },
  'school-has': {
    test: (turn, g) =>
      (g.route === undefined || typeof turn.school.routes[g.route] === 'string') &&
      (g.role === undefined || g.role in turn.school.roles) &&
      (g.calamity === undefined || Boolean(turn.school.calamity) === g.calamity),
  },
  'can-manage-calamity': {
    test: (turn) => canManageCalamity(turn.school, actorOf(turn)),
    refuse: (turn) => turn.reply({ text: turn.say('case.refused'), tone: 'warning' }),
  },
  'case-selected': {
    test: (turn) => Boolean(turn.session.calamity.caseId),
    // Which cases are open is in the database: the calamity module lists them.
    refuse: (turn) => turn.effects.push({ type: 'module', module: 'calamity', command: 'cases' }),
  },
};

export function passes(turn: Turn, guard: Guard): boolean {
  return (guards[guard.type] as GuardImpl<Guard>).test(turn, guard);
}

/** The first guard that does not pass, or null. */
export function firstFailing(turn: Turn, list: readonly Guard[]): Guard | null {
  return list.find((g) => !passes(turn, g)) ?? null;
}

export function refuse(turn: Turn, guard: Guard): void {
  (guards[guard.type] as GuardImpl<Guard>).refuse?.(turn);
}
