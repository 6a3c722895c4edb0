import { DateTime } from 'luxon';
import type { Locale, School } from '../content/types.js';
import type { Reply } from '../engine/types.js';
import type { Queryable } from '../store/db.js';
import type { CaseReplies } from './case-replies.js';
import { yearOverview } from './incidents.js';

/** The calendar year at the school right now. */
export function schoolYear(school: School, now: Date): number {
  return DateTime.fromJSDate(now, { zone: school.timezone }).year;
}

/** The yearly overview by category (and weapon kind) and meldcode outcome: counts only. */
export async function overviewReply(q: Queryable, school: School, year: number, locale: Locale, replies: CaseReplies): Promise<Reply> {
  const data = await yearOverview(q, school, year);
  const label = (id: string, kind: string | null) => {
    const category = school.incidents.categories.find((c) => c.id === id);
    const kindLabel = kind ? category?.kinds?.find((k) => k.id === kind)?.label : undefined;
    return `${category?.label ?? id}${kindLabel ? ` (${kindLabel})` : ''}`;
  };
  const none = [replies.say(locale, 'case.overview.none')];
  const incidents = data.incidents.length > 0 ? data.incidents.map((r) => `• ${label(r.category, r.kind)}: ${r.count}`) : none;
  const meldcode = data.meldcode.length > 0 ? data.meldcode.map((r) => `• ${r.outcome}: ${r.count}`) : none;
  const text = [
    replies.say(locale, 'case.overview.title', { count: year }),
    replies.say(locale, 'case.overview.incidents'),
    ...incidents,
    replies.say(locale, 'case.overview.meldcode'),
    ...meldcode,
    replies.say(locale, 'case.overview.note'),
  ].join('\n');
  return { text };
}
