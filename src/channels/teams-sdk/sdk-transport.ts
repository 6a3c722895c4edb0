import type { ActivityParams } from '@microsoft/teams.api';
import { DeliveryError } from '../channel.js';
import { cardActivity } from '../teams/card-activity.js';
import type { ConversationReference } from '../teams/conversation-store.js';
import type { TeamsTransport } from '../teams/outbox-delivery.js';
import type { ConnectorClients } from './connector-clients.js';
import { withThrottleRetry } from './throttle-retry.js';

/**
 * The outbox's Teams transport on the Teams SDK's API client. `App.send` is
 * not used: it posts to the one serviceUrl the App was built with and needs
 * credentials (teams.apps dist/app.js `send`: `if (!this.id) throw`, `serviceUrl:
 * this.api.serviceUrl`), while WatNu posts to each conversation's own Bot
 * Connector URL, also with authentication off on loopback. So the lower-level
 * client does it: a kept client per serviceUrl (connector-clients.ts),
 * `.conversations.activities(id)`.
 */
export function sdkTransport(clientFor: ConnectorClients): TeamsTransport {
  const wire = (reference: ConversationReference, activity: ReturnType<typeof cardActivity>) =>
    ({
      ...activity,
      channelId: 'msteams',
      serviceUrl: reference.serviceUrl,
      conversation: reference.conversation,
      ...(reference.bot ? { from: reference.bot } : {}),
    }) as unknown as ActivityParams;
  return {
    async post(reference, card, signal) {
      const activities = (await clientFor(reference.serviceUrl)).conversations.activities(reference.conversation.id);
      const activity = wire(reference, cardActivity(card));
      const sent = await withThrottleRetry(() => untilAborted(activities.create(activity), signal), signal);
      return sent.id;
    },
    async update(reference, activityId, card) {
      const activities = (await clientFor(reference.serviceUrl)).conversations.activities(reference.conversation.id);
      const activity = wire(reference, cardActivity(card, activityId));
      await withThrottleRetry(() => activities.update(activityId, activity));
    },
  };
}

/**
 * The SDK's conversation client takes no abort signal, so a hung call is
 * given up on here when the dispatcher aborts (the HTTP request itself runs
 * on until its socket times out; the post may still arrive, so the failure
 * says it may have).
 */
function untilAborted<T>(call: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return call;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DeliveryError('the dispatcher gave up on this Teams post (timeout)', { mayHaveArrived: true, reason: 'aborted' }));
    signal.addEventListener('abort', onAbort, { once: true });
    call.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
