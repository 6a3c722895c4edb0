import type { School } from '../content/types.js';
import type { IncidentRequest } from '../engine/types.js';
import { appendAudit } from '../store/audit-repository.js';
import type { Queryable } from '../store/db.js';

/** Writes an incident to the register, in the turn's transaction (initials only, never a name). */
export async function registerIncident(tx: Queryable, incident: IncidentRequest, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO incidents (id, school_id, category, kind, occurred_on, place, initials, registered_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
    [incident.id, incident.schoolId, incident.category, incident.kind ?? null, incident.occurredOn, incident.place.slice(0, 200), incident.initials ?? null, incident.by, now.toISOString()],
  );
  await appendAudit(tx, { at: now, schoolId: incident.schoolId, action: 'incident.registered', subject: incident.id, actor: incident.by, detail: { category: incident.category } });
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
