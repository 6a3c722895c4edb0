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
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.') || 'body';
  return { field, message: `${field}: ${issue.message}` };
}
