import { acts, staffInvolved } from '../acts.js';
import type { Evidence } from '../evidence.js';
import { mentions } from '../roles.js';
import { type RouteLexicon, weighted } from './types.js';

/** Unwanted or boundary-crossing behaviour by a pupil, including sexual behaviour between children (Vlaggensysteem). */
export const grensoverschrijdend: RouteLexicon = {
  route: 'grensoverschrijdend',
  cues: [
    ...weighted(5, 'grensoverschrijdend*|vlaggensysteem|doktertje', 'playing doctor'),
    ...weighted(
      3,
      'vernield|vernielt|vernielde|vernieling*|vandalisme|vandal*|slopen|sloopt|sloopte',
      'kapot & gemaakt|maakt|gegooid|geschopt',
      'vechtpartij*|vecht|vechten|vochten|gevochten|knokpartij|knokken|fight*|fought',
      'scheldt|schold|schelden|uitschelden|scheldwoord*|vloek*|gevloekt|swear*|swore|cursing',
      'seksueel|seksuele & gedrag|spel|spelletje*',
      'sexual & behaviour|behavior|play',
      'gooit|gooide|gooien|smijt|smeet|threw|throws & stoel|stoelen|tafel|spullen|schaar|steen|stenen|chair|table',
      'woedeaanval*|driftbui*|ontploft|ontplofte|tantrum*|meltdown|onhandelbaar',
      'spuug*|spugen|spuugde|gespuugd|spit*',
      'bijt|beet|bijten|gebeten|bites',
      'laat|liet & piemel|penis|geslachtsdeel|billen & zien',
      'aan & elkaar & zitten|zaten',
      'aan elkaars',
      'steelt|gestolen|diefstal|stelen|steal*|stole',
      'lek & gestoken|geprikt',
      'beschadigd|beschadigt|schade|bekrast|beklad|gekliederd|graffiti|damage*',
      'weigert|weigeren & opdracht*|werk|luisteren',
      'loopt|liep & klas|lokaal & uit',
      'ongehoorzaam|opstandig',
      'verbaal agressief',
      'porno & kijkt|kijken|gekeken',
      'seksueel & getinte & opmerkingen|taal',
      'ruit|ruiten|raam|ramen|window|windows & ingegooid|ingooien|gooit|gooide|kapot|gebroken|ingetrapt|smashed|broke',
      'ingegooid|ingetrapt',
      'hakenkruis*|swastika*|nazi*|nsb',
      'geklad|kladden|gekalkt|getagd|bekladden|gespoten',
      'racistische|racist & opmerking*|scheldwoord*|taal|slurs|remarks',
      'afpersen|afpers*|afgeperst',
      'perst & af',
      'extort*',
      'brandje|vuurtje|aangestoken|sticht',
    ),
    ...weighted(1.5, 'ongewenst gedrag', 'brutaal|respectloos|rude', 'stoel|tafel|chair', 'boos|kwaad|angry', 'ruzie', 'duwt|duwde|duwen|pushes|pushed', 'gedrag|behaviour|behavior'),
  ],
  combine: pupilBehaviour,
};

function pupilBehaviour(e: Evidence): number {
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
