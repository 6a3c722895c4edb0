import { z } from 'zod';
import { WatnuError } from '../../errors.js';
import { type ChannelFactory, defineChannel } from '../plugin.js';
import { CardStore } from './card-store.js';
import { DeliveryRecords } from './delivery-records.js';
import { type TeamsAddress, teamsAddressSchema, teamsTargetSchema } from './teams-address.js';
import type { TeamsChannelDeps, TeamsChannel } from './teams-channel.js';

const settingsSchema = z.object({
  /** Which implementation serves the 'teams' channel: Bot Framework (botbuilder) or the Teams SDK v2. */
  TEAMS_ADAPTER: z.enum(['botbuilder', 'teams-sdk']).default('botbuilder'),
});
type TeamsSettings = z.infer<typeof settingsSchema>;

/** Where the Teams SDK v2 adapter will live (built in parallel; same factory signature as createTeamsChannel). */
const teamsSdkModule = '../teams-sdk/teams-channel.js';

type CreateTeamsChannel = (deps: TeamsChannelDeps) => TeamsChannel;

/**
 * Microsoft Teams. The definition is cheap; the adapter (botbuilder, ~0.9 s
 * to import) is loaded only when TEAMS_ENABLED is on. The channel id stays
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
    const create = settings.TEAMS_ADAPTER === 'teams-sdk' ? await loadTeamsSdk() : (await import('./teams-channel.js')).createTeamsChannel;
    return (ctx) => {
      const teams = create({ config: ctx.config, content: ctx.content, db: ctx.db, runner: ctx.runner, handoffs: ctx.handoffs, t: ctx.t, log: ctx.log, clock: ctx.clock, newId: ctx.newId, onAccess: ctx.onAccess });
      return { delivery: teams.delivery, mount: (app) => teams.mount(app) };
    };
  },
});

async function loadTeamsSdk(): Promise<CreateTeamsChannel> {
  let loaded: { createTeamsChannel?: CreateTeamsChannel };
  try {
    loaded = (await import(/* @vite-ignore */ teamsSdkModule)) as { createTeamsChannel?: CreateTeamsChannel };
  } catch (error) {
    if (!isModuleNotFound(error)) throw error;
    throw new WatnuError('CONFIG_INVALID', 'TEAMS_ADAPTER=teams-sdk is not available in this build', ['TEAMS_ADAPTER']);
  }
  if (!loaded.createTeamsChannel) throw new WatnuError('CONFIG_INVALID', 'TEAMS_ADAPTER=teams-sdk is not available in this build', ['TEAMS_ADAPTER']);
  return loaded.createTeamsChannel;
}

function isModuleNotFound(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module|Failed to load url|Failed to resolve/.test(e?.message ?? '');
}
