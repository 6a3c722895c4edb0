import { acts } from '../acts.js';
import type { Evidence } from '../evidence.js';
import { pupilTeller } from '../tellers.js';
import { type RouteLexicon, weighted } from './types.js';

/**
 * A pupil tells a staff member, on their own, about violence or abuse at home.
 * The words alone rarely say it; the combination does: a pupil (or an unnamed
 * "he/she" talking to me) tells + harm + family or home.
 */
export const disclosure: RouteLexicon = {
  route: 'disclosure',
  cues: [
    ...weighted(5, 'disclosure|onthulling|onthuld|disclosed|discloses'),
    ...weighted(
      3,
      'niemand & vertel*|zeggen',
      'aan niemand',
      'mag & niemand & weten',
      'geheim & houden|bewaren|blijven|vertel*|is',
      'geheimpje',
      'belo* & niet & vertel*|zeggen|doorvertellen',
      'not & tell & anyone|anybody',
      'keep & secret',
      'promise & not & tell',
    ),
    ...weighted(2, 'uitgesproken', 'in vertrouwen', 'vertrouwde|vertrouwt & toe', 'toevertrouwd', 'confided', 'kwam|komt & naar & me|mij & toe', 'came & to & me', 'om hulp', 'asked for help'),
  ],
  combine: toldAbout,
};

function toldAbout(e: Evidence): number {
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
