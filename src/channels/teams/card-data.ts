import { z } from 'zod';

/** Action.Execute verbs; the same names go in `data.watnu` so an Action.Submit copy is understood too. */
export const choiceVerb = 'watnu.choice';
export const ackVerb = 'watnu.ack';

export type CardActionData =
  | { readonly kind: 'choice'; readonly card: string; readonly choice: string }
  | { readonly kind: 'ack'; readonly handoff: string };

const idText = z.string().min(1).max(300);

const dataSchema = z.union([
  z.object({ watnu: z.literal('choice'), card: idText, choice: idText }),
  z.object({ watnu: z.literal('ack'), handoff: idText }),
]);

export function choiceData(cardId: string, choiceId: string): Record<string, string> {
  return { watnu: 'choice', card: cardId, choice: choiceId };
}

export function ackData(handoffId: string): Record<string, string> {
  return { watnu: 'ack', handoff: handoffId };
}

/** The data of a clicked button (Action.Execute `data` or an Action.Submit `value`); null when it is not ours. */
export function parseActionData(data: unknown): CardActionData | null {
  const parsed = dataSchema.safeParse(data);
  if (!parsed.success) return null;
  const value = parsed.data;
  return value.watnu === 'choice' ? { kind: 'choice', card: value.card, choice: value.choice } : { kind: 'ack', handoff: value.handoff };
}
