import { acts } from '../acts.js';
import type { Evidence } from '../evidence.js';
import { type RouteLexicon, weighted } from './types.js';

/** Bullying, including cyberbullying in group chats and on social media. */
export const pesten: RouteLexicon = {
  route: 'pesten',
  cues: [
    ...weighted(5, '*pest*', 'treiter*|getreiterd', 'bully*|bullied|bullies|cyberbull*'),
    ...weighted(
      3.5,
      'buitengesloten|buitensluit*|uitgesloten|uitsluit*|uitsluiting',
      'sluit*|sloot|sloten & buiten',
      'exclu*',
      'left out',
      'uitgelachen|uitlachen|uitgejouwd',
      'lachen|lacht & uit',
      'laughed & at',
      'mocked|teased|teasing',
      'picked on',
      'belachelijk & maken|gemaakt|maakt|maak',
      'mag|mogen & niet & meedoen|meespelen|meedoen',
      'niemand & wil & spelen|samenwerken|zitten',
      'genegeerd', 'negeren & klas*|groep|iedereen',
      'roddel*|gossip*',
      'gemene & opmerkingen|berichten|dingen|appjes',
      'mean & messages|comments',
      'haatgroep*',
      'memes|meme',
      'nare|gemene|kwetsende|rare|lelijke & bijnamen|bijnaam|grappen|opmerkingen|memes|berichten|filmpjes|fotos|dingen|posts|video*|stories',
      'kwetsend*|vernederd|vernederen|vernedering',
      'nagedaan|naapen',
      'na apen',
      'spullen & afpakken|afgepakt|verstopt|verstoppen',
      'niemand & wil & naast',
      'zit & alleen',
      'name calling',
      'leven & zuur',
      'mag|mogen & nergens|niet & bij & horen',
      'scheldnaam|scheldnamen',
      'calling|call|called & names',
      'not & let & join|play',
      'nobody & plays|play & with',
      'achter & rug',
      'wordt|worden|werd|werden & genoemd|uitgemaakt',
      'achterna & gezeten|gezet|zitten|zit|gejaagd',
      'niet & uitgenodigd|uitnodigen|uitnodigt|invited',
      'poll|peiling|stemming & lelijkste|dikste|domste|stomste|vieste',
    ),
    ...weighted(
      1.5,
      '*groepsapp|klassenapp|whatsapp|snapchat|tiktok|insta|instagram|groupchat', 'group chat',
      'sociale|social & media',
      'slachtoffer|victim',
    ),
  ],
  combine: (e) => meanOnline(e) + peersAgainstPupil(e),
};

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
