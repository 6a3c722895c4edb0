import { acts } from '../acts.js';
import type { Evidence } from '../evidence.js';
import { pupilTeller } from '../tellers.js';

/** A pupil (or an unnamed "he/she" talking to me) tells about harm at home: the combination, not the words, makes a disclosure. */
export function toldAbout(e: Evidence): number {
  const teller = pupilTeller(e);
  const domestic = e.has('family') || e.has('home');
  if (!teller) return e.has('harm') ? 0.5 : 0;
  // Told about classmates, not about home: that is bullying or behaviour.
  if (e.has('schoolPeer') && !domestic) return 0;
  // Told about a staff member, not about home: that is misbruik-door-personeel.
  if (!domestic && acts(e, ['harm', 'sexual', 'threat']).some((act) => act.actor === 'staff')) return 0;
  const told = abuseTold(e, domestic);
  if (told === 0) return 0;
  return told + (teller === 'pupil' ? 1 : 0) + (domestic ? 1.5 : 0);
}

function abuseTold(e: Evidence, domestic: boolean): number {
  if (e.has('harm')) return 3.5;
  const sexualNotByStaff = acts(e, ['sexual']).some((act) => act.actor !== 'staff');
  if (sexualNotByStaff && domestic) return 3.5;
  if (e.has('injury') && domestic) return 3;
  if (e.has('fear') && domestic) return 2.5;
  if (e.has('secret') && domestic) return 1.5;
  return 0;
}
