import type { Evidence } from '../evidence.js';
import { mentions } from '../roles.js';
import { shippedLexicon } from '../shipped-lexicon.js';

/**
 * "Kwijt", "zoeken", "we missen" are about a child only when a child is named
 * ("op weg naar kamp" is on the way, not gone),
 * and not when a thing is lost ("mijn sleutels kwijt", "zijn jas is kwijt"):
 * then they count against this route, and a negative score rules the route
 * out (fusion.ts).
 */
export function missingPupil(e: Evidence): number {
  // triage/lexicon/_word-sets.yaml, `missing`: only `lostThing` words say that a thing is lost ("zijn jas is weg" may mean that the child left).
  const { lost: lostWords, lostThing: lostThingWords } = shippedLexicon().words.missing;
  const onTheWay = (i: number): boolean => e.tokens[i]!.text === 'weg' && e.tokens[i - 1]?.text === 'op';
  const lost = e.tokens.flatMap((t, i) => (e.negatedBy[i] === -1 && !onTheWay(i) && t.forms.some((f) => lostWords.has(f) || f.startsWith('kwijt')) ? [i] : []));
  if (lost.length === 0) return 0;
  const things = e.hits('belongings').map((occurrence) => occurrence[0]!);
  const lostThing = (i: number): boolean =>
    lostThingWords.has(e.tokens[i]!.text) && things.some((at) => at < i && at >= i - 3 && e.tokens[at]!.clause === e.tokens[i]!.clause);
  if (lost.every(lostThing)) return -5;
  return mentions(e, 'pupil') ? 2.5 : 0;
}
