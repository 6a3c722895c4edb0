import type { Evidence } from '../evidence.js';
import { actorOf, mentions } from '../roles.js';
import { pupilTells, thirdPartyTells } from '../tellers.js';

/** What combinations of signals add to meldcode's score (its cues: triage/lexicon/meldcode.yaml). */
export const meldcode = (e: Evidence): number => abuseAtHome(e) + thirdPartyTells(e) + fearOfFamily(e) + injurySeen(e);

/** Harm, injury or sexual acts together with the family or home: a suspicion, unless the pupil told it. */
function abuseAtHome(e: Evidence): number {
  const harm = e.hits('harm');
  const abuse = harm.length > 0 || e.has('injury') || (e.has('sexual') && e.has('family'));
  if (!abuse) return 0;
  if (!(e.has('family') || e.has('home'))) return 1;
  const byFamily = harm.some((occurrence) => actorOf(e, occurrence) === 'family');
  return pupilTells(e) ? 1 : 2 + (byFamily ? 1 : 0);
}

/** An injury on a pupil that nobody explained: a signal, unless it is happening right now. */
function injurySeen(e: Evidence): number {
  return e.has('injury') && mentions(e, 'pupil') && !e.has('now') ? 1.5 : 0;
}

function fearOfFamily(e: Evidence): number {
  return e.has('fear') && (e.has('family') || e.has('home')) ? 1.5 : 0;
}
