import type { ModuleTurn } from '../app/turn-module.js';
import type { Locale } from '../content/types.js';
import type { Reply } from '../engine/types.js';
import type { Actor } from './access.js';
import type { CalamityPending, CalamityState } from './calamity-state.js';

/** One calamity-mode turn: who acts, in which language, and the calamity state they are in. */
export type CalamityTurn = ModuleTurn & { readonly actor: Actor; readonly state: CalamityState; readonly locale: Locale };

/** What a calamity-mode turn leads to: the next calamity state and the replies. */
export interface CalamityOutcome {
  readonly state: CalamityState;
  readonly replies: Reply[];
}

export type IncidentPending = Extract<CalamityPending, { kind: 'incident' }>;

/** The state with only the selected case kept (any pending question dropped). */
export function keepCase(state: CalamityState): CalamityState {
  return state.caseId ? { caseId: state.caseId } : {};
}
