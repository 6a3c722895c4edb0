import { type RouteLexicon, weighted } from './types.js';

/**
 * Looking up an external partner or phone number. Generic "who do I call"
 * words stay weak: "who do I call about bullying?" is about bullying.
 */
export const socialeKaart: RouteLexicon = {
  route: 'sociale-kaart',
  cues: [
    ...weighted(
      5,
      'sociale kaart',
      'veilig thuis',
      'jeugdteam*|wijkteam*|cjg|jeugdarts*|jgz|jeugdgezondheidszorg|schoolarts|ggd|cit|kindertelefoon|leerplicht*|schoolmaatschappelijk*|smw|wijkagent*|jeugdagent*|zorgadviesteam|samenwerkingsverband|jeugdzorg|jeugdbescherming|kinderbescherming|buurtteam*|jeugdverpleegkundige|zorgloket',
      'sociaal & team|wijkteam',
      'centrum & jeugd & gezin',
      'crisis & interventie & team',
      'maatschappelijk werk*',
      'youth & care|team|services|worker',
      'child & helpline|protection',
      'childline|helpline',
      'school & doctor|nurse',
      'social & services|worker',
    ),
    ...weighted(3, 'huisarts|gp', 'vertrouwensinspecteur*|zedenpolitie'),
    ...weighted(2.5, 'tel nr', 'telnr|telefoonnr'),
    ...weighted(
      1.5,
      'telefoonnummer*|nummer|telefoon|bellen|bel|belt|phone|number|call|contact*|reach',
      'adres|mailadres|email|website|contactgegevens|contactpersoon',
      'e mail',
      'openingstijden|bereikbaar|bereiken',
      'wie & is & onze|de',
      'who & is & our|the',
      'waar & kan & ik & terecht',
      'politie|police',
    ),
  ],
};
