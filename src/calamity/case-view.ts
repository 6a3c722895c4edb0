import { DateTime } from 'luxon';
import type { Content, Locale } from '../content/types.js';
import type { Translate } from '../i18n.js';
import type { CaseRecord, ItemRecord, ItemStatus, LogEntry } from './case-repository.js';

export interface CaseView {
  readonly id: string;
  readonly title: string;
  readonly templateTitle: string;
  readonly size: string;
  readonly status: string;
  readonly opened: string;
  readonly crisisTeam: ReadonlyArray<{ readonly role: string; readonly name: string }>;
  readonly sections: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly items: ReadonlyArray<{ readonly id: string; readonly label: string; readonly status: ItemStatus; readonly statusLabel: string; readonly owner: string | null; readonly due: string | null }>;
  }>;
  readonly log: ReadonlyArray<LogEntry & { readonly time: string }>;
}

export function formatCaseTime(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).toFormat('dd-LL-yyyy HH:mm');
}

/** One neutral view of a case, used by chat replies and by both exports. */
export function caseView(
  content: Content,
  t: Translate,
  locale: Locale,
  record: CaseRecord,
  items: ReadonlyMap<string, ItemRecord>,
  log: readonly LogEntry[],
): CaseView {
  const zone = content.schools.get(record.schoolId)?.timezone ?? 'Europe/Amsterdam';
  const template = content.calamityTemplates.get(record.template);
  const say = (key: string, vars: Record<string, unknown> = {}) => t(locale, key, { var: vars });
  return {
    id: record.id,
    title: record.title,
    templateTitle: say(`calamity.${record.template}.title`),
    size: say(`case.size.${record.size}`),
    status: say(`case.status.${record.status}`),
    opened: say('case.opened', { time: formatCaseTime(record.openedAt, zone), who: record.openedBy }),
    crisisTeam: record.crisisTeam,
    sections: (template?.sections ?? []).map((section) => ({
      id: section.id,
      title: say(`calamity.${record.template}.${section.id}`),
      items: section.items.map((item) => {
        const state = items.get(item);
        const status = state?.status ?? 'open';
        return {
          id: item,
          label: say(`calamity.${record.template}.${section.id}.${item}`),
          status,
          statusLabel: say(`case.item.${status}`),
          owner: state?.owner ?? null,
          due: state?.dueAt ? formatCaseTime(state.dueAt, zone) : null,
        };
      }),
    })),
    log: log.map((entry) => ({ ...entry, time: formatCaseTime(entry.at, zone) })),
  };
}

/** Section and item of a template by item id. */
export function findItem(view: CaseView, itemId: string) {
  for (const section of view.sections) {
    const item = section.items.find((i) => i.id === itemId);
    if (item) return { section, item };
  }
  return null;
}
