import { DateTime } from 'luxon';
import type { HandoffView, OutboundMessage } from '../channels/channel.js';
import type { Content, Locale } from '../content/types.js';
import type { Translate } from '../i18n.js';
import { firstSentence, shortLabel } from '../text/short-label.js';
import type { HandoffRecord } from './handoff-repository.js';

export const ackChoicePrefix = 'ack/';

export function formatTime(iso: string, zone: string, locale: Locale): string {
  return DateTime.fromISO(iso, { zone }).setLocale(locale === 'en' ? 'en-GB' : locale).toFormat('ccc d LLL HH:mm');
}

/**
 * The structured handoff every channel renders: route, step, urgency, pupil
 * initials and group, what has been done, what is asked, who asks. The
 * teacher's own words only appear as the short note they chose to add.
 */
export function handoffView(record: HandoffRecord, content: Content, t: Translate, locale: Locale): HandoffView {
  const school = content.schools.get(record.schoolId);
  const zone = school?.timezone ?? 'Europe/Amsterdam';
  const dialog = record.dialogId ? content.dialogs.get(record.dialogId) : undefined;
  const say = (key: string, vars: Record<string, unknown> = {}) => t(locale, key, { var: vars });
  const fields: Array<{ label: string; value: string }> = [
    { label: say('handoff.field.route'), value: record.route ? say(`route.${record.route}`) : '-' },
  ];
  if (dialog && record.stepId) fields.push({ label: say('handoff.field.step'), value: stepLabel(t, locale, dialog.id, record.stepId) });
  fields.push(
    { label: say('handoff.field.pupil'), value: say('handoff.pupil', { initials: record.pupil.initials, group: record.pupil.group }) },
    { label: say('handoff.field.done'), value: record.done.length > 0 ? record.done.join(' → ') : '-' },
    { label: say('handoff.field.ask'), value: record.ask },
    { label: say('handoff.field.asker'), value: say(`handoff.asker.${record.asker.conv.channel}`, { who: record.asker.name ?? record.asker.userId }) },
    { label: say('handoff.field.time'), value: formatTime(record.createdAt, zone, locale) },
  );
  if (record.note) fields.push({ label: say('handoff.field.note'), value: record.note });
  const acknowledged = record.status === 'acknowledged';
  return {
    id: record.id,
    schoolId: record.schoolId,
    title: say(`handoff.title.${record.to}`),
    urgency: record.urgency,
    urgencyLabel: say(`engine.urgency.${record.urgency}`),
    fields,
    status: record.status,
    statusText: acknowledged
      ? say('handoff.status.acknowledged', { who: record.ackedBy ?? '', time: record.ackedAt ? formatTime(record.ackedAt, zone, locale) : '' })
      : say('handoff.status.open'),
    ...(acknowledged ? {} : { ackLabel: say('handoff.ack') }),
    level: record.level,
  };
}

/** The first sentence of a step's text, as a short label for "step reached", never cut in the middle of a word. */
function stepLabel(t: Translate, locale: Locale, dialogId: string, stepId: string): string {
  return shortLabel(firstSentence(t(locale, `${dialogId}.${stepId}`)), 120);
}

export function handoffMessage(view: HandoffView, kind: OutboundMessage['kind'], text: string): OutboundMessage {
  return {
    kind,
    handoff: view,
    reply: {
      text,
      ...(view.ackLabel ? { choices: [{ id: `${ackChoicePrefix}${view.id}`, label: view.ackLabel, style: 'primary' as const }] } : {}),
      tone: view.urgency === 'acuut' ? 'safety' : 'normal',
    },
  };
}
