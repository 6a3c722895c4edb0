import type { Urgency } from '../content/dialog-schema.js';
import type { EscalationPolicy } from '../content/school-schema.js';

/** When the first reminder for an unacknowledged handoff is due. */
export function firstEscalationAt(policy: EscalationPolicy, urgency: Urgency, from: Date): Date {
  return new Date(from.getTime() + policy[urgency].remindAfterMinutes * 60_000);
}
