import { cleanTurnInput } from './clean-turn-input.js';
import { type Content, schoolLanguage } from '../content/types.js';
import { advance, newSession } from '../engine/advance.js';
import type { EngineContext } from '../engine/context.js';
import type { Effect, Reply, Session, TurnInput } from '../engine/types.js';
import { isWatnuError, WatnuError } from '../errors.js';
import type { HandoffService } from '../handoff/handoff-service.js';
import type { Logger } from '../log.js';
import type { Db, Queryable } from '../store/db.js';
import { deleteSession, loadSession, type SessionAudit, SessionConflict, SessionWriter, saveSessionWithAudit } from '../store/session-repository.js';
import { KeyedMutex } from './keyed-mutex.js';
import { practiceReplies } from './practice-replies.js';
import { practiceCommand, practiceSwitchReply } from './practice-switch.js';
import { SessionCache } from './session-cache.js';
import type { RateLimiter } from './rate-limiter.js';
import type { ModuleResult, ModuleTurn, TurnModule } from './turn-module.js';

export interface TurnOutcome {
  readonly conversationId: string;
  readonly route?: string;
  readonly replies: readonly Reply[];
}

export interface TurnRunnerDeps {
  readonly db: Db;
  readonly content: Content;
  readonly handoffs: HandoffService;
  /** Builds the pure engine's context for a moment in time. */
  readonly engineContext: (now: Date) => EngineContext;
  /** Wakes the outbox dispatcher after a commit that queued messages. */
  readonly kick: () => void;
  /** Capabilities that may answer before the engine (calamity mode). */
  readonly modules?: readonly TurnModule[];
  /** Per-user turn limit across channels. */
  readonly limiter?: RateLimiter;
}

/** Audit actions worth keeping in the database (step-by-step movement goes to debug logs only). */
const persistedAudit = /^(route\.|handoff\.|dialog\.end|command\.|choice\.stale)/;

/**
 * Runs one turn: load the session (from the write-through cache when it can),
 * advance the engine, then save the session with its audit entries in one
 * statement — or, when the turn queued handoffs or reminders, save everything
 * in one transaction so the session and the outbox commit together.
 */
export class TurnRunner {
  private readonly mutex = new KeyedMutex();
  private readonly cache = new SessionCache();
  /** Ordinary turns' saves, group-committed across conversations. */
  private readonly sessions: SessionWriter;

  constructor(private readonly deps: TurnRunnerDeps) {
    this.sessions = new SessionWriter(deps.db);
  }

  async run(received: TurnInput, now: Date, log: Logger): Promise<TurnOutcome> {
    const given = cleanTurnInput(received);
    const school = this.deps.content.schools.get(given.schoolId);
    if (!school) throw new WatnuError('SCHOOL_UNKNOWN', `unknown school "${given.schoolId}"`);
    const realKey = `${given.conv.channel}:${given.conv.id}`;
    const command = practiceCommand(given);
    if (this.deps.limiter && !this.deps.limiter.take(`${given.conv.channel}:${given.schoolId}:${given.user.id}`)) {
      throw new WatnuError('RATE_LIMITED', 'too many messages in a short time; wait a minute and try again');
    }
    return this.mutex.run(realKey, async () => {
      for (let attempt = 0; ; attempt++) {
        let key = realKey;
        try {
          if (command) return await this.switchPractice(given, realKey, command === 'start', now, log);
          const real = given.practice ? null : await this.realSession(realKey);
          const input: TurnInput = given.practice || real?.session?.practice ? { ...given, practice: true } : given;
          // A rehearsal never shares a session with a real conversation.
          key = input.practice ? `${input.conv.channel}:practice:${input.conv.id}` : realKey;
          // The real session just read (a conversation not in the cache) is the one the turn runs on: no second SELECT.
          return await this.runOnce(input, key, now, log, input.practice ? undefined : real?.loaded);
        } catch (error) {
          this.cache.delete(key);
          if (!isWatnuError(error, 'STORE_CONFLICT') || attempt >= 3) throw error;
          // Expected when a conversation moves between instances: re-run on the stored session, which the failed save read.
          if (error instanceof SessionConflict && error.current) this.cache.set(key, error.current);
          log.debug({ attempt }, 'session changed on another instance; turn re-run on the current state');
        }
      }
    });
  }

