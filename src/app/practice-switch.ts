import type { LocaleTable } from '../content/types.js';
import type { Reply, TurnInput } from '../engine/types.js';

/**
 * `oefen` (Teams, Slack, web) starts oefenmodus for the conversation and
 * `stop oefenen` ends it; the web page may also send `practice: true` per
 * message. The mode is a flag on the conversation's session (TurnRunner), so
 * it survives restarts and works across instances.
 */
export type PracticeCommand = 'start' | 'stop' | null;

export function practiceCommand(input: TurnInput): PracticeCommand {
  if (input.event.kind !== 'text') return null;
  const text = input.event.text.trim().toLowerCase().replace(/^\/?watnu\s+/, '').replace(/[.!]+$/, '');
  if (text === 'oefen' || text === 'oefenen' || text === 'practice') return 'start';
  if (text === 'stop oefenen' || text === 'stop oefen' || text === 'stop practice') return 'stop';
  return null;
}

export function practiceSwitchReply(table: LocaleTable, on: boolean): Reply {
  return { text: table[on ? 'practice.started' : 'practice.stopped'] ?? '', tone: 'warning' };
}
