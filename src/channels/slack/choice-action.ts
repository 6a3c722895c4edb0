import { createHash } from 'node:crypto';
import { blockLimits } from './block-limits.js';

/** Every WatNu button's action_id starts with this; the Bolt listener matches on it. */
export const actionPrefix = 'watnu/';
export const actionPattern = /^watnu\//;

/** What a button carries: the engine's choice id, and in shared channels the user whose conversation it belongs to. */
export interface ChoiceAction {
  readonly choiceId: string;
  readonly owner?: string;
}

/** Stable per choice: the same choice always gets the same action_id (hashed only if it would be too long). */
export function actionIdFor(choiceId: string): string {
  const plain = `${actionPrefix}${choiceId}`;
  if (plain.length <= blockLimits.actionId) return plain;
  return `${actionPrefix}#${createHash('sha256').update(choiceId).digest('hex')}`;
}

export function encodeChoiceValue(action: ChoiceAction): string {
  const value = JSON.stringify(action.owner ? { c: action.choiceId, u: action.owner } : { c: action.choiceId });
  if (value.length > blockLimits.buttonValue) throw new Error(`choice id too long for a Slack button value (${value.length})`);
  return value;
}

/** Null for anything that is not a value WatNu wrote. */
export function decodeChoiceValue(value: unknown): ChoiceAction | null {
  if (typeof value !== 'string' || value.length > blockLimits.buttonValue) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { c, u } = parsed as { c?: unknown; u?: unknown };
  if (typeof c !== 'string' || c.length === 0 || c.length > 300) return null;
  if (u !== undefined && (typeof u !== 'string' || !/^[UW][A-Z0-9]{2,}$/.test(u))) return null;
  return u ? { choiceId: c, owner: u } : { choiceId: c };
}
