import { describe, expect, it } from 'vitest';
import { advance } from '../../src/engine/advance.js';
import { askedSlot } from '../../src/engine/forms/form-fill.js';
import { Turn } from '../../src/engine/turn.js';
import { notAnAnswer } from '../../src/engine/utterance.js';
import { validators } from '../../src/engine/validators/validators.js';
import type { Effect, Session } from '../../src/engine/types.js';
import { realContent } from '../helpers/content.js';
import { type ConversationState, conversationStates } from '../helpers/conversation-states.js';
import { interruptSentences, memoTriage } from '../helpers/interrupt-sentences.js';
import { Transcript } from '../helpers/transcript.js';

/**
 * The engine's first invariant, as a property over every conversation state
 * of both schools and every independent sentence (test/fixtures/interrupts):
 * an alarm starts its safety protocol with the immediate action in the first
 * reply and is stored nowhere as a value; a question, "ik weet het niet" or
 * small talk is stored nowhere as a value.
 *
 * "Alarm" is the engine's own check (triage's route is a safety route), not
 * the sentence's label: sentences the current triage does not recognise are
 * counted and listed, never tuned away, and are held to the guarantee that
 * holds for every message (stored nowhere as a value).
 */
const { content } = realContent();
const schools = [...content.schools.keys()];
const states = schools.flatMap((school) => conversationStates(content, school));
const valueEffects: ReadonlySet<Effect['type']> = new Set(['handoff', 'incident', 'case']);

function frames(session: Session) {
  return [...session.forms, ...session.paused.flatMap((p) => p.forms)];
}

/** Every slot value a session holds, open and paused forms alike ("skipped" is no value). */
function values(session: Session): Set<string> {
  return new Set(frames(session).flatMap((f) => Object.entries(f.slots).filter(([, v]) => v !== '').map(([k, v]) => `${f.formId}.${k}=${v}`)));
}

/** What a handoff, incident or case change would store that came from the user's words. */
function typedIn(effect: Effect): string[] {
  if (effect.type === 'handoff') return [effect.handoff.pupil.initials, effect.handoff.pupil.group, effect.handoff.note ?? ''];
  if (effect.type === 'incident') return [effect.incident.place, effect.incident.initials ?? ''];
  if (effect.type !== 'case') return [];
  const r = effect.request;
  return r.op === 'open' ? [r.title] : r.op === 'note' ? [r.text] : r.op === 'assign' ? [r.owner.role ? '' : r.owner.name] : [r.name];
}

/** A value this message added: a new slot value, or a stored record with words that were not in the form before. */
function storedAsValue(before: Session, after: Session, effects: readonly Effect[]): string | null {
  const had = values(before);
  const hadWords = new Set(frames(before).flatMap((f) => Object.values(f.slots)));
  const added = [...values(after)].filter((v) => !had.has(v));
  const effect = effects.find((e) => valueEffects.has(e.type) && typedIn(e).some((v) => v !== '' && !hadWords.has(v)));
  return effect ? `effect ${effect.type}` : added.length > 0 ? `slot ${added.join(', ')}` : null;
}

const firstReplies = new Map<string, string>();
/** The first reply of a safety route started from the menu: what an alarm must answer with first. */
function firstReplyOf(school: string, route: string): string {
  const key = `${school}/${route}`;
  if (!firstReplies.has(key)) {
    const t = new Transcript(school, { triage: memoTriage });
    t.pressId(`route/${route}`);
    firstReplies.set(key, t.replies[0]!.text);
  }
  return firstReplies.get(key)!;
}

/** What triage makes of a sentence: a safety route to start, a safety ambiguity to ask (112 first), or no alarm. */
function alarmOf(text: string): { route: string } | { ambiguity: readonly string[] } | null {
  const result = memoTriage(text, 'nl');
  if (result.ambiguity) return { ambiguity: result.ambiguity.options.map((o) => o.route) };
  return result.route && content.routes.get(result.route)?.safety ? { route: result.route } : null;
}

/**
 * Where the engine promises nothing: a message that is no alarm, that triage
 * routes nowhere else, that reads as no question, typed where free text is
 * asked (a note, a title, a place). There it is taken as that text.
 */
function freeTextAnswer(state: ConversationState, text: string): boolean {
  const frame = state.session.forms.at(-1);
  const at = frame ? askedSlot(new Turn(state.ctx, state.session), frame) : null;
  const route = memoTriage(text, 'nl').route;
  // Up to four words where free text is asked are an answer, whatever topic triage reads into them (forms/form-text.ts).
  const short = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 4;
  const elsewhere = route !== null && route !== 'onduidelijk' && route !== state.session.route && !short;
  return Boolean(at && validators[at.slot.validator].free) && !alarmOf(text) && !elsewhere && notAnAnswer(text) === null;
}

