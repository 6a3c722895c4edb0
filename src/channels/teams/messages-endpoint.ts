import type { Application, TeamsAdapter } from '@microsoft/teams-ai';
import type { Request, Response } from 'express';
import { requestTime } from '../../http/dev-clock.js';
import { sendError } from '../../http/http-error.js';
import type { Logger } from '../../log.js';
import { activityFacts } from './activity-facts.js';
import { captureConversation } from './conversation-capture.js';
import { responseSink } from './response-sink.js';
import { refusedBeforeAdapter } from './request-precheck.js';
import { oneLine } from './sdk-console.js';
import type { TeamsServices } from './teams-services.js';
import { tenantAllowed } from './tenants.js';
import { setTurnData } from './turn-data.js';

export interface MessagesEndpointDeps {
  readonly adapter: TeamsAdapter;
  readonly bot: Application;
  readonly services: TeamsServices;
  readonly tenants: ReadonlySet<string>;
  /** MicrosoftAppId is set: every request needs a Bot Framework token. */
  readonly authenticated: boolean;
  readonly devClock: boolean;
  readonly clock: () => Date;
  readonly log: Logger;
}

/**
 * POST /api/messages: botbuilder's CloudAdapter authenticates the request
 * (JWT), then the activity's tenant is checked, its conversation reference
 * kept, and the teams-ai Application runs it. Refusals are answered in
 * WatNu's JSON error format: 401 (no or bad token), 403 (tenant not served).
 */
export function messagesEndpoint(deps: MessagesEndpointDeps) {
  const { adapter, bot, services, tenants, authenticated, devClock, clock, log } = deps;
  return async (req: Request, res: Response): Promise<void> => {
    if (refusedBeforeAdapter(req, res, authenticated, log)) return;
    const now = requestTime(req, devClock, clock);
    let refusedTenant: string | null | undefined;
    let ran = false;
    const { sink, caught } = responseSink();
    await adapter.process(req, sink, async (context) => {
      ran = true;
      const facts = activityFacts(context.activity, services.content.locales);
      if (!tenantAllowed(tenants, facts.tenantId)) {
        refusedTenant = facts.tenantId;
        return;
      }
      setTurnData(context, now, log.child({ conversation: facts.conversationId, activity: context.activity.type }));
      await captureConversation(services, context, now);
      await bot.run(context);
    });
    if (refusedTenant !== undefined) {
      log.warn({ tenant: refusedTenant }, 'Teams activity from a tenant WatNu does not serve refused');
      sendError(res, 403, 'FORBIDDEN', 'this Microsoft 365 tenant is not served by this WatNu');
    } else if (caught.status === 401 || (authenticated && !ran && caught.status >= 500)) {
      // botbuilder answers a token with a bad signature with 500; nothing ran, so it is an authentication failure.
      log.warn({ status: caught.status, reason: oneLine([caught.body ?? '']) }, 'Teams request refused: Bot Framework authentication failed');
      sendError(res, 401, 'UNAUTHORIZED', 'Bot Framework authentication failed');
    } else if (caught.status >= 500 && !ran) {
      // botbuilder refused the activity before any of WatNu's code ran: a malformed request.
      log.warn({ status: caught.status }, 'Teams activity refused by the Bot Framework adapter');
      sendError(res, 400, 'REQUEST_INVALID', 'the activity could not be processed by the Bot Framework adapter');
    } else if (caught.status >= 500) {
      sendError(res, caught.status, 'INTERNAL', 'the Teams activity could not be handled');
    } else if (caught.body === undefined) {
      res.status(caught.status).end();
    } else {
      res.status(caught.status).send(caught.body);
    }
  };
}
