import { acts, staffInvolved } from '../acts.js';
import type { Evidence } from '../evidence.js';
import { mentions } from '../roles.js';

/** What combinations of signals add to misbruik-door-personeel's score (its cues: triage/lexicon/misbruik-door-personeel.yaml). */
export const misbruikDoorPersoneel = (e: Evidence): number => staffTowardsPupil(e) + privateContact(e);

/** The victim is a pupil, or not named (in a school, then most likely a pupil); never the asker or a colleague. */
function towardsPupil(victim: string): boolean {
  return victim !== 'self' && victim !== 'staff';
}

function staffTowardsPupil(e: Evidence): number {
  const pupil = mentions(e, 'pupil');
  const sexual = acts(e, ['sexual']).filter((act) => towardsPupil(act.victim));
  if (sexual.some((act) => act.actor === 'staff')) return 5.5;
  if (sexual.some((act) => act.actor === 'unknown') && staffInvolved(e) && pupil) return 4.5;
  const rough = acts(e, ['harm', 'threat', 'aggression']).filter((act) => act.actor === 'staff' && towardsPupil(act.victim));
  return rough.length > 0 ? 3 : 0;
}

/**
 * Grooming signs: a staff member messaging a pupil privately, asking for
 * secrecy, in a relationship with a pupil, alone with a pupil out of sight,
 * staying where pupils undress, or filming them there.
 */
function privateContact(e: Evidence): number {
  if (!staffInvolved(e) || !mentions(e, 'pupil')) return 0;
  const filming = e.has('image') && (e.has('privatePlace') || e.has('sexual'));
  // A staff member who stays where pupils undress, or takes one pupil where nobody sees.
  const present = e.has('privatePlace') && !e.has('image') ? 2.5 : 0;
  const isolating = e.has('isolation') ? 2.5 + (e.has('repeated') ? 1 : 0) : 0;
  const messaging = e.has('message') ? 2.5 + (e.has('repeated') ? 1 : 0) : 0;
  return messaging + present + isolating + (e.has('secret') ? 2.5 : 0) + (filming ? 4 : 0) + (e.has('intimacy') ? 3 : 0);
}
