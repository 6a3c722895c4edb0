import type { TriageResult } from './context.js';
import { holdText } from './forms/form-held.js';
import { inProgress, offerResume, pauseOpen } from './pause.js';
import { startRoute } from './run-steps.js';
import { safetyAmbiguityReply } from './safety-ambiguity-reply.js';
import type { Turn } from './turn.js';

/**
 * A safety route the message raises, or a safety ambiguity (a safety route
 * close to another: the shared action and one question), or null. Only
 * triage's own decision counts: the candidates it merely finds plausible
 * ("S.V." lists acuut) are no alarm.
 */
export type SafetyAlarm = { readonly route: string } | { readonly ambiguity: TriageResult };

export function safetyAlarm(turn: Turn, triage: TriageResult): SafetyAlarm | null {
  if (triage.ambiguity) return { ambiguity: triage };
  const route = triage.route;
  return route && turn.ctx.content.routes.get(route)?.safety ? { route } : null;
}

/**
 * The engine's first invariant: in every state a safety alarm starts its
 * protocol at once, so the first reply is the immediate action (112, whom to
 * call). What was open is paused as it was (typed, slots kept) and offered
 * back after the safety replies; the message itself is never a value — a
 * free-text answer is only held, for one turn, so a button can still use it
 * on the asker's explicit word.
 */
export function interrupt(turn: Turn, alarm: SafetyAlarm, text: string): void {
  if ('ambiguity' in alarm) {
    const held = inProgress(turn) ? holdText(turn, text) : null;
    pauseOpen(turn);
    safetyAmbiguityReply(turn, alarm.ambiguity.ambiguity, alarm.ambiguity.candidates);
    offerResume(turn, held ? [held] : []);
    return;
  }
  const route = alarm.route;
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
