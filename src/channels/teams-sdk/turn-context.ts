import type { ActivityParams } from '@microsoft/teams.api';
import type { IActivityContext } from '@microsoft/teams.apps';
import type { Activity, TurnContext } from 'botbuilder';
import type { ConnectorClients } from './connector-clients.js';

/**
 * The part of botbuilder's TurnContext that WatNu's shared Teams handlers
 * (src/channels/teams/*-handler.ts, turn-replies, turn-data, identity-resolver)
 * use, implemented on a Teams SDK activity context:
 * - `activity`: the inbound activity (the SDK hands the JSON body through as is);
 * - `turnState`: a per-turn map (request time and logger, turn-data.ts);
 * - `sendActivities` / `updateActivity`: a POST (or a PUT when the activity has an id) to the
 *   conversation, addressed as the SDK's `ctx.send` addresses it (from the bot, in this
 *   conversation) and to the user who sent the activity, on a kept client for the activity's
 *   Bot Connector URL (connector-clients.ts) instead of the fresh clone `ctx.send` makes;
 * - `adapter.createConnectorClient`: the member look-up botbuilder's
 *   `TeamsInfo.getMember` makes (identity-resolver.ts, UPN matches), on the SDK's API client.
 * botbuilder stays a type here only; nothing of its runtime runs on this path
 * except `TeamsInfo.getMember`'s few lines of argument handling.
 */
export function turnContextOf(ctx: IActivityContext, clients: ConnectorClients): TurnContext {
  const send = async (activity: Partial<Activity>): Promise<{ id: string | undefined }> => {
    const { bot, conversation, serviceUrl } = ctx.ref;
    // Unlike botbuilder, the SDK names no recipient on a reply: the sender is it.
    const wire = { recipient: ctx.activity.from, ...activity, from: bot, conversation } as unknown as ActivityParams;
    const activities = (await clients(serviceUrl)).conversations.activities(conversation.id);
    if (activity.id) {
      await activities.update(activity.id, wire);
      return { id: activity.id };
    }
    return { id: (await activities.create(wire)).id };
  };
  const turn = {
    activity: ctx.activity as unknown as Activity,
    turnState: new Map<unknown, unknown>(),
    async sendActivities(activities: Partial<Activity>[]) {
      const sent = [];
      for (const activity of activities) sent.push({ id: (await send(activity)).id });
      return sent;
    },
    async sendActivity(activity: Partial<Activity>) {
      return { id: (await send(activity)).id };
    },
    async updateActivity(activity: Partial<Activity>) {
      if (!activity.id) throw new Error('updateActivity needs the id of the activity to replace');
      await send(activity);
    },
    adapter: {
      createConnectorClient: () => ({
        conversations: {
          getConversationMember: (conversationId: string, userId: string) => ctx.api.conversations.members(conversationId).getById(userId),
        },
      }),
    },
  };
  return turn as unknown as TurnContext;
}
