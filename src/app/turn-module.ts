import type { School } from '../content/types.js';
import type { Effect, Reply, Session, TurnInput } from '../engine/types.js';
import type { Logger } from '../log.js';
import type { Queryable } from '../store/db.js';

export interface ModuleTurn {
  readonly input: TurnInput;
  readonly session: Session;
  readonly school: School;
  readonly now: Date;
  readonly log: Logger;
}

export interface ModuleResult {
  readonly session: Session;
  readonly replies: readonly Reply[];
  readonly forgetUser?: boolean;
}

/**
 * A capability outside the protocol engine (calamity case views, privacy).
 * Free text never reaches a module directly: the engine checks it for safety
 * alarms and commands first and hands a module only the commands it
 * recognised for it. Its state is typed in the session (`calamity`).
 */
export interface TurnModule {
  readonly name: 'calamity' | 'privacy';
  /** A button of this module's own views (never free text); null leaves it to the engine. */
  handle?(turn: ModuleTurn): Promise<ModuleResult | null>;
  /** A command the engine recognised for this module, after its safety check. */
  command?(turn: ModuleTurn, command: string, arg?: string): Promise<ModuleResult>;
  /** Database work for an effect of the engine, inside the turn's transaction; false when not this module's. */
  perform?(tx: Queryable, effect: Effect, turn: ModuleTurn): Promise<boolean>;
  /** Replies that follow an effect, read after the commit (the case view that changed). */
  followUp?(effect: Effect, turn: ModuleTurn): Promise<readonly Reply[]>;
  /** Extra replies after the engine answered (e.g. an offer to open a case). */
  decorate?(turn: ModuleTurn & { readonly route?: string }): Promise<readonly Reply[]>;
}
