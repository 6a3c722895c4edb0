import type { Evidence } from './evidence.js';
import { type Role, tellerOf } from './roles.js';

/** Who told: the strongest teller found, a pupil before an unknown one. */
export function pupilTeller(e: Evidence): 'pupil' | 'unknown' | null {
  const roles: Role[] = e.hits('tells').map((occurrence) => tellerOf(e, occurrence));
  if (roles.includes('pupil')) return 'pupil';
  return roles.includes('unknown') ? 'unknown' : null;
}

export function pupilTells(e: Evidence): boolean {
  return pupilTeller(e) !== null;
}

/** A parent, neighbour or colleague passing on a worry is a signal for the meldcode, not a disclosure. */
export function thirdPartyTells(e: Evidence): number {
  const roles = e.hits('tells').map((occurrence) => tellerOf(e, occurrence));
  const byAdult = roles.some((role) => role === 'family' || role === 'outsider' || role === 'staff');
  return byAdult && (e.has('harm') || e.has('injury') || e.has('sexual')) ? 1.5 : 0;
}
