import { DateTime } from 'luxon';
import type { ModuleTurn, TurnModule } from '../app/turn-module.js';
import type { Content, Locale, School } from '../content/types.js';
import { toInitials } from '../engine/pupil-reference.js';
import type { ChoiceView, Reply, Session } from '../engine/types.js';
import type { Translate } from '../i18n.js';
import { type Actor, canManageCalamity } from './access.js';
import { recogniseCalamityCommand, requestedYear } from './calamity-commands.js';
import type { CalamityService } from './calamity-service.js';
import { type CalamityPending, type CalamityState, calamityState, withCalamityState } from './calamity-state.js';
import { openCases } from './case-repository.js';
import type { CaseView } from './case-view.js';
import { findItem } from './case-view.js';
import { caseMarkdown } from './export-markdown.js';
import { registerIncident, yearOverview } from './incidents.js';
import type { Db } from '../store/db.js';

const sizes = ['beperkt', 'groot', 'onbekend'] as const;
const ownerRoles = ['directeur', 'intern-begeleider', 'aandachtsfunctionaris', 'vertrouwenspersoon', 'bestuur', 'leerkracht'] as const;
const crisisRoles = ['bestuur', 'juridisch', 'directeur', 'leerkracht', 'expert'] as const;
const drafts = ['ouders', 'team', 'media'] as const;

export interface CalamityModuleDeps {
  readonly db: Db;
  readonly content: Content;
  readonly t: Translate;
  readonly service: CalamityService;
  readonly newId: () => string;
}

type Result = { session: Session; replies: Reply[] };

/**
 * Calamity mode for the director: cases with checklists and owners, an
 * append-only logbook, communication drafts, a crisis team, exports, and the
 * incident register with its yearly overview. Only the director and
 * configured deputies get in; everyone else gets a refusal, never data.
 */
export class CalamityModule implements TurnModule {
  constructor(private readonly deps: CalamityModuleDeps) {}

  async handle(turn: ModuleTurn): Promise<Result | null> {
    const { input, session } = turn;
    const state = calamityState(session);
    const choice = input.event.kind === 'choice' ? input.event.choiceId : null;
    const text = input.event.kind === 'text' ? input.event.text : null;
    const command = text !== null ? recogniseCalamityCommand(text) : null;
    const mine = (choice?.startsWith('case/') ?? false) || command !== null || (text !== null && state.pending !== undefined);
    if (!mine) return null;
    const actor = this.actor(turn);
    const locale = session.locale;
    if (!canManageCalamity(turn.school, actor)) {
      return { session: withCalamityState(session, {}), replies: [{ text: this.say(locale, 'case.refused'), tone: 'warning' }] };
    }
    const ctx = { ...turn, actor, state, locale };
    if (choice) return this.onChoice(ctx, choice.slice(5));
    if (state.pending && text !== null && command === null) return this.onPendingText(ctx, state.pending, text);
    return this.onCommand(ctx, command!, text ?? '');
  }

  async decorate(turn: ModuleTurn & { route?: string }): Promise<readonly Reply[]> {
    if (!turn.route || !turn.school.calamity) return [];
    const actor = this.actor(turn);
    if (!canManageCalamity(turn.school, actor)) return [];
    const templates = turn.school.calamity.templates.filter((id) => this.deps.content.calamityTemplates.get(id)?.routes.includes(turn.route!));
    if (templates.length === 0) return [];
    const locale = turn.session.locale;
    return [
      {
        text: this.say(locale, 'case.offer'),
        choices: templates.map((id) => ({ id: `case/open/${id}`, label: this.say(locale, 'case.open', { step: this.say(locale, `calamity.${id}.title`) }), style: 'primary' as const })),
      },
    ];
  }

  private actor(turn: ModuleTurn): Actor {
    return {
      userId: turn.input.user.id,
      ...(turn.input.user.name ? { name: turn.input.user.name } : {}),
      ...(turn.input.user.role ? { role: turn.input.user.role } : turn.session.role ? { role: turn.session.role } : {}),
      channel: turn.input.conv.channel,
    };
  }

  private say(locale: Locale, key: string, vars: Record<string, unknown> = {}): string {
    return this.deps.t(locale, key, { var: vars });
  }

  private reply(ctx: Ctx, state: CalamityState, replies: Reply[]): Result {
    return { session: withCalamityState(ctx.session, state), replies };
  }

