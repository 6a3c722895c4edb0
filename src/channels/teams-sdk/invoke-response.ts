import type { AdaptiveCard } from '../teams/card-types.js';

/** The Universal Actions invoke response, as teams-ai's actionExecute answers: the updated card for the clicker, or a short message. */
export function actionInvokeResponse(result: AdaptiveCard | string) {
  return {
    status: 200,
    body:
      typeof result === 'string'
        ? { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: result }
        : { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: result },
  };
}
