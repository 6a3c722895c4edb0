import type { Request, Response } from 'express';
import { sendError } from '../../http/http-error.js';
import type { Logger } from '../../log.js';
import { activityShapeProblem, withoutNulInUserContent } from './activity-shape.js';

/**
 * What both Teams endpoints refuse before their SDK sees the request: no
 * bearer token while authentication is on (401), a body that is no activity
 * or carries a NUL character in a field that identifies it (400). NULs in
 * what the asker typed are dropped, not refused. True when the request was
 * answered.
 */
export function refusedBeforeAdapter(req: Request, res: Response, authenticated: boolean, log: Logger): boolean {
  if (authenticated && !/^Bearer \S+$/.test(req.header('authorization') ?? '')) {
    log.warn({ status: 401, reason: 'no bearer token' }, 'Teams request refused: Bot Framework authentication failed');
    sendError(res, 401, 'UNAUTHORIZED', 'a Bot Framework token is required');
    return true;
  }
  req.body = withoutNulInUserContent(req.body);
  const problem = activityShapeProblem(req.body);
  if (problem) {
    sendError(res, 400, 'REQUEST_INVALID', problem.message, problem.field);
    return true;
  }
  return false;
}
