import { type Config, hasTeamsCredentials, isLoopback, oidcSettings } from '../config.js';
import { WatnuError } from '../errors.js';

/** Refuses a start on a non-loopback address without Bot Framework authentication or web sign-in (or a shared secret). */
export function assertSafeBind(config: Config): void {
  if (isLoopback(config.HOST)) return;
  if (config.TEAMS_ENABLED && !hasTeamsCredentials(config)) {
    throw new WatnuError(
      'UNSAFE_BIND',
      `HOST=${config.HOST} is not a loopback address, but MicrosoftAppId/MicrosoftAppPassword are not set: Bot Framework authentication would be off. Set the credentials, set TEAMS_ENABLED=0 if this server does not serve Teams, or use HOST=127.0.0.1.`,
      ['HOST'],
    );
  }
  if (!config.WEB_SHARED_SECRET && !oidcSettings(config)) {
    throw new WatnuError(
      'UNSAFE_BIND',
      `HOST=${config.HOST} is not a loopback address, but neither OpenID Connect sign-in (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, PUBLIC_URL) nor WEB_SHARED_SECRET is set: the web chat and its inboxes would be open to the network.`,
      ['WEB_SHARED_SECRET'],
    );
  }
}
