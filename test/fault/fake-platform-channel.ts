import { type ChannelAddress, type DeliveryChannel, DeliveryError, type OutboundMessage, type SentRef } from '../../src/channels/channel.js';

/** A fake platform answer in the dispatcher's classes, the way a real channel maps its platform's answers. */
async function toDeliveryError(response: Response): Promise<DeliveryError> {
  if (response.status === 429) return new DeliveryError('rate limited', { retryAfterMs: Number(response.headers.get('retry-after') ?? '1') * 1_000, reason: 'ratelimited' });
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  if (response.status === 403) return new DeliveryError(`refused: ${body.error}`, { failure: 'waiting-for-access', reason: body.error ?? 'refused' });
  return new DeliveryError(`HTTP ${response.status}`, { mayHaveArrived: response.status >= 500, reason: `HTTP ${response.status}` });
}

/**
 * A DeliveryChannel that talks HTTP to FakePlatform, standing in for the
 * Slack/Teams channel in fault tests (registered under the 'slack' id).
 */
export function fakePlatformChannel(baseUrl: string): DeliveryChannel {
  return {
    id: 'slack',
    async send(to: ChannelAddress, message: OutboundMessage, key: string, signal?: AbortSignal): Promise<SentRef> {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/send`, {
          method: 'POST',
          ...(signal ? { signal } : {}),
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ key, to, kind: message.kind, handoff: message.handoff?.id ?? null }),
        });
      } catch (error) {
        throw new DeliveryError(`connection failed: ${(error as Error).message}`, { mayHaveArrived: true, reason: 'connection' });
      }
      if (!response.ok) throw await toDeliveryError(response);
      const body = (await response.json()) as { id: string };
      return { channel: 'slack', id: body.id };
    },
    async findDelivered(_to: ChannelAddress, key: string): Promise<SentRef | null> {
      const response = await fetch(`${baseUrl}/find?key=${encodeURIComponent(key)}`).catch((error: Error) => {
        throw new DeliveryError(`check failed: ${error.message}`, { reason: 'connection' });
      });
      if (!response.ok) throw await toDeliveryError(response);
      const body = (await response.json()) as { id?: string };
      return body.id ? { channel: 'slack', id: body.id } : null;
    },
  };
}
