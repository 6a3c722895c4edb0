import { type RouteLexicon, weighted } from './types.js';

/** Honour-related violence: forced marriage, genital mutilation, being cast out, family honour. */
export const eergerelateerd: RouteLexicon = {
  route: 'eergerelateerd',
  cues: [
    ...weighted(
      5,
      'eergerelateerd*|eerwraak|eermoord|trotsmoord|familieeer|eerzaak',
      'eer & gerelateerd',
      'familie & eer',
      'huwelijksdwang|uithuwelijk*|uitgehuwelijkt|kindhuwelijk*',
      'gedwongen & huwelijk|trouwen|getrouwd',
      'achterlating|achtergelaten',
      '*besnijdenis|besneden|besnijden|besnijd*|genita*|vermink*|vgv',
      'verstot*|verstoten|verstoting',
      'forced & marriage|marry|married',
      'arranged & marriage',
      'married off',
      'fgm|circumcis*|mutilat*',
      'honour|honor|disowned',
      'cast out',
    ),
    ...weighted(
      3,
      'trouwen|getrouwd|huwelijk|bruiloft|verloofd|verloving',
      'marry|marriage|married|wedding|engaged',
      'land & herkomst',
      'land & ouders|familie',
      'naar & het & land',
      'home & country',
      'maagdelijk*|maagd|virgin*',
      'schande|shame|*schande',
      'schandalig & familie',
      'te & schande',
      'eer',
    ),
    ...weighted(3, 'ceremonie|ceremony|ritueel|ritual|inwijding|initiation'),
    ...weighted(2, 'moet|moeten & naar & buitenland|land|familie', 'has|have & to & go & abroad|country|back', 'mag & niet & met & jongens', 'gecontroleerd & broer*|familie', 'buitenland & zomer|vakantie|maanden'),
  ],
};
