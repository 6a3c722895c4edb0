import * as client from 'openid-client';
import { isLoopback, type OidcSettings } from '../../../config.js';
import { WatnuError } from '../../../errors.js';

/** What WatNu keeps from a completed sign-in: who, never tokens. */
export interface SignedInIdentity {
  readonly subject: string;
  readonly email: string;
  readonly name?: string;
}

export interface PendingLogin {
  readonly url: URL;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/**
 * The OpenID Connect relying party: authorization code flow with PKCE (S256),
 * state and nonce, through openid-client. The provider is discovered on the
 * first sign-in (and again after a failed discovery), so WatNu starts even
 * when the provider is briefly unreachable.
 */
export class OidcClient {
  private configuration: Promise<client.Configuration> | null = null;
  readonly redirectUri: string;

  constructor(private readonly settings: OidcSettings) {
    this.redirectUri = new URL('auth/callback', settings.publicUrl).href;
  }

  private discover(): Promise<client.Configuration> {
    if (!this.configuration) {
      const insecure = this.settings.issuer.protocol === 'http:' && isLoopback(this.settings.issuer.hostname.replace(/^\[|\]$/g, ''));
      this.configuration = client
        .discovery(this.settings.issuer, this.settings.clientId, this.settings.clientSecret, undefined, insecure ? { execute: [client.allowInsecureRequests] } : {})
        .catch((error: unknown) => {
          this.configuration = null;
          throw new WatnuError('SIGN_IN_FAILED', `OpenID provider ${this.settings.issuer.href} could not be discovered: ${(error as Error).message}`);
        });
    }
    return this.configuration;
  }

  async start(): Promise<PendingLogin> {
    const config = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, state, nonce, codeVerifier };
  }

  /** Exchanges the code (checking state, nonce, PKCE and the ID token) and reads the e-mail address. */
  async finish(callbackUrl: URL, login: Omit<PendingLogin, 'url'>): Promise<SignedInIdentity> {
    const config = await this.discover();
    let tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new WatnuError('SIGN_IN_FAILED', `sign-in was not completed: ${(error as Error).message}`);
    }
    const claims = tokens.claims();
    if (!claims) throw new WatnuError('SIGN_IN_FAILED', 'the provider returned no ID token');
    let email = emailOf(claims);
    let name = typeof claims.name === 'string' ? claims.name : undefined;
    if (!email) {
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      email = emailOf(info);
      name ??= typeof info.name === 'string' ? info.name : undefined;
    }
    if (!email) throw new WatnuError('SIGN_IN_FAILED', 'the provider gave no e-mail address or UPN for this account');
    return { subject: claims.sub, email: email.toLowerCase(), ...(name ? { name } : {}) };
  }
}

/** Google and most providers: `email`; Entra ID work accounts: `preferred_username` / `upn`. */
function emailOf(claims: Record<string, unknown>): string | undefined {
  for (const key of ['email', 'preferred_username', 'upn']) {
    const value = claims[key];
    if (typeof value === 'string' && value.includes('@')) return value;
  }
  return undefined;
}
