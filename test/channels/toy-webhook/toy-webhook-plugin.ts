import { z } from 'zod';
import { defineChannel } from '../../../src/channels/plugin.js';

/**
 * A generic webhook channel, as a test of the channel plugin contract: this
 * folder is the whole channel. Inbound: POST /channels/toy-webhook/messages
 * (bearer token) → the engine → the replies as JSON. Outbound: handoffs and
 * notices POSTed as JSON to a URL (loopback only: it is a toy).
 */
const loopbackUrl = z.url({ protocol: /^http$/ }).refine((url) => new URL(url).hostname === '127.0.0.1', 'a loopback URL (http://127.0.0.1:…)');

const settingsSchema = z.object({
  TOY_WEBHOOK_ENABLED: z.enum(['0', '1']).default('1'),
  /** Bearer token inbound posts must carry. */
  TOY_WEBHOOK_TOKEN: z.string().min(8),
  /** Where notices to an asker go (the conversation's own URL is not known). */
  TOY_WEBHOOK_REPLY_URL: loopbackUrl.optional(),
});
export type ToyWebhookSettings = z.infer<typeof settingsSchema>;

export const toyAddressSchema = z.object({ channel: z.literal('toy-webhook'), url: loopbackUrl.optional(), conversationId: z.string().optional() });
export type ToyAddress = z.infer<typeof toyAddressSchema>;

export const toyWebhookPlugin = defineChannel<ToyWebhookSettings>({
  id: 'toy-webhook',
  config: settingsSchema,
  enabled: (settings) => settings.TOY_WEBHOOK_ENABLED === '1',
  address: toyAddressSchema,
  target: z.strictObject({ url: loopbackUrl }),
  targetAddress: (_schoolId, target) => ({ channel: 'toy-webhook', url: String(target.url) }),
  conversationAddress: (_schoolId, conversationId) => ({ channel: 'toy-webhook', conversationId }),
  addressKey: (address) => `toy-webhook:${(address as ToyAddress).url ?? `conv:${(address as ToyAddress).conversationId}`}`,
  migrations: [
    {
      version: 1,
      name: 'toy webhook message log',
      sql: `CREATE TABLE toy_webhook_messages (
        id text PRIMARY KEY,
        school_id text NOT NULL,
        user_id text NOT NULL,
        received_at timestamptz NOT NULL
      );
      CREATE INDEX toy_webhook_messages_received ON toy_webhook_messages (received_at);`,
    },
  ],
  purge: async (db, before) => (await db.query('DELETE FROM toy_webhook_messages WHERE received_at < $1 RETURNING id', [before.toISOString()])).length,
  forgetUser: async (db, user) => (await db.query('DELETE FROM toy_webhook_messages WHERE user_id = $1 RETURNING id', [user.id])).length,
  // The heavy half, imported only when enabled.
  load: async () => (await import('./toy-webhook-runtime.js')).createToyWebhook,
});
