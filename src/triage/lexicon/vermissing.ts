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
    ),
    ...weighted(2, 'kwijt*', 'zoeken|zoek|search*', 'looking for', 'waar & is & hij|zij|ze', 'niet & opgehaald', 'is|zijn weg', 'ontsnapt|geklommen|escaped'),
  ],
  combine: missingPupil,
};

const lostWords: ReadonlySet<string> = new Set(['kwijt', 'zoek', 'zoeken', 'weg', 'ontsnapt', 'geklommen', 'search', 'searching', 'searched', 'missen', 'mist', 'missing']);

/** "Kwijt", "zoeken", "we missen" are about a child only when a child is named. */
function missingPupil(e: Evidence): number {
  const lost = e.tokens.some((t, i) => e.negatedBy[i] === -1 && t.forms.some((f) => lostWords.has(f) || f.startsWith('kwijt')));
  return lost && mentions(e, 'pupil') ? 2.5 : 0;
}
