import type { School } from '../content/types.js';
import type { Reply, Session, TurnInput } from '../engine/types.js';
import type { Logger } from '../log.js';

export interface ModuleTurn {
  readonly input: TurnInput;
  readonly session: Session;
  readonly school: School;
  readonly now: Date;
  readonly log: Logger;
}

/**
 * A capability outside the protocol engine (calamity cases) that may answer a
 * turn itself, or add replies after the engine answered. Its own state lives
 * in `session.ext`.
 */
export interface TurnModule {
  /** Answers the turn, or returns null to leave it to the engine. */
  handle(turn: ModuleTurn): Promise<{ readonly session: Session; readonly replies: readonly Reply[]; readonly forgetUser?: boolean } | null>;
  /** Extra replies after the engine answered (e.g. an offer to open a case). */
  decorate?(turn: ModuleTurn & { readonly route?: string }): Promise<readonly Reply[]>;
}
