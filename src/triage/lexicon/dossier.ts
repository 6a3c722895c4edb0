import { type RouteLexicon, weighted } from './types.js';

/** How to record signals or a conversation in the pupil file (ParnasSys). */
export const dossier: RouteLexicon = {
  route: 'dossier',
  cues: [
    ...weighted(
      5,
      'dossier*|leerlingdossier|parnassys|parnasys|parnassis|logboek|verslaglegging|leerlingvolgsysteem|lvs|somtoday|esis',
      'registr*',
      'pupil|student & file|record|records',
      'write & in|down|up',
      'what & write',
      'vastleggen|vastgelegd|vastleg*',
      'leg|legt|leggen & vast',
      'opschrijven|opgeschreven|noteren|noteer|genoteerd|registreren|registratie|documenteren|gedocumenteerd',
      'schrijf|schrijft|schrijven & op',
      'record|records|recording|paperwork|documentation',
      'write & down',
      'file & note|notes',
    ),
    ...weighted(2.5, 'verslag|notitie*|aantekening*', 'avg|privacy|bewaartermijn|bewaren|gdpr', 'inzage|inzien', 'objectief|feitelijk|factual', 'document|log|notes'),
  ],
};
