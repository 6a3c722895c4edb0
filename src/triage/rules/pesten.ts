import { acts } from '../acts.js';
import type { Evidence } from '../evidence.js';

/** What combinations of signals add to pesten's score (its cues: triage/lexicon/pesten.yaml). */
export const pesten = (e: Evidence): number => meanOnline(e) + peersAgainstPupil(e);

/** Nastiness in chats among children, without sexual images: cyberbullying. */
function meanOnline(e: Evidence): number {
  const nasty = e.has('aggression') || e.has('mean');
  return (e.has('message') || e.has('image')) && nasty && !e.has('sexual') ? 2 : 0;
}

/**
 * Bullying is repeated aggression against one pupil by other pupils, told from
 * the side of the pupil it happens to: "wordt steeds uitgescholden door klasgenoten".
 */
function peersAgainstPupil(e: Evidence): number {
  if (e.has('family') || e.has('home')) return 0;
  const againstPupil = acts(e, ['aggression', 'harm', 'threat']).filter((act) => act.victim === 'pupil');
  const repeated = e.has('repeated') ? 1 : 0;
  if (againstPupil.some((act) => act.passive && act.actor !== 'family' && act.actor !== 'staff')) return 2 + repeated;
  const byPeers = againstPupil.some((act) => act.actor === 'pupil' || (act.actor === 'unknown' && e.has('schoolPeer')));
  return byPeers ? 0.5 + repeated : 0;
}
