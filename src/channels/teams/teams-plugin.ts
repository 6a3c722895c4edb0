import { z } from 'zod';
import { type ChannelFactory, defineChannel } from '../plugin.js';
import { CardStore } from './card-store.js';
import { DeliveryRecords } from './delivery-records.js';
import { type TeamsAddress, teamsAddressSchema, teamsTargetSchema } from './teams-address.js';
import type { TeamsChannelDeps, TeamsChannel } from './teams-channel-contract.js';

const settingsSchema = z.object({
  /**
   * Which implementation serves the 'teams' channel: the Teams SDK v2 (default), or Bot Framework
   * (botbuilder 4 + teams-ai 1, out of support since 2025-12-31; kept selectable).
   */
  TEAMS_ADAPTER: z.enum(['botbuilder', 'teams-sdk']).default('teams-sdk'),
});
type TeamsSettings = z.infer<typeof settingsSchema>;

type CreateTeamsChannel = (deps: TeamsChannelDeps) => TeamsChannel;

/**
 * Microsoft Teams. The definition is cheap; the adapter (Teams SDK v2, ~0.4 s
 * and ~50 MB to import, or botbuilder + teams-ai, ~0.9 s and ~100 MB) is loaded only when TEAMS_ENABLED is on. The channel id stays
 * 'teams' whichever adapter implements it.
 */
export const teamsPlugin = defineChannel<TeamsSettings>({
  id: 'teams',
  config: settingsSchema,
  enabled: (_settings, config) => config.TEAMS_ENABLED,
  address: teamsAddressSchema,
  target: teamsTargetSchema,
  targetAddress: (_schoolId, target) => ({ ...target, channel: 'teams' }),
  conversationAddress: (_schoolId, conversationId) => ({ channel: 'teams', conversationId }),
  addressKey: (address) => `teams:${(address as TeamsAddress).conversationId}`,
  purge: async (db, before) => (await new CardStore(db).purge(before)) + (await new DeliveryRecords(db).purge(before)),
  // "verwijder mijn gegevens": cards answered by this Teams user lose their name.
  forgetUser: async (db, user) => (user.name ? (await db.query(`UPDATE teams_cards SET answered_by = NULL WHERE answered_by = $1 RETURNING id`, [user.name])).length : 0),
  async load(settings): Promise<ChannelFactory<TeamsSettings>> {
    const create: CreateTeamsChannel =
      settings.TEAMS_ADAPTER === 'teams-sdk' ? (await import('../teams-sdk/teams-sdk-channel.js')).createTeamsSdkChannel : (await import('./teams-channel.js')).createTeamsChannel;
    return (ctx) => {
      const teams = create({ config: ctx.config, content: ctx.content, db: ctx.db, runner: ctx.runner, handoffs: ctx.handoffs, t: ctx.t, log: ctx.log, clock: ctx.clock, newId: ctx.newId, onAccess: ctx.onAccess });
      return { delivery: teams.delivery, mount: (app) => teams.mount(app), stop: () => teams.stop() };
    };
  },
});
