import type { Client as ApiClient } from '@microsoft/teams.api';

/** The Teams API client for one Bot Connector URL. */
export type ConnectorClients = (serviceUrl: string) => Promise<ApiClient>;

/**
 * One Teams API client per Bot Connector URL, made once and kept. The SDK's
 * own `ctx.send` clones a client for every activity it sends (teams.apps
 * dist/app.js: `activitySender` → `this.api.clone({ serviceUrl })`), and each
 * clone builds a new axios instance: a CPU profile under load put those
 * clones at about a tenth of a turn's CPU. A kept client keeps the App's
 * token provider, so authentication is the same.
 */
export function connectorClients(api: () => Promise<ApiClient>, max = 100): ConnectorClients {
  const clients = new Map<string, ApiClient>();
  return async (serviceUrl) => {
    let client = clients.get(serviceUrl);
    if (!client) {
      client = (await api()).clone({ serviceUrl });
      if (clients.size >= max) clients.clear();
      clients.set(serviceUrl, client);
    }
    return client;
  };
}
