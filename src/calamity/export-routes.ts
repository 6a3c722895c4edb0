import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import type { Content } from '../content/types.js';
import { WatnuError } from '../errors.js';
import type { Translate } from '../i18n.js';
import { canManageCalamity } from '../engine/calamity-access.js';
import type { CalamityService } from './calamity-service.js';
import { caseMarkdown } from './export-markdown.js';

/**
 * GET /api/cases/:id/export?format=md|pdf&schoolId=…&userId=…&role=…
 * Only the school's director (or a deputy) gets the export; a case of another
 * school is reported as not found.
 */
export function mountCaseExport(app: Express, deps: { content: Content; t: Translate; service: CalamityService; guard: RequestHandler }): void {
  app.get('/api/cases/:id/export', deps.guard, async (req: Request, res: Response, next: NextFunction) => {
    try {
      const text = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);
      const school = deps.content.schools.get(text('schoolId') ?? '');
      if (!school) throw new WatnuError('SCHOOL_UNKNOWN', 'unknown school', ['schoolId']);
      const userId = text('userId');
      if (!userId) throw new WatnuError('REQUEST_INVALID', 'query parameter "userId" is required', ['userId']);
      const role = text('role');
      if (!canManageCalamity(school, { userId, ...(role ? { role } : {}), channel: 'web' })) {
        throw new WatnuError('FORBIDDEN', 'only the director and deputies may export calamity cases');
      }
      const view = await deps.service.view(school, String(req.params.id), school.language);
      if (!view) throw new WatnuError('NOT_FOUND', 'no such case at this school', ['id']);
      const format = text('format') ?? 'md';
      if (format === 'pdf') {
        // pdfkit (~130 ms to load) only when a director exports a case, not at every start.
        const { casePdf } = await import('./export-pdf.js');
        res.type('application/pdf').send(await casePdf(view, deps.t, school.language));
      } else if (format === 'md') {
        res.type('text/markdown; charset=utf-8').send(caseMarkdown(view, deps.t, school.language));
      } else {
        throw new WatnuError('REQUEST_INVALID', 'format must be "md" or "pdf"', ['format']);
      }
    } catch (error) {
      next(error);
    }
  });
}
