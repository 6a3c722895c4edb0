import type { OutboundMessage } from '../channels/channel.js';
import type { Content, Locale } from '../content/types.js';
import type { HandoffRequest, Reply } from '../engine/types.js';
import type { Translate } from '../i18n.js';
import { appendAudit } from '../store/audit-repository.js';
import type { Db, Queryable } from '../store/db.js';
import { addressKey, channelAddresses, conversationAddress } from './addresses.js';
import { deliveryDeadline, escalationDueAt } from './escalation-policy.js';
import { acknowledgeHandoff, getHandoff, type HandoffRecord, handoffsOfAsker, insertHandoff } from './handoff-repository.js';
import { formatTime, handoffMessage, handoffView } from './handoff-view.js';
import { enqueueOutbox, sentRefsFor } from './outbox-repository.js';
import { receiverLanguage } from './outbound-language.js';
import { roleLabel } from './role-contact.js';
import { failoverLevel } from './failover-service.js';

export interface HandoffServiceDeps {
  readonly db: Db;
  readonly content: Content;
  readonly t: Translate;
  readonly newId: () => string;
  /** Wakes the dispatcher after new outbox items were committed. */
  readonly kick: () => void;
}

export type AckResult = { readonly outcome: 'acknowledged' | 'already'; readonly record: HandoffRecord } | { readonly outcome: 'unknown' };

/** Handoffs: record (with their outbox messages, atomically), acknowledge, report status. */
export class HandoffService {
  constructor(private readonly deps: HandoffServiceDeps) {}

  /** The language of messages about a handoff to its channel's reader (or to the asker: `asker`). */
  private locale(record: Pick<HandoffRecord, 'schoolId' | 'to' | 'asker'>, reader: 'channel' | 'asker' = 'channel'): Locale {
    const school = this.deps.content.schools.get(record.schoolId);
    return reader === 'asker'
      ? receiverLanguage(school, this.deps.content, { ...(record.asker.locale ? { known: record.asker.locale } : {}) })
      : receiverLanguage(school, this.deps.content, { channel: record.to });
  }

  /** Called inside the turn's transaction, so the session and the outbox commit together. */
  async record(tx: Queryable, handoff: HandoffRequest, now: Date): Promise<void> {
    const { content, newId } = this.deps;
    const school = content.schools.get(handoff.schoolId);
    if (!school) throw new Error(`handoff for unknown school ${handoff.schoolId}`);
    await insertHandoff(tx, handoff, escalationDueAt(school, handoff.urgency, 'remind', now), deliveryDeadline(school, handoff.urgency, now));
    const record: HandoffRecord = { ...handoff, status: 'open', delivery: 'pending', ackedBy: null, ackedAt: null, level: 0, nextEscalationAt: null };
    const message = this.message(record, 'handoff');
    for (const address of channelAddresses(school, handoff.to)) {
      await enqueueOutbox(
        tx,
        {
          id: newId(),
          idempotencyKey: `handoff:${handoff.id}:${addressKey(address)}`,
          schoolId: school.id,
          kind: 'handoff',
          channel: address.channel,
          target: address,
          payload: message,
          subject: handoff.id,
          notBefore: now,
        },
        now,
      );
    }
    await appendAudit(tx, {
      at: now,
      schoolId: school.id,
      action: 'handoff.created',
      subject: handoff.id,
      actor: handoff.asker.userId,
      detail: { to: handoff.to, urgency: handoff.urgency, route: handoff.route },
    });
  }

  message(record: HandoffRecord, kind: OutboundMessage['kind'], textKey?: string, vars: Record<string, string> = {}): OutboundMessage {
    const { content, t } = this.deps;
    const locale = this.locale(record);
    const view = handoffView(record, content, t, locale);
    const headline = textKey ? t(locale, textKey, { var: { urgency: view.urgencyLabel, ...vars } }) : `${view.title} — ${view.urgencyLabel}`;
    const text = [headline, ...view.fields.map((f) => `${f.label}: ${f.value}`), view.statusText].join('\n');
    return { ...handoffMessage(view, kind, text), locale };
  }

