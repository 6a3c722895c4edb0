import { lintContacts } from '../content/lint-contacts.js';
import { type Contact, contactSchema } from '../content/school-schema.js';
import type { Content, School } from '../content/types.js';
import { invalidateContactIndex } from '../contacts/lookup.js';
import { WatnuError } from '../errors.js';
import { appendAudit } from '../store/audit-repository.js';
import type { Db, Queryable } from '../store/db.js';

/** What beheer may change about a contact: the name, the phone numbers (with their hours) and the hours. */
export interface ContactEdit {
  readonly name: string;
  readonly phones: ReadonlyArray<{ readonly number: string; readonly hours?: string }>;
  readonly hours?: string;
}

export interface AuditLine {
  readonly at: string;
  readonly actor: string | null;
  readonly contactId: string;
  readonly field: string;
  readonly old: string;
  readonly new: string;
}

/**
 * Contact changes made in beheer: stored in contact_overrides (one row per
 * contact, the whole edited contact), validated exactly like contacts.yaml
 * (the zod contact schema, then the contacts lint: Dutch numbers via
 * libphonenumber, opening_hours syntax), every changed field audited (who,
 * when, old → new), and swapped into the loaded content so the next turn of
 * every channel uses it. `refresh` picks up other instances' changes.
 */
export class ContactOverrides {
  private readonly originals = new Map<string, Contact>();
  private seenRevision = 0;

  constructor(
    private readonly db: Db,
    private readonly content: Content,
  ) {}

  /** Applies overrides saved since the last call (at start, then on a timer and before beheer reads). */
  /** Returns how many overrides were applied (the timers count work done). */
  async refresh(): Promise<number> {
    const rows = await this.db.query<{ school_id: string; contact_id: string; data: Contact; revision: string | number }>(
      'SELECT school_id, contact_id, data, revision::int AS revision FROM contact_overrides WHERE revision > $1 ORDER BY revision',
      [this.seenRevision],
    );
    for (const row of rows) {
      const school = this.content.schools.get(row.school_id);
      if (school?.contacts.has(row.contact_id)) this.swap(school, contactSchema.parse(row.data));
      this.seenRevision = Math.max(this.seenRevision, Number(row.revision));
    }
    return rows.length;
  }

  async save(schoolId: string, contactId: string, edit: ContactEdit, actor: string, now: Date): Promise<Contact> {
    const school = this.content.schools.get(schoolId);
    const current = school?.contacts.get(contactId);
    if (!school || !current) throw new WatnuError('NOT_FOUND', `no contact "${contactId}" at this school`, ['contactId']);
    const next = validate(school, current, edit);
    const changes = changedFields(current, next);
    if (changes.length === 0) return current;
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO contact_overrides (school_id, contact_id, data, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (school_id, contact_id) DO UPDATE SET data = EXCLUDED.data, updated_by = EXCLUDED.updated_by,
           updated_at = EXCLUDED.updated_at, revision = nextval(pg_get_serial_sequence('contact_overrides', 'revision'))`,
        [schoolId, contactId, JSON.stringify(next), actor, now.toISOString()],
      );
      for (const change of changes) {
        await appendAudit(tx, { at: now, schoolId, action: 'contact.override', subject: `contact:${schoolId}:${contactId}`, actor, detail: change });
      }
    });
    this.swap(school, next);
    return next;
  }

  private swap(school: School, contact: Contact): void {
    const key = `${school.id}\u0000${contact.id}`;
    const contacts = school.contacts as Map<string, Contact>;
    if (!this.originals.has(key)) this.originals.set(key, contacts.get(contact.id)!);
    contacts.set(contact.id, contact);
    invalidateContactIndex(school);
  }
}

/** Same checks as contacts.yaml: the zod shape, then the lint of phones and hours; WatnuError REQUEST_INVALID naming the field. */
export function validate(school: School, current: Contact, edit: ContactEdit): Contact {
  const phones = current.phones.map((phone, i) => {
    const given = edit.phones[i];
    if (!given) return phone;
    const { hours: _hours, ...rest } = phone;
    return { ...rest, number: given.number.trim(), ...(given.hours?.trim() ? { hours: given.hours.trim() } : {}) };
  });
  const { hours: _hours, ...rest } = current;
  const candidate = { ...rest, name: edit.name.trim(), phones, ...(edit.hours?.trim() ? { hours: edit.hours.trim() } : {}) };
  const parsed = contactSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new WatnuError('REQUEST_INVALID', `${issue.path.join('.')}: ${issue.message}`, [issue.path.join('.')]);
  }
  // The whole sociale kaart with the edit in place: after-hours references and unique names are checked too.
  const contacts = new Map(school.contacts);
  contacts.set(parsed.data.id, parsed.data);
  const problems = lintContacts({ contacts, contactsFile: school.contactsFile });
  if (problems[0]) throw new WatnuError('REQUEST_INVALID', `${problems[0].at}: ${problems[0].message}`, [problems[0].at]);
  return parsed.data;
}

function changedFields(before: Contact, after: Contact): Array<{ field: string; old: string; new: string }> {
  const changes: Array<{ field: string; old: string; new: string }> = [];
  const compare = (field: string, a: string | undefined, b: string | undefined) => {
    if ((a ?? '') !== (b ?? '')) changes.push({ field, old: a ?? '', new: b ?? '' });
  };
  compare('name', before.name, after.name);
  compare('hours', before.hours, after.hours);
  after.phones.forEach((phone, i) => {
    compare(`phones[${i}].number`, before.phones[i]?.number, phone.number);
    compare(`phones[${i}].hours`, before.phones[i]?.hours, phone.hours);
  });
  return changes;
}

/** The audit trail of beheer changes at a school, newest first. */
export async function contactAudit(q: Queryable, schoolId: string, limit = 50): Promise<AuditLine[]> {
  const rows = await q.query<{ at: Date | string; actor: string | null; subject: string; detail: { field: string; old: string; new: string } }>(
    `SELECT at, actor, subject, detail FROM audit_log WHERE school_id = $1 AND action = 'contact.override' ORDER BY id DESC LIMIT $2`,
    [schoolId, limit],
  );
  return rows.map((r) => ({ at: new Date(r.at).toISOString(), actor: r.actor, contactId: r.subject.split(':').pop() ?? '', field: r.detail.field, old: r.detail.old, new: r.detail.new }));
}
