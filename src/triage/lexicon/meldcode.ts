import type { Evidence } from '../evidence.js';
import { actorOf, mentions } from '../roles.js';
import { pupilTells, thirdPartyTells } from '../tellers.js';
import { type RouteLexicon, weighted } from './types.js';

/** Signals of abuse or neglect that the teacher sees or hears from others; no disclosure, no acute danger. */
export const meldcode: RouteLexicon = {
  route: 'meldcode',
  cues: [
    ...weighted(
      5,
      'blauwe plek*|plekjes',
      'blauweplek*',
      'bloeduitstorting*',
      'kindermishandeling',
      'huiselijk geweld',
      'meldcode',
      'verwaarloos*|verwaarlozing',
      'neglect*',
      'bruise*|bruising',
      'child abuse',
      'domestic violence|abuse',
      'signs of abuse|neglect',
    ),
    ...weighted(
      3,
      '*mishandel*',
      'striemen|brandplek*|sigaret*|kneuzing*|brandwond*',
      'plek|plekken|plekjes|wond|wonden|wondjes|krassen|schrammen|striemen & arm|armen|*armen|been|benen|*benen|rug|gezicht|nek|hals|oog|wang|billen|buik|hoofd|lichaam|pols|polsen|dijen|hand|handen|handjes|vingers|voeten|benen',
      'marks|bruises|injuries|cuts|burns & arms|legs|back|face|neck|body|wrist*|hands|hand|feet',
      'ondervoed*|uitgehongerd|malnourish*|unkempt',
      'vermoeden & mishandel*|misbruik*|geweld|verwaarloz*',
      'zorgsignal*|zorgmelding|signaleren',
      'meldcode & stap*|stappen',
      'stappen & vermoeden',
      'signalen & thuis|mishandel*|geweld',
      'veilig thuis & melden|melding|meld',
      'melding & doen|maken',
      'afwegingskader|meldnorm*|afwegingsvraag*|afweging*',
      'kindgesprek',
      'zonder|geen ontbijt|eten|lunch|lunchpakket|brood|jas',
    ),
    ...weighted(
      2,
      'honger*',
      'vies|vieze|smerig*|ongewassen',
      'stinkt|stinken|ruikt|urinelucht',
      'luizen|hoofdluis',
      'hygiene',
      'dezelfde kleren',
      'slecht|niet & verzorgd',
      'mager',
      'te dun',
      'moe|oververmoeid|uitgeput',
      'slaapt|valt & klas|les|slaap',
      'tired|exhausted',
      'onverzorgd|verzorging',
      'geen|zonder gymspullen|spullen|schoenen|tandenborstel',
      'kleding|kleren|schoenen & te & klein|kapot|dun',
      'rotte|slechte tanden|gebit',
      'alleen & thuis & gelaten|laten',
      'tandarts|dokter|arts & niet|nooit',
      'unkempt|neglected|lice',
      'wisselende|vreemde|rare & verklaring*|verhalen',
      'gevallen & zegt|zei|zegt',
      'van & de & trap & gevallen',
      'wonden|verwonding*|letsel|gewond',
      'thuissituatie',
      'thuis & onveilig',
      'geweld',
      'seksueel misbruik',
      'hungry|starving',
      'dirty|smelly|smells',
      'no breakfast|lunch|coat',
      'same clothes',
      'injuries|injured',
      'violence',
      'schrikt & aanraking|aanraakt|aanraken',
      'flinch*',
    ),
    ...weighted(1, 'vermoeden', 'raar|vreemd gevoel', 'niet pluis', 'onderbuik*', 'zorgen', 'worried|worry|concerned|concerns', 'signalen', 'suspect*|suspicion', 'thuis'),
  ],
  combine: (e) => abuseAtHome(e) + thirdPartyTells(e) + fearOfFamily(e) + injurySeen(e),
};

/** Harm, injury or sexual acts together with the family or home: a suspicion, unless the pupil told it. */
function abuseAtHome(e: Evidence): number {
  const harm = e.hits('harm');
  const abuse = harm.length > 0 || e.has('injury') || (e.has('sexual') && e.has('family'));
  if (!abuse) return 0;
  if (!(e.has('family') || e.has('home'))) return 1;
  const byFamily = harm.some((occurrence) => actorOf(e, occurrence) === 'family');
  return pupilTells(e) ? 1 : 2 + (byFamily ? 1 : 0);
}

/** An injury on a pupil that nobody explained: a signal, unless it is happening right now. */
function injurySeen(e: Evidence): number {
  return e.has('injury') && mentions(e, 'pupil') && !e.has('now') ? 1.5 : 0;
}

function fearOfFamily(e: Evidence): number {
  return e.has('fear') && (e.has('family') || e.has('home')) ? 1.5 : 0;
}
