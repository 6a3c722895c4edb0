import type { Evidence } from './evidence.js';
import { type Role, tellerOf, toldByClassmate } from './roles.js';

/** Who told: the strongest teller found, a pupil before an unknown one; a classmate passing something on is no teller of their own harm. */
export function pupilTeller(e: Evidence): 'pupil' | 'unknown' | null {
  const roles: Role[] = e
    .hits('tells')
    .filter((occurrence) => !toldByClassmate(e, occurrence))
    .map((occurrence) => tellerOf(e, occurrence));
  if (roles.includes('pupil')) return 'pupil';
  return roles.includes('unknown') ? 'unknown' : null;
}

export function pupilTells(e: Evidence): boolean {
  return pupilTeller(e) !== null;
}

/** A parent, neighbour, colleague or classmate passing on a worry is a signal for the meldcode, not a disclosure. */
export function thirdPartyTells(e: Evidence): number {
  const tells = e.hits('tells');
  const roles = tells.map((occurrence) => tellerOf(e, occurrence));
  const byAdult = roles.some((role) => role === 'family' || role === 'outsider' || role === 'staff');
  const byClassmate = tells.some((occurrence) => toldByClassmate(e, occurrence));
  return (byAdult || byClassmate) && (e.has('harm') || e.has('injury') || e.has('sexual')) ? 1.5 : 0;
}
