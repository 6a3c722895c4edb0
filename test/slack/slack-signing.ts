import { createHmac } from 'node:crypto';

export const signingSecret = 'test-signing-secret-0123456789';

/** Headers Slack sends with a request: timestamp and `v0=` HMAC-SHA256 over `v0:<ts>:<body>`. */
export function signedHeaders(body: string, secret = signingSecret, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}
