import { acts, adults } from '../acts.js';
import type { Evidence } from '../evidence.js';
import { mentions } from '../roles.js';

/** What combinations of signals add to ongewenst-gedrag-personeel's score (its cues: triage/lexicon/ongewenst-gedrag-personeel.yaml). */
export const ongewenstGedragPersoneel = (e: Evidence): number => towardsStaff(e) + messagesToMe(e);

/** An adult keeps messaging or posting about the asker. */
function messagesToMe(e: Evidence): number {
  const adult = e.persons.some((p) => adults.has(p.kind));
  return adult && e.has('selfObject') && e.has('message') && !mentions(e, 'pupil') ? 3 : 0;
}

function towardsStaff(e: Evidence): number {
  const againstStaff = acts(e, ['threat', 'aggression', 'sexual', 'harm']).filter((act) => act.victim === 'self' || act.victim === 'staff');
  if (againstStaff.some((act) => adults.has(act.actor))) return 4.5;
  return againstStaff.some((act) => act.actor === 'unknown') ? 2.5 : 0;
}
