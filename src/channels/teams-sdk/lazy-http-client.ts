// The bundle (build/bundle-app.ts) resolves this to the CommonJS build the SDK itself requires (teams.apps is
// CommonJS only), so there is one teams.common and one axios; unbundled (tests) it is the ES build beside it.
import { Client, type ClientOptions, type Interceptor, type Middleware, type RequestConfig, type Token } from '@microsoft/teams.common';

type Handler = Middleware | Interceptor;
const isMiddleware = (handler: Handler): handler is Middleware => typeof (handler as Middleware).invoke === 'function';
const isInterceptor = (handler: Handler): handler is Interceptor => !isMiddleware(handler);

/**
 * The Teams SDK's HTTP client (teams.common `Client`), built on its first
 * request instead of when it is made or cloned.
 *
 * For every inbound activity the SDK's App clones its HTTP client about nine
 * times (teams.apps dist/app.process.js: the turn's API client, a client for
 * the turn, a user and an app Graph client with two clones each, the stream's
 * API client), and each `Client` builds an axios instance in its constructor.
 * WatNu sends through kept clients (connector-clients.ts) and never through
 * those, so under load the clones were about a sixteenth of the server's CPU
 * for nothing. This client keeps what a clone needs (options, token,
 * interceptors, middleware) and makes the real `Client` from them on the
 * first request: every request, header, token and error is the SDK's own.
 */
export class LazyHttpClient {
  token?: Token;
  readonly name: string;
  private readonly options: ClientOptions;
  /** Interceptors and middleware by the id `use` returned, numbered as the real client numbers them. */
  private readonly handlers = new Map<number, Handler>();
  private seq = 0;
  private real: Client | undefined;

  constructor(options: ClientOptions = {}) {
    this.options = options;
    this.name = options.name ?? 'http';
    this.token = options.token;
    for (const handler of [...(options.interceptors ?? []), ...(options.middlewares ?? [])]) this.handlers.set(++this.seq, handler);
  }

  get interceptors(): readonly Interceptor[] {
    return this.handlersOf(isInterceptor);
  }

  get middlewares(): readonly Middleware[] {
    return this.handlersOf(isMiddleware);
  }

  use(handler: Handler): number {
    const id = ++this.seq;
    this.handlers.set(id, handler);
    this.real?.use(handler as Middleware);
    return id;
  }

  get<T = unknown>(url: string, config?: RequestConfig) {
    return this.client().get<T>(url, config);
  }
  post<T = unknown>(url: string, data?: unknown, config?: RequestConfig) {
    return this.client().post<T>(url, data, config);
  }
  put<T = unknown>(url: string, data?: unknown, config?: RequestConfig) {
    return this.client().put<T>(url, data, config);
  }
  patch<T = unknown>(url: string, data?: unknown, config?: RequestConfig) {
    return this.client().patch<T>(url, data, config);
  }
  delete<T = unknown>(url: string, config?: RequestConfig) {
    return this.client().delete<T>(url, config);
  }
  request<T = unknown>(config: RequestConfig) {
    return this.client().request<T>(config);
  }
  /** Built first, so the real client's ids are the ones `use` returned. */
  eject(id: number): void {
    this.client().eject(id);
    this.handlers.delete(id);
  }
  clear(): void {
    this.client().clear();
    this.handlers.clear();
  }

  /**
   * What teams.common's `Client.clone` makes (its User-Agent merge included), without building it yet,
   * also when this client has been built: a clone never builds an axios instance until it sends.
   */
  clone(options?: ClientOptions): LazyHttpClient {
    const parentAgent = userAgentOf(this.options.headers);
    const childAgent = userAgentOf(options?.headers);
    const agent = parentAgent && childAgent ? `${childAgent} ${parentAgent}` : (childAgent ?? parentAgent);
    const headers: Record<string, unknown> = { ...this.options.headers, ...options?.headers };
    if (agent) {
      for (const key of Object.keys(headers)) if (key.toLowerCase() === 'user-agent') delete headers[key];
      headers['User-Agent'] = agent;
    }
    return new LazyHttpClient({
      ...this.options,
      ...options,
      headers: headers as ClientOptions['headers'],
      interceptors: this.handlersOf(isInterceptor),
      middlewares: this.handlersOf(isMiddleware),
    });
  }

  /** The handlers of one kind, in the order they were added (a new array). */
  private handlersOf<H extends Handler>(isKind: (handler: Handler) => handler is H): H[] {
    return [...this.handlers.values()].filter(isKind);
  }

  private client(): Client {
    if (!this.real) {
      // Registered in the order they were added (ids 1, 2, … as `use` numbered them), as the eager client would have them.
      const real = new Client({ ...this.options, interceptors: [], middlewares: [] });
      for (const handler of this.handlers.values()) real.use(handler as Middleware);
      this.real = real;
    }
    // A token set after the client was built (the API client sets its provider on a clone) still counts.
    this.real.token = this.token;
    return this.real;
  }
}

function userAgentOf(headers: ClientOptions['headers']): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === 'user-agent');
  return key ? String((headers as Record<string, unknown>)[key]) : undefined;
}
