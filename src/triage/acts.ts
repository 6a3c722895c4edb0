import type { Evidence } from './evidence.js';
import { actorOf, isPassiveAct, listenerIndices, type Role, victimOf } from './roles.js';
import type { SignalId } from './signals.js';

export interface Act {
  readonly signal: SignalId;
  readonly actor: Role;
  readonly victim: Role;
  /** "wordt uitgescholden": the message is about the one it happens to. */
  readonly passive: boolean;
}

/** Every non-negated act of these kinds, with who does it and to whom. */
export function acts(e: Evidence, signals: readonly SignalId[]): Act[] {
  return signals.flatMap((signal) =>
    e.hits(signal).map((occurrence) => ({
      signal,
      actor: actorOf(e, occurrence),
      victim: victimOf(e, occurrence),
      passive: isPassiveAct(e, occurrence),
    })),
  );
}

/** A staff member named as a doer, not only as the one a pupil told ("vertelde de juf"). */
export function staffInvolved(e: Evidence): boolean {
  const listeners = listenerIndices(e);
  return e.persons.some((p) => p.kind === 'staff' && !listeners.has(p.index));
}

export const adults: ReadonlySet<Role> = new Set<Role>(['family', 'outsider', 'staff']);