  /**
   * Oefenmodus is a flag on the real conversation's session, so an ordinary
   * turn costs no query for it: the session is in the cache, and a stale
   * cache shows up as a conflict when the turn saves. A rehearsal turn saves
   * nothing on the real session, so it re-reads the flag first: a stopped
   * rehearsal must never swallow a real handoff. When the session had to be
   * read, it comes back as `loaded` (null: none stored) for the turn to use.
   */
  private async realSession(realKey: string): Promise<{ session: Session | null; loaded?: Session | null }> {
    const cached = this.cache.get(realKey);
    if (cached && !cached.practice) return { session: cached };
    const stored = await loadSession(this.deps.db, realKey);
    if (stored) this.cache.set(realKey, stored);
    return { session: stored, loaded: stored };
  }

  private async switchPractice(given: TurnInput, realKey: string, on: boolean, now: Date, log: Logger): Promise<TurnOutcome> {
    const stored = this.cache.get(realKey) ?? (await loadSession(this.deps.db, realKey));
    const base = stored ?? this.prepareSession(null, given, realKey, now);
    const { practice: _was, ...rest } = base;
    const next: Session = { ...rest, ...(on ? { practice: true } : {}), version: (stored?.version ?? 0) + 1, updatedAt: now.toISOString() };
    await this.sessions.save(next, stored?.version ?? 0, []);
    this.cache.set(realKey, next);
    log.info({ practice: on ? 'start' : 'stop' }, 'turn');
    const locale = given.locale ?? this.deps.content.defaultLanguage;
    return { conversationId: given.conv.id, replies: [practiceSwitchReply(this.deps.content.locales[locale] ?? {}, on)] };
  }

  /** `loaded`: the session as read from the database moments ago in this attempt (null: none stored), or undefined. */
  private async runOnce(input: TurnInput, key: string, now: Date, log: Logger, loaded?: Session | null): Promise<TurnOutcome> {
    const { db } = this.deps;
    // Practice turns skip modules (calamity cases, privacy): they write records of their own.
    const modules = input.practice ? [] : (this.deps.modules ?? []);
    const stored = this.cache.get(key) ?? (loaded === undefined ? await loadSession(db, key) : loaded);
    const previousVersion = stored?.version ?? 0;
    const session = this.prepareSession(stored, input, key, now);
    const school = this.deps.content.schools.get(input.schoolId)!;
    const turn: ModuleTurn = { input, session, school, now, log };
    // Buttons of a module's own views (never free text: that goes through the engine's safety check first).
    for (const module of input.event.kind === 'choice' ? modules : []) {
      const handled = await module.handle?.(turn);
      if (handled) return this.finishModuleTurn(input, key, session, previousVersion, handled, now, log);
    }
    const ctx = this.deps.engineContext(now);
    const result = advance(ctx, session, input.event);
    let next = result.session;
    // Commands the engine recognised for a module: answered now, the module's typed state kept in the session.
    const moduleReplies = new Map<Effect, readonly Reply[]>();
    for (const effect of result.effects) {
      if (effect.type !== 'module') continue;
      const out = await modules.find((m) => m.name === effect.module)?.command?.({ ...turn, session: next }, effect.command, effect.arg);
      if (!out) continue;
      next = { ...next, calamity: out.session.calamity };
      moduleReplies.set(effect, out.replies);
    }
    const turnLog = log.child({ dialog: next.dialogId, step: next.stepId, route: next.route });

    const decided = result.effects.filter((e) => e.type === 'handoff' || e.type === 'reminder' || e.type === 'incident' || e.type === 'case');
    // Practice: no handoff, reminder, incident or case is recorded, and nothing is counted in reports.
    const durable = input.practice ? [] : decided;
    const audits: SessionAudit[] = (input.practice ? [] : result.effects).flatMap((effect) =>
      effect.type === 'audit' && persistedAudit.test(effect.event.action)
        ? [{ action: effect.event.action, actor: input.user.id, detail: { route: effect.event.route ?? null, dialog: effect.event.dialogId ?? null, step: effect.event.stepId ?? null } }]
        : [],
    );
    if (durable.length === 0) {
      await this.sessions.save(next, previousVersion, audits);
    } else {
      // The session and everything the turn decided commit together: no handoff without its conversation step, and back.
      await db.transaction(async (tx) => {
        await saveSessionWithAudit(tx, next, previousVersion, audits);
        for (const effect of durable) await this.perform(tx, effect, { ...turn, session: next }, now);
      });
      this.deps.kick();
    }
    this.cache.set(key, next);

    const replies: Reply[] = [];
    for (const effect of result.effects) {
      if (effect.type === 'reply') replies.push(effect.reply);
      if (effect.type === 'status') replies.push(await this.deps.handoffs.statusReply(input.schoolId, input.user.id, session.locale));
      if (effect.type === 'module') replies.push(...(moduleReplies.get(effect) ?? []));
      for (const module of effect.type === 'case' ? modules : []) replies.push(...((await module.followUp?.(effect, { ...turn, session: next })) ?? []));
    }
    for (const module of modules) {
      if (module.decorate) replies.push(...(await module.decorate({ ...turn, session: next, ...(result.route ? { route: result.route } : {}) })));
    }
    turnLog.info({ replies: replies.length, handoffs: durable.filter((e) => e.type === 'handoff').length, practice: Boolean(input.practice) }, 'turn');
    const shown = input.practice ? practiceReplies(this.deps.content.locales[next.locale] ?? {}, replies, decided) : replies;
    return { conversationId: input.conv.id, ...(result.route ? { route: result.route } : {}), replies: shown };
  }