  // ---- choices -------------------------------------------------------------

  private async onChoice(ctx: Ctx, action: string): Promise<Result> {
    const [verb, ...rest] = action.split('/');
    const arg = rest.join('/');
    const { state, locale, school, actor, now } = ctx;
    const service = this.deps.service;
    switch (verb) {
      case 'open':
        return this.reply(ctx, { ...state, pending: { kind: 'describe', template: arg } }, [{ text: this.say(locale, 'case.ask.describe') }]);
      case 'size': {
        if (state.pending?.kind !== 'size' || !(sizes as readonly string[]).includes(arg)) return this.stale(ctx);
        const record = await service.open(school, state.pending.template, state.pending.title, arg, actor, now);
        const view = (await service.view(school, record.id, locale))!;
        return this.reply(ctx, { caseId: record.id }, [{ text: this.say(locale, 'case.opened-reply', { title: record.title }) }, this.menu(view, locale)]);
      }
      case 'select': {
        const view = await service.view(school, arg, locale);
        if (!view) return this.stale(ctx);
        return this.reply(ctx, { caseId: view.id }, [this.menu(view, locale)]);
      }
      case 'incident':
        return this.incidentStart(ctx);
      case 'incident-cat':
        return this.incidentCategory(ctx, arg);
      case 'incident-kind':
        if (state.pending?.kind !== 'incident') return this.stale(ctx);
        return this.incidentNext(ctx, { ...state.pending, incidentKind: arg, stage: 'date' });
      case 'incident-today':
        if (state.pending?.kind !== 'incident') return this.stale(ctx);
        return this.incidentNext(ctx, { ...state.pending, date: this.today(school, now), stage: 'place' });
      case 'incident-no-initials':
        if (state.pending?.kind !== 'incident') return this.stale(ctx);
        return this.incidentSave(ctx, state.pending, undefined);
      case 'overview':
        return this.overview(ctx, DateTime.fromJSDate(now, { zone: school.timezone }).year);
      case 'cancel':
        return this.reply(ctx, { ...(state.caseId ? { caseId: state.caseId } : {}) }, [{ text: this.say(locale, 'case.cancelled') }]);
    }
    const view = state.caseId ? await service.view(school, state.caseId, locale) : null;
    if (!view) return this.stale(ctx);
    switch (verb) {
      case 'menu':
        return this.reply(ctx, { caseId: view.id }, [this.menu(view, locale)]);
      case 'section':
        return this.reply(ctx, { caseId: view.id }, [this.section(view, arg, locale)]);
      case 'item':
        return this.reply(ctx, { caseId: view.id }, [this.item(view, arg, locale)]);
      case 'set': {
        const [status, item] = [rest[0], rest[1] ?? ''];
        if ((status !== 'gedaan' && status !== 'nvt' && status !== 'open') || !(await service.setStatus(school, view.id, item, status, actor, now))) return this.stale(ctx);
        const fresh = (await service.view(school, view.id, locale))!;
        const sectionId = findItem(fresh, item)!.section.id;
        return this.reply(ctx, { caseId: view.id }, [this.section(fresh, sectionId, locale)]);
      }
      case 'assign':
        if (!findItem(view, arg)) return this.stale(ctx);
        return this.reply(ctx, { caseId: view.id, pending: { kind: 'assign-name', item: arg } }, [
          {
            text: this.say(locale, 'case.ask.owner'),
            choices: ownerRoles.filter((r) => r in school.roles || r === 'leerkracht').map((r) => ({ id: `case/owner/${r}`, label: this.roleLabel(school, r, locale) })),
          },
        ]);
      case 'owner': {
        if (state.pending?.kind !== 'assign-name') return this.stale(ctx);
        await service.assign(school, view.id, state.pending.item, { role: arg, name: this.roleLabel(school, arg, locale) }, actor, now);
        const fresh = (await service.view(school, view.id, locale))!;
        return this.reply(ctx, { caseId: view.id }, [{ text: this.say(locale, 'case.assigned') }, this.item(fresh, state.pending.item, locale)]);
      }
      case 'log':
        return this.reply(ctx, { caseId: view.id }, [this.logbook(view, locale)]);
      case 'note':
        return this.reply(ctx, { caseId: view.id, pending: { kind: 'note' } }, [{ text: this.say(locale, 'case.ask.note') }]);
      case 'drafts':
        return this.reply(ctx, { caseId: view.id }, [this.draftMenu(locale)]);
      case 'draft': {
        if (!(drafts as readonly string[]).includes(arg)) return this.stale(ctx);
        await service.note(school, view.id, this.say('nl', 'case.log.draft', { step: this.say('nl', `case.draft.${arg}.title`) }), actor, now, 'message');
        return this.reply(ctx, { caseId: view.id }, [
          { text: `${this.say(locale, `case.draft.${arg}`, { title: view.title })}\n\n${this.say(locale, 'case.draft.avg')}`, tone: 'warning' },
          this.backToMenu(locale),
        ]);
      }
      case 'team':
        return this.reply(ctx, { caseId: view.id }, [this.team(view, locale)]);
      case 'team-add':
        return this.reply(ctx, { caseId: view.id, pending: { kind: 'crisis-name', role: arg } }, [{ text: this.say(locale, 'case.ask.team-name') }]);
      case 'share':
        await service.share(school, view.id, actor, now);
        return this.reply(ctx, { caseId: view.id }, [{ text: this.say(locale, 'case.shared') }, this.backToMenu(locale)]);
      case 'export':
        return this.reply(ctx, { caseId: view.id }, [this.exportReply(view, school, ctx, locale)]);
      case 'close':
        return this.reply(ctx, { caseId: view.id }, [
          { text: this.say(locale, 'case.ask.close'), choices: [{ id: 'case/close-confirm', label: this.say(locale, 'case.close-confirm'), style: 'danger' }, this.backChoice(locale)] },
        ]);
      case 'close-confirm':
        await service.close(school, view.id, actor, now);
        return this.reply(ctx, {}, [{ text: this.say(locale, 'case.closed') }]);
    }
    return this.stale(ctx);
  }

