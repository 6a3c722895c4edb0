import type { Evidence } from '../evidence.js';
import type { RouteId } from '../routes.js';
import { acuut } from './acuut.js';
import { toldAbout } from './disclosure.js';
import { pupilBehaviour } from './grensoverschrijdend.js';
import { meldcode } from './meldcode.js';
import { misbruikDoorPersoneel } from './misbruik-door-personeel.js';
import { ongewenstGedragPersoneel } from './ongewenst-gedrag-personeel.js';
import { pesten } from './pesten.js';
import { askingOwnDuty } from './rol.js';
import { sexualImages } from './sexting.js';
import { missingPupil } from './vermissing.js';

/**
 * Extra score from combinations of signals ("a pupil tells" + "harm" +
 * "family"), per route: rules, so code. The routes' cues (words and weights)
 * are data, in triage/lexicon/<route>.yaml; a route without a rule here is
 * scored on its cues alone.
 */
export const combinations: Partial<Record<RouteId, (e: Evidence) => number>> = {
  acuut,
  disclosure: toldAbout,
  grensoverschrijdend: pupilBehaviour,
  // A parent's situation that may harm the children: more likely when the family is named.
  kindcheck: (e) => (e.has('family') ? 1 : 0),
  meldcode,
  'misbruik-door-personeel': misbruikDoorPersoneel,
  'ongewenst-gedrag-personeel': ongewenstGedragPersoneel,
  pesten,
  rol: askingOwnDuty,
  sexting: sexualImages,
  vermissing: missingPupil,
};