  /** Database work for one effect inside the turn's transaction. */
  private async perform(tx: Queryable, effect: Effect, turn: ModuleTurn, now: Date): Promise<void> {
    if (effect.type === 'handoff') return this.deps.handoffs.record(tx, effect.handoff, now);
    if (effect.type === 'reminder') return insertReminder(tx, effect.reminder, now);
    for (const module of this.deps.modules ?? []) if (await module.perform?.(tx, effect, turn)) return;
    throw new Error(`no module performs the effect "${effect.type}"`);
  }

  private async finishModuleTurn(input: TurnInput, key: string, session: Session, previousVersion: number, handled: ModuleResult, now: Date, log: Logger): Promise<TurnOutcome> {
    const { db } = this.deps;
    if (handled.forgetUser) {
      // "verwijder mijn gegevens": nothing of this conversation is written back.
      this.cache.deleteUser(input.schoolId, input.user.id);
      await deleteSession(db, key);
    } else {
      const next = { ...session, calamity: handled.session.calamity, lastChoice: null, version: session.version + 1, updatedAt: now.toISOString() };
      await this.sessions.save(next, previousVersion, []);
      this.cache.set(key, next);
    }
    log.info({ replies: handled.replies.length, module: true }, 'turn');
    return { conversationId: input.conv.id, replies: handled.replies };
  }

  private prepareSession(stored: Session | null, input: TurnInput, key: string, now: Date): Session {
    const fresh = () =>
      newSession({
        key,
        schoolId: input.schoolId,
        userId: input.user.id,
        ...(input.user.name ? { userName: input.user.name } : {}),
        ...(input.user.role ? { role: input.user.role } : {}),
        // The asker's client language when it says one, else the school's default language.
        locale: input.locale ?? schoolLanguage(this.deps.content, input.schoolId),
        now,
      });
    if (!stored) return fresh();
    if (stored.schoolId !== input.schoolId) return { ...fresh(), version: stored.version };
    return {
      ...stored,
      userId: input.user.id,
      ...(input.user.name ? { userName: input.user.name } : {}),
      ...(input.user.role ? { role: input.user.role } : {}),
      locale: input.locale ?? stored.locale,
    };
  }
}

async function insertReminder(tx: Queryable, reminder: Extract<Effect, { type: 'reminder' }>['reminder'], now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO reminders (id, school_id, role, due_at, data, status, created_at) VALUES ($1, $2, $3, $4, $5, 'pending', $6)
     ON CONFLICT (id) DO NOTHING`,
    [reminder.id, reminder.schoolId, reminder.role, reminder.dueAt, JSON.stringify(reminder), now.toISOString()],
  );
}
