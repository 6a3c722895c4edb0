import express from 'express';
import { z } from 'zod';
import { addressOf, type ChannelAddress, type DeliveryChannel, DeliveryError, type OutboundMessage, type SentRef } from '../../../src/channels/channel.js';
import type { ChannelContext, ChannelRuntime } from '../../../src/channels/plugin.js';
import { WatnuError } from '../../../src/errors.js';
import { toyAddressSchema, type ToyWebhookSettings } from './toy-webhook-plugin.js';

export const toyWebhookPath = '/channels/toy-webhook/messages';

const inboundSchema = z.strictObject({
  schoolId: z.string().min(1),
  conversationId: z.string().min(1).max(200),
  user: z.strictObject({ id: z.string().min(1), name: z.string().optional() }),
  text: z.string().min(1).max(2000).optional(),
  choiceId: z.string().min(1).max(200).optional(),
});

/** The loaded half of the toy webhook channel: one route in, JSON out. */
export function createToyWebhook(ctx: ChannelContext<ToyWebhookSettings>): ChannelRuntime {
  const log = ctx.log.child({ channel: 'toy-webhook' });
  return {
    delivery: toyDelivery(ctx.settings),
    mount(app) {
      app.post(toyWebhookPath, express.json({ limit: '16kb' }), async (req, res) => {
        if (req.get('authorization') !== `Bearer ${ctx.settings.TOY_WEBHOOK_TOKEN}`) throw new WatnuError('UNAUTHORIZED', 'wrong or missing bearer token');
        const parsed = inboundSchema.safeParse(req.body);
        if (!parsed.success || (parsed.data.text === undefined) === (parsed.data.choiceId === undefined)) {
          throw new WatnuError('REQUEST_INVALID', 'expected { schoolId, conversationId, user: { id }, text | choiceId }');
        }
        const body = parsed.data;
        if (!ctx.content.schools.has(body.schoolId)) throw new WatnuError('SCHOOL_UNKNOWN', `unknown school "${body.schoolId}"`, ['schoolId']);
        const now = ctx.clock();
        await ctx.db.query('INSERT INTO toy_webhook_messages (id, school_id, user_id, received_at) VALUES ($1, $2, $3, $4)', [ctx.newId(), body.schoolId, body.user.id, now.toISOString()]);
        const outcome = await ctx.runner.run(
          {
            conv: { channel: 'toy-webhook', id: body.conversationId },
            user: { id: body.user.id, ...(body.user.name ? { name: body.user.name } : {}) },
            schoolId: body.schoolId,
            event: body.text !== undefined ? { kind: 'text', text: body.text } : { kind: 'choice', choiceId: body.choiceId! },
          },
          now,
          log,
        );
        res.json(outcome);
      });
    },
  };
}

/** POSTs each outbound message as JSON; the platform's answer is classified for the dispatcher. */
function toyDelivery(settings: ToyWebhookSettings): DeliveryChannel {
  const post = async (url: string, body: unknown, key: string, signal?: AbortSignal): Promise<Response> => {
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(body), ...(signal ? { signal } : {}) });
    } catch (error) {
      throw new DeliveryError(`toy webhook unreachable: ${(error as Error).message}`, { reason: 'connection', mayHaveArrived: false });
    }
    if (response.ok) return response;
    const retryAfter = Number(response.headers.get('retry-after'));
    if (response.status === 429 || response.status >= 500) {
      throw new DeliveryError(`toy webhook answered ${response.status}`, { reason: `HTTP ${response.status}`, mayHaveArrived: response.status >= 500, ...(retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}) });
    }
    throw new DeliveryError(`toy webhook answered ${response.status}`, { failure: response.status === 403 ? 'waiting-for-access' : 'broken-configuration', reason: `HTTP ${response.status}` });
  };
  const urlOf = (to: ChannelAddress): string => {
    const address = addressOf(toyAddressSchema, 'toy-webhook', to);
    const url = address.url ?? settings.TOY_WEBHOOK_REPLY_URL;
    if (!url) throw new DeliveryError('no URL for this toy webhook address (set TOY_WEBHOOK_REPLY_URL)', { failure: 'broken-configuration', reason: 'no url' });
    return url;
  };
  const payload = (message: OutboundMessage, extra: Record<string, unknown>) => ({ ...extra, kind: message.kind, text: message.reply.text, ...(message.handoff ? { handoff: message.handoff } : {}) });
  return {
    id: 'toy-webhook',
    async send(to, message, key, signal): Promise<SentRef> {
      const url = urlOf(to);
      const response = await post(url, payload(message, { key, conversationId: to.conversationId }), key, signal);
      const answer = (await response.json().catch(() => ({}))) as { id?: unknown };
      return { channel: 'toy-webhook', id: typeof answer.id === 'string' ? answer.id : key, url };
    },
    async update(ref, message) {
      await post(String(ref.url), payload(message, { updates: ref.id }), `${ref.id}:update`);
    },
  };
}