  /** "Ik pak dit op": first acknowledgement wins; every posted copy is updated and the asker is told. */
  async acknowledge(handoffId: string, by: { userId: string; name?: string }, now: Date, schoolId?: string): Promise<AckResult> {
    const { db, newId, t } = this.deps;
    const result = await db.transaction(async (tx): Promise<AckResult> => {
      // A handoff of another school is treated as unknown, before anything changes.
      if (schoolId !== undefined && (await getHandoff(tx, handoffId))?.schoolId !== schoolId) return { outcome: 'unknown' };
      const acked = await acknowledgeHandoff(tx, handoffId, by.name ?? by.userId, now);
      if (!acked) {
        const existing = await getHandoff(tx, handoffId);
        return existing ? { outcome: 'already', record: existing } : { outcome: 'unknown' };
      }
      const updated = this.message(acked, 'handoff');
      for (const sent of await sentRefsFor(tx, handoffId)) {
        await enqueueOutbox(
          tx,
          {
            id: newId(),
            idempotencyKey: `ack-update:${handoffId}:${sent.id}`,
            schoolId: acked.schoolId,
            kind: 'update',
            channel: sent.ref.channel,
            target: sent.ref,
            payload: sent.kind === 'handoff' ? updated : this.message(acked, sent.kind as OutboundMessage['kind']),
            subject: handoffId,
            notBefore: now,
          },
          now,
        );
      }
      const zone = this.deps.content.schools.get(acked.schoolId)?.timezone ?? 'Europe/Amsterdam';
      const lang = this.locale(acked, 'asker');
      const notice = t(lang, 'handoff.ack-notice', {
        var: { who: acked.ackedBy, time: formatTime(now.toISOString(), zone, lang), route: acked.route ? t(lang, `route.${acked.route}`) : '' },
      });
      const address = conversationAddress(acked.schoolId, acked.asker.conv);
      await enqueueOutbox(
        tx,
        {
          id: newId(),
          idempotencyKey: `ack-notice:${handoffId}`,
          schoolId: acked.schoolId,
          kind: 'notice',
          channel: address.channel,
          target: address,
          payload: { kind: 'notice', reply: { text: notice }, locale: lang },
          subject: handoffId,
          notBefore: now,
        },
        now,
      );
      await appendAudit(tx, { at: now, schoolId: acked.schoolId, action: 'handoff.acknowledged', subject: handoffId, actor: by.userId });
      return { outcome: 'acknowledged', record: acked };
    });
    if (result.outcome === 'acknowledged') this.deps.kick();
    return result;
  }

  /** The asker's open and recent handoffs, and who picked them up. */
  async statusReply(schoolId: string, askerId: string, locale: Locale): Promise<Reply> {
    const { db, t, content } = this.deps;
    const records = await handoffsOfAsker(db, schoolId, askerId);
    if (records.length === 0) return { text: t(locale, 'handoff.status.none') };
    const zone = content.schools.get(schoolId)?.timezone ?? 'Europe/Amsterdam';
    const lines = records.map((r) => {
      const school = content.schools.get(r.schoolId);
      const nextRole = school ? failoverLevel(school, r.to).role : undefined;
      return t(locale, statusLineKey(r), {
        var: {
          route: r.route ? t(locale, `route.${r.route}`) : '-',
          initials: r.pupil.initials,
          group: r.pupil.group,
          time: formatTime(r.createdAt, zone, locale),
          who: r.ackedBy ?? (school && nextRole ? roleLabel(school, nextRole, t, locale) : ''),
          urgency: t(locale, `engine.urgency.${r.urgency}`),
          target: t(locale, `handoff.target.${r.to}`),
        },
      });
    });
    return { text: [t(locale, 'handoff.status.header'), ...lines].join('\n') };
  }
}

/** The true state of a handoff for `status`: acknowledged, failed over, waiting for access, being delivered, delivered. */
function statusLineKey(record: HandoffRecord): string {
  if (record.status === 'acknowledged') return 'handoff.status.line-acked';
  switch (record.delivery) {
    case 'failed-over':
      return 'handoff.status.line-failed-over';
    case 'waiting':
      return 'handoff.status.line-waiting';
    case 'pending':
      return 'handoff.status.line-pending';
    default:
      return 'handoff.status.line-open';
  }
}
