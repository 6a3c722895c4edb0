import type { webApi } from '@slack/bolt';
import type { Locale } from '../../content/types.js';
import type { Translate } from '../../i18n.js';
import type { Logger } from '../../log.js';
import { addressOf, type ChannelAddress, type DeliveryChannel, DeliveryError, type OutboundMessage, type SentRef } from '../channel.js';
import { slackAddressSchema } from './slack-address.js';
import { postTarget } from './conversation-id.js';
import { mayHaveArrived, toDeliveryError } from './delivery-error.js';
import { outboundMessages } from './slack-message.js';
import type { SlackSettings } from './slack-settings.js';
import { slackSay } from './slack-texts.js';
import { deliveryClient, withAbortSignal } from './web-client.js';

/** Message metadata type that carries the outbox idempotency key on every proactive post. */
export const deliveryEventType = 'watnu_delivery';

/** How far back findDelivered looks: an in-doubt delivery is minutes old, not days. */
const historyLimit = 200;

/** A posted Slack message: channel and ts are what chat.update needs. */
export interface SlackSentRef extends SentRef {
  readonly channel: 'slack';
  readonly channelId: string;
  readonly ts: string;
}

/**
 * The outbox's Slack channel: handoffs, reminders and escalations to the
 * `ib`/`directeur` channels, notices to an asker. Every post carries its
 * idempotency key in message metadata, so an interrupted delivery is found
 * with conversations.history instead of being posted twice.
 */
export function createSlackDelivery(
  settings: SlackSettings,
  t: Translate,
  log: Logger,
  /** For messages that do not say their language (the schools' default). */
  defaultLocale: Locale,
  client: webApi.WebClient = deliveryClient(settings, log),
): DeliveryChannel {
  // The channel's own words (labels, hints) in the language the message was written in.
  const sayFor = (message: OutboundMessage) => slackSay(t, message.locale ?? defaultLocale);

  async function findDelivered(address: ChannelAddress, key: string): Promise<SlackSentRef | null> {
    const parsed = slackAddressSchema.safeParse(address);
    if (!parsed.success) return null;
    const to = parsed.data;
    const target = postTarget(to.channelId, to.threadTs);
    let result: webApi.ConversationsHistoryResponse | webApi.ConversationsRepliesResponse;
    try {
      result = target.threadTs
        ? await client.conversations.replies({ channel: target.channel, ts: target.threadTs, include_all_metadata: true, limit: historyLimit })
        : await client.conversations.history({ channel: target.channel, include_all_metadata: true, limit: historyLimit });
    } catch (error) {
      throw toDeliveryError(error, target.threadTs ? 'conversations.replies' : 'conversations.history');
    }
    for (const message of result.messages ?? []) {
      const metadata = message.metadata as { event_type?: string; event_payload?: Record<string, unknown> } | undefined;
      const payload = metadata?.event_payload;
      if (metadata?.event_type !== deliveryEventType || payload?.key !== key || payload.part !== payload.parts) continue;
      if (message.ts) return sentRef(target.channel, message.ts);
    }
    return null;
  }

  return {
    id: 'slack',
    async send(address: ChannelAddress, message: OutboundMessage, key: string, signal?: AbortSignal): Promise<SentRef> {
      const to = addressOf(slackAddressSchema, 'slack', address);
      const target = postTarget(to.channelId, to.threadTs);
      const parts = outboundMessages(message, sayFor(message));
      let ref: SlackSentRef | null = null;
      for (const [index, part] of parts.entries()) {
        try {
          // Aborted with the attempt: nothing goes out after the dispatcher gave up on it.
          const result = await withAbortSignal(signal, () => client.chat.postMessage({
            channel: target.channel,
            ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
            text: part.text,
            blocks: part.blocks,
            unfurl_links: false,
            unfurl_media: false,
            metadata: { event_type: deliveryEventType, event_payload: { key, part: index + 1, parts: parts.length } },
          }));
          ref = sentRef(result.channel ?? target.channel, result.ts ?? '');
        } catch (error) {
          // The post may have landed before the connection broke: look before the outbox tries again.
          if (index === parts.length - 1 && mayHaveArrived(error) && !signal?.aborted) {
            const found = await findDelivered(to, key).catch(() => null);
            if (found) return found;
          }
          throw toDeliveryError(error, 'chat.postMessage');
        }
      }
      log.debug({ kind: message.kind, parts: parts.length }, 'slack message posted');
      return ref!;
    },
    async update(ref: SentRef, message: OutboundMessage): Promise<void> {
      const { channelId, ts } = readRef(ref);
      const parts = outboundMessages(message, sayFor(message));
      const last = parts[parts.length - 1]!;
      try {
        await client.chat.update({ channel: channelId, ts, text: last.text, blocks: last.blocks });
      } catch (error) {
        throw toDeliveryError(error, 'chat.update');
      }
    },
    findDelivered,
  };
}

function sentRef(channelId: string, ts: string): SlackSentRef {
  return { channel: 'slack', id: `${channelId}/${ts}`, channelId, ts };
}

function readRef(ref: SentRef): { channelId: string; ts: string } {
  const channelId = typeof ref.channelId === 'string' ? ref.channelId : ref.id.split('/')[0];
  const ts = typeof ref.ts === 'string' ? ref.ts : ref.id.split('/')[1];
  if (!channelId || !ts) throw new DeliveryError(`not a Slack message reference: ${ref.id}`, { failure: 'broken-configuration', reason: 'bad reference' });
  return { channelId, ts };
}
