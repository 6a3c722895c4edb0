import type { Evidence, PersonMention } from './evidence.js';
import type { Occurrence } from './match.js';
import type { WordSets } from './lexicon/lexicon-schema.js';
import { shippedLexicon } from './shipped-lexicon.js';
import type { PersonKind } from './signals.js';

/**
 * Shallow "who does what to whom" for the distinctions the school plans make:
 * a pupil who tells (disclosure) versus a parent who tells (a signal), a staff
 * member who abuses a pupil versus a parent who threatens a staff member, a
 * pupil who hits (behaviour) versus a pupil who is hit. Word order only, no
 * parser: the subject is the first person in the verb's clause (Dutch
 * subordinate clauses are subject-object-verb: "dat de gymleraar meisjes
 * aanraakt"). When unsure the answer is 'unknown', which rules treat cautiously.
 */

export type Role = PersonKind | 'unknown';

/** How far after a verb we look for "door X" or for the person it happens to. */
const lookAhead = 4;

/** The grammar words roles read (triage/lexicon/_word-sets.yaml, `roles`). */
const words = (): WordSets['roles'] => shippedLexicon().words.roles;

interface Subject {
  readonly role: Role;
  readonly mention: PersonMention | null;
  /** False when borrowed from an earlier clause ("X gooide ... en schold"). */
  readonly inClause: boolean;
}

/** "de moeder van een leerling": the pupil only owns the mother, it does nothing. */
function isPossessor(e: Evidence, mention: PersonMention): boolean {
  const previous = e.tokens[mention.index - 1]?.text ?? '';
  const beforePrevious = e.tokens[mention.index - 2]?.text ?? '';
  if (words().possessors.has(previous) || (words().determiners.has(previous) && words().possessors.has(beforePrevious))) return true;
  // "a pupil's mother" (the apostrophe is gone by now, "pupils mother"): the pupil owns the mother.
  const possessive = e.tokens[mention.index]!.text.endsWith('s');
  return possessive && e.persons.some((p) => p.index === mention.index + 1 && p.kind !== mention.kind);
}

function sameSentence(e: Evidence, a: number, b: number): boolean {
  return e.tokens[a]?.sentence === e.tokens[b]?.sentence;
}

/** Where the clause of a word starts: after a comma or "maar", a clause opener, or a verb of telling. */
function segmentStart(e: Evidence, index: number): number {
  const tellsEnds = e.hits('tells').map((o) => o[o.length - 1]!);
  const clause = e.tokens[index]!.clause;
  let i = index - 1;
  for (; i >= 0; i--) {
    const token = e.tokens[i]!;
    if (token.clause !== clause || words().clauseOpeners.has(token.text) || tellsEnds.includes(i)) break;
  }
  return i + 1;
}

function hasPronounBetween(e: Evidence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words().subjectPronouns.has(e.tokens[i]!.text)) return true;
  return false;
}

/** The subject of the verb at `index`: first person of its clause, else the last one before the clause (coordination). */
function subjectOf(e: Evidence, index: number, skipSelf: boolean): Subject | null {
  const start = segmentStart(e, index);
  const before = e.persons.filter(
    (p) => p.index < index && sameSentence(e, p.index, index) && !isPossessor(e, p) && !(skipSelf && p.kind === 'self'),
  );
  const inClause = before.find((p) => p.index >= start);
  if (inClause) {
    if (hasPronounBetween(e, start, inClause.index)) return { role: 'unknown', mention: null, inClause: true };
    return { role: inClause.kind, mention: inClause, inClause: true };
  }
  if (hasPronounBetween(e, start, index)) return { role: 'unknown', mention: null, inClause: true };
  const earlier = before.filter((p) => p.index < start).pop();
  return earlier ? { role: earlier.kind, mention: earlier, inClause: false } : null;
}

export function subjectBefore(e: Evidence, index: number, skipSelf = false): Role | null {
  return subjectOf(e, index, skipSelf)?.role ?? null;
}

/** The first person within reach after a word, in its sentence. */
function personAfter(e: Evidence, index: number, reach = lookAhead): PersonMention | undefined {
  return e.persons.find((p) => p.index > index && p.index <= index + reach && sameSentence(e, p.index, index));
}

