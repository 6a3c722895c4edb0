import type { ModuleTurn, TurnModule } from '../app/turn-module.js';
import type { Content, Locale } from '../content/types.js';
import type { Reply, Session } from '../engine/types.js';
import type { Translate } from '../i18n.js';
import type { Db } from '../store/db.js';
import { type Actor, canManageCalamity } from './access.js';
import { recogniseCalamityCommand, requestedYear } from './calamity-commands.js';
import type { CalamityService } from './calamity-service.js';
import { type CalamityPending, type CalamityState, calamityState, withCalamityState } from './calamity-state.js';
import { type CalamityOutcome, type CalamityTurn, keepCase } from './calamity-turn.js';
import { CaseReplies, drafts } from './case-replies.js';
import { openCases } from './case-repository.js';
import { findItem } from './case-view.js';
import { IncidentConversation, schoolYear } from './incident-conversation.js';

const sizes = ['beperkt', 'groot', 'onbekend'] as const;
const ownerRoles = ['directeur', 'intern-begeleider', 'aandachtsfunctionaris', 'vertrouwenspersoon', 'bestuur', 'leerkracht'] as const;

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
  private readonly replies: CaseReplies;
  private readonly incidents: IncidentConversation;

  constructor(private readonly deps: CalamityModuleDeps) {
    this.replies = new CaseReplies(deps.t);
    this.incidents = new IncidentConversation(deps, this.replies);
  }

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
    return this.replies.say(locale, key, vars);
  }

  private reply(ctx: CalamityTurn, state: CalamityState, replies: Reply[]): Result {
    return { session: withCalamityState(ctx.session, state), replies };
  }

  private finish(ctx: CalamityTurn, outcome: CalamityOutcome): Result {
    return this.reply(ctx, outcome.state, outcome.replies);
  }

  // ---- choices -------------------------------------------------------------

  private async onChoice(ctx: CalamityTurn, action: string): Promise<Result> {
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
        return this.reply(ctx, { caseId: record.id }, [{ text: this.say(locale, 'case.opened-reply', { title: record.title }) }, this.replies.menu(view, locale)]);
      }
      case 'select': {
        const view = await service.view(school, arg, locale);
        if (!view) return this.stale(ctx);
        return this.reply(ctx, { caseId: view.id }, [this.replies.menu(view, locale)]);
      }
      case 'incident':
        return this.finish(ctx, this.incidents.start(ctx));
      case 'incident-cat':
        return this.finish(ctx, this.incidents.category(ctx, arg));
      case 'incident-kind':
      case 'incident-today':
      case 'incident-no-initials':
        return this.finish(ctx, await this.incidents.choice(ctx, verb, arg));
      case 'overview':
        return this.finish(ctx, await this.incidents.overview(ctx, schoolYear(school, now)));
      case 'cancel':
        return this.reply(ctx, keepCase(state), [{ text: this.say(locale, 'case.cancelled') }]);
    }
    const view = state.caseId ? await service.view(school, state.caseId, locale) : null;
    if (!view) return this.stale(ctx);
    switch (verb) {
      case 'menu':
        return this.reply(ctx, { caseId: view.id }, [this.replies.menu(view, locale)]);
      case 'section':
        return this.reply(ctx, { caseId: view.id }, [this.replies.section(view, arg, locale)]);
      case 'item':
        return this.reply(ctx, { caseId: view.id }, [this.replies.item(view, arg, locale)]);
      case 'set': {
        const [status, item] = [rest[0], rest[1] ?? ''];
        if ((status !== 'gedaan' && status !== 'nvt' && status !== 'open') || !(await service.setStatus(school, view.id, item, status, actor, now))) return this.stale(ctx);
        const fresh = (await service.view(school, view.id, locale))!;
        const sectionId = findItem(fresh, item)!.section.id;
        return this.reply(ctx, { caseId: view.id }, [this.replies.section(fresh, sectionId, locale)]);
      }
      case 'assign':
        if (!findItem(view, arg)) return this.stale(ctx);
        return this.reply(ctx, { caseId: view.id, pending: { kind: 'assign-name', item: arg } }, [
          {
            text: this.say(locale, 'case.ask.owner'),
            choices: ownerRoles.filter((r) => r in school.roles || r === 'leerkracht').map((r) => ({ id: `case/owner/${r}`, label: this.replies.roleLabel(school, r, locale) })),
          },
        ]);
      case 'owner': {
        if (state.pending?.kind !== 'assign-name') return this.stale(ctx);
        await service.assign(school, view.id, state.pending.item, { role: arg, name: this.replies.roleLabel(school, arg, locale) }, actor, now);
        const fresh = (await service.view(school, view.id, locale))!;
        return this.reply(ctx, { caseId: view.id }, [{ text: this.say(locale, 'case.assigned') }, this.replies.item(fresh, state.pending.item, locale)]);
      }
      case 'log':
        return this.reply(ctx, { caseId: view.id }, [this.replies.logbook(view, locale)]);
      case 'note':
        return this.reply(ctx, { caseId: view.id, pending: { kind: 'note' } }, [{ text: this.say(locale, 'case.ask.note') }]);
      case 'drafts':
        return this.reply(ctx, { caseId: view.id }, [this.replies.draftMenu(locale)]);
      case 'draft': {
        if (!(drafts as readonly string[]).includes(arg)) return this.stale(ctx);
        await service.note(school, view.id, this.say('nl', 'case.log.draft', { step: this.say('nl', `case.draft.${arg}.title`) }), actor, now, 'message');
        return this.reply(ctx, { caseId: view.id }, [
          { text: `${this.say(locale, `case.draft.${arg}`, { title: view.title })}\n\n${this.say(locale, 'case.draft.avg')}`, tone: 'warning' },
          this.replies.backToMenu(locale),
        ]);
      }
      case 'team':
        return this.reply(ctx, { caseId: view.id }, [this.replies.team(view, locale)]);
      case 'team-add':
        return this.reply(ctx, { caseId: view.id, pending: { kind: 'crisis-name', role: arg } }, [{ text: this.say(locale, 'case.ask.team-name') }]);
      case 'share':
        await service.share(school, view.id, actor, now);
        return this.reply(ctx, { caseId: view.id }, [{ text: this.say(locale, 'case.shared') }, this.replies.backToMenu(locale)]);
      case 'export':
        return this.reply(ctx, { caseId: view.id }, [this.replies.exportReply(view, school.id, ctx.actor.userId, locale)]);
      case 'close':
        return this.reply(ctx, { caseId: view.id }, [
          { text: this.say(locale, 'case.ask.close'), choices: [{ id: 'case/close-confirm', label: this.say(locale, 'case.close-confirm'), style: 'danger' }, this.replies.backChoice(locale)] },
        ]);
      case 'close-confirm':
        await service.close(school, view.id, actor, now);
        return this.reply(ctx, {}, [{ text: this.say(locale, 'case.closed') }]);
    }
    return this.stale(ctx);
  }

  // ---- text ----------------------------------------------------------------

  private async onPendingText(ctx: CalamityTurn, pending: CalamityPending, text: string): Promise<Result> {
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
        return this.reply(ctx, { caseId: state.caseId }, [{ text: this.say(locale, 'case.noted') }, this.replies.backToMenu(locale)]);
      case 'assign-name': {
        if (!state.caseId) return this.stale(ctx);
        await service.assign(school, state.caseId, pending.item, { name: clean }, actor, now);
        const fresh = (await service.view(school, state.caseId, locale))!;
        return this.reply(ctx, { caseId: state.caseId }, [{ text: this.say(locale, 'case.assigned') }, this.replies.item(fresh, pending.item, locale)]);
      }
      case 'crisis-name': {
        if (!state.caseId) return this.stale(ctx);
        await service.addCrisisMember(school, state.caseId, { role: this.say(locale, `case.crisis-role.${pending.role}`), name: clean }, actor, now);
        const fresh = (await service.view(school, state.caseId, locale))!;
        return this.reply(ctx, { caseId: state.caseId }, [this.replies.team(fresh, locale)]);
      }
      case 'incident':
        return this.finish(ctx, await this.incidents.text(ctx, pending, clean));
    }
  }

  private async onCommand(ctx: CalamityTurn, command: NonNullable<ReturnType<typeof recogniseCalamityCommand>>, text: string): Promise<Result> {
    const { state, locale, school, actor, now } = ctx;
    if (command.kind === 'incident') return this.finish(ctx, this.incidents.start(ctx));
    if (command.kind === 'overview') return this.finish(ctx, await this.incidents.overview(ctx, requestedYear(text, schoolYear(school, now))));
    if (command.kind === 'cases' || !state.caseId) return this.caseList(ctx);
    const view = await this.deps.service.view(school, state.caseId, locale);
    if (!view) return this.caseList(ctx);
    switch (command.kind) {
      case 'note':
        await this.deps.service.note(school, view.id, command.text, actor, now);
        return this.reply(ctx, { caseId: view.id }, [{ text: this.say(locale, 'case.noted') }]);
      case 'logbook':
        return this.reply(ctx, { caseId: view.id }, [this.replies.logbook(view, locale)]);
      case 'checklist':
        return this.reply(ctx, { caseId: view.id }, [this.replies.menu(view, locale)]);
      case 'export':
        return this.reply(ctx, { caseId: view.id }, [this.replies.exportReply(view, school.id, ctx.actor.userId, locale)]);
      case 'drafts':
        return this.reply(ctx, { caseId: view.id }, [this.replies.draftMenu(locale)]);
      case 'team':
        return this.reply(ctx, { caseId: view.id }, [this.replies.team(view, locale)]);
      case 'share':
        return this.onChoice(ctx, 'share');
      case 'close':
        return this.onChoice(ctx, 'close');
    }
  }

  // ---- replies -------------------------------------------------------------

  private async caseList(ctx: CalamityTurn): Promise<Result> {
    const { school, locale } = ctx;
    const cases = await openCases(this.deps.db, school.id);
    if (cases.length === 0) return this.reply(ctx, {}, [{ text: this.say(locale, 'case.none-open') }]);
    return this.reply(ctx, keepCase(ctx.state), [
      { text: this.say(locale, 'case.list'), choices: cases.map((c) => ({ id: `case/select/${c.id}`, label: c.title.slice(0, 70) })) },
    ]);
  }

  private stale(ctx: CalamityTurn): Result {
    return this.reply(ctx, keepCase(ctx.state), [this.replies.stale(ctx.locale)]);
  }
}

