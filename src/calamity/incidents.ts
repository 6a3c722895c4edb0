import type { School } from '../content/types.js';
import { appendAudit } from '../store/audit-repository.js';
import type { Db, Queryable } from '../store/db.js';

export interface NewIncident {
  readonly category: string;
  readonly kind?: string;
  /** yyyy-mm-dd */
  readonly occurredOn: string;
  readonly place: string;
  /** Initials only, never a name. */
  readonly initials?: string;
}

export async function registerIncident(db: Db, school: School, incident: NewIncident, by: string, id: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO incidents (id, school_id, category, kind, occurred_on, place, initials, registered_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, school.id, incident.category, incident.kind ?? null, incident.occurredOn, incident.place.slice(0, 200), incident.initials ?? null, by, now.toISOString()],
    );
    await appendAudit(tx, { at: now, schoolId: school.id, action: 'incident.registered', subject: id, actor: by, detail: { category: incident.category } });
  });
}

export interface YearOverview {
  readonly year: number;
  /** Counts only: category (and weapon kind), never initials, places or people. */
  readonly incidents: ReadonlyArray<{ readonly category: string; readonly kind: string | null; readonly count: number }>;
  /** Meldcode trajectories that reached an outcome, by outcome step. */
  readonly meldcode: ReadonlyArray<{ readonly dialog: string; readonly outcome: string; readonly count: number }>;
}

export async function yearOverview(q: Queryable, school: School, year: number): Promise<YearOverview> {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const incidents = await q.query<{ category: string; kind: string | null; n: number }>(
    `SELECT category, kind, count(*)::int AS n FROM incidents
     WHERE school_id = $1 AND occurred_on >= $2 AND occurred_on < $3 GROUP BY category, kind ORDER BY category, kind`,
    [school.id, from, to],
  );
  const meldcode = await q.query<{ dialog: string; step: string; n: number }>(
    `SELECT detail->>'dialog' AS dialog, detail->>'step' AS step, count(*)::int AS n FROM audit_log
     WHERE school_id = $1 AND action = 'dialog.end' AND at >= $2 AND at < $3 AND detail->>'dialog' LIKE 'meldcode-%'
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [school.id, from, to],
  );
  return {
    year,
    incidents: incidents.map((r) => ({ category: r.category, kind: r.kind, count: Number(r.n) })),
    meldcode: meldcode.map((r) => ({ dialog: r.dialog, outcome: r.step, count: Number(r.n) })),
  };
}
