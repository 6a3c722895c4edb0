import { acts, adults } from '../acts.js';
import type { Evidence } from '../evidence.js';
import { mentions } from '../roles.js';
import { type RouteLexicon, weighted } from './types.js';

/**
 * Unwanted behaviour towards a staff member by a parent, colleague or outsider.
 * A pupil who swears at the teacher is grensoverschrijdend instead.
 */
export const ongewenstGedragPersoneel: RouteLexicon = {
  route: 'ongewenst-gedrag-personeel',
  cues: [
    ...weighted(
      4,
      'ongewenste intimiteit*',
      'stalk*|gestalkt',
      'agressieve|boze|dreigende|intimiderende & ouder|ouders|vader|moeder',
      'aggressive|angry|threatening & parent|parents|father|mother|dad|mum|mom',
      'voel & me|mij & onveilig|bedreigd|geintimideerd|geintimideerd',
      'feel & unsafe|threatened|intimidated',
      'gepest & door & collega*|ouders|ouder',
      'discriminat*|racistisch*|racist*',
    ),
    ...weighted(2.5, 'ongewenst & gedrag & richting|tegen|naar & mij|collega*|personeel|leerkracht*|juf|meester'),
    ...weighted(2.5, 'leugens|laster|smaad|zwartmaken|zwartgemaakt|defam*|lies', 'over & mij|me & bericht*|post*|facebook|online|gezet|geschreven|verspreid'),
    ...weighted(1.5, 'oudergesprek*', 'parent meeting', 'beledig*|insult*', 'lastiggevallen|harass*', 'lastig gevallen'),
    ...weighted(1, 'bedreig*|dreig*|intimid*|threat*'),
    ...weighted(3, 'schoolverbod|terreinverbod|toegangsverbod|locatieverbod', 'toegang & ontzeggen|ontzegd|ontzegging|weigeren', 'ban & from & school|premises|grounds'),
    ...weighted(2.5, 'agressie|agressief|aggression|aggressive & ouder|ouders|parent|parents & tegen|naar|richting|towards|against & leerkracht*|juf|meester|personeel|collega*|staff|teacher*|mij|me'),
  ],
  combine: (e) => towardsStaff(e) + messagesToMe(e),
};

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
