import type { Config } from '../../config.js';
import { WatnuError } from '../../errors.js';

export interface SdkCredentials {
  /** MicrosoftAppId, '' when authentication is off (loopback only). */
  readonly appId: string;
  readonly password: string;
  /** The bot registration's tenant; '' for a (legacy) multi-tenant bot. */
  readonly tenantId: string;
  readonly managedIdentity: boolean;
}

/**
 * WatNu's Microsoft* settings as the Teams SDK needs them. The same refusals
 * as the botbuilder adapter (bot-adapter.ts): half-configured credentials
 * would silently run without outgoing authentication.
 */
export function sdkCredentials(config: Config): SdkCredentials {
  const appType = config.MicrosoftAppType ?? (config.MicrosoftAppTenantId ? 'SingleTenant' : 'MultiTenant');
  const appId = config.MicrosoftAppId ?? '';
  if (appId && appType !== 'UserAssignedMSI' && !config.MicrosoftAppPassword) {
    throw new WatnuError('CONFIG_INVALID', 'MicrosoftAppId is set but MicrosoftAppPassword is not: outgoing Teams messages could not authenticate.', ['MicrosoftAppPassword']);
  }
  if (appId && appType !== 'MultiTenant' && !config.MicrosoftAppTenantId) {
    throw new WatnuError('CONFIG_INVALID', `MicrosoftAppType=${appType} needs MicrosoftAppTenantId (the Entra ID tenant of the bot registration).`, ['MicrosoftAppTenantId']);
  }
  return {
    appId,
    password: appType === 'UserAssignedMSI' ? '' : (config.MicrosoftAppPassword ?? ''),
    tenantId: config.MicrosoftAppTenantId ?? '',
    managedIdentity: appType === 'UserAssignedMSI',
  };
}
