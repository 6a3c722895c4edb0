import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unsignedJwt = (claims: Record<string, unknown>) => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.fake`;

/**
 * The Bot Framework's outbound token endpoint on loopback: a client-credentials
 * grant for the bot's app id and secret answers with a fresh bearer token
 * (which the fake connector then requires). Wrong credentials, or `revoke()`,
 * answer 401 invalid_client like the real one.
 */
export class FakeTokenEndpoint {
  readonly issued: string[] = [];
  requests = 0;
  private revoked = false;
  private server: Server | null = null;
  url = '';

  constructor(
    private readonly appId: string,
    private readonly secret: string,
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.requests++;
        const form = new URLSearchParams(Buffer.concat(chunks).toString());
        const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        const valid = form.get('grant_type') === 'client_credentials' && form.get('client_id') === this.appId && form.get('client_secret') === this.secret;
        if (this.revoked || !valid) return json(401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' });
        // Shaped like the real one (a JWT; the Teams SDK decodes it for its expiry), signed by nobody: only this fake's connector checks it.
        const token = unsignedJwt({ aud: 'https://api.botframework.com', appid: this.appId, jti: randomBytes(12).toString('hex'), exp: Math.floor(Date.now() / 1000) + 3599 });
        this.issued.push(token);
        json(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/botframework.com/oauth2/v2.0/token`;
    return this.url;
  }

  revoke(): void {
    this.revoked = true;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
