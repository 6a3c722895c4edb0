import type { TriageResult } from './context.js';
import { holdText } from './forms/form-held.js';
import { inProgress, offerResume, pauseOpen } from './pause.js';
import { startRoute } from './run-steps.js';
import type { Turn } from './turn.js';

/**
 * The safety route a message raises, or null. Only triage's own decision
 * counts (its route is a safety route): the candidates it merely finds
 * plausible ("S.V." lists acuut) are no alarm.
 */
export function safetyAlarm(turn: Turn, triage: TriageResult): string | null {
  const route = triage.route;
  return route && turn.ctx.content.routes.get(route)?.safety ? route : null;
}

/**
 * The engine's first invariant: in every state a safety alarm starts its
 * protocol at once, so the first reply is the immediate action (112, whom to
 * call). What was open is paused as it was (typed, slots kept) and offered
 * back after the safety replies; the message itself is never a value — a
 * free-text answer is only held, for one turn, so a button can still use it
 * on the asker's explicit word.
 */
export function interrupt(turn: Turn, route: string, text: string): void {
  const s = turn.session;
  const restartSame = s.route === route && s.forms.length === 0;
  if (restartSame || !inProgress(turn)) {
    startRoute(turn, route, 'triage', text);
    offerResume(turn);
    return;
  }
  const held = holdText(turn, text);
  pauseOpen(turn);
  startRoute(turn, route, 'interrupt', text);
  offerResume(turn, held ? [held] : []);
}
