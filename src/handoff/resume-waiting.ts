import type { AccessScope } from '../channels/channel.js';
import type { Logger } from '../log.js';
import type { Db } from '../store/db.js';
import { addressKey } from './addresses.js';
import { resumeWaitingOutbox } from './outbox-repository.js';

/**
 * The hook channels call when access appears (Teams install in a team, the
 * Slack bot invited to a channel): messages waiting for that access are due
 * at once, and the dispatcher is woken. Never rejects: if this fails, the
 * periodic probe is the backstop.
 */
export function resumeWaiting(deps: { db: Db; log: Logger; clock: () => Date; kick: () => void }) {
  return async (scope: AccessScope): Promise<void> => {
    const query = {
      channel: scope.channel,
      schoolIds: scope.schoolIds,
      targetKey: scope.address ? addressKey(scope.address) : undefined,
    };
    await resumeWaitingOutbox(deps.db, query, deps.clock())
      .then((resumed) => {
        if (resumed === 0) return;
        deps.log.info({ channel: scope.channel, schools: scope.schoolIds ?? null, resumed }, 'access appeared: waiting messages resumed');
        deps.kick();
      })
      .catch((error: unknown) => deps.log.error({ err: (error as Error).message, channel: scope.channel }, 'resuming waiting messages failed'));
  };
}