  // ---- text ----------------------------------------------------------------

  private async onPendingText(ctx: Ctx, pending: CalamityPending, text: string): Promise<Result> {
    const { state, locale, school, actor, now } = ctx;
    const service = this.deps.service;
    const clean = text.trim().slice(0, 300);
    switch (pending.kind) {
      case 'describe':
        return this.reply(ctx, { ...state, pending: { kind: 'size', template: pending.template, title: clean } }, [
          { text: this.say(locale, 'case.ask.size'), choices: sizes.map((s) => ({ id: `case/size/${s}`, label: this.say(locale, `case.size.${s}`) })) },
        ]);
      case 'size':
        return this.reply(ctx, state, [{ text: this.say(locale, 'case.use-buttons') }]);
      case 'note':
        if (!state.caseId) return this.stale(ctx);
        await service.note(school, state.caseId, clean, actor, now);
        return this.reply(ctx, { caseId: state.caseId }, [{ text: this.say(locale, 'case.noted') }, this.backToMenu(locale)]);
      case 'assign-name': {
        if (!state.caseId) return this.stale(ctx);
        await service.assign(school, state.caseId, pending.item, { name: clean }, actor, now);
        const fresh = (await service.view(school, state.caseId, locale))!;
        return this.reply(ctx, { caseId: state.caseId }, [{ text: this.say(locale, 'case.assigned') }, this.item(fresh, pending.item, locale)]);
      }
      case 'crisis-name': {
        if (!state.caseId) return this.stale(ctx);
        await service.addCrisisMember(school, state.caseId, { role: this.say(locale, `case.crisis-role.${pending.role}`), name: clean }, actor, now);
        const fresh = (await service.view(school, state.caseId, locale))!;
        return this.reply(ctx, { caseId: state.caseId }, [this.team(fresh, locale)]);
      }
      case 'incident':
        return this.incidentText(ctx, pending, clean);
    }
  }

