import type { TeamsAdapter } from '@microsoft/teams-ai';

/** botframework-connector's credentials factory, as the adapter takes it (the package is botbuilder's, not ours). */
type ServiceClientCredentialsFactory = NonNullable<ConstructorParameters<typeof TeamsAdapter>[1]>;
type ServiceClientCredentials = Awaited<ReturnType<ServiceClientCredentialsFactory['createCredentials']>>;

interface CachedToken {
  readonly value: string;
  readonly expiresAt: number;
}

/**
 * Outbound Bot Framework tokens from a configured token endpoint instead of
 * the public login endpoint (BOT_TOKEN_URL: tests only, loopback only — see
 * config.ts). A client-credentials grant like the real one: the bot's app id
 * and secret in, a bearer token for the Bot Connector out, cached until
 * shortly before it expires. A refused grant (400/401) is reported as
 * `invalid_client`, which the delivery classifies as broken configuration.
 */
export class TokenEndpointCredentialsFactory implements ServiceClientCredentialsFactory {
  private cached: CachedToken | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly tokenUrl: string,
    private readonly appId: string,
    private readonly password: string,
    private readonly scope = 'https://api.botframework.com/.default',
  ) {}

  async isValidAppId(appId: string): Promise<boolean> {
    return appId === this.appId;
  }

  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }

  async createCredentials(): Promise<ServiceClientCredentials> {
    return {
      signRequest: async (request) => {
        request.headers.set('authorization', `Bearer ${await this.token()}`);
        return request;
      },
    };
  }

  /** The current bearer token (also the Teams SDK adapter's token provider, teams-sdk/sdk-app.ts). */
  async token(): Promise<string> {
    if (this.cached && this.cached.expiresAt > Date.now()) return this.cached.value;
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async fetchToken(): Promise<string> {
    const response = await fetch(this.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.appId, client_secret: this.password, scope: this.scope }),
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error?: string };
    if (!response.ok || !body.access_token) {
      throw Object.assign(new Error(`token endpoint refused the bot's credentials: ${body.error ?? `HTTP ${response.status}`} (invalid_client)`), { code: 'invalid_client' });
    }
    const lifetimeMs = Math.max(60, Number(body.expires_in ?? 3600)) * 1000;
    this.cached = { value: body.access_token, expiresAt: Date.now() + lifetimeMs - 30_000 };
    return body.access_token;
  }
}
