import { z } from 'zod';

/**
 * The minimum an incoming Bot Framework activity must have before botbuilder
 * sees it; anything else is a bad request (400 naming the field), not a crash.
 */
const activityShape = z.object({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversation: z.object({ id: z.string().min(1).max(1_000) }),
  from: z.object({ id: z.string().min(1).max(1_000) }).optional(),
  text: z.string().max(100_000).optional(),
});

export function activityShapeProblem(body: unknown): { field: string; message: string } | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { field: 'body', message: 'the request body must be a Bot Framework activity (a JSON object)' };
  const parsed = activityShape.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.') || 'body';
    return { field, message: `${field}: ${issue.message}` };
  }
  const path = nulPath(body);
  const nul = path ? path.join('.') || 'body' : null;
  return nul ? { field: nul, message: `${nul}: contains a NUL character (\\u0000), which no Teams client sends and the database cannot store` } : null;
}

/** What the asker typed or filled in: a NUL there is dropped (withoutNulInUserContent), the message still counts. */
const userContent = new Set(['text', 'value']);

/**
 * The keys down to the first string (or key) holding U+0000, depth-first; null when there is none.
 * Runs after withoutNulInUserContent, so what the asker typed is already clean. The path is built
 * on the way back, only when found: a clean activity (every one Teams sends) costs no arrays per key.
 */
function nulPath(value: unknown): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? [] : null;
  if (value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    if (key.includes('\u0000')) return [key];
    const below = nulPath((value as Record<string, unknown>)[key]);
    if (below) {
      below.unshift(key);
      return below;
    }
  }
  return null;
}

/** The activity with NUL characters removed from what the asker typed or filled in (PostgreSQL cannot store U+0000). */
export function withoutNulInUserContent<T>(body: T): T {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const cleaned: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const key of userContent) if (key in cleaned) cleaned[key] = dropNul(cleaned[key]);
  return cleaned as T;
}

function dropNul(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll('\u0000', '');
  if (Array.isArray(value)) return value.map(dropNul);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key.replaceAll('\u0000', ''), dropNul(child)]));
}
