import { z } from 'zod';

/** A Teams conversation (channel, chat); service URL and tenant when known. */
export const teamsAddressSchema = z.object({
  channel: z.literal('teams'),
  conversationId: z.string().min(1),
  serviceUrl: z.string().optional(),
  tenantId: z.string().optional(),
});
export type TeamsAddress = z.infer<typeof teamsAddressSchema>;
