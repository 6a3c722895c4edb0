import { PUBLIC, withOverrides } from '@microsoft/teams.api';
import { App, type AppOptions, type IPlugin } from '@microsoft/teams.apps';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import { TokenEndpointCredentialsFactory } from '../teams/loopback-token.js';
import { NodeHttpClient } from './node-http-client.js';
import { jwksUriOf } from './openid-keys.js';
import { RouteCapture } from './route-capture.js';
import type { SdkCredentials } from './sdk-credentials.js';
import { sdkLogger } from './sdk-logger.js';

const publicBotConnector = 'https://smba.trafficmanager.net/teams';

/**
 * The Teams SDK App, its messaging endpoint captured for WatNu's express app
 * (RouteCapture) instead of a server of its own. Every option the SDK would
 * otherwise read from the environment (CLIENT_ID, CLIENT_SECRET, TENANT_ID,
 * CLOUD, SERVICE_URL, DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS) is given
 * explicitly, so config.ts stays the only place reading it.
 * Tests on loopback: inbound keys from BOT_OPENID_METADATA_URL's jwks_uri,
 * outbound tokens from BOT_TOKEN_URL (the SDK's `token` provider option).
 */
export async function createSdkApp(config: Config, credentials: SdkCredentials, log: Logger): Promise<{ app: App; capture: RouteCapture }> {
  const capture = new RouteCapture();
  const { appId } = credentials;
  const testTokens = config.BOT_TOKEN_URL && appId ? new TokenEndpointCredentialsFactory(config.BOT_TOKEN_URL, appId, credentials.password) : null;
  const cloud = config.BOT_OPENID_METADATA_URL ? withOverrides(PUBLIC, { openIdMetadataUrl: await jwksUriOf(config.BOT_OPENID_METADATA_URL) }) : PUBLIC;
  const app = new App({
    clientId: appId,
    clientSecret: testTokens ? '' : credentials.password,
    tenantId: credentials.tenantId,
    ...(testTokens ? { token: () => testTokens.token() } : {}),
    ...(credentials.managedIdentity ? { managedIdentityClientId: appId } : {}),
    cloud,
    serviceUrl: publicBotConnector,
    dangerouslyAllowUnauthenticatedRequests: !appId,
    httpServerAdapter: capture,
    messagingEndpoint: '/api/messages',
    logger: sdkLogger(log),
    // The SDK's client contract on node:http instead of axios (node-http-client.ts); given a logger, or it would log
    // through a console logger of its own (which reads LOG_LEVEL from the environment). The SDK takes any object with
    // `request` and `clone` here; its type names teams.common's class.
    client: new NodeHttpClient({ logger: sdkLogger(log, 'teams-sdk/http') }) as unknown as AppOptions<IPlugin>['client'],
    state: false,
    activity: { mentions: { stripText: true } },
    telemetry: { agent365: false },
  });
  return { app, capture };
}