function agentAfter(e: Evidence, end: number): Role | null {
  for (let i = end + 1; i <= end + lookAhead && i < e.tokens.length; i++) {
    if (!sameSentence(e, i, end)) return null;
    if (words().agents.has(e.tokens[i]!.text)) return agentNamedAt(e, i);
  }
  return null;
}

/** "door zijn vader" names an agent, "door hem" an unknown one; "door het lokaal" none ("door" is also "through"). */
function agentNamedAt(e: Evidence, agentWord: number): Role | null {
  const person = e.persons.find((p) => p.index > agentWord && p.index <= agentWord + 3 && !isPossessor(e, p));
  if (person) return person.kind;
  return words().objectPronouns.has(e.tokens[agentWord + 1]?.text ?? '') ? 'unknown' : null;
}


/** Separable verbs put "ge" after their prefix: opgesloten, aangeraakt, uitgescholden, lastiggevallen. */
let separablePrefix: RegExp | undefined;
function separableParticiple(word: string): boolean {
  separablePrefix ??= new RegExp(`^(${[...words().separablePrefixes].join('|')})ge`);
  return separablePrefix.test(word);
}

/** "geslagen", "bedreigd", "opgesloten", "abused": not "slaat" or "dreigend". */
function looksLikeParticiple(word: string): boolean {
  if (word.endsWith('end')) return false;
  if (/^(ge|be|ver|ont|her|mis)/.test(word) && /(d|t|en)$/.test(word)) return true;
  return separableParticiple(word) || word.endsWith('ed') || words().englishParticiples.has(word);
}

/** The passive auxiliary: before the participle ("ik word ... bedreigd") or, verb-final, just after it ("dat hij geslagen wordt"). */
function auxiliaryOf(e: Evidence, start: number, end: number): string | null {
  for (let i = start - 1; i >= start - 4 && i >= 0; i--) {
    const word = e.tokens[i]!.text;
    if (words().passiveAuxiliaries.has(word)) return word;
  }
  // Verb-final only at the end of the clause: "slaat zijn juf" has a possessive "zijn", not an auxiliary.
  const next = e.tokens[end + 1];
  const afterNext = e.tokens[end + 2];
  const clauseEnds = !afterNext || afterNext.clause !== next?.clause || words().agents.has(afterNext.text);
  return next && next.text !== 'zijn' && words().passiveAuxiliaries.has(next.text) && clauseEnds ? next.text : null;
}

/** Dutch puts the agent before the participle: "ik word door een vader lastiggevallen". */
function agentBefore(e: Evidence, start: number): Role | null {
  for (let i = start - 1; i >= start - 5 && i >= 0; i--) {
    if (!sameSentence(e, i, start)) return null;
    if (words().agents.has(e.tokens[i]!.text)) return agentNamedAt(e, i);
  }
  return null;
}

function isPassive(e: Evidence, start: number, end: number): boolean {
  if (agentAfter(e, end) !== null) return true;
  if (!looksLikeParticiple(e.tokens[end]!.text)) return false;
  return agentBefore(e, start) !== null || auxiliaryOf(e, start, end) !== null;
}

export function isPassiveAct(e: Evidence, occurrence: Occurrence): boolean {
  return isPassive(e, occurrence[0]!, occurrence[occurrence.length - 1]!);
}

/** Who tells: a pupil (disclosure), or an adult passing on what they saw (a signal). */
export function tellerOf(e: Evidence, occurrence: Occurrence): Role {
  const start = occurrence[0]!;
  const end = occurrence[occurrence.length - 1]!;
  // "... geslagen door vader, zegt ze": a pronoun right after the verb is its subject.
  if (words().subjectPronouns.has(e.tokens[end + 1]?.text ?? '')) return 'unknown';
  const subject = subjectOf(e, start, false);
  if (subject?.inClause) return subject.role;
  return invertedSubject(e, end) ?? subject?.role ?? 'unknown';
}

