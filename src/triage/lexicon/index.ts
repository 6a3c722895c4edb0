import { acuut } from './acuut.js';
import { calamiteit } from './calamiteit.js';
import { disclosure } from './disclosure.js';
import { dossier } from './dossier.js';
import { eergerelateerd } from './eergerelateerd.js';
import { grensoverschrijdend } from './grensoverschrijdend.js';
import { kindcheck } from './kindcheck.js';
import { klacht } from './klacht.js';
import { meldcode } from './meldcode.js';
import { misbruikDoorPersoneel } from './misbruik-door-personeel.js';
import { ongewenstGedragPersoneel } from './ongewenst-gedrag-personeel.js';
import { overlijden } from './overlijden.js';
import { pesten } from './pesten.js';
import { rol } from './rol.js';
import { sexting } from './sexting.js';
import { socialeKaart } from './sociale-kaart.js';
import type { RouteLexicon } from './types.js';
import { vermissing } from './vermissing.js';

/** Every route's lexicon; 'onduidelijk' has none, it is what is left. */
export const lexicons: readonly RouteLexicon[] = [
  acuut,
  disclosure,
  eergerelateerd,
  misbruikDoorPersoneel,
  vermissing,
  meldcode,
  kindcheck,
  pesten,
  grensoverschrijdend,
  sexting,
  ongewenstGedragPersoneel,
  calamiteit,
  overlijden,
  klacht,
  socialeKaart,
  dossier,
  rol,
];