  private async onCommand(ctx: Ctx, command: NonNullable<ReturnType<typeof recogniseCalamityCommand>>, text: string): Promise<Result> {
    const { state, locale, school, actor, now } = ctx;
    if (command.kind === 'incident') return this.incidentStart(ctx);
    if (command.kind === 'overview') return this.overview(ctx, requestedYear(text, DateTime.fromJSDate(now, { zone: school.timezone }).year));
    if (command.kind === 'cases' || !state.caseId) return this.caseList(ctx);
    const view = await this.deps.service.view(school, state.caseId, locale);
    if (!view) return this.caseList(ctx);
    switch (command.kind) {
      case 'note':
        await this.deps.service.note(school, view.id, command.text, actor, now);
        return this.reply(ctx, { caseId: view.id }, [{ text: this.say(locale, 'case.noted') }]);
      case 'logbook':
        return this.reply(ctx, { caseId: view.id }, [this.logbook(view, locale)]);
      case 'checklist':
        return this.reply(ctx, { caseId: view.id }, [this.menu(view, locale)]);
      case 'export':
        return this.reply(ctx, { caseId: view.id }, [this.exportReply(view, school, ctx, locale)]);
      case 'drafts':
        return this.reply(ctx, { caseId: view.id }, [this.draftMenu(locale)]);
      case 'team':
        return this.reply(ctx, { caseId: view.id }, [this.team(view, locale)]);
      case 'share':
        return this.onChoice(ctx, 'share');
      case 'close':
        return this.onChoice(ctx, 'close');
    }
  }

  // ---- incidents -----------------------------------------------------------

  private incidentStart(ctx: Ctx): Result {
    const { school, locale, state } = ctx;
    return this.reply(ctx, { ...(state.caseId ? { caseId: state.caseId } : {}) }, [
      {
        text: this.say(locale, 'case.incident.ask-category'),
        choices: [...school.incidents.categories.map((c) => ({ id: `case/incident-cat/${c.id}`, label: c.label })), this.cancelChoice(locale)],
      },
    ]);
  }

  private incidentCategory(ctx: Ctx, categoryId: string): Result {
    const category = ctx.school.incidents.categories.find((c) => c.id === categoryId);
    if (!category) return this.stale(ctx);
    const base = { kind: 'incident' as const, category: category.id };
    if (category.kinds && category.kinds.length > 0) {
      return this.reply(ctx, { ...this.keepCase(ctx), pending: { ...base, stage: 'kind' } }, [
        { text: this.say(ctx.locale, 'case.incident.ask-kind'), choices: category.kinds.map((k) => ({ id: `case/incident-kind/${k.id}`, label: k.label })) },
      ]);
    }
    return this.incidentNext(ctx, { ...base, stage: 'date' });
  }

  private incidentNext(ctx: Ctx, pending: Extract<CalamityPending, { kind: 'incident' }>): Result {
    const { locale } = ctx;
    const ask: Record<typeof pending.stage, Reply> = {
      kind: { text: this.say(locale, 'case.incident.ask-kind') },
      date: { text: this.say(locale, 'case.incident.ask-date'), choices: [{ id: 'case/incident-today', label: this.say(locale, 'case.incident.today') }] },
      place: { text: this.say(locale, 'case.incident.ask-place') },
      initials: { text: this.say(locale, 'case.incident.ask-initials'), choices: [{ id: 'case/incident-no-initials', label: this.say(locale, 'case.incident.no-initials') }] },
    };
    return this.reply(ctx, { ...this.keepCase(ctx), pending }, [ask[pending.stage]]);
  }

  private async incidentText(ctx: Ctx, pending: Extract<CalamityPending, { kind: 'incident' }>, text: string): Promise<Result> {
    const { locale, school } = ctx;
    if (pending.stage === 'date') {
      const date = this.parseDate(text, school, ctx.now);
      if (!date) return this.reply(ctx, { ...this.keepCase(ctx), pending }, [{ text: this.say(locale, 'case.incident.date-invalid') }]);
      return this.incidentNext(ctx, { ...pending, date, stage: 'place' });
    }
    if (pending.stage === 'place') return this.incidentNext(ctx, { ...pending, place: text.slice(0, 120), stage: 'initials' });
    if (pending.stage === 'initials') {
      const initials = toInitials(text);
      if (!initials.ok) return this.reply(ctx, { ...this.keepCase(ctx), pending }, [{ text: this.say(locale, 'engine.handoff.initials-invalid') }]);
      const saved = await this.incidentSave(ctx, pending, initials.initials);
      if (initials.fromFullName) saved.replies.unshift({ text: this.say(locale, 'engine.handoff.full-name', { initials: initials.initials }), tone: 'warning' });
      return saved;
    }
    return this.reply(ctx, { ...this.keepCase(ctx), pending }, [{ text: this.say(locale, 'case.use-buttons') }]);
  }

