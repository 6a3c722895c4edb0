import type { Evidence } from '../evidence.js';
import { mentions } from '../roles.js';
import { type RouteLexicon, weighted } from './types.js';

/** A missing child. */
export const vermissing: RouteLexicon = {
  route: 'vermissing',
  cues: [
    ...weighted(
      5,
      'vermist*|vermissing|missing',
      'zoekgeraakt',
      'zoek & is|geraakt|raakt',
      'weggelopen|weggerend|weggefietst',
      'weg gelopen|gerend|gefietst',
      'loopt|liep|rende|rent & weg',
      'ran|run|runs & away',
      'spoorloos|verdwenen|verdwijnt|verdwaald|vanished|disappeared',
      'got|is|are|gone|went lost|missing',
      'niet & op & school & verschenen|gekomen|aangekomen',
      'weten|weet & niet & waar & is|zit|uithangt|gebleven',
      'kan|kunnen|kon|konden & niet & vinden',
      'niet vinden',
      'overal & gezocht|zoeken',
      'searched & everywhere',
      'not & return*|arrive*',
      'nergens & te & vinden',
      'niet & te & vinden',
      'niet & meer & gezien',
      'can not find',
      'could not find',
      'cannot|couldnt find',
      'niemand & weet & waar',
      'nobody & knows & where',
      'no one & knows & where',
      'mist|missen|missend & leerling|kind|jongen|meisje|kleuter|pupil|child',
      'niet & teruggekomen|thuisgekomen|aangekomen|teruggekeerd',
      'niet terug na|van|uit|in|gekomen',
      'ontbreekt|ontbreken & leerling|kind|jongen|meisje|kleuter|pupil|child',
      'nergens|niet & te & bekennen',
      'nooit & aangekomen|thuisgekomen',
      'not & come|came & back|home',
      'not & returned|arrived',
      'weggegaan & zonder',
      'tekort & kind|kinderen|leerling*|eentje|een|1',
      'te weinig & kind|kinderen|leerling*|eentje|een|1',
      'telling|tellen|geteld|headcount & klopt|klopte & niet',
      'tellen|geteld|telling & mis|mist|missen|tekort',
      'plein|schoolplein|terrein|schoolterrein af|uit gerend|gelopen|geglipt|geslopen|gefietst|rende|rent|liep',
      'school|schoolgebouw|gebouw uit gerend|gelopen|geglipt|geslopen|gefietst|gevlucht',
      'rende|rent|liep|glipte|sloop|fietste school|plein|schoolplein|gebouw|terrein uit|af',
      'over hek geklommen|gesprongen|klom|klimt',
      'uitgeknepen|weggeglipt|ontglipt',
      'niet & terug & pauze|middagpauze|speelkwartier|buitenspelen|gym|toilet|wc|excursie|uitje',
      'not & show|showed|shown & up',
      'never & arrived|came',
      'has|have & not & been & seen',
    ),
    ...weighted(2, 'waar & is & hij|zij|ze', 'niet & opgehaald', 'is|zijn weg', 'ontsnapt|geklommen|escaped', 'onbereikbaar|unreachable', 'phone & off'),
    // Lost keys or a lost phone are no missing child: these words count only with a pupil (missingPupil).
    ...weighted(1, 'kwijt*', 'zoeken|zoek|search*', 'looking for'),
  ],
  combine: missingPupil,
};

/** Only these say that a thing is lost; "zijn jas is weg" may mean that the child left. */
const lostThingWords: ReadonlySet<string> = new Set(['kwijt', 'kwijtgeraakt']);

const lostWords: ReadonlySet<string> = new Set(['kwijt', 'zoek', 'zoeken', 'weg', 'ontsnapt', 'geklommen', 'search', 'searching', 'searched', 'missen', 'mist', 'missing', 'nergens', 'onbereikbaar', 'tekort']);

/**
 * "Kwijt", "zoeken", "we missen" are about a child only when a child is named
 * ("op weg naar kamp" is on the way, not gone),
 * and not when a thing is lost ("mijn sleutels kwijt", "zijn jas is kwijt"):
 * then they count against this route, and a negative score rules the route
 * out (fusion.ts).
 */
function missingPupil(e: Evidence): number {
  const onTheWay = (i: number): boolean => e.tokens[i]!.text === 'weg' && e.tokens[i - 1]?.text === 'op';
  const lost = e.tokens.flatMap((t, i) => (e.negatedBy[i] === -1 && !onTheWay(i) && t.forms.some((f) => lostWords.has(f) || f.startsWith('kwijt')) ? [i] : []));
  if (lost.length === 0) return 0;
  const things = e.hits('belongings').map((occurrence) => occurrence[0]!);
  const lostThing = (i: number): boolean =>
    lostThingWords.has(e.tokens[i]!.text) && things.some((at) => at < i && at >= i - 3 && e.tokens[at]!.clause === e.tokens[i]!.clause);
  if (lost.every(lostThing)) return -5;
  return mentions(e, 'pupil') ? 2.5 : 0;
}
