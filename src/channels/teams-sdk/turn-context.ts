import type { ActivityLike } from '@microsoft/teams.api';
import type { IActivityContext } from '@microsoft/teams.apps';
import type { Activity, TurnContext } from 'botbuilder';

/**
 * The part of botbuilder's TurnContext that WatNu's shared Teams handlers
 * (src/channels/teams/*-handler.ts, turn-replies, turn-data, identity-resolver)
 * use, implemented on a Teams SDK activity context:
 * - `activity`: the inbound activity (the SDK hands the JSON body through as is);
 * - `turnState`: a per-turn map (request time and logger, turn-data.ts);
 * - `sendActivities` / `updateActivity`: the SDK's `ctx.send` (POST, or PUT when the activity has an id),
 *   to the user who sent the activity;
 * - `adapter.createConnectorClient`: the member look-up botbuilder's
 *   `TeamsInfo.getMember` makes (identity-resolver.ts, UPN matches), on the SDK's API client.
 * botbuilder stays a type here only; nothing of its runtime runs on this path
 * except `TeamsInfo.getMember`'s few lines of argument handling.
 */
export function turnContextOf(ctx: IActivityContext): TurnContext {
  // The SDK addresses a reply (from, conversation) but, unlike botbuilder, names no recipient: the sender is it.
  const send = (activity: Partial<Activity>) => ctx.send({ recipient: ctx.activity.from, ...activity } as unknown as ActivityLike);
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
