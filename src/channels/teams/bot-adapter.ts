import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../../config.js';
import { WatnuError } from '../../errors.js';
import { TokenEndpointCredentialsFactory } from './loopback-token.js';

/**
 * botbuilder's CloudAdapter (via teams-ai's TeamsAdapter) with WatNu's
 * credentials. With MicrosoftAppId set every request must carry a Bot
 * Framework JWT (else 401); without it authentication is off, which
 * create-app only allows on a loopback address.
 */
export function createBotAdapter(config: Config): TeamsAdapter {
  const appType = config.MicrosoftAppType ?? (config.MicrosoftAppTenantId ? 'SingleTenant' : 'MultiTenant');
  if (config.MicrosoftAppId && appType !== 'UserAssignedMSI' && !config.MicrosoftAppPassword) {
    throw new WatnuError('CONFIG_INVALID', 'MicrosoftAppId is set but MicrosoftAppPassword is not: outgoing Teams messages could not authenticate.', ['MicrosoftAppPassword']);
  }
  if (config.MicrosoftAppId && appType !== 'MultiTenant' && !config.MicrosoftAppTenantId) {
    throw new WatnuError('CONFIG_INVALID', `MicrosoftAppType=${appType} needs MicrosoftAppTenantId (the Entra ID tenant of the bot registration).`, ['MicrosoftAppTenantId']);
  }
  const settings = {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: appType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    ...(config.BOT_OPENID_METADATA_URL ? publicCloudWithMetadata(config.BOT_OPENID_METADATA_URL) : {}),
  };
  // Tests only (config.ts allows loopback only): outbound tokens from a fake token endpoint.
  if (config.BOT_TOKEN_URL && config.MicrosoftAppId) {
    return new TeamsAdapter(settings, new TokenEndpointCredentialsFactory(config.BOT_TOKEN_URL, config.MicrosoftAppId, config.MicrosoftAppPassword ?? ''));
  }
  return new TeamsAdapter(settings);
}

/**
 * botbuilder switches to "every endpoint given explicitly" as soon as one is
 * overridden, so replacing the OpenID metadata URL (tests on loopback) means
 * restating the other public-cloud endpoints as botbuilder's defaults have them.
 */
function publicCloudWithMetadata(metadataUrl: string): Record<string, string | boolean> {
  return {
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    CallerId: 'urn:botframework:azure',
    ValidateAuthority: true,
  };
}
