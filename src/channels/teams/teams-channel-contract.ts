import type { Express } from 'express';
import type { DeliveryChannel, OnAccess } from '../channel.js';
import type { ChannelContext } from '../plugin.js';

// What both Teams adapters (Teams SDK v2: ../teams-sdk/teams-sdk-channel.ts, botbuilder: teams-channel.ts)
// take and give. Kept apart from either adapter, so loading one never loads the other's SDK.

/** A channel's context without the plugin settings (the adapter is already chosen); `onAccess` may be left out (tests). */
export type TeamsChannelDeps = Omit<ChannelContext, 'settings' | 'onAccess'> & {
  /** Called when WatNu is installed somewhere: deliveries waiting for access resume. */
  readonly onAccess?: OnAccess;
};

export interface TeamsChannel {
  /** Outbound: handoffs, reminders, notices through the outbox. */
  readonly delivery: DeliveryChannel;
  /** Inbound: POST /api/messages. Mount before the web channel's /api router. */
  mount(app: Express): void;
  /** Waits for what turns left running after their HTTP answer (after-response.ts). */
  stop(): Promise<void>;
}

export const teamsEndpoint = '/api/messages';
