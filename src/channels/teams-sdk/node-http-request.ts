import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** What the Teams SDK's API clients put in a request (teams.common's `RequestConfig`, the fields they use). */
export interface HttpRequestConfig {
  method?: string;
  url?: string;
  baseURL?: string;
  data?: unknown;
  params?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  timeout?: number;
  signal?: AbortSignal;
  responseType?: string;
  [key: string]: unknown;
}

/**
 * The response in the shape the SDK reads (axios's `data`, `status`,
 * `headers`). Unlike axios's it does not carry the request: an error kept or
 * logged somewhere never holds the card that was sent.
 */
export interface HttpResponse<T = unknown> {
  readonly data: T;
  readonly status: number;
  readonly statusText: string;
  readonly headers: IncomingHttpHeaders;
}

/**
 * A call answered with a status outside 2xx, in the shape the SDK's client
 * (axios) throws and sdk-failure.ts reads: `response.status`, `.data`,
 * `.headers`; `code` as axios names the two classes.
 */
export class HttpStatusError extends Error {
  readonly code: 'ERR_BAD_REQUEST' | 'ERR_BAD_RESPONSE';
  readonly response: HttpResponse;

  constructor(response: HttpResponse) {
    super(`Request failed with status code ${response.status}`);
    this.name = 'HttpStatusError';
    this.code = response.status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST';
    this.response = response;
  }
}

/** A Bot Connector answer is a few hundred bytes; anything near this is not one, and is not read into memory. */
export const maxResponseBytes = 4 * 1024 * 1024;

/**
 * One HTTP request on node:http(s), for the Teams SDK's client
 * (node-http-client.ts). It does what the SDK's axios did for WatNu's calls
 * and nothing more: JSON bodies, query parameters, a timeout and an abort
 * signal, the response parsed as JSON when it is JSON, 2xx or an error.
 * Redirects are not followed (a Bearer token is never re-sent to an address
 * the conversation did not give). Connections are kept alive by Node's
 * global agents, as axios's were.
 */
export function nodeHttpRequest(config: HttpRequestConfig): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    let url: URL;
    try {
      url = requestUrl(config);
    } catch (error) {
      reject(error);
      return;
    }
    const { body, contentType } = encodeBody(config.data);
    const headers = lowerCaseHeaders(config.headers);
    headers.accept ??= 'application/json, text/plain, */*';
    if (body !== undefined) {
      if (contentType) headers['content-type'] ??= contentType;
      headers['content-length'] = String(body.byteLength);
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    // Why the request was given up on here (a timeout, too large an answer): Node reports the socket it
    // destroyed ("socket hang up"), which would hide the reason.
    let givenUp: Error | undefined;
    const fail = (error: Error) => reject(givenUp ?? error);
    const req = send(url, { method: (config.method ?? 'get').toUpperCase(), headers, ...(config.signal ? { signal: config.signal } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxResponseBytes) {
          givenUp ??= codedError(`the response is larger than ${maxResponseBytes} bytes`, 'ERR_RESPONSE_TOO_LARGE');
          req.destroy(givenUp);
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', fail);
      res.on('end', () => {
        if (givenUp) return;
        const status = res.statusCode ?? 0;
        const response: HttpResponse = {
          data: decodeBody(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks), config.responseType),
          status,
          statusText: res.statusMessage ?? '',
          headers: res.headers,
        };
        if (status >= 200 && status < 300) resolve(response);
        else reject(new HttpStatusError(response));
      });
    });
    req.on('error', fail);
    const timeout = config.timeout ?? 0;
    if (timeout > 0) {
      req.setTimeout(timeout, () => {
        givenUp ??= codedError(`timeout of ${timeout} ms exceeded`, 'ECONNABORTED');
        req.destroy(givenUp);
      });
    }
    req.end(body);
  });
}

function codedError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

function requestUrl(config: HttpRequestConfig): URL {
  if (!config.url && !config.baseURL) throw codedError('the request has no URL', 'ERR_INVALID_URL');
  const url = config.baseURL && !/^[a-z][a-z\d+.-]*:/i.test(config.url ?? '') ? new URL(`${config.baseURL.replace(/\/+$/, '')}/${(config.url ?? '').replace(/^\/+/, '')}`) : new URL(config.url ?? '');
  for (const [key, value] of Object.entries(config.params ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(`${key}[]`, paramText(item));
    else url.searchParams.append(key, paramText(value));
  }
  return url;
}

function paramText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function encodeBody(data: unknown): { body?: Buffer; contentType?: string } {
  if (data === undefined || data === null) return {};
  if (typeof data === 'string') return { body: Buffer.from(data), contentType: 'text/plain;charset=utf-8' };
  if (Buffer.isBuffer(data)) return { body: data };
  if (data instanceof Uint8Array) return { body: Buffer.from(data.buffer, data.byteOffset, data.byteLength) };
  if (data instanceof URLSearchParams) return { body: Buffer.from(data.toString()), contentType: 'application/x-www-form-urlencoded;charset=utf-8' };
  return { body: Buffer.from(JSON.stringify(data)), contentType: 'application/json' };
}

/** As axios by default: JSON when it parses, else the text; bytes when asked for. */
function decodeBody(bytes: Buffer, responseType: string | undefined): unknown {
  if (responseType === 'arraybuffer') return bytes;
  const text = bytes.toString('utf8');
  if (responseType === 'text' || text === '') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Header names in lower case (the later of two spellings wins); values as text; unset ones left out. */
function lowerCaseHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}
