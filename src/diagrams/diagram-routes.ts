import type { Express, RequestHandler } from 'express';
import { type Content, isLocale } from '../content/types.js';
import { WatnuError } from '../errors.js';
import { renderProtocolSvg } from './render-diagram.js';

/**
 * GET /api/schools/:schoolId/protocols/:route/diagram.svg — the protocol as a
 * flowchart (image/svg+xml); GET /api/sources/:doc — the plan text the nodes
 * link to. Protocols and plans are not personal data; the guard is the same
 * as for the rest of the web API.
 */
export function mountDiagramRoutes(app: Express, content: Content, guard: RequestHandler): void {
  app.get('/api/schools/:schoolId/protocols/:route/diagram.svg', guard, async (req, res) => {
    const lang = req.query.lang;
    const svg = await renderProtocolSvg(content, String(req.params.schoolId), String(req.params.route), isLocale(lang, content.locales) ? lang : undefined);
    res.type('image/svg+xml').set('Cache-Control', 'no-cache').send(svg);
  });
  app.get('/api/sources/:doc', guard, (req, res) => {
    const doc = content.sources.get(String(req.params.doc));
    if (!doc) throw new WatnuError('NOT_FOUND', `no source document "${req.params.doc}"`, ['doc']);
    res.type('text/plain; charset=utf-8').send(doc.raw);
  });
}
