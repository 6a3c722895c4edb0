import type { HandoffTarget } from '../content/dialog-schema.js';
import type { Content, Locale, School } from '../content/types.js';
import { addressKey, channelAddresses } from '../handoff/addresses.js';
import { channelForRole } from '../handoff/escalation-service.js';
import { enqueueOutbox } from '../handoff/outbox-repository.js';
import type { Translate } from '../i18n.js';
import { appendAudit } from '../store/audit-repository.js';
import type { Db, Queryable } from '../store/db.js';
import type { Actor } from '../engine/calamity-access.js';
import {
  appendLog,
  type CaseRecord,
  caseItems,
  closeCase,
  getCase,
  type ItemStatus,
  insertCase,
  readLog,
  setCrisisTeam,
  updateItem,
} from './case-repository.js';
import { type CaseView, caseView, findItem } from './case-view.js';

export interface CalamityDeps {
  readonly db: Db;
  readonly content: Content;
  readonly t: Translate;
  readonly newId: () => string;
  readonly kick: () => void;
}

/** Calamity cases: every change is logged (time, author) in the same transaction. */
export class CalamityService {
  constructor(private readonly deps: CalamityDeps) {}

  /** Case log entries and notices are written in the school's language. */
  private say(school: School, key: string, vars: Record<string, unknown> = {}): string {
    return this.deps.t(school.language, key, { var: vars });
  }

  private author(actor: Actor): string {
    return actor.name ?? actor.userId;
  }

  /** Opens a case (in the turn's transaction); false when the school has no such template. */
  async open(tx: Queryable, school: School, open: { caseId: string; template: string; title: string; size: string }, actor: Actor, now: Date): Promise<boolean> {
    const { caseId, template, title, size } = open;
    const definition = this.deps.content.calamityTemplates.get(template);
    if (!definition || !school.calamity?.templates.includes(template)) return false;
    const record: CaseRecord = {
      id: caseId,
      schoolId: school.id,
      template,
      title,
      size,
      status: 'open',
      openedBy: this.author(actor),
      openedAt: now.toISOString(),
      closedAt: null,
      crisisTeam: [],
    };
    await insertCase(tx, record, definition.sections.flatMap((s) => s.items));
    await this.log(tx, record.id, actor, now, 'open', this.say(school, 'case.log.opened', { title, size: this.say(school, `case.size.${size}`) }));
    await appendAudit(tx, { at: now, schoolId: school.id, action: 'case.opened', subject: record.id, actor: actor.userId, detail: { template } });
    return true;
  }

  async view(school: School, caseId: string, locale: Locale, q: Queryable = this.deps.db): Promise<CaseView | null> {
    const { content, t } = this.deps;
    const record = await getCase(q, school.id, caseId);
    if (!record) return null;
    return caseView(content, t, locale, record, await caseItems(q, caseId), await readLog(q, caseId));
  }

  async setStatus(school: School, caseId: string, item: string, status: ItemStatus, actor: Actor, now: Date): Promise<boolean> {
    const view = await this.view(school, caseId, school.language);
    const found = view && findItem(view, item);
    if (!found) return false;
    await this.deps.db.transaction(async (tx) => {
      await updateItem(tx, caseId, item, { status }, now);
      await this.log(tx, caseId, actor, now, 'status', this.say(school, 'case.log.status', { item: found.item.label, status: this.say(school, `case.item.${status}`) }));
    });
    return true;
  }

  /** Assigns an item to a role or a named person and tells them in their channel (in the turn's transaction). */
  async assign(tx: Queryable, school: School, caseId: string, item: string, owner: { role?: string; name: string }, actor: Actor, now: Date): Promise<boolean> {
    const view = await this.view(school, caseId, school.language, tx);
    const found = view && findItem(view, item);
    if (!view || !found) return false;
    const target: HandoffTarget = owner.role ? channelForRole(owner.role) : 'directeur';
    await updateItem(tx, caseId, item, { owner: owner.name }, now);
    await this.log(tx, caseId, actor, now, 'assign', this.say(school, 'case.log.assigned', { item: found.item.label, who: owner.name }));
    const text = this.say(school, 'case.notify.assigned', { who: owner.name, item: found.item.label, title: view.title, asker: this.author(actor) });
    await this.post(tx, school, target, `assign:${caseId}:${item}:${now.getTime()}`, text, caseId, now);
    return true;
  }

  /** A logbook entry (in the given transaction). */
  async note(tx: Queryable, school: School, caseId: string, text: string, actor: Actor, now: Date, kind = 'note'): Promise<boolean> {
    if (!(await getCase(tx, school.id, caseId))) return false;
    await this.log(tx, caseId, actor, now, kind, text.slice(0, 1000));
    return true;
  }

  async addCrisisMember(tx: Queryable, school: School, caseId: string, member: { role: string; name: string }, actor: Actor, now: Date): Promise<boolean> {
    const record = await getCase(tx, school.id, caseId);
    if (!record) return false;
    await setCrisisTeam(tx, caseId, [...record.crisisTeam, member]);
    await this.log(tx, caseId, actor, now, 'team', this.say(school, 'case.log.team', { who: member.name, role: member.role }));
    return true;
  }

  /** Posts a short summary of the case to the director channel(s) (no pupil data). */
  async share(school: School, caseId: string, actor: Actor, now: Date): Promise<boolean> {
    const view = await this.view(school, caseId, school.language);
    if (!view) return false;
    const open = view.sections.flatMap((s) => s.items).filter((i) => i.status === 'open').length;
    const text = this.say(school, 'case.share.text', { title: view.title, step: view.templateTitle, count: open, who: this.author(actor) });
    await this.deps.db.transaction(async (tx) => {
      await this.post(tx, school, 'directeur', `share:${caseId}:${now.getTime()}`, text, caseId, now);
      await this.log(tx, caseId, actor, now, 'message', this.say(school, 'case.log.shared'));
    });
    this.deps.kick();
    return true;
  }

  async close(school: School, caseId: string, actor: Actor, now: Date): Promise<void> {
    if (!(await getCase(this.deps.db, school.id, caseId))) return;
    await this.deps.db.transaction(async (tx) => {
      await this.log(tx, caseId, actor, now, 'close', this.say(school, 'case.log.closed'));
      await closeCase(tx, caseId, now);
      await appendAudit(tx, { at: now, schoolId: school.id, action: 'case.closed', subject: caseId, actor: actor.userId });
    });
  }

  private async log(tx: Queryable, caseId: string, actor: Actor, now: Date, kind: string, text: string): Promise<void> {
    await appendLog(tx, caseId, { at: now.toISOString(), author: this.author(actor), kind, text });
  }

  private async post(tx: Queryable, school: School, to: HandoffTarget, key: string, text: string, subject: string, now: Date): Promise<void> {
    for (const address of channelAddresses(school, to)) {
      await enqueueOutbox(
        tx,
        {
          id: this.deps.newId(),
          idempotencyKey: `${key}:${addressKey(address)}`,
          schoolId: school.id,
          kind: 'notice',
          channel: address.channel,
          target: address,
          payload: { kind: 'notice', reply: { text } },
          subject,
          notBefore: now,
        },
        now,
      );
    }
  }
}
