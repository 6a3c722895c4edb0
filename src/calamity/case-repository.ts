import type { Queryable } from '../store/db.js';

export type ItemStatus = 'open' | 'gedaan' | 'nvt';

export interface CaseRecord {
  readonly id: string;
  readonly schoolId: string;
  readonly template: string;
  readonly title: string;
  readonly size: string;
  readonly status: 'open' | 'closed';
  readonly openedBy: string;
  readonly openedAt: string;
  readonly closedAt: string | null;
  readonly crisisTeam: ReadonlyArray<{ readonly role: string; readonly name: string }>;
}

export interface ItemRecord {
  readonly item: string;
  readonly status: ItemStatus;
  readonly owner: string | null;
  readonly dueAt: string | null;
  readonly updatedAt: string;
}

export interface LogEntry {
  readonly at: string;
  readonly author: string;
  readonly kind: string;
  readonly text: string;
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

interface CaseRow {
  id: string;
  school_id: string;
  template: string;
  title: string;
  size: string;
  status: 'open' | 'closed';
  opened_by: string;
  opened_at: Date | string;
  closed_at: Date | string | null;
  crisis_team: CaseRecord['crisisTeam'];
}

function toCase(r: CaseRow): CaseRecord {
  return {
    id: r.id,
    schoolId: r.school_id,
    template: r.template,
    title: r.title,
    size: r.size,
    status: r.status,
    openedBy: r.opened_by,
    openedAt: iso(r.opened_at)!,
    closedAt: iso(r.closed_at),
    crisisTeam: r.crisis_team,
  };
}

export async function insertCase(q: Queryable, c: CaseRecord, items: readonly string[]): Promise<void> {
  await q.query(
    `INSERT INTO calamity_cases (id, school_id, template, title, size, status, opened_by, opened_at, crisis_team)
     VALUES ($1, $2, $3, $4, $5, 'open', $6, $7, '[]'::jsonb)`,
    [c.id, c.schoolId, c.template, c.title, c.size, c.openedBy, c.openedAt],
  );
  for (const item of items) {
    await q.query(`INSERT INTO calamity_items (case_id, item, status, updated_at) VALUES ($1, $2, 'open', $3)`, [c.id, item, c.openedAt]);
  }
}

/** A case of this school only: a case id from another school reads as absent. */
export async function getCase(q: Queryable, schoolId: string, caseId: string): Promise<CaseRecord | null> {
  const rows = await q.query<CaseRow>('SELECT * FROM calamity_cases WHERE id = $1 AND school_id = $2', [caseId, schoolId]);
  return rows[0] ? toCase(rows[0]) : null;
}

export async function openCases(q: Queryable, schoolId: string): Promise<CaseRecord[]> {
  const rows = await q.query<CaseRow>(`SELECT * FROM calamity_cases WHERE school_id = $1 AND status = 'open' ORDER BY opened_at DESC`, [schoolId]);
  return rows.map(toCase);
}

export async function caseItems(q: Queryable, caseId: string): Promise<Map<string, ItemRecord>> {
  const rows = await q.query<{ item: string; status: ItemStatus; owner: string | null; due_at: Date | string | null; updated_at: Date | string }>(
    'SELECT item, status, owner, due_at, updated_at FROM calamity_items WHERE case_id = $1',
    [caseId],
  );
  return new Map(rows.map((r) => [r.item, { item: r.item, status: r.status, owner: r.owner, dueAt: iso(r.due_at), updatedAt: iso(r.updated_at)! }]));
}

export async function updateItem(
  q: Queryable,
  caseId: string,
  item: string,
  change: { status?: ItemStatus; owner?: string; dueAt?: string | null },
  at: Date,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE calamity_items SET status = COALESCE($3, status), owner = COALESCE($4, owner),
       due_at = CASE WHEN $5::boolean THEN $6::timestamptz ELSE due_at END, updated_at = $7
     WHERE case_id = $1 AND item = $2 RETURNING item`,
    [caseId, item, change.status ?? null, change.owner ?? null, change.dueAt !== undefined, change.dueAt ?? null, at.toISOString()],
  );
  return rows.length > 0;
}

/** The logbook is append-only (a database trigger refuses updates and deletes). */
export async function appendLog(q: Queryable, caseId: string, entry: LogEntry): Promise<void> {
  await q.query('INSERT INTO calamity_log (case_id, at, author, kind, text) VALUES ($1, $2, $3, $4, $5)', [
    caseId,
    entry.at,
    entry.author,
    entry.kind,
    entry.text,
  ]);
}

export async function readLog(q: Queryable, caseId: string): Promise<LogEntry[]> {
  const rows = await q.query<{ at: Date | string; author: string; kind: string; text: string }>(
    'SELECT at, author, kind, text FROM calamity_log WHERE case_id = $1 ORDER BY id',
    [caseId],
  );
  return rows.map((r) => ({ at: iso(r.at)!, author: r.author, kind: r.kind, text: r.text }));
}

export async function setCrisisTeam(q: Queryable, caseId: string, team: CaseRecord['crisisTeam']): Promise<void> {
  await q.query('UPDATE calamity_cases SET crisis_team = $2 WHERE id = $1', [caseId, JSON.stringify(team)]);
}

export async function closeCase(q: Queryable, caseId: string, at: Date): Promise<void> {
  await q.query(`UPDATE calamity_cases SET status = 'closed', closed_at = $2 WHERE id = $1`, [caseId, at.toISOString()]);
}

/** Retention: closed cases (with items and logbook) older than `before` are removed. */
export async function purgeClosedCases(q: Queryable, before: Date): Promise<number> {
  const rows = await q.query(`DELETE FROM calamity_cases WHERE status = 'closed' AND closed_at < $1 RETURNING id`, [before.toISOString()]);
  return rows.length;
}
