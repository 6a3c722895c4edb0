import type { Evidence } from './evidence.js';
import { type Role, tellerOf, toldByClassmate } from './roles.js';

interface Teller {
  role: Role;
  /** A classmate passing something on: no teller of their own harm. */
  classmate: boolean;
}

/** Who tells, for every 'tells' occurrence, worked out once. */
function tellers(e: Evidence): Teller[] {
  return e.hits('tells').map((occurrence) => ({ role: tellerOf(e, occurrence), classmate: toldByClassmate(e, occurrence) }));
}

/** Who told: the strongest teller found, a pupil before an unknown one; a classmate passing something on is no teller of their own harm. */
export function pupilTeller(e: Evidence): 'pupil' | 'unknown' | null {
  const roles = tellers(e)
    .filter((teller) => !teller.classmate)
    .map((teller) => teller.role);
  if (roles.includes('pupil')) return 'pupil';
  return roles.includes('unknown') ? 'unknown' : null;
}

export function pupilTells(e: Evidence): boolean {
  return pupilTeller(e) !== null;
}

/** A parent, neighbour, colleague or classmate passing on a worry is a signal for the meldcode, not a disclosure. */
export function thirdPartyTells(e: Evidence): number {
  const passedOn = tellers(e).some((teller) => teller.classmate || teller.role === 'family' || teller.role === 'outsider' || teller.role === 'staff');
  return passedOn && (e.has('harm') || e.has('injury') || e.has('sexual')) ? 1.5 : 0;
}