/** "een klasgenoot vertelde me dat ...": a classmate who tells passes on what happened to another pupil. */
export function toldByClassmate(e: Evidence, occurrence: Occurrence): boolean {
  const mention = subjectOf(e, occurrence[0]!, false)?.mention;
  return mention !== null && mention !== undefined && words().classmates.has(e.tokens[mention.index]?.text ?? '');
}

/** Dutch puts the subject after the verb after a time word: "vanochtend vertelde een leerling", "vandaag vertelde ze". */
function invertedSubject(e: Evidence, end: number): Role | null {
  for (let i = end + 1; i <= end + 3 && i < e.tokens.length; i++) {
    const word = e.tokens[i]!.text;
    if (words().clauseOpeners.has(word) || !sameSentence(e, i, end)) return null;
    if (i === end + 1 && words().subjectPronouns.has(word)) return 'unknown';
    const person = e.persons.find((p) => p.index === i && p.kind !== 'self');
    if (person) return person.kind;
  }
  return null;
}

/** Who does the act: "door/by X" after it, else the subject of its clause. */
export function actorOf(e: Evidence, occurrence: Occurrence): Role {
  const start = occurrence[0]!;
  const end = occurrence[occurrence.length - 1]!;
  const agent = agentAfter(e, end) ?? (looksLikeParticiple(e.tokens[end]!.text) ? agentBefore(e, start) : null);
  if (agent) return agent;
  if (isPassive(e, start, end)) return 'unknown';
  return subjectBefore(e, start, true) ?? describedPerson(e, end) ?? 'unknown';
}

/** "agressieve leerling", "dronken vader": an adjective describes the person right after it. */
function describedPerson(e: Evidence, end: number): Role | null {
  if (!e.tokens[end]!.text.endsWith('e')) return null;
  return e.persons.find((p) => p.index === end + 1)?.kind ?? null;
}

/**
 * Who the act happens to: the subject of a passive ("ik word bedreigd"), else
 * the person between subject and verb (Dutch: "dat hij mij bedreigt"), else the
 * first person after the verb ("he threatened me").
 */
export function victimOf(e: Evidence, occurrence: Occurrence): Role {
  const start = occurrence[0]!;
  const end = occurrence[occurrence.length - 1]!;
  if (isPassive(e, start, end)) return passiveSubject(e, start, end);
  const subject = subjectOf(e, start, true);
  const from = subject?.mention ? subject.mention.index + 1 : segmentStart(e, start);
  const between = e.persons.find((p) => p.index >= from && p.index < start && !isPossessor(e, p));
  return between?.kind ?? personAfter(e, end)?.kind ?? (ownedAfter(e, end) ? 'self' : 'unknown');
}

/** "dreigde mijn auto te bekrassen": harm to what is mine is harm to me. */
function ownedAfter(e: Evidence, end: number): boolean {
  return e.tokens.slice(end + 1, end + 1 + lookAhead).some((t) => t.text === 'mijn' || t.text === 'my');
}

function passiveSubject(e: Evidence, start: number, end: number): Role {
  const subject = subjectOf(e, start, false);
  if (subject) return subject.role;
  if (!looksLikeParticiple(e.tokens[end]!.text)) return 'unknown';
  const auxiliary = auxiliaryOf(e, start, end);
  if (auxiliary !== null) return words().firstPersonAuxiliaries.has(auxiliary) ? 'self' : 'unknown';
  // A bare "bedreigd door ouder" is the writer's own story, unless someone else is in it ("..., zegt ze").
  const sentence = e.tokens[start]!.sentence;
  const others = e.tokens.some((t) => t.sentence === sentence && words().subjectPronouns.has(t.text)) || e.persons.some((p) => p.kind === 'pupil');
  return others ? 'unknown' : 'self';
}

/** Indices of people who are only listeners: "vertelde de juf", "told the teacher". */
export function listenerIndices(e: Evidence): ReadonlySet<number> {
  const listeners = new Set<number>();
  for (const occurrence of e.hits('tells')) {
    const end = occurrence[occurrence.length - 1]!;
    const listener = personAfter(e, end, 3);
    if (listener) listeners.add(listener.index);
  }
  return listeners;
}

export function mentions(e: Evidence, kind: PersonKind): boolean {
  return e.persons.some((p) => p.kind === kind);
}
