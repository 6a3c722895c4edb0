import type { ClientOptions, Interceptor, Middleware, RequestConfig, Token } from '@microsoft/teams.common';
import { type HttpRequestConfig, type HttpResponse, nodeHttpRequest } from './node-http-request.js';

type Handler = Middleware | Interceptor;
const isMiddleware = (handler: Handler): handler is Middleware => typeof (handler as Middleware).invoke === 'function';

/**
 * The Teams SDK's HTTP client contract (teams.common `Client`: get/post/…,
 * middleware, token, clone) on node:http (node-http-request.ts) instead of
 * axios. The App clones it for every activity (about nine times) and its API
 * clients send WatNu's replies and card updates through it; the SDK's own
 * layers stay as they are (URLs, the token provider, its telemetry
 * middleware). Axios merged and copied its request config several times per
 * call: measured against a loopback server, a post of a reply card cost
 * ~620 µs of CPU through teams.common's client and ~275 µs on node:http, and
 * under load axios was the largest source of garbage in a turn.
 *
 * What it does as teams.common does: middleware runs in the order it was
 * added, outermost first, around the token (a `Token` string or function,
 * the request's own before the client's) and the request; headers are the
 * client's under the request's; a clone merges User-Agents (child first).
 * What it does not: axios interceptors (WatNu and the SDK add middleware
 * only; adding one is refused) and redirects (never followed).
 */
export class NodeHttpClient {
  token?: Token;
  readonly name: string;
  private readonly options: ClientOptions;
  private readonly log: NonNullable<ClientOptions['logger']>;
  /** Middleware by the id `use` returned. */
  private readonly handlers = new Map<number, Middleware>();
  private seq = 0;

  constructor(options: ClientOptions = {}) {
    if (options.interceptors?.length) throw new Error(interceptorsRefused);
    this.options = options;
    this.name = options.name ?? 'http';
    this.token = options.token;
    this.log = options.logger ?? silentLogger;
    for (const middleware of options.middlewares ?? []) this.use(middleware);
  }

  /** None: see the class comment. */
  get interceptors(): readonly Interceptor[] {
    return [];
  }

  get middlewares(): readonly Middleware[] {
    return [...this.handlers.values()];
  }

  use(handler: Handler): number {
    if (!isMiddleware(handler)) throw new Error(interceptorsRefused);
    const id = ++this.seq;
    this.handlers.set(id, handler);
    return id;
  }

  get<T = unknown>(url: string, config?: RequestConfig) {
    return this.request<T>({ ...config, method: 'get', url });
  }
  post<T = unknown>(url: string, data?: unknown, config?: RequestConfig) {
    return this.request<T>({ ...config, method: 'post', url, data });
  }
  put<T = unknown>(url: string, data?: unknown, config?: RequestConfig) {
    return this.request<T>({ ...config, method: 'put', url, data });
  }
  patch<T = unknown>(url: string, data?: unknown, config?: RequestConfig) {
    return this.request<T>({ ...config, method: 'patch', url, data });
  }
  delete<T = unknown>(url: string, config?: RequestConfig) {
    return this.request<T>({ ...config, method: 'delete', url });
  }
  request<T = unknown>(config: RequestConfig): Promise<HttpResponse<T>> {
    const context = { config, log: this.log };
    const chain = [...this.handlers.values()];
    const next = (index: number): Promise<HttpResponse<T>> => {
      const middleware = chain[index];
      if (!middleware) return this.send(context.config) as Promise<HttpResponse<T>>;
      return middleware.invoke(context, () => next(index + 1));
    };
    return next(0);
  }

  eject(id: number): void {
    this.handlers.delete(id);
  }
  clear(): void {
    this.handlers.clear();
  }

  /** A copy with `options` over this client's (teams.common's `Client.clone`, its User-Agent merge included). */
  clone(options?: ClientOptions): NodeHttpClient {
    const parentAgent = userAgentOf(this.options.headers);
    const childAgent = userAgentOf(options?.headers);
    const agent = parentAgent && childAgent ? `${childAgent} ${parentAgent}` : (childAgent ?? parentAgent);
    const headers: Record<string, unknown> = { ...this.options.headers, ...options?.headers };
    if (agent) {
      for (const key of Object.keys(headers)) if (key.toLowerCase() === 'user-agent') delete headers[key];
      headers['User-Agent'] = agent;
    }
    return new NodeHttpClient({ ...this.options, ...options, headers: headers as ClientOptions['headers'], middlewares: this.middlewares as Middleware[] });
  }

  /** The token and the client's headers added (as teams.common's `withConfig`), then the request itself. */
  private async send(config: RequestConfig): Promise<HttpResponse> {
    const { token: own, ...rest } = config;
    const headers: Record<string, unknown> = { ...(this.options.headers as Record<string, unknown> | undefined), ...(rest.headers as Record<string, unknown> | undefined) };
    const token = own ?? this.token;
    if (token && !Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) {
      const value = typeof token === 'function' ? await token(rest) : token;
      const text = value === undefined || value === null ? '' : String(value).trim();
      if (text) headers.Authorization = `Bearer ${text}`;
    }
    const timeout = rest.timeout ?? this.options.timeout;
    return nodeHttpRequest({
      ...(rest as HttpRequestConfig),
      headers,
      ...(this.options.baseUrl && rest.baseURL === undefined ? { baseURL: this.options.baseUrl } : {}),
      ...(timeout !== undefined ? { timeout } : {}),
    });
  }
}

const interceptorsRefused = "WatNu's Teams SDK HTTP client (node-http-client.ts) runs middleware only: axios interceptors are not supported";

function userAgentOf(headers: ClientOptions['headers']): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === 'user-agent');
  return key ? String((headers as Record<string, unknown>)[key]) : undefined;
}

const quiet = () => {};
/** For a client made without a logger (the App always gives one, sdk-app.ts). */
const silentLogger = { error: quiet, warn: quiet, info: quiet, debug: quiet, log: quiet, trace: quiet, child: () => silentLogger } as unknown as NonNullable<ClientOptions['logger']>;
