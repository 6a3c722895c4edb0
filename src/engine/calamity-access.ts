import type { School } from '../content/types.js';
import type { ActorRef } from './types.js';

/** Who acts; the role comes from the channel: configured for Teams/Slack users, picked on the web page. */
export type Actor = ActorRef;

/**
 * Only the school's director and configured deputies open or read calamity
 * cases and incident registrations. A deputy is a configured Teams or Slack
 * identity with `deputy: true`.
 */
export function canManageCalamity(school: School, actor: Actor): boolean {
  if (actor.role === 'directeur') return true;
  const user = school.users.find((u) => (actor.channel === 'teams' ? u.teams === actor.userId : actor.channel === 'slack' ? u.slack === actor.userId : false));
  return Boolean(user && (user.role === 'directeur' || user.deputy));
}
