import { type ChannelAddress, type DeliveryChannel, DeliveryError, type OutboundMessage, type SentRef } from '../../src/channels/channel.js';

/**
 * A DeliveryChannel that talks HTTP to FakePlatform, standing in for the
 * Slack/Teams channel in fault tests (registered under the 'slack' id).
 */
export function fakePlatformChannel(baseUrl: string): DeliveryChannel {
  return {
    id: 'slack',
    async send(to: ChannelAddress, message: OutboundMessage, key: string, signal?: AbortSignal): Promise<SentRef> {
      const response = await fetch(`${baseUrl}/send`, {
        method: 'POST',
        ...(signal ? { signal } : {}),
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key, to, kind: message.kind, handoff: message.handoff?.id ?? null }),
      });
      if (response.status === 429) throw new DeliveryError('rate limited', Number(response.headers.get('retry-after') ?? '1') * 1_000);
      if (!response.ok) throw new DeliveryError(`HTTP ${response.status}`);
      const body = (await response.json()) as { id: string };
      return { channel: 'slack', id: body.id };
    },
    async findDelivered(_to: ChannelAddress, key: string): Promise<SentRef | null> {
      const response = await fetch(`${baseUrl}/find?key=${encodeURIComponent(key)}`);
      const body = (await response.json()) as { id?: string };
      return body.id ? { channel: 'slack', id: body.id } : null;
    },
  };
}