describe('safety interrupt in every state (property)', () => {
  const acute = interruptSentences.filter((s) => s.kind === 'acute');
  const other = interruptSentences.filter((s) => s.kind !== 'acute');

  it('covers every dialog step and form stage of both schools with at least 10 acute and 5 unrelated sentences', () => {
    expect(acute.length).toBeGreaterThanOrEqual(10);
    expect(other.length).toBeGreaterThanOrEqual(5);
    const kinds = new Set(states.map((s) => s.kind));
    for (const kind of ['idle', 'clarify', 'protocol', 'handoff:urgency', 'handoff:initials', 'handoff:group', 'handoff:confirm', 'handoff:note']) expect(kinds).toContain(kind);
    for (const kind of ['incident:category', 'incident:kind', 'incident:date', 'incident:place', 'incident:initials']) expect(kinds).toContain(kind);
    for (const kind of ['case:describe', 'case:size', 'case:note', 'case:assign-name', 'case:crisis-name']) expect(kinds).toContain(kind);
    for (const school of schools) {
      const reached = new Set(states.filter((s) => s.school === school && s.kind === 'protocol').map((s) => s.label));
      for (const [, dialogId] of Object.entries(content.schools.get(school)!.routes)) {
        if (typeof dialogId !== 'string') continue;
        for (const [stepId, step] of Object.entries(content.dialogs.get(dialogId)!.steps)) {
          if (step.type === 'choice') expect(reached, `${school}: ${dialogId}/${stepId}`).toContain(`${dialogId}/${stepId}`);
        }
      }
    }
  });

  it('an alarm starts its safety route with the immediate action first and is stored nowhere; no sentence is ever stored as a value', () => {
    const misses = new Map<string, ConversationState[]>();
    const takenAsText = new Map<string, ConversationState[]>();
    let turns = 0;
    let alarms = 0;
    const asked = new Set<string>();
    for (const state of states) {
      for (const sentence of interruptSentences) {
        const result = advance(state.ctx, state.session, { kind: 'text', text: sentence.text });
        turns++;
        const where = `${state.school} ${state.label} ← "${sentence.text}"`;
        const stored = storedAsValue(state.session, result.session, result.effects);
        if (sentence.kind === 'acute' && stored && freeTextAnswer(state, sentence.text)) {
          takenAsText.set(sentence.text, [...(takenAsText.get(sentence.text) ?? []), state]);
        } else {
          expect(stored, where).toBeNull();
        }
        if (sentence.kind !== 'acute') continue;
        const alarm = alarmOf(sentence.text);
        if (!alarm) {
          misses.set(sentence.text, [...(misses.get(sentence.text) ?? []), state]);
          continue;
        }
        alarms++;
        const first = result.effects.find((e): e is Extract<Effect, { type: 'reply' }> => e.type === 'reply')?.reply;
        expect(first?.tone, where).toBe('safety');
        if ('ambiguity' in alarm) {
          asked.add(sentence.text);
          expect(first?.text, where).toContain('Bel 112');
          expect(result.session.clarify, where).toEqual(alarm.ambiguity);
          continue;
        }
        expect(result.route, where).toBe(alarm.route);
        expect(result.session.route, where).toBe(alarm.route);
        expect(first?.contacts?.length ?? 0, where).toBeGreaterThan(0);
        expect(first?.text, where).toBe(firstReplyOf(state.school, alarm.route));
      }
    }
    const count = (school: string, kind: string) => states.filter((s) => s.school === school && s.kind.startsWith(kind)).length;
    console.log(
      [
        `interrupt property: ${states.length} states × ${interruptSentences.length} sentences (${acute.length} acute, ${other.length} unrelated) = ${turns} turns; ${alarms} alarms (${acute.length - asked.size - misses.size} acute sentences start their safety route, ${asked.size} get the safety ambiguity: 112 and the shared action first, then one question)`,
        ...schools.map(
          (s) =>
            `  ${s}: ${count(s, '')} states — idle/clarify ${count(s, 'idle') + count(s, 'clarify')}, protocol steps ${count(s, 'protocol')}, handoff form ${count(s, 'handoff')}, incident ${count(s, 'incident')}, case prompts ${count(s, 'case')}`,
        ),
        `  acute sentences the current triage does not raise as an alarm (answered as a new question or not understood; stored nowhere except as below):`,
        ...[...misses].map(([text, at]) => `    "${text}" → triage route ${memoTriage(text, 'nl').route ?? 'none (asks)'} (${at.length} states)`),
        `  of those, taken as free text (a note, title, place or name was asked, and triage routes them nowhere):`,
        ...[...takenAsText].map(([text, at]) => `    "${text}": ${[...new Set(at.map((s) => s.kind))].join(', ')} (${at.length} states)`),
      ].join('\n'),
    );
    // Safety first: every acute sentence is an alarm (its route, or 112 plus one question) in every state, and none is kept as a value.
    expect([...misses.keys()], 'acute sentences not raised').toEqual([]);
    expect([...takenAsText.keys()], 'acute sentences kept as free text').toEqual([]);
  });
});
