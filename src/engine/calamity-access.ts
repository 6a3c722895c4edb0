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
  const user = school.users.find((u) => identityOn(u, actor.channel) === actor.userId);
  return Boolean(user && (user.role === 'directeur' || user.deputy));
}

/** Fields of a `users` entry that are not an identity on a channel. */
const notIdentities = new Set(['email', 'name', 'role', 'deputy']);

/** A staff member's configured id on a channel (`users[].teams`, `users[].slack`, …); the web page has none. */
function identityOn(user: School['users'][number], channel: string): string | undefined {
  if (notIdentities.has(channel)) return undefined;
  const id = (user as Readonly<Record<string, unknown>>)[channel];
  return typeof id === 'string' ? id : undefined;
}
