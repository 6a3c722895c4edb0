import type { App } from '@microsoft/teams.apps';
import type { Logger } from '../../log.js';
import { activityFacts } from '../teams/activity-facts.js';
import { captureConversation } from '../teams/conversation-capture.js';
import type { TeamsServices } from '../teams/teams-services.js';
import { tenantAllowed } from '../teams/tenants.js';
import { setTurnData } from '../teams/turn-data.js';
import { onTurnError } from '../teams/turn-error.js';
import { routeActivity } from './activity-routes.js';
import type { ConnectorClients } from './connector-clients.js';
import { currentScope } from './request-scope.js';
import { turnContextOf } from './turn-context.js';

/**
 * WatNu's one route on the SDK App, for every activity whose token the SDK
 * accepted: the tenant check, the conversation reference kept, then the
 * shared handlers (what messages-endpoint.ts and teams-bot.ts do for botbuilder).
 */
export function useWatnuRoutes(app: App, s: TeamsServices, tenants: ReadonlySet<string>, clients: ConnectorClients, log: Logger): void {
  app.use(async (ctx) => {
    const scope = currentScope();
    scope.ran = true;
    const context = turnContextOf(ctx, clients);
    const facts = activityFacts(context.activity, s.content.locales);
    if (!tenantAllowed(tenants, facts.tenantId)) {
      scope.refusedTenant = facts.tenantId;
      return undefined;
    }
    setTurnData(context, scope.now, log.child({ conversation: facts.conversationId, activity: context.activity.type }));
    await captureConversation(s, context, scope.now);
    try {
      return await routeActivity(s, context);
    } catch (error) {
      await onTurnError(s, context, error);
      return undefined;
    }
  });
}
