import { z } from 'zod';
import { WatnuError } from '../../errors.js';
import { hasControlCharacters } from '../../text/control-characters.js';

const idText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[\p{L}\p{N}_.:@-]+$/u, 'only letters, digits and _ . : @ -');

/** A name or role as shown to people: no control characters (PostgreSQL refuses U+0000). */
const displayText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !hasControlCharacters(text), 'must not contain control characters');

export const chatRequestSchema = z
  .object({
    conversationId: idText(200),
    schoolId: idText(100),
    user: z.object({
      id: idText(200),
      name: displayText(120).optional(),
      role: displayText(60).optional(),
    }),
    /** A language of locales/ (checked against the loaded languages); absent: the school's language. */
    locale: z.string().regex(/^[a-z]{2,3}$/).optional(),
    text: z.string().trim().min(1).max(2000).optional(),
    choiceId: z.string().min(1).max(300).optional(),
    /** Oefenmodus: replies marked as practice, nothing sent, recorded or counted. */
    practice: z.boolean().optional(),
  })
  .refine((body) => (body.text === undefined) !== (body.choiceId === undefined), {
    message: 'send exactly one of "text" and "choiceId"',
    path: ['text'],
  });

export type ChatRequest = z.infer<typeof chatRequestSchema>;

export const ackRequestSchema = z.object({
  schoolId: idText(100),
  handoffId: idText(100),
  user: z.object({ id: idText(200), name: displayText(120).optional() }),
});

/** Parses a body or throws REQUEST_INVALID naming the first offending field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new WatnuError('REQUEST_INVALID', 'request body must be a JSON object', ['body']);
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.') || 'body';
  throw new WatnuError('REQUEST_INVALID', `${field}: ${issue.message}`, [field]);
}
