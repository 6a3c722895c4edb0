import { z } from 'zod';

/** A Slack channel or DM, optionally a thread in it. */
export const slackAddressSchema = z.object({ channel: z.literal('slack'), channelId: z.string().min(1), threadTs: z.string().optional() });
export type SlackAddress = z.infer<typeof slackAddressSchema>;
