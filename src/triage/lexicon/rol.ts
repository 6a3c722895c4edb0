import type { Evidence } from '../evidence.js';
import { type RouteLexicon, weighted } from './types.js';

/** What the asker's own role and duties are. */
export const rol: RouteLexicon = {
  route: 'rol',
  cues: [
    ...weighted(
      5,
      'mijn & taak|taken|rol|verantwoordelijkheid*|functie|plicht*',
      'wat & wordt & van & mij & verwacht',
      'wie & doet & wat',
      'my & role|duties|duty|responsibilit*|tasks|job',
      'what & expected & of & me',
      'welke & rol',
      'wat & is & rol & van',
      'taakverdeling',
      'wie & is & verantwoordelijk',
    ),
    ...weighted(
      2.5,
      'taak|taken|rol|verantwoordelijk*|bevoegd*|verplicht*|plicht|meldplicht',
      'role|responsibilit*|duties|obliged|required',
      'als & leerkracht|ib|iber|directeur|stagiair*|juf|meester|concierge|vrijwilliger*|invaller|aandachtsfunctionaris',
      'als & intern & begeleider',
      'as & a & teacher|intern|volunteer|head',
      'aandachtsfunctionaris',
      'supposed & to & do',
      'eindverantwoordelijk*|verantwoordelijkheden',
      'verwacht & van & leerkracht|leerkrachten|juf|meester|mij|ons|personeel',
      'beroepsgeheim|meldrecht|zwijgplicht|geheimhoudingsplicht',
      'mag & ik & zelf & melden',
      'bij & wie & lever|meld',
      'als & tso|overblijfkracht|overblijfmedewerker|onderwijsassistent|klassenassistent|schoolpsycholoog|gymleraar|vakleerkracht|invalkracht|stagiaire',
      'ik & ben & tso|overblijfkracht|overblijfmedewerker|onderwijsassistent|invaller|invalkracht|stagiair*|vrijwilliger|concierge|schoolpsycholoog & moet|mag|verplicht|wat',
    ),
  ],
  combine: askingOwnDuty,
};

/** "Wat moet ik als invaller doen?": a role named with "als" and a question about what to do. */
function askingOwnDuty(e: Evidence): number {
  const asRole = e.tokens.some((t, i) => (t.text === 'als' || t.text === 'as') && e.persons.some((p) => p.index > i && p.index <= i + 3 && p.kind === 'staff'));
  const whatToDo = e.tokens.some((t, i) => (t.text === 'wat' || t.text === 'what') && e.tokens.slice(i + 1, i + 6).some((n) => n.text === 'doen' || n.text === 'do'));
  return asRole && whatToDo ? 2.5 : 0;
}
