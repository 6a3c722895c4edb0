import type { School } from '../content/types.js';
import { appendAudit } from '../store/audit-repository.js';
import { addressKey, channelAddresses, conversationAddress } from './addresses.js';
import { enqueueMessage } from './enqueue-message.js';
import { escalationDueAt } from './escalation-policy.js';
import { channelForRole, type EscalationDeps } from './escalation-service.js';
import { receiverLanguage } from './outbound-language.js';
import { claimFailover, dueFailovers, getHandoff, type HandoffRecord } from './handoff-repository.js';
import { undeliveredTargets } from './outbox-repository.js';
import { roleLabel, roleToCall } from './role-contact.js';
import type { HandoffTarget } from '../content/dialog-schema.js';

/** The same collaborators as the escalation ladder's. */
export type FailoverDeps = EscalationDeps;

/**
 * A person always gets a handoff: when it has not reached its Teams or Slack
 * channel within its urgency's window (or that channel's configuration is
 * broken), it goes to the next level of the school's chain and its embedded
 * inbox, and the asker is told plainly that it did not arrive and whom to
 * call now. Claimed once per handoff, whichever instance comes first.
 */
export class FailoverService {
  constructor(private readonly deps: FailoverDeps) {}

  /** Handoffs whose delivery window has passed; returns how many failed over. */
  async tick(now: Date): Promise<number> {
    let moved = 0;
    for (const record of await dueFailovers(this.deps.db, now)) {
      if (await this.failover(record, now, 'window')) moved++;
    }
    if (moved > 0) this.deps.kick();
    return moved;
  }

  /**
   * A channel refused a handoff for good (revoked token, broken configuration):
   * fail over now, unless another Teams/Slack copy of it may still arrive.
   */
  async afterBroken(handoffId: string, now: Date): Promise<boolean> {
    const record = await getHandoff(this.deps.db, handoffId);
    if (record?.status !== 'open' || (record.delivery !== 'pending' && record.delivery !== 'waiting')) return false;
    const open = await this.deps.db.query(
      `SELECT 1 FROM outbox WHERE subject = $1 AND kind = 'handoff' AND channel <> 'web' AND status <> 'failed' LIMIT 1`,
      [handoffId],
    );
    if (open.length > 0) return false;
    const moved = await this.failover(record, now, 'broken');
    if (moved) this.deps.kick();
    return moved;
  }

  private async failover(record: HandoffRecord, now: Date, reason: 'window' | 'broken'): Promise<boolean> {
    const { db, content, log } = this.deps;
    const school = content.schools.get(record.schoolId);
    if (!school) return false;
    const { role, level } = failoverLevel(school, record.to);
    return db.transaction(async (tx) => {
      // Level L alerts the L-th role of the chain next; past the chain's end there is no further step.
      const next = level <= school.escalation.chain[record.to].length ? escalationDueAt(school, record.urgency, 'escalate', now) : null;
      const claimed = await claimFailover(tx, record.id, level, next);
      if (!claimed) return false;
      const unreachable = new Set(await undeliveredTargets(tx, record.id));
      await this.alertNextLevel(tx, school, claimed, role, unreachable, now);
      await this.tellAsker(tx, school, claimed, role, now);
      await appendAudit(tx, { at: now, schoolId: school.id, action: 'handoff.failed-over', subject: record.id, actor: 'watnu', detail: { to: record.to, role, reason } });
      log.warn({ handoff: record.id, school: school.id, to: record.to, role, reason }, 'handoff not delivered in time: failed over to the next level');
      return true;
    });
  }

  /** The next level's channels (not the ones that already failed) and the embedded inboxes of both. */
  private async alertNextLevel(tx: Parameters<typeof enqueueMessage>[0], school: School, record: HandoffRecord, role: string, unreachable: ReadonlySet<string>, now: Date): Promise<void> {
    const { t, newId } = this.deps;
    const lang = receiverLanguage(school, this.deps.content, { role });
    const target = t(lang, `handoff.target.${record.to}`);
    const base = this.deps.handoffs.message(record, 'escalation', 'handoff.failover', { target });
    const alert = t(lang, 'handoff.failover.to', { var: { who: roleLabel(school, role, t, lang), target } });
    const payload = { ...base, reply: { ...base.reply, text: `${alert}\n${base.reply.text}`, tone: 'warning' as const } };
    const addresses = [...channelAddresses(school, channelForRole(role)), ...channelAddresses(school, record.to).filter((a) => a.channel === 'web')];
    const seen = new Set<string>();
    for (const address of addresses) {
      const key = addressKey(address);
      if (seen.has(key) || (address.channel !== 'web' && unreachable.has(key))) continue;
      seen.add(key);
      await enqueueMessage(tx, newId, { schoolId: school.id, subject: record.id, key: `failover:${record.id}:${key}`, target: address, payload }, now);
    }
  }

  private async tellAsker(tx: Parameters<typeof enqueueMessage>[0], school: School, record: HandoffRecord, role: string, now: Date): Promise<void> {
    const { t, newId } = this.deps;
    const lang = receiverLanguage(school, this.deps.content, { ...(record.asker.locale ? { known: record.asker.locale } : {}) });
    const call = roleToCall(school, role, t, lang);
    const vars = { target: t(lang, `handoff.target.${record.to}`), who: call.who, phone: call.phone ?? '' };
    const text = t(lang, call.phone ? 'handoff.failover.asker' : 'handoff.failover.asker-no-phone', { var: vars });
    const asker = conversationAddress(school.id, record.asker.conv);
    await enqueueMessage(tx, newId, { schoolId: school.id, subject: record.id, key: `failover-notice:${record.id}`, target: asker, payload: { kind: 'notice', reply: { text, tone: 'safety' }, locale: lang } }, now);
  }
}

/**
 * The level a failover alerts: the first role of the chain whose channel is
 * not the one that failed (IB → the director when the aandachtsfunctionaris
 * reads the IB channel too), else the first role. `level` is what the
 * escalation ladder continues from, so that role is not alerted twice.
 */
export function failoverLevel(school: School, to: HandoffTarget): { role: string; level: number } {
  const chain = school.escalation.chain[to];
  const index = Math.max(0, chain.findIndex((role) => channelForRole(role) !== to));
  return { role: chain[index]!, level: index + 2 };
}
