import type { ModuleResult, ModuleTurn, TurnModule } from '../app/turn-module.js';
import type { Content, Locale } from '../content/types.js';
import { type Actor, canManageCalamity } from '../engine/calamity-access.js';
import type { CalamityState, Effect, Reply } from '../engine/types.js';
import type { Translate } from '../i18n.js';
import type { Db, Queryable } from '../store/db.js';
import { type CalamityCommand, recogniseCalamityCommand, requestedYear } from './calamity-commands.js';
import type { CalamityService } from './calamity-service.js';
import { CaseReplies, drafts } from './case-replies.js';
import { openCases } from './case-repository.js';
import { findItem } from './case-view.js';
import { overviewReply, schoolYear } from './incident-overview.js';
import { registerIncident } from './incidents.js';

export interface CalamityModuleDeps {
  readonly db: Db;
  readonly content: Content;
  readonly t: Translate;
  readonly service: CalamityService;
}

/** Buttons of the case views this module answers; the buttons that ask for text open forms in the engine. */
const viewVerbs: ReadonlySet<string> = new Set(['select', 'menu', 'section', 'item', 'set', 'log', 'drafts', 'draft', 'team', 'share', 'export', 'close', 'close-confirm']);

interface CalamityTurn extends ModuleTurn {
  readonly actor: Actor;
  readonly state: CalamityState;
  readonly locale: Locale;
}

/**
 * Calamity mode for the director: the case views (checklist sections, item
 * status, logbook, crisis team, drafts, exports) and the database work for
 * the case and incident forms' actions. Only the director and configured
 * deputies get in; everyone else gets a refusal, never data. The prompts
 * that take text (a case title, a note, an owner, a crisis team member, an
 * incident) are forms in the engine, so its safety check comes first.
 */
export class CalamityModule implements TurnModule {
  readonly name = 'calamity' as const;
  private readonly replies: CaseReplies;

  constructor(private readonly deps: CalamityModuleDeps) {
    this.replies = new CaseReplies(deps.t);
  }

  async handle(turn: ModuleTurn): Promise<ModuleResult | null> {
    const event = turn.input.event;
    if (event.kind !== 'choice' || !event.choiceId.startsWith('case/')) return null;
    const [verb = '', ...rest] = event.choiceId.slice(5).split('/');
    if (!viewVerbs.has(verb)) return null;
    const ctx = this.context(turn);
    if (!canManageCalamity(turn.school, ctx.actor)) return this.refusal(ctx);
    return this.onChoice(ctx, verb, rest);
  }

  async command(turn: ModuleTurn, command: string, arg?: string): Promise<ModuleResult> {
    const ctx = this.context(turn);
    if (!canManageCalamity(turn.school, ctx.actor)) return this.refusal(ctx);
    return this.onCommand(ctx, command as CalamityCommand['kind'], arg ?? '');
  }

  async perform(tx: Queryable, effect: Effect, turn: ModuleTurn): Promise<boolean> {
    const { service } = this.deps;
    if (effect.type === 'incident') {
      await registerIncident(tx, effect.incident, turn.now);
      return true;
    }
    if (effect.type !== 'case') return false;
    const r = effect.request;
    const { school, now } = turn;
    switch (r.op) {
      case 'open':
        await service.open(tx, school, r, effect.actor, now);
        return true;
      case 'note':
        await service.note(tx, school, r.caseId, r.text, effect.actor, now);
        return true;
      case 'assign':
        await service.assign(tx, school, r.caseId, r.item, r.owner, effect.actor, now);
        return true;
      case 'crisis-member':
        await service.addCrisisMember(tx, school, r.caseId, { role: r.role, name: r.name }, effect.actor, now);
        return true;
    }
  }

  async followUp(effect: Effect, turn: ModuleTurn): Promise<readonly Reply[]> {
    if (effect.type !== 'case') return [];
    const locale = turn.session.locale;
    const r = effect.request;
    const view = await this.deps.service.view(turn.school, r.caseId, locale);
    if (!view) return [this.replies.stale(locale)];
    switch (r.op) {
      case 'open':
        return [{ text: this.say(locale, 'case.opened-reply', { title: view.title }) }, this.replies.menu(view, locale)];
      case 'note':
        return [{ text: this.say(locale, 'case.noted') }, this.replies.backToMenu(locale)];
      case 'assign':
        return [{ text: this.say(locale, 'case.assigned') }, this.replies.item(view, r.item, locale)];
      case 'crisis-member':
        return [this.replies.team(view, locale)];
    }
  }

