import { normalise } from '../../text/normalise.js';
import type { TriageResult } from '../context.js';
import { emergencyChoice, routeChoice } from '../replies.js';
import type { Turn } from '../turn.js';
import { correctionOf, type NotAnAnswer, notAnAnswer } from '../utterance.js';
import { matchOption } from '../validators/validator.js';
import { validators } from '../validators/validators.js';
import { askedSlot, correctFromText, fillFromText, fillSlots } from './form-fill.js';
import { holdText } from './form-held.js';
import { formOf, stepOf } from './form-model.js';
import { slotOptions } from './form-options.js';
import { cancelChoice, runForm } from './form-runner.js';

/**
 * Free text while a form is open, after the safety check and the commands:
 * a correction of a given slot → an option's label → a new question, "ik weet
 * het niet", a question or small talk (never a value) → the slot's validator.
 * A message triage routes to another topic than the conversation's is a new
 * question in every slot; in a free-text slot (a note, a title) it is held,
 * so "Nee, dat was mijn antwoord" keeps it after all: a description of the
 * case names other topics now and then, and one click is cheaper than a
 * question stored as a note.
 */
export function formText(turn: Turn, text: string, triage: TriageResult, explicitQuestion: boolean): void {
  const frame = turn.form!;
  const form = formOf(turn, frame);
  const onConfirm = stepOf(form, frame.stepId).type === 'confirm' && !frame.asking;
  const corrected = correctionOf(text);
  if ((corrected && correctFromText(turn, corrected, true)) || (onConfirm && correctFromText(turn, text, false))) return;
  const at = askedSlot(turn, frame);
  const option = at ? matchOption(text, slotOptions(turn, form, at, frame), normalise) : undefined;
  if (at && option) {
    fillSlots(turn, { [at.slot.name]: option.id }, []);
    return;
  }
  const shortFreeAnswer = at !== null && at !== undefined && validators[at.slot.validator].free && wordCount(text) <= shortAnswerWords;
  const route = shortFreeAnswer && !explicitQuestion ? null : newQuestionRoute(turn, triage, explicitQuestion);
  const kind: NotAnAnswer | null = explicitQuestion || route ? 'question' : notAnAnswer(text);
  if (kind) {
    notAnAnswerReply(turn, kind, route, text);
    return;
  }
  const danger = possibleDanger(turn, triage);
  if (danger && at && validators[at.slot.validator].free) {
    possibleDangerReply(turn, danger, text);
    return;
  }
  fillFromText(turn, text);
}

/**
 * A safety route triage finds plausible but not certain (one of its likely
 * routes), other than the protocol the conversation is in: a free-text
 * answer that sounds like danger is never stored silently.
 */
function possibleDanger(turn: Turn, triage: TriageResult): string | null {
  const routes = turn.ctx.content.routes;
  return triage.candidates.find((route) => routes.get(route)?.safety && route !== turn.session.route) ?? null;
}

/** Danger first: 112 and the safety route's button; the text is held, so "Nee, dat was mijn antwoord" still stores it. */
function possibleDangerReply(turn: Turn, route: string, text: string): void {
  const held = holdText(turn, text);
  turn.audit('form.possible-danger');
  turn.reply({
    text: turn.say('engine.form.possible-danger', { route: turn.say(`route.${route}`) }),
    tone: 'safety',
    choices: [{ ...routeChoice(turn, route), style: 'danger' as const }, ...(held ? [held] : []), emergencyChoice(turn)],
  });
}

/**
 * Up to this many words typed where a name, a place or a note is asked is an
 * answer ("Marieke (groepsleerkracht 6)", "bij het hek"), not a new topic:
 * triage reads too much into a few words. Safety alarms were checked before.
 */
const shortAnswerWords = 4;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** A route other than the one the conversation is in: the message is a new question, not an answer. */
function newQuestionRoute(turn: Turn, triage: TriageResult, explicit: boolean): string | null {
  const route = triage.route;
  if (!route || route === 'onduidelijk' || !turn.ctx.content.routes.has(route)) return null;
  return explicit || route !== turn.session.route ? route : null;
}

/** Never a value: say what it looks like, and offer to switch, to go on, or (free text) to use it after all. */
function notAnAnswerReply(turn: Turn, kind: NotAnAnswer, route: string | null, text: string): void {
  const frame = turn.form!;
  const form = formOf(turn, frame);
  const at = askedSlot(turn, frame);
  turn.audit(`form.not-an-answer.${kind}`);
  if (kind === 'dont-know' && at?.slot.optional) {
    turn.reply({ text: turn.say('engine.form.skipped') });
    fillSlots(turn, { [at.slot.name]: '' }, []);
    return;
  }
  if (kind === 'chit-chat') {
    turn.reply({ text: turn.say('engine.form.chit-chat') });
    runForm(turn);
    return;
  }
  const held = kind === 'question' ? holdText(turn, text) : null;
  const title = turn.say(`${form.id}.resume`);
  const key = route ? 'engine.form.new-question' : kind === 'dont-know' ? 'engine.form.dont-know' : 'engine.form.question';
  turn.reply({
    text: turn.say(key, { route: route ? turn.say(`route.${route}`) : '', step: title }),
    choices: [
      ...(route ? [routeChoice(turn, route)] : []),
      { id: 'cmd/continue', label: turn.say('engine.form.continue', { step: title }), style: 'primary' as const },
      ...(held ? [held] : []),
      ...(kind === 'dont-know' ? [cancelChoice(turn, form)] : route ? [] : [{ id: 'cmd/menu', label: turn.say('engine.choice.something-else') }]),
      emergencyChoice(turn),
    ],
  });
}