  private async incidentSave(ctx: Ctx, pending: Extract<CalamityPending, { kind: 'incident' }>, initials: string | undefined): Promise<Result> {
    const { school, actor, now, locale } = ctx;
    await registerIncident(
      this.deps.db,
      school,
      { category: pending.category, ...(pending.incidentKind ? { kind: pending.incidentKind } : {}), occurredOn: pending.date ?? this.today(school, now), place: pending.place ?? '-', ...(initials ? { initials } : {}) },
      actor.name ?? actor.userId,
      this.deps.newId(),
      now,
    );
    const label = school.incidents.categories.find((c) => c.id === pending.category)?.label ?? pending.category;
    return this.reply(ctx, this.keepCase(ctx), [{ text: this.say(locale, 'case.incident.saved', { route: label, time: pending.date ?? this.today(school, now) }) }]);
  }

  private async overview(ctx: Ctx, year: number): Promise<Result> {
    const { school, locale } = ctx;
    const data = await yearOverview(this.deps.db, school, year);
    const label = (id: string, kind: string | null) => {
      const category = school.incidents.categories.find((c) => c.id === id);
      const kindLabel = kind ? category?.kinds?.find((k) => k.id === kind)?.label : undefined;
      return `${category?.label ?? id}${kindLabel ? ` (${kindLabel})` : ''}`;
    };
    const incidents = data.incidents.length > 0 ? data.incidents.map((r) => `• ${label(r.category, r.kind)}: ${r.count}`) : [this.say(locale, 'case.overview.none')];
    const meldcode = data.meldcode.length > 0 ? data.meldcode.map((r) => `• ${r.outcome}: ${r.count}`) : [this.say(locale, 'case.overview.none')];
    return this.reply(ctx, this.keepCase(ctx), [
      {
        text: [
          this.say(locale, 'case.overview.title', { count: year }),
          this.say(locale, 'case.overview.incidents'),
          ...incidents,
          this.say(locale, 'case.overview.meldcode'),
          ...meldcode,
          this.say(locale, 'case.overview.note'),
        ].join('\n'),
      },
    ]);
  }

  // ---- replies -------------------------------------------------------------

  private async caseList(ctx: Ctx): Promise<Result> {
    const { school, locale } = ctx;
    const cases = await openCases(this.deps.db, school.id);
    if (cases.length === 0) return this.reply(ctx, {}, [{ text: this.say(locale, 'case.none-open') }]);
    return this.reply(ctx, this.keepCase(ctx), [
      { text: this.say(locale, 'case.list'), choices: cases.map((c) => ({ id: `case/select/${c.id}`, label: c.title.slice(0, 70) })) },
    ]);
  }

  private menu(view: CaseView, locale: Locale): Reply {
    const all = view.sections.flatMap((s) => s.items);
    const done = all.filter((i) => i.status !== 'open').length;
    const choices: ChoiceView[] = view.sections.map((s) => ({
      id: `case/section/${s.id}`,
      label: `${s.title} (${s.items.filter((i) => i.status !== 'open').length}/${s.items.length})`,
    }));
    for (const action of ['log', 'note', 'drafts', 'team', 'share', 'export', 'close'] as const) {
      choices.push({ id: `case/${action}`, label: this.say(locale, `case.action.${action}`), ...(action === 'close' ? { style: 'danger' as const } : {}) });
    }
    return { text: this.say(locale, 'case.menu', { title: view.title, step: view.templateTitle, count: `${done}/${all.length}`, who: view.size }), choices };
  }

  private section(view: CaseView, sectionId: string, locale: Locale): Reply {
    const section = view.sections.find((s) => s.id === sectionId);
    if (!section) return this.menu(view, locale);
    return {
      text: section.title,
      checklist: { items: section.items.map((i) => ({ id: i.id, label: i.label, status: i.status, ...(i.owner ? { owner: i.owner } : {}) })) },
      choices: [...section.items.map((i, n) => ({ id: `case/item/${i.id}`, label: `${n + 1}. ${shorten(i.label)}` })), this.backChoice(locale)],
    };
  }

