import { acts, staffInvolved } from '../acts.js';
import type { Evidence } from '../evidence.js';
import { mentions } from '../roles.js';

/** A pupil who is the one hitting, threatening or acting sexually among children: behaviour, not a pupil in danger. */
export function pupilBehaviour(e: Evidence): number {
  const rough = acts(e, ['harm', 'aggression', 'threat']);
  let score = 0;
  const amongChildren = e.has('schoolPeer') && !e.has('family') && !e.has('home');
  // Written about the doer ("hij schold de juf uit"), not about a pupil it happens to ("hij wordt uitgescholden": bullying).
  const byPupil = rough.filter((act) => act.actor === 'pupil' && !(act.passive && act.victim === 'pupil'));
  if (byPupil.length > 0) score += 3;
  // An unnamed "ze" hitting someone "elke pauze" is most likely other pupils.
  else if (rough.some((act) => act.actor === 'unknown')) score += amongChildren ? 2.5 : 1;
  if (score > 0 && e.has('schoolPeer')) score += 0.5;
  if (sexualAmongChildren(e)) score += 3;
  return score;
}

/** Sexual behaviour by a pupil (towards anyone), or among children only; images are sexting. */
function sexualAmongChildren(e: Evidence): boolean {
  if (!mentions(e, 'pupil') || e.has('image')) return false;
  const sexual = acts(e, ['sexual']);
  return sexual.some((act) => act.actor === 'pupil') || (!staffInvolved(e) && sexual.some((act) => act.victim === 'pupil'));
}
