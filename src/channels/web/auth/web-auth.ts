import { timingSafeEqual } from 'node:crypto';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { NextFunction, Request, Response } from 'express';
import type { Content } from '../../../content/types.js';
import { WatnuError } from '../../../errors.js';
import type { Db } from '../../../store/db.js';
import type { OidcClient } from './oidc-client.js';
import { type StaffIdentity, staffIdentity } from './staff-identity.js';
import { deleteSession, findSession, sessionTtlMs, type WebSession } from './web-sessions.js';

/** A request's signed-in person: the session and their role at the school, from the school's `users`. */
export interface SignedIn {
  readonly token: string;
  readonly session: WebSession;
  readonly staff: StaffIdentity;
}

export interface WebAuthDeps {
  readonly db: Db;
  readonly content: Content;
  readonly oidc: OidcClient;
  /** PUBLIC_URL is https: the cookie is Secure (and __Host- prefixed). */
  readonly secure: boolean;
  readonly clock: () => Date;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Server-side sessions for the web channel: an opaque HttpOnly cookie whose
 * hash names a row in web_sessions, and a per-session CSRF token that every
 * state-changing request must echo (header X-CSRF-Token or form field _csrf).
 */
export class WebAuth {
  readonly cookieName: string;
  readonly loginCookieName: string;

  constructor(readonly deps: WebAuthDeps) {
    this.cookieName = deps.secure ? '__Host-watnu-session' : 'watnu-session';
    this.loginCookieName = deps.secure ? '__Host-watnu-login' : 'watnu-login';
  }

  get oidc(): OidcClient {
    return this.deps.oidc;
  }

  cookie(req: Request, name: string): string | undefined {
    const header = req.header('cookie');
    return header ? parseCookies(header)[name] : undefined;
  }

  /** Set-Cookie for a session (or, with maxAge 0, its removal). Lax: the provider's redirect back is a top-level GET. */
  setCookie(res: Response, name: string, value: string, maxAgeMs: number): void {
    res.append(
      'Set-Cookie',
      serializeCookie(name, value, { httpOnly: true, secure: this.deps.secure, sameSite: 'lax', path: '/', maxAge: Math.floor(maxAgeMs / 1000) }),
    );
  }

  setSessionCookie(res: Response, token: string): void {
    this.setCookie(res, this.cookieName, token, sessionTtlMs);
  }

  async current(req: Request): Promise<SignedIn | null> {
    const token = this.cookie(req, this.cookieName);
    if (!token) return null;
    const session = await findSession(this.deps.db, token, this.deps.clock());
    if (!session) return null;
    return { token, session, staff: staffIdentity(this.deps.content, session.schoolId, session.email, session.name) };
  }

  /** Middleware: 401 AUTH_REQUIRED without a session; 403 CSRF_INVALID for a state-changing request without the session's token. */
  require() {
    return async (req: Request, res: Response, next: NextFunction) => {
      try {
        const signedIn = await this.current(req);
        if (!signedIn) throw new WatnuError('AUTH_REQUIRED', 'sign in first (/auth/login)');
        if (unsafeMethods.has(req.method)) checkCsrf(req, signedIn.session.csrfToken);
        res.locals.signedIn = signedIn;
        next();
      } catch (error) {
        next(error);
      }
    };
  }

  async logout(req: Request, res: Response): Promise<void> {
    const signedIn = res.locals.signedIn as SignedIn | undefined;
    if (signedIn) await deleteSession(this.deps.db, signedIn.token);
    this.setCookie(res, this.cookieName, '', 0);
    void req;
  }
}

export function signedInOf(res: Response): SignedIn {
  const signedIn = res.locals.signedIn as SignedIn | undefined;
  if (!signedIn) throw new WatnuError('AUTH_REQUIRED', 'sign in first (/auth/login)');
  return signedIn;
}

function checkCsrf(req: Request, expected: string): void {
  const body = req.body as Record<string, unknown> | undefined;
  const given = req.header('x-csrf-token') ?? (body && typeof body._csrf === 'string' ? body._csrf : '');
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new WatnuError('CSRF_INVALID', 'missing or wrong CSRF token: reload the page');
}