  private item(view: CaseView, itemId: string, locale: Locale): Reply {
    const found = findItem(view, itemId);
    if (!found) return this.menu(view, locale);
    const { item, section } = found;
    const owner = item.owner ? this.say(locale, 'case.item.owner', { who: item.owner }) : this.say(locale, 'case.item.no-owner');
    return {
      text: `${item.label}\n${this.say(locale, 'case.item.status-line', { step: item.statusLabel })} ${owner}`,
      choices: [
        { id: `case/set/gedaan/${item.id}`, label: this.say(locale, 'case.item.mark-done'), style: 'primary' },
        { id: `case/set/nvt/${item.id}`, label: this.say(locale, 'case.item.mark-nvt') },
        { id: `case/set/open/${item.id}`, label: this.say(locale, 'case.item.mark-open') },
        { id: `case/assign/${item.id}`, label: this.say(locale, 'case.item.assign') },
        { id: `case/section/${section.id}`, label: this.say(locale, 'case.back-section') },
        this.backChoice(locale),
      ],
    };
  }

  private logbook(view: CaseView, locale: Locale): Reply {
    const lines = view.log.map((e) => `${e.time} — ${e.author}: ${e.text}`);
    return { text: [this.say(locale, 'case.logbook', { title: view.title }), ...lines].join('\n'), choices: [this.backChoice(locale)] };
  }

  private team(view: CaseView, locale: Locale): Reply {
    const members = view.crisisTeam.length > 0 ? view.crisisTeam.map((m) => `• ${m.role}: ${m.name}`) : [this.say(locale, 'case.export.none')];
    return {
      text: [this.say(locale, 'case.team'), ...members].join('\n'),
      choices: [...crisisRoles.map((r) => ({ id: `case/team-add/${r}`, label: this.say(locale, 'case.team-add', { step: this.say(locale, `case.crisis-role.${r}`) }) })), this.backChoice(locale)],
    };
  }

  private draftMenu(locale: Locale): Reply {
    return {
      text: this.say(locale, 'case.drafts'),
      choices: [...drafts.map((d) => ({ id: `case/draft/${d}`, label: this.say(locale, `case.draft.${d}.title`) })), this.backChoice(locale)],
    };
  }

  private exportReply(view: CaseView, school: School, ctx: Ctx, locale: Locale): Reply {
    const query = `schoolId=${encodeURIComponent(school.id)}&userId=${encodeURIComponent(ctx.actor.userId)}`;
    return {
      text: `${this.say(locale, 'case.export.links', { step: `/api/cases/${view.id}/export?format=md&${query}`, route: `/api/cases/${view.id}/export?format=pdf&${query}` })}\n\n${caseMarkdown(view, this.deps.t, locale)}`,
      choices: [this.backChoice(locale)],
    };
  }

  private backChoice(locale: Locale): ChoiceView {
    return { id: 'case/menu', label: this.say(locale, 'case.back-menu') };
  }

  private backToMenu(locale: Locale): Reply {
    return { text: this.say(locale, 'case.next'), choices: [this.backChoice(locale)] };
  }

  private cancelChoice(locale: Locale): ChoiceView {
    return { id: 'case/cancel', label: this.say(locale, 'case.cancel') };
  }

  private stale(ctx: Ctx): Result {
    return this.reply(ctx, this.keepCase(ctx), [{ text: this.say(ctx.locale, 'engine.stale-choice'), tone: 'warning' }]);
  }

  private keepCase(ctx: Ctx): CalamityState {
    return ctx.state.caseId ? { caseId: ctx.state.caseId } : {};
  }

  private roleLabel(school: School, role: string, locale: Locale): string {
    const contact = school.contacts.get(school.roles[role] ?? '');
    return contact?.named ? `${contact.name} (${this.say(locale, `role.${role}`)})` : this.say(locale, `role.${role}`);
  }

  private today(school: School, now: Date): string {
    return DateTime.fromJSDate(now, { zone: school.timezone }).toISODate()!;
  }

  private parseDate(text: string, school: School, now: Date): string | null {
    const t = text.trim().toLowerCase();
    if (t === 'vandaag' || t === 'today') return this.today(school, now);
    const match = t.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
    if (!match) return null;
    const date = DateTime.fromObject({ day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) }, { zone: school.timezone });
    return date.isValid ? date.toISODate() : null;
  }
}

type Ctx = ModuleTurn & { actor: Actor; state: CalamityState; locale: Locale };

function shorten(label: string): string {
  return label.length > 60 ? `${label.slice(0, 57)}…` : label;
}
