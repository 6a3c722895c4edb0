import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack's replay window: a request signed more than five minutes from now (either way) is refused. */
export const signatureWindowSeconds = 5 * 60;

export type SignatureCheck = { readonly ok: true } | { readonly ok: false; readonly reason: 'missing-headers' | 'bad-timestamp' | 'stale' | 'mismatch' };

/**
 * Slack request signing: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>`
 * under the signing secret, compared in constant time. The raw body is the
 * exact bytes received, before any parsing.
 */
export function verifySlackSignature(
  secret: string,
  rawBody: Buffer,
  timestampHeader: string | undefined,
  signatureHeader: string | undefined,
  nowMs: number,
): SignatureCheck {
  if (!timestampHeader || !signatureHeader) return { ok: false, reason: 'missing-headers' };
  if (!/^\d{1,12}$/.test(timestampHeader)) return { ok: false, reason: 'bad-timestamp' };
  const timestamp = Number(timestampHeader);
  if (Math.abs(nowMs / 1000 - timestamp) > signatureWindowSeconds) return { ok: false, reason: 'stale' };
  const hmac = createHmac('sha256', secret);
  hmac.update(`v0:${timestampHeader}:`);
  hmac.update(rawBody);
  const expected = Buffer.from(`v0=${hmac.digest('hex')}`);
  const given = Buffer.from(signatureHeader);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'mismatch' };
  return { ok: true };
}
