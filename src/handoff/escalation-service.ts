import type { HandoffTarget } from '../content/dialog-schema.js';
import type { Content, School } from '../content/types.js';
import type { Translate } from '../i18n.js';
import type { Logger } from '../log.js';
import { appendAudit } from '../store/audit-repository.js';
import type { Db, Queryable } from '../store/db.js';
import { addressKey, channelAddresses, conversationAddress } from './addresses.js';
import { escalationDueAt } from './escalation-policy.js';
import { advanceEscalation, dueEscalations, type HandoffRecord } from './handoff-repository.js';
import type { HandoffService } from './handoff-service.js';
import { enqueueMessage } from './enqueue-message.js';
import { receiverLanguage } from './outbound-language.js';
import { roleLabel, rolePhones } from './role-contact.js';

export interface EscalationDeps {
  readonly db: Db;
  readonly content: Content;
  readonly t: Translate;
  readonly handoffs: HandoffService;
  readonly newId: () => string;
  readonly log: Logger;
  readonly kick: () => void;
}

/** Which embedded/Teams/Slack channel reaches a role: the IB channel or the director's. */
export function channelForRole(role: string): HandoffTarget {
  return role === 'intern-begeleider' || role === 'aandachtsfunctionaris' ? 'ib' : 'directeur';
}

/**
 * Unacknowledged handoffs: first a reminder in the same channel, then each
 * next level of the school's chain (e.g. IB → aandachtsfunctionaris →
 * directeur; directeur → bestuur contact). The asker hears about each step.
 */
export class EscalationService {
  constructor(private readonly deps: EscalationDeps) {}

  /** Handles every handoff whose escalation moment has passed; returns how many moved. */
  async tick(now: Date): Promise<number> {
    const due = await dueEscalations(this.deps.db, now);
    let moved = 0;
    for (const record of due) {
      const school = this.deps.content.schools.get(record.schoolId);
      if (!school) continue;
      if (await this.escalate(school, record, now)) moved++;
    }
    if (moved > 0) this.deps.kick();
    return moved;
  }

  private async escalate(school: School, record: HandoffRecord, now: Date): Promise<boolean> {
    const { db, log } = this.deps;
    const chain = school.escalation.chain[record.to];
    const level = record.level;
    const nextLevel = level + 1;
    // Level 0 → reminder; level n ≥ 1 → the n-th role of the chain; the last level has no next moment.
    if (level >= 1 && !chain[level - 1]) return false;
    const hasFurther = nextLevel <= chain.length;
    const next = hasFurther ? escalationDueAt(school, record.urgency, 'escalate', now) : null;
    return db.transaction(async (tx) => {
      if (!(await advanceEscalation(tx, record.id, level, next))) return false;
      if (level === 0) await this.remind(tx, school, record, now);
      else await this.alertRole(tx, school, record, chain[level - 1]!, nextLevel, now);
      await appendAudit(tx, {
        at: now,
        schoolId: school.id,
        action: level === 0 ? 'handoff.reminded' : 'handoff.escalated',
        subject: record.id,
        actor: 'watnu',
        detail: { level: nextLevel, role: level === 0 ? record.to : (chain[level - 1] ?? null) },
      });
      log.info({ handoff: record.id, level: nextLevel, school: school.id }, level === 0 ? 'handoff reminder queued' : 'handoff escalated');
      return true;
    });
  }

  private async remind(tx: Queryable, school: School, record: HandoffRecord, now: Date): Promise<void> {
    const message = this.deps.handoffs.message({ ...record, level: 1 }, 'reminder', 'handoff.reminder');
    for (const address of channelAddresses(school, record.to)) {
      await enqueueMessage(tx, this.deps.newId, { schoolId: school.id, subject: record.id, key: `remind:${record.id}:${addressKey(address)}`, target: address, payload: message }, now);
    }
  }

  private async alertRole(tx: Queryable, school: School, record: HandoffRecord, role: string, level: number, now: Date): Promise<void> {
    const { t, newId } = this.deps;
    const lang = receiverLanguage(school, this.deps.content, { role });
    const who = roleLabel(school, role, t, lang);
    const base = this.deps.handoffs.message({ ...record, level }, 'escalation', 'handoff.escalation');
    const alert = t(lang, 'handoff.escalation.to', { var: { who } });
    const phones = rolePhones(school, role).join(' / ');
    const message = {
      ...base,
      reply: { ...base.reply, text: `${alert}${phones ? ` (${phones})` : ''}\n${base.reply.text}`, tone: 'warning' as const },
    };
    const about = { schoolId: school.id, subject: record.id };
    for (const address of channelAddresses(school, channelForRole(role))) {
      await enqueueMessage(tx, newId, { ...about, key: `escalate:${record.id}:${level}:${addressKey(address)}`, target: address, payload: message }, now);
    }
    const askerLang = receiverLanguage(school, this.deps.content, { ...(record.asker.locale ? { known: record.asker.locale } : {}) });
    const notice = t(askerLang, 'handoff.escalation.asker', { var: { who: roleLabel(school, role, t, askerLang) } });
    const asker = conversationAddress(school.id, record.asker.conv);
    await enqueueMessage(tx, newId, { ...about, key: `escalate-notice:${record.id}:${level}`, target: asker, payload: { kind: 'notice', reply: { text: notice, tone: 'warning' }, locale: askerLang } }, now);
  }
}