  async decorate(turn: ModuleTurn & { route?: string }): Promise<readonly Reply[]> {
    if (!turn.route || !turn.school.calamity) return [];
    if (!canManageCalamity(turn.school, this.context(turn).actor)) return [];
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

  private context(turn: ModuleTurn): CalamityTurn {
    const { input, session } = turn;
    const role = input.user.role ?? session.role;
    const actor: Actor = { userId: input.user.id, ...(input.user.name ? { name: input.user.name } : {}), ...(role ? { role } : {}), channel: input.conv.channel };
    return { ...turn, actor, state: session.calamity, locale: session.locale };
  }

  private say(locale: Locale, key: string, vars: Record<string, unknown> = {}): string {
    return this.replies.say(locale, key, vars);
  }

  private reply(ctx: CalamityTurn, state: CalamityState, replies: Reply[]): ModuleResult {
    return { session: { ...ctx.session, calamity: state }, replies };
  }

  private refusal(ctx: CalamityTurn): ModuleResult {
    return this.reply(ctx, {}, [{ text: this.say(ctx.locale, 'case.refused'), tone: 'warning' }]);
  }

  private stale(ctx: CalamityTurn): ModuleResult {
    return this.reply(ctx, ctx.state, [this.replies.stale(ctx.locale)]);
  }

  // ---- buttons ---------------------------------------------------------------

  private async onChoice(ctx: CalamityTurn, verb: string, rest: string[]): Promise<ModuleResult> {
    const arg = rest.join('/');
    const { state, locale, school, actor, now } = ctx;
    const { service, db } = this.deps;
    if (verb === 'select') {
      const view = await service.view(school, arg, locale);
      return view ? this.reply(ctx, { caseId: view.id }, [this.replies.menu(view, locale)]) : this.stale(ctx);
    }
    const view = state.caseId ? await service.view(school, state.caseId, locale) : null;
    if (!view) return this.stale(ctx);
    const keep = { caseId: view.id };
    switch (verb) {
      case 'menu':
        return this.reply(ctx, keep, [this.replies.menu(view, locale)]);
      case 'section':
        return this.reply(ctx, keep, [this.replies.section(view, arg, locale)]);
      case 'item':
        return this.reply(ctx, keep, [this.replies.item(view, arg, locale)]);
      case 'set': {
        const [status, item] = [rest[0], rest[1] ?? ''];
        if ((status !== 'gedaan' && status !== 'nvt' && status !== 'open') || !(await service.setStatus(school, view.id, item, status, actor, now))) return this.stale(ctx);
        const fresh = (await service.view(school, view.id, locale))!;
        return this.reply(ctx, keep, [this.replies.section(fresh, findItem(fresh, item)!.section.id, locale)]);
      }
      case 'log':
        return this.reply(ctx, keep, [this.replies.logbook(view, locale)]);
      case 'drafts':
        return this.reply(ctx, keep, [this.replies.draftMenu(locale)]);
      case 'draft': {
        if (!(drafts as readonly string[]).includes(arg)) return this.stale(ctx);
        const entry = this.say(school.language, 'case.log.draft', { step: this.say(school.language, `case.draft.${arg}.title`) });
        await db.transaction((tx) => service.note(tx, school, view.id, entry, actor, now, 'message'));
        return this.reply(ctx, keep, [
          { text: `${this.say(locale, `case.draft.${arg}`, { title: view.title })}\n\n${this.say(locale, 'case.draft.avg')}`, tone: 'warning' },
          this.replies.backToMenu(locale),
        ]);
      }
      case 'team':
        return this.reply(ctx, keep, [this.replies.team(view, locale)]);
      case 'share':
        await service.share(school, view.id, actor, now);
        return this.reply(ctx, keep, [{ text: this.say(locale, 'case.shared') }, this.replies.backToMenu(locale)]);
      case 'export':
        return this.reply(ctx, keep, [this.replies.exportReply(view, school.id, actor.userId, locale)]);
      case 'close':
        return this.reply(ctx, keep, [
          { text: this.say(locale, 'case.ask.close'), choices: [{ id: 'case/close-confirm', label: this.say(locale, 'case.close-confirm'), style: 'danger' }, this.replies.backChoice(locale)] },
        ]);
      case 'close-confirm':
        await service.close(school, view.id, actor, now);
        return this.reply(ctx, {}, [{ text: this.say(locale, 'case.closed') }]);
    }
    return this.stale(ctx);
  }

  // ---- commands the engine recognised ------------------------------------------

  private async onCommand(ctx: CalamityTurn, command: CalamityCommand['kind'], text: string): Promise<ModuleResult> {
    const { state, locale, school, now } = ctx;
    if (command === 'overview') {
      return this.reply(ctx, state, [await overviewReply(this.deps.db, school, requestedYear(text, schoolYear(school, now)), locale, this.replies)]);
    }
    const view = state.caseId && command !== 'cases' ? await this.deps.service.view(school, state.caseId, locale) : null;
    if (!view) return this.caseList(ctx);
    const keep = { caseId: view.id };
    switch (command) {
      case 'logbook':
        return this.reply(ctx, keep, [this.replies.logbook(view, locale)]);
      case 'checklist':
        return this.reply(ctx, keep, [this.replies.menu(view, locale)]);
      case 'export':
        return this.reply(ctx, keep, [this.replies.exportReply(view, school.id, ctx.actor.userId, locale)]);
      case 'drafts':
        return this.reply(ctx, keep, [this.replies.draftMenu(locale)]);
      case 'team':
        return this.reply(ctx, keep, [this.replies.team(view, locale)]);
      case 'share':
      case 'close':
        return this.onChoice(ctx, command, []);
    }
    return this.caseList(ctx);
  }

  private async caseList(ctx: CalamityTurn): Promise<ModuleResult> {
    const { school, locale } = ctx;
    const cases = await openCases(this.deps.db, school.id);
    if (cases.length === 0) return this.reply(ctx, {}, [{ text: this.say(locale, 'case.none-open') }]);
    return this.reply(ctx, ctx.state, [
      { text: this.say(locale, 'case.list'), choices: cases.map((c) => ({ id: `case/select/${c.id}`, label: c.title.slice(0, 70) })) },
    ]);
  }
}

/** The calamity words the engine hands to this module ("logboek", "jaaroverzicht 2026"). */
export function calamityCommand(text: string): { command: string; arg: string } | null {
  const command = recogniseCalamityCommand(text);
  return command ? { command: command.kind, arg: text } : null;
}
