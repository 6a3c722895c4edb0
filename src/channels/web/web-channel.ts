import { timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { TurnRunner } from '../../app/turn-runner.js';
import type { Content } from '../../content/types.js';
import { WatnuError } from '../../errors.js';
import type { HandoffService } from '../../handoff/handoff-service.js';
import { requestTime } from '../../http/dev-clock.js';
import type { Logger } from '../../log.js';
import type { Db } from '../../store/db.js';
import { managerRoles, roleLabels } from './auth/staff-identity.js';
import type { SignedIn, WebAuth } from './auth/web-auth.js';
import { ackRequestSchema, chatRequestSchema, parseBody } from './chat-request.js';
import { inboxPageMax, parseInboxCursor, readInbox } from './web-inbox.js';

export interface WebChannelDeps {
  readonly runner: TurnRunner;
  readonly handoffs: HandoffService;
  readonly content: Content;
  readonly db: Db;
  readonly log: Logger;
  readonly devClock: boolean;
  readonly clock: () => Date;
  /** When set, every /api/chat request must carry it in X-WatNu-Key. */
  readonly sharedSecret?: string;
  readonly staticDir: string;
  /** OpenID Connect sign-in: when set, the chat, inboxes and notices need a session and the role comes from the school's `users`. */
  readonly auth?: WebAuth;
  /** Without sign-in, whether the role the page sends is believed (loopback development mode only). */
  readonly trustPageRole: boolean;
}

const staffRoles = ['leerkracht', 'ondersteunend-personeel', 'intern-begeleider', 'aandachtsfunctionaris', 'directeur', 'vertrouwenspersoon'];

/** The embedded default channel: static chat page, JSON chat API, IB and directeur inboxes. */
export function mountWebChannel(app: Express, deps: WebChannelDeps): void {
  const json = express.json({ limit: '64kb', type: () => true });
  const api = express.Router();
  api.use(requireSharedSecret(deps.sharedSecret));
  const auth = deps.auth;
  /** In sign-in mode the chat endpoints need a session (and CSRF for POSTs); otherwise they pass. */
  const signIn = auth ? auth.require() : (_req: Request, _res: Response, next: NextFunction) => next();
  const signedIn = (res: Response): SignedIn | undefined => res.locals.signedIn as SignedIn | undefined;
  /** A signed-in person only reaches their own school. */
  const ownSchool = (res: Response, schoolId: string) => {
    const who = signedIn(res);
    if (who && who.staff.schoolId !== schoolId) throw new WatnuError('FORBIDDEN', 'you are signed in at another school', ['schoolId']);
  };

  api.get('/schools', (_req, res) => {
    res.json({
      schools: [...deps.content.schools.values()].map((s) => ({ id: s.id, name: s.name, region: s.region })),
      roles: staffRoles,
      roleLabels: Object.fromEntries(staffRoles.map((role) => [role, roleLabels(deps.content, role)])),
      // The languages of locales/, each named in itself, the one a new visitor starts in first.
      languages: Object.entries(deps.content.locales)
        .sort(([a], [b]) => Number(b === deps.content.defaultLanguage) - Number(a === deps.content.defaultLanguage))
        .map(([id, table]) => ({ id, name: table['web.language-name'] ?? id })),
      defaultLanguage: deps.content.defaultLanguage,
      mode: auth ? 'oidc' : deps.trustPageRole ? 'development' : 'shared-secret',
    });
  });

  api.get('/ui/:locale', (req, res) => {
    const table = deps.content.locales[req.params.locale] ?? deps.content.locales[deps.content.defaultLanguage] ?? {};
    res.json(Object.fromEntries(Object.entries(table).filter(([key]) => key.startsWith('web.'))));
  });

  api.post('/chat', signIn, json, async (req, res) => {
    const body = parseBody(chatRequestSchema, req.body);
    ownSchool(res, body.schoolId);
    if (body.locale !== undefined && !(body.locale in deps.content.locales)) {
      throw new WatnuError('REQUEST_INVALID', `locale: "${body.locale}" is not a language in locales/ (${Object.keys(deps.content.locales).join(', ')})`, ['locale']);
    }
    const now = requestTime(req, deps.devClock, deps.clock);
    const log = deps.log.child({ channel: 'web', school: body.schoolId, conversation: body.conversationId });
    const who = signedIn(res);
    // The role comes from the sign-in; without one, only loopback development mode believes the page.
    const user = who
      ? { id: `oidc:${who.session.subject}`, role: who.staff.role, ...(who.staff.name ? { name: who.staff.name } : {}) }
      : { id: body.user.id, ...(body.user.name ? { name: body.user.name } : {}), ...(deps.trustPageRole && body.user.role ? { role: body.user.role } : {}) };
    const outcome = await deps.runner.run(
      {
        conv: { channel: 'web', id: who ? `${who.session.subject}:${body.conversationId}` : body.conversationId },
        user,
        schoolId: body.schoolId,
        ...(body.locale ? { locale: body.locale } : {}),
        ...(body.practice ? { practice: true } : {}),
        event: body.text !== undefined ? { kind: 'text', text: body.text } : { kind: 'choice', choiceId: body.choiceId! },
      },
      now,
      log,
    );
    res.json(outcome);
  });

  /** Signed in, the inboxes are for the director and the IB of the school only. */
  const managerOnly = (res: Response) => {
    const who = signedIn(res);
    if (who && !managerRoles.has(who.staff.role)) throw new WatnuError('FORBIDDEN', 'the inboxes are for the director and the intern begeleider');
  };

  api.get('/chat/inbox', signIn, async (req, res) => {
    managerOnly(res);
    const schoolId = queryText(req, 'schoolId');
    ownSchool(res, schoolId);
    const channel = queryText(req, 'channel');
    if (channel !== 'ib' && channel !== 'directeur') throw new WatnuError('REQUEST_INVALID', 'channel must be "ib" or "directeur"', ['channel']);
    if (!deps.content.schools.has(schoolId)) throw new WatnuError('SCHOOL_UNKNOWN', `unknown school "${schoolId}"`, ['schoolId']);
    res.json({ schoolId, channel, ...(await readInbox(deps.db, schoolId, channel, ...pageQuery(req))) });
  });

  api.get('/chat/notices', signIn, async (req, res) => {
    const schoolId = queryText(req, 'schoolId');
    ownSchool(res, schoolId);
    const who = signedIn(res);
    const conversationId = who ? `${who.session.subject}:${queryText(req, 'conversationId')}` : queryText(req, 'conversationId');
    if (!deps.content.schools.has(schoolId)) throw new WatnuError('SCHOOL_UNKNOWN', `unknown school "${schoolId}"`, ['schoolId']);
    res.json({ conversationId, ...(await readInbox(deps.db, schoolId, `conv:${conversationId}`, ...pageQuery(req))) });
  });

  api.post('/chat/inbox/ack', signIn, json, async (req, res) => {
    managerOnly(res);
    const body = parseBody(ackRequestSchema, req.body);
    ownSchool(res, body.schoolId);
    const who = signedIn(res);
    if (!deps.content.schools.has(body.schoolId)) throw new WatnuError('SCHOOL_UNKNOWN', `unknown school "${body.schoolId}"`, ['schoolId']);
    const now = requestTime(req, deps.devClock, deps.clock);
    const result = await deps.handoffs.acknowledge(
      body.handoffId,
      who
        ? { userId: `oidc:${who.session.subject}`, ...(who.staff.name ? { name: who.staff.name } : {}) }
        : { userId: body.user.id, ...(body.user.name ? { name: body.user.name } : {}) },
      now,
      body.schoolId,
    );
    if (result.outcome === 'unknown') {
      throw new WatnuError('NOT_FOUND', `no handoff "${body.handoffId}" at this school`, ['handoffId']);
    }
    res.json({ outcome: result.outcome, handoffId: body.handoffId, ackedBy: result.record.ackedBy, ackedAt: result.record.ackedAt });
  });

  app.use('/api', api);
  app.use(express.static(deps.staticDir, { index: 'index.html', maxAge: 0 }));
  app.get('/', (_req, res) => res.sendFile(join(deps.staticDir, 'index.html')));
}

/** `limit` (1–200, default 100) and `before` (a cursor from `nextBefore`) of an inbox page. */
function pageQuery(req: Request): [number, { createdAt: string; id: string } | undefined] {
  const rawLimit = req.query.limit;
  const limit = rawLimit === undefined ? 100 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > inboxPageMax) {
    throw new WatnuError('REQUEST_INVALID', `query parameter "limit" must be a whole number from 1 to ${inboxPageMax}`, ['limit']);
  }
  const rawBefore = req.query.before;
  if (rawBefore === undefined) return [limit, undefined];
  const before = typeof rawBefore === 'string' ? parseInboxCursor(rawBefore) : null;
  if (!before) throw new WatnuError('REQUEST_INVALID', 'query parameter "before" must be a nextBefore value from an earlier page', ['before']);
  return [limit, before];
}

function queryText(req: Request, name: string): string {
  const value = req.query[name];
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) {
    throw new WatnuError('REQUEST_INVALID', `query parameter "${name}" is required`, [name]);
  }
  return value;
}

export function requireSharedSecret(secret: string | undefined) {
  const expected = secret ? Buffer.from(secret) : null;
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!expected) return next();
    const given = Buffer.from(req.header('x-watnu-key') ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return next(new WatnuError('UNAUTHORIZED', 'missing or wrong X-WatNu-Key'));
    }
    next();
  };
}
