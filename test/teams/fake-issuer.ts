import { createSign, generateKeyPairSync, type KeyObject, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The Bot Framework's token issuer on loopback: OpenID metadata and a JWKS
 * with one signing key endorsed for msteams, and a way to sign tokens like
 * the Bot Connector does (iss https://api.botframework.com, aud = the bot's app id).
 */
export class FakeIssuer {
  readonly kid = randomUUID();
  private readonly key = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server: Server | null = null;
  requests = 0;
  url = '';

  async start(): Promise<string> {
    const jwk = this.key.publicKey.export({ format: 'jwk' });
    this.server = createServer((req, res) => {
      this.requests++;
      const body =
        req.url === '/.well-known/openid-configuration'
          ? { issuer: 'https://api.botframework.com', jwks_uri: `${this.url}/keys`, id_token_signing_alg_values_supported: ['RS256'] }
          : { keys: [{ kty: 'RSA', use: 'sig', kid: this.kid, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return `${this.url}/.well-known/openid-configuration`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A channel token; `signWith` another key (with the same kid) to forge one. */
  token(claims: Record<string, unknown>, signWith: KeyObject = this.key.privateKey): string {
    const now = Math.floor(Date.now() / 1000);
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const header = b64({ alg: 'RS256', typ: 'JWT', kid: this.kid });
    const payload = b64({ iss: 'https://api.botframework.com', nbf: now - 60, exp: now + 3600, ...claims });
    const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(signWith).toString('base64url');
    return `${header}.${payload}.${signature}`;
  }

  static otherKey(): KeyObject {
    return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  }
}
