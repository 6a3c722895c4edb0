import type { Request, Response } from 'express';
import { requestTime } from '../../http/dev-clock.js';
import { sendError } from '../../http/http-error.js';
import type { Logger } from '../../log.js';
import { refusedBeforeAdapter } from '../teams/request-precheck.js';
import { inRequestScope, type RequestScope } from './request-scope.js';
import type { RouteCapture } from './route-capture.js';

export interface SdkEndpointDeps {
  /** The SDK App, made and initialised on first use. */
  readonly ready: () => Promise<RouteCapture>;
  /** MicrosoftAppId is set: every request needs a Bot Framework token. */
  readonly authenticated: boolean;
  readonly tenants: ReadonlySet<string>;
  readonly devClock: boolean;
  readonly clock: () => Date;
  readonly log: Logger;
}

/**
 * POST /api/messages on the Teams SDK: the SDK's own handler validates the
 * JWT and runs WatNu's route (sdk-routes.ts); refusals are answered in
 * WatNu's JSON error format, as the botbuilder endpoint does: 401 (no or bad
 * token), 400 (not an activity), 403 (tenant not served).
 */
export function sdkEndpoint(deps: SdkEndpointDeps) {
  const { authenticated, devClock, clock, log } = deps;
  return async (req: Request, res: Response): Promise<void> => {
    if (refusedBeforeAdapter(req, res, authenticated, log)) return;
    const scope: RequestScope = { now: requestTime(req, devClock, clock), ran: false };
    const capture = await deps.ready();
    const headers = req.headers as Record<string, string | string[]>;
    const result = await inRequestScope(scope, () => capture.messages({ body: req.body, headers }));
    if (scope.refusedTenant !== undefined) {
      log.warn({ tenant: scope.refusedTenant }, 'Teams activity from a tenant WatNu does not serve refused');
      sendError(res, 403, 'FORBIDDEN', 'this Microsoft 365 tenant is not served by this WatNu');
    } else if (result.status === 401 || (authenticated && !scope.ran && result.status >= 400)) {
      log.warn({ status: result.status, reason: reasonOf(result.body) }, 'Teams request refused: Bot Framework authentication failed');
      sendError(res, 401, 'UNAUTHORIZED', 'Bot Framework authentication failed');
    } else if (result.status >= 500 && !scope.ran) {
      log.warn({ status: result.status }, 'Teams activity refused by the Teams SDK');
      sendError(res, 400, 'REQUEST_INVALID', 'the activity could not be processed by the Teams SDK');
    } else if (result.status >= 500) {
      sendError(res, result.status, 'INTERNAL', 'the Teams activity could not be handled');
    } else if (result.body === undefined) {
      res.status(result.status).end();
    } else {
      res.status(result.status).json(result.body);
    }
  };
}

function reasonOf(body: unknown): string {
  const error = (body as { error?: unknown } | undefined)?.error;
  return String(error ?? '').slice(0, 200);
}
