import type { Content } from '../content/types.js';
import type { ReminderRequest } from '../engine/types.js';
import type { Translate } from '../i18n.js';
import type { Logger } from '../log.js';
import { appendAudit } from '../store/audit-repository.js';
import type { Db } from '../store/db.js';
import { addressKey, channelAddresses, conversationAddress } from './addresses.js';
import { receiverLanguage } from './outbound-language.js';
import { channelForRole } from './escalation-service.js';
import { enqueueOutbox } from './outbox-repository.js';

/**
 * Protocol deadlines (Veilig Thuis decides within 5 working days, the term
 * agreed at afweging 4, follow-ups after a pestprotocol step) become messages
 * to the right role's channel, or back to the asker, when they fall due.
 */
export class ReminderService {
  constructor(
    private readonly deps: { db: Db; content: Content; t: Translate; newId: () => string; log: Logger; kick: () => void },
  ) {}

  async tick(now: Date): Promise<number> {
    const { db, content, t, newId, log } = this.deps;
    const due = await db.query<{ id: string; data: ReminderRequest }>(
      `SELECT id, data FROM reminders WHERE status = 'pending' AND due_at <= $1 ORDER BY due_at LIMIT 50`,
      [now.toISOString()],
    );
    let sent = 0;
    for (const { id, data } of due) {
      const school = content.schools.get(data.schoolId);
      const dialog = content.dialogs.get(data.dialogId);
      await db.transaction(async (tx) => {
        const claimed = await tx.query(`UPDATE reminders SET status = 'sent' WHERE id = $1 AND status = 'pending' RETURNING id`, [id]);
        if (claimed.length === 0 || !school || !dialog) return;
        const lang = receiverLanguage(school, content, data.role === 'asker' ? { ...(data.asker.locale ? { known: data.asker.locale } : {}) } : { role: data.role });
        const text = `${t(lang, 'reminder.header', { var: { route: t(lang, `route.${dialog.route}`) } })}\n${t(lang, `${dialog.id}.${data.stepId}.due`)}`;
        const targets =
          data.role === 'asker' ? [conversationAddress(school.id, data.asker.conv)] : channelAddresses(school, channelForRole(data.role));
        for (const target of targets) {
          await enqueueOutbox(
            tx,
            {
              id: newId(),
              idempotencyKey: `reminder:${id}:${addressKey(target)}`,
              schoolId: school.id,
              kind: 'reminder',
              channel: target.channel,
              target,
              payload: { kind: 'reminder', reply: { text }, locale: lang },
              subject: id,
              notBefore: now,
            },
            now,
          );
        }
        await appendAudit(tx, { at: now, schoolId: school.id, action: 'reminder.due', subject: id, actor: 'watnu', detail: { role: data.role } });
        sent++;
      });
    }
    if (sent > 0) {
      log.info({ reminders: sent }, 'protocol reminders queued');
      this.deps.kick();
    }
    return sent;
  }
}
