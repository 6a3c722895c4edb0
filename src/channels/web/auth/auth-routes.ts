import express, { type Express, type Request } from 'express';
import { WatnuError } from '../../../errors.js';
import type { Logger } from '../../../log.js';
import { findStaffByEmail, managerRoles, roleLabels } from './staff-identity.js';
import { signedInOf, type WebAuth } from './web-auth.js';
import { createSession, saveLogin, takeLogin } from './web-sessions.js';

/**
 * /auth/login → the provider → /auth/callback → a session cookie; /auth/me
 * tells the page who is signed in (and the CSRF token); POST /auth/logout
 * ends the session. The person's school is the one whose `users` list their
 * e-mail address, else the school they picked on the page.
 */
export function mountAuthRoutes(app: Express, auth: WebAuth, log: Logger): void {
  const { content, db, clock } = auth.deps;

  app.get('/auth/login', async (req, res) => {
    const school = typeof req.query.school === 'string' && content.schools.has(req.query.school) ? req.query.school : null;
    const login = await auth.oidc.start();
    await saveLogin(db, { state: login.state, codeVerifier: login.codeVerifier, nonce: login.nonce, schoolId: school }, clock());
    // Binds the callback to this browser: a callback carrying someone else's state is refused.
    auth.setCookie(res, auth.loginCookieName, login.state, 10 * 60_000);
    res.redirect(303, login.url.href);
  });

  app.get('/auth/callback', async (req, res) => {
    const state = typeof req.query.state === 'string' ? req.query.state : '';
    if (!state || auth.cookie(req, auth.loginCookieName) !== state) {
      throw new WatnuError('SIGN_IN_FAILED', 'this sign-in was not started in this browser (or took longer than 10 minutes): start again at /auth/login');
    }
    auth.setCookie(res, auth.loginCookieName, '', 0);
    const pending = await takeLogin(db, state, clock());
    if (!pending) throw new WatnuError('SIGN_IN_FAILED', 'this sign-in is unknown or expired: start again at /auth/login');
    const identity = await auth.oidc.finish(callbackUrl(req, auth.oidc.redirectUri), { state, ...pending });
    const listed = findStaffByEmail(content, identity.email);
    const schoolId = listed?.school.id ?? pending.schoolId ?? (content.schools.size === 1 ? [...content.schools.keys()][0]! : null);
    if (!schoolId) throw new WatnuError('SIGN_IN_FAILED', 'your e-mail address is not listed at any school: pick your school on the page, then sign in');
    const token = await createSession(db, { schoolId, subject: identity.subject, email: identity.email, name: listed?.user.name ?? identity.name ?? null }, clock());
    auth.setSessionCookie(res, token);
    log.info({ channel: 'web', school: schoolId, listed: Boolean(listed) }, 'web sign-in');
    res.redirect(303, '/');
  });

  app.get('/auth/me', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    const signedIn = await auth.current(req);
    if (!signedIn) return void res.json({ mode: 'oidc', signedIn: false });
    const { staff, session } = signedIn;
    res.json({
      mode: 'oidc',
      signedIn: true,
      email: session.email,
      name: staff.name ?? null,
      schoolId: staff.schoolId,
      role: staff.role,
      roleLabel: roleLabels(content, staff.role),
      manager: managerRoles.has(staff.role),
      csrfToken: session.csrfToken,
    });
  });

  app.post('/auth/logout', express.urlencoded({ extended: false, limit: '4kb' }), auth.require(), async (req, res) => {
    signedInOf(res);
    await auth.logout(req, res);
    if (req.is('application/x-www-form-urlencoded')) return void res.redirect(303, '/');
    res.json({ signedIn: false });
  });
}

/** The URL the provider redirected to, rebuilt on PUBLIC_URL (WatNu may sit behind a proxy). */
function callbackUrl(req: Request, redirectUri: string): URL {
  const url = new URL(redirectUri);
  url.search = new URL(req.originalUrl, 'http://placeholder').search;
  return url;
}
