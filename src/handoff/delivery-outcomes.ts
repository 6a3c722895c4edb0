import type { DeliveryError, SentRef } from '../channels/channel.js';
import type { Db } from '../store/db.js';
import type { DeliveryHealth } from './delivery-health.js';
import type { DeliveryEvents } from './dispatcher.js';
import type { FailoverService } from './failover-service.js';
import { markHandoffDelivered, markHandoffWaiting } from './handoff-repository.js';
import type { OutboxItem } from './outbox-repository.js';

/**
 * What each delivery outcome means beyond the outbox: the handoff's delivery
 * state (what `status` shows), per-school channel health in the logs, and
 * failover when a channel's configuration is broken.
 */
export function deliveryOutcomes(deps: { db: Db; health: DeliveryHealth; failover: FailoverService; clock: () => Date }): DeliveryEvents {
  const { db, health, failover, clock } = deps;
  return {
    async sent(item: OutboxItem, _ref: SentRef) {
      if (item.kind !== 'update') health.delivered(item.schoolId, item.channel);
      if (item.kind === 'handoff' && item.subject) await markHandoffDelivered(db, item.subject, item.channel, clock());
    },
    async waiting(item: OutboxItem, error: DeliveryError) {
      health.refused(item.schoolId, item.channel, error);
      if (item.kind === 'handoff' && item.subject) await markHandoffWaiting(db, item.subject);
    },
    async failed(item: OutboxItem, error: DeliveryError) {
      health.refused(item.schoolId, item.channel, error);
      if (item.kind === 'handoff' && item.subject) await failover.afterBroken(item.subject, clock());
    },
  };
}
