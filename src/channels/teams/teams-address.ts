import { z } from 'zod';

/** A Teams conversation (channel, chat); service URL and tenant when known. */
export const teamsAddressSchema = z.object({
  channel: z.literal('teams'),
  conversationId: z.string().min(1),
  serviceUrl: z.string().optional(),
  tenantId: z.string().optional(),
});
export type TeamsAddress = z.infer<typeof teamsAddressSchema>;

/** A school's Teams channel for `ib` or `directeur` (`channels.ib.teams` in school.yaml). */
export const teamsTargetSchema = z.strictObject({ conversationId: z.string().min(3), serviceUrl: z.url().optional(), tenantId: z.string().optional() });
export type TeamsTarget = z.infer<typeof teamsTargetSchema>;

/** The school's Teams channels for `ib` and `directeur`, as configured (checked at start). */
export function teamsTargets(school: { readonly channels: Readonly<Record<'ib' | 'directeur', Readonly<Record<string, unknown>>>> }): TeamsTarget[] {
  return [school.channels.ib.teams, school.channels.directeur.teams].flatMap((target) => {
    const parsed = target === undefined ? undefined : teamsTargetSchema.safeParse(target);
    return parsed?.success ? [parsed.data] : [];
  });
}
