import { DateTime } from 'luxon';
import type { School } from '../content/types.js';
import { toInitials } from '../engine/pupil-reference.js';
import type { Reply } from '../engine/types.js';
import type { Db } from '../store/db.js';
import { type CalamityOutcome, type CalamityTurn, type IncidentPending, keepCase } from './calamity-turn.js';
import type { CaseReplies } from './case-replies.js';
import { registerIncident, yearOverview } from './incidents.js';

export interface IncidentConversationDeps {
  readonly db: Db;
  readonly newId: () => string;
}

/**
 * Registering an incident in chat (category, kind, date, place, initials
 * only) and the yearly overview by category, counts only.
 */
export class IncidentConversation {
  constructor(
    private readonly deps: IncidentConversationDeps,
    private readonly replies: CaseReplies,
  ) {}

  start(turn: CalamityTurn): CalamityOutcome {
    const { school, locale, state } = turn;
    return {
      state: keepCase(state),
      replies: [
        {
          text: this.replies.say(locale, 'case.incident.ask-category'),
          choices: [...school.incidents.categories.map((c) => ({ id: `case/incident-cat/${c.id}`, label: c.label })), this.replies.cancelChoice(locale)],
        },
      ],
    };
  }

  category(turn: CalamityTurn, categoryId: string): CalamityOutcome {
    const category = turn.school.incidents.categories.find((c) => c.id === categoryId);
    if (!category) return this.stale(turn);
    const base = { kind: 'incident' as const, category: category.id };
    if (category.kinds && category.kinds.length > 0) {
      return {
        state: { ...keepCase(turn.state), pending: { ...base, stage: 'kind' } },
        replies: [{ text: this.replies.say(turn.locale, 'case.incident.ask-kind'), choices: category.kinds.map((k) => ({ id: `case/incident-kind/${k.id}`, label: k.label })) }],
      };
    }
    return this.next(turn, { ...base, stage: 'date' });
  }

  /** A button inside the incident questions: the kind, "today", or "no initials". */
  choice(turn: CalamityTurn, verb: 'incident-kind' | 'incident-today' | 'incident-no-initials', arg: string): Promise<CalamityOutcome> | CalamityOutcome {
    const pending = turn.state.pending;
    if (pending?.kind !== 'incident') return this.stale(turn);
    if (verb === 'incident-kind') return this.next(turn, { ...pending, incidentKind: arg, stage: 'date' });
    if (verb === 'incident-today') return this.next(turn, { ...pending, date: schoolToday(turn.school, turn.now), stage: 'place' });
    return this.save(turn, pending, undefined);
  }

  async text(turn: CalamityTurn, pending: IncidentPending, text: string): Promise<CalamityOutcome> {
    const { locale, school } = turn;
    const askAgain = (key: string): CalamityOutcome => ({ state: { ...keepCase(turn.state), pending }, replies: [{ text: this.replies.say(locale, key) }] });
    if (pending.stage === 'date') {
      const date = parseDate(text, school, turn.now);
      if (!date) return askAgain('case.incident.date-invalid');
      return this.next(turn, { ...pending, date, stage: 'place' });
    }
    if (pending.stage === 'place') return this.next(turn, { ...pending, place: text.slice(0, 120), stage: 'initials' });
    if (pending.stage === 'initials') {
      const initials = toInitials(text);
      if (!initials.ok) return askAgain('engine.handoff.initials-invalid');
      const saved = await this.save(turn, pending, initials.initials);
      if (initials.fromFullName) saved.replies.unshift({ text: this.replies.say(locale, 'engine.handoff.full-name', { initials: initials.initials }), tone: 'warning' });
      return saved;
    }
    return askAgain('case.use-buttons');
  }

  async overview(turn: CalamityTurn, year: number): Promise<CalamityOutcome> {
    const { school, locale } = turn;
    const data = await yearOverview(this.deps.db, school, year);
    const label = (id: string, kind: string | null) => {
      const category = school.incidents.categories.find((c) => c.id === id);
      const kindLabel = kind ? category?.kinds?.find((k) => k.id === kind)?.label : undefined;
      return `${category?.label ?? id}${kindLabel ? ` (${kindLabel})` : ''}`;
    };
    const none = [this.replies.say(locale, 'case.overview.none')];
    const incidents = data.incidents.length > 0 ? data.incidents.map((r) => `• ${label(r.category, r.kind)}: ${r.count}`) : none;
    const meldcode = data.meldcode.length > 0 ? data.meldcode.map((r) => `• ${r.outcome}: ${r.count}`) : none;
    const text = [
      this.replies.say(locale, 'case.overview.title', { count: year }),
      this.replies.say(locale, 'case.overview.incidents'),
      ...incidents,
      this.replies.say(locale, 'case.overview.meldcode'),
      ...meldcode,
      this.replies.say(locale, 'case.overview.note'),
    ].join('\n');
    return { state: keepCase(turn.state), replies: [{ text }] };
  }

  private next(turn: CalamityTurn, pending: IncidentPending): CalamityOutcome {
    const say = (key: string) => this.replies.say(turn.locale, key);
    const ask: Record<IncidentPending['stage'], Reply> = {
      kind: { text: say('case.incident.ask-kind') },
      date: { text: say('case.incident.ask-date'), choices: [{ id: 'case/incident-today', label: say('case.incident.today') }] },
      place: { text: say('case.incident.ask-place') },
      initials: { text: say('case.incident.ask-initials'), choices: [{ id: 'case/incident-no-initials', label: say('case.incident.no-initials') }] },
    };
    return { state: { ...keepCase(turn.state), pending }, replies: [ask[pending.stage]] };
  }

  private async save(turn: CalamityTurn, pending: IncidentPending, initials: string | undefined): Promise<CalamityOutcome> {
    const { school, actor, now, locale } = turn;
    const occurredOn = pending.date ?? schoolToday(school, now);
    await registerIncident(
      this.deps.db,
      school,
      { category: pending.category, ...(pending.incidentKind ? { kind: pending.incidentKind } : {}), occurredOn, place: pending.place ?? '-', ...(initials ? { initials } : {}) },
      actor.name ?? actor.userId,
      this.deps.newId(),
      now,
    );
    const label = school.incidents.categories.find((c) => c.id === pending.category)?.label ?? pending.category;
    return { state: keepCase(turn.state), replies: [{ text: this.replies.say(locale, 'case.incident.saved', { route: label, time: occurredOn }) }] };
  }

  private stale(turn: CalamityTurn): CalamityOutcome {
    return { state: keepCase(turn.state), replies: [this.replies.stale(turn.locale)] };
  }
}

/** The calendar year at the school right now. */
export function schoolYear(school: School, now: Date): number {
  return DateTime.fromJSDate(now, { zone: school.timezone }).year;
}

function schoolToday(school: School, now: Date): string {
  return DateTime.fromJSDate(now, { zone: school.timezone }).toISODate()!;
}

/** "vandaag"/"today" or d-m-yyyy (also with / or .), in the school's zone; null when it is not a date. */
function parseDate(text: string, school: School, now: Date): string | null {
  const t = text.trim().toLowerCase();
  if (t === 'vandaag' || t === 'today') return schoolToday(school, now);
  const match = t.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
  if (!match) return null;
  const date = DateTime.fromObject({ day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) }, { zone: school.timezone });
  return date.isValid ? date.toISODate() : null;
}
