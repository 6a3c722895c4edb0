import type { ContentProblem } from './problem.js';
import type { Contact, Settlement } from './school-schema.js';
import type { SourceRef } from './source-ref.js';
import type { Dialog, School } from './types.js';

/**
 * What a school's plan leaves open, as data: `npm run check` prints it as
 * warnings (not errors) and `npm run check -- --json` hands it to a beheer
 * page. Each item has a stable key `<code>:<subject>`; the school settles it
 * by supplying the value (a name or number in contacts.yaml) or, in
 * school.yaml `settled:`, its answer or an explicit `unknown: true` with a
 * reason.
 */
export type OpenItemCode =
  /** A role whose holder the plan does not name. */
  | 'role-without-name'
  /** A role holder without a phone number of their own. */
  | 'role-without-phone'
  /** No phone number or e-mail address of the bestuur, while staff must report to it directly. */
  | 'no-bestuur-contact'
  /** Two passages of the plan say opposite things; WatNu follows the safer one meanwhile. */
  | 'plan-contradiction'
  /** The plan names a protocol or document but does not contain it. */
  | 'protocol-not-in-plan'
  /** The plan has no protocol for a route at all. */
  | 'no-protocol'
  /** The school's dialog for a route rests on another school's plan (a national rule it describes). */
  | 'protocol-from-other-plan'
  /** A question the plan does not answer. */
  | 'plan-question';

export interface OpenItem {
  readonly code: OpenItemCode;
  readonly schoolId: string;
  /** Role id, route id or the id of a gap in school.yaml. */
  readonly subject: string;
  /** `<code>:<subject>`: the key under `settled:` in school.yaml. */
  readonly key: string;
  readonly message: string;
  /** The plan passages the item rests on (both sides of a contradiction). */
  readonly passages: readonly SourceRef[];
  /** Where the school supplies the value. */
  readonly settleIn: 'contacts.yaml' | 'school.yaml';
}

export interface SettledItem extends OpenItem {
  readonly settlement: Settlement;
}

export interface SchoolOpenItems {
  readonly schoolId: string;
  readonly name: string;
  readonly open: readonly OpenItem[];
  readonly settled: readonly SettledItem[];
}

/** Every open item of a school, split into open and settled. */
export function listOpenItems(school: School, dialogs: ReadonlyMap<string, Dialog>): SchoolOpenItems {
  const items = [...roleItems(school), ...bestuurItems(school), ...gapItems(school), ...routeItems(school, dialogs)];
  const open: OpenItem[] = [];
  const settled: SettledItem[] = [];
  for (const item of items) {
    const settlement = school.settled[item.key];
    if (settlement) settled.push({ ...item, settlement });
    else open.push(item);
  }
  return { schoolId: school.id, name: school.name, open, settled };
}

/** A school's `settled:` keys must name an open item, and names or numbers go in contacts.yaml, not in an answer. */
export function lintSettlements(school: School, dialogs: ReadonlyMap<string, Dialog>): ContentProblem[] {
  const items = new Map(
    [...roleItems(school), ...bestuurItems(school), ...gapItems(school), ...routeItems(school, dialogs)].map((i) => [i.key, i]),
  );
  const problems: ContentProblem[] = [];
  for (const [key, settlement] of Object.entries(school.settled)) {
    const item = items.get(key);
    const at = `settled.${key}`;
    if (!item) {
      problems.push({ code: 'unknown-open-item', file: school.file, at, message: `"${key}" is not an open item of this school (npm run check lists them)` });
    } else if ('answer' in settlement && item.settleIn === 'contacts.yaml') {
      problems.push({ code: 'unknown-open-item', file: school.file, at, message: `put the value in ${school.contactsFile} (with originNote), or settle with unknown: true and a reason` });
    }
  }
  return problems;
}

const item = (school: School, code: OpenItemCode, subject: string, message: string, extra: Partial<OpenItem> = {}): OpenItem => ({
  code,
  schoolId: school.id,
  subject,
  key: `${code}:${subject}`,
  message,
  passages: [],
  settleIn: 'school.yaml',
  ...extra,
});

/** A phone labelled as a general number (the school's, the CJG's) is not the role holder's own. */
const ownPhones = (contact: Contact) => contact.phones.filter((p) => !/algemeen/i.test(p.label ?? ''));

function roleItems(school: School): OpenItem[] {
  const items: OpenItem[] = [];
  for (const [role, contactId] of Object.entries(school.roles)) {
    const contact = school.contacts.get(contactId);
    if (!contact || role === 'bestuur') continue;
    const passages = [contact.source];
    const holder = contact.named ? contact.name : `the ${contact.name.charAt(0).toLowerCase()}${contact.name.slice(1)}`;
    if (!contact.named) {
      items.push(item(school, 'role-without-name', role, `The plan does not name ${holder} (role ${role}).`, { passages, settleIn: 'contacts.yaml' }));
    }
    if (ownPhones(contact).length === 0 && !contact.email) {
      const general = contact.phones.length > 0 ? ` (only the general number ${contact.phones.map((p) => p.number).join(', ')})` : '';
      items.push(
        item(school, 'role-without-phone', role, `The plan gives no phone number or e-mail for ${holder}${general} (role ${role}).`, {
          passages,
          settleIn: 'contacts.yaml',
        }),
      );
    }
  }
  return items;
}

function bestuurItems(school: School): OpenItem[] {
  const id = school.roles.bestuur;
  const contact = id ? school.contacts.get(id) : undefined;
  if (contact && (contact.phones.length > 0 || contact.email)) return [];
  const website = contact?.website ? ` (only the website ${contact.website}${contact.originNote ? ', not printed in the plan' : ''})` : '';
  return [
    item(
      school,
      'no-bestuur-contact',
      'bestuur',
      `No phone number or e-mail of the bestuur${website}, while a suspicion against a staff member must reach the bestuur directly.`,
      { passages: contact ? [contact.source] : [], settleIn: 'contacts.yaml' },
    ),
  ];
}

function gapItems(school: School): OpenItem[] {
  const { contradictions, namedNotContained, questions } = school.gaps;
  return [
    ...contradictions.map((c) =>
      item(school, 'plan-contradiction', c.id, `${c.summary} Meanwhile WatNu ${c.reading}`, { passages: c.passages }),
    ),
    ...namedNotContained.map((n) => item(school, 'protocol-not-in-plan', n.id, `The plan names "${n.name}" but does not contain it.`, { passages: [n.source] })),
    ...questions.map((q) => item(school, 'plan-question', q.id, q.question, { passages: [q.source] })),
  ];
}

function routeItems(school: School, dialogs: ReadonlyMap<string, Dialog>): OpenItem[] {
  const items: OpenItem[] = [];
  for (const [route, target] of Object.entries(school.routes)) {
    if (typeof target !== 'string') {
      const { name, named, source } = target.absent;
      items.push(
        named
          ? item(school, 'protocol-not-in-plan', route, `The plan names "${name}" but does not contain it; WatNu says so and names who to ask.`, { passages: [source] })
          : item(school, 'no-protocol', route, `The plan has no protocol for "${name}"; WatNu says so and names who to ask.`, { passages: [source] }),
      );
      continue;
    }
    const first = dialogs.get(target)?.steps[dialogs.get(target)?.start ?? ''];
    if (first?.source && first.source.doc !== school.source.doc) {
      items.push(
        item(
          school,
          'protocol-from-other-plan',
          route,
          `The plan has no protocol for route "${route}"; WatNu's dialog ${target} follows another plan (${first.source.doc}) and says so.`,
          { passages: [first.source] },
        ),
      );
    }
  }
  return items;
}
