import type { LocaleTable } from '../content/types.js';
import type { Reply, TurnInput } from '../engine/types.js';
import type { Queryable } from '../store/db.js';

/**
 * `oefen` (Teams, Slack, web) starts oefenmodus for the conversation and
 * `stop oefenen` ends it; the web page may also send `practice: true` per
 * message. Only the conversation key is stored, so the mode survives restarts
 * and works across instances.
 */
export type PracticeCommand = 'start' | 'stop' | null;

export function practiceCommand(input: TurnInput): PracticeCommand {
  if (input.event.kind !== 'text') return null;
  const text = input.event.text.trim().toLowerCase().replace(/^\/?watnu\s+/, '').replace(/[.!]+$/, '');
  if (text === 'oefen' || text === 'oefenen' || text === 'practice') return 'start';
  if (text === 'stop oefenen' || text === 'stop oefen' || text === 'stop practice') return 'stop';
  return null;
}

export async function inPractice(q: Queryable, convKey: string): Promise<boolean> {
  return (await q.query('SELECT 1 FROM practice_conversations WHERE conv_key = $1', [convKey])).length > 0;
}

export async function setPractice(q: Queryable, convKey: string, on: boolean, now: Date): Promise<void> {
  if (on) await q.query('INSERT INTO practice_conversations (conv_key, started_at) VALUES ($1, $2) ON CONFLICT (conv_key) DO NOTHING', [convKey, now.toISOString()]);
  else await q.query('DELETE FROM practice_conversations WHERE conv_key = $1', [convKey]);
}

export function practiceSwitchReply(table: LocaleTable, on: boolean): Reply {
  return { text: table[on ? 'practice.started' : 'practice.stopped'] ?? '', tone: 'warning' };
}

/** Retention: a practice mode switched on before the cut-off is forgotten (with the idle session it belonged to). */
export async function purgePractice(q: Queryable, before: Date): Promise<number> {
  return (await q.query('DELETE FROM practice_conversations WHERE started_at < $1 RETURNING conv_key', [before.toISOString()])).length;
}
