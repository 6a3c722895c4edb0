import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import { workspaceIdProblem } from './workspace-ids.js';
import express, { type Request, type Response, Router } from 'express';
import type { Logger } from '../../log.js';
import { RecentIds } from './recent-ids.js';
import { verifySlackSignature } from './verify-signature.js';

/** Request URLs for the app manifest: Events API, interactivity (buttons) and the slash command. */
export const slackPaths = { events: '/slack/events', interactivity: '/slack/interactivity', commands: '/slack/commands' } as const;

export interface SlackReceiverOptions {
  readonly signingSecret: string;
  readonly log: Logger;
  /** Wall clock for the signature window (Slack signs with real time, not the dev clock). */
  readonly nowMs?: () => number;
}

/**
 * A Bolt receiver mounted on WatNu's own Express server. It reads the raw
 * body, verifies Slack's signature over exactly those bytes (401 for a
 * missing, wrong or stale one, before anything is parsed or reaches Bolt),
 * answers url_verification, drops retried deliveries of an event already
 * handled, and acknowledges within Slack's three seconds.
 */
export class SlackHttpReceiver implements Receiver {
  readonly router: Router = Router();
  private bolt: App | undefined;
  private readonly recent = new RecentIds();

  constructor(private readonly options: SlackReceiverOptions) {
    const raw = express.raw({ type: () => true, limit: '1mb' });
    this.router.post(Object.values(slackPaths), raw, (req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        options.log.error({ err: (error as Error).message }, 'slack request failed');
        if (!res.headersSent) res.status(500).json({ error: { code: 'INTERNAL', message: 'internal error' } });
      });
    });
  }

  init(app: App): void {
    this.bolt = app;
  }

  /** Nothing to start: the routes live on WatNu's server. */
  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  private async handle(req: Request, res: Response): Promise<void> {
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const check = verifySlackSignature(
      this.options.signingSecret,
      rawBody,
      req.header('x-slack-request-timestamp'),
      req.header('x-slack-signature'),
      (this.options.nowMs ?? Date.now)(),
    );
    if (!check.ok) {
      this.options.log.warn({ channel: 'slack', reason: check.reason, path: req.path }, 'slack request refused: signature');
      res.status(401).json({ error: { code: 'UNAUTHORIZED', message: 'missing, wrong or stale Slack signature' } });
      return;
    }
    const body = parseBody(rawBody, req.header('content-type'));
    if (!body) {
      res.status(400).json({ error: { code: 'REQUEST_INVALID', message: 'body is neither JSON nor a Slack form payload', field: 'body' } });
      return;
    }
    if (body.ssl_check) {
      res.status(200).end();
      return;
    }
    if (body.type === 'url_verification') {
      res.json({ challenge: String(body.challenge ?? '') });
      return;
    }
    const malformed = shapeProblem(req.path, body);
    if (malformed) {
      this.options.log.warn({ channel: 'slack', path: req.path, field: malformed }, 'slack request refused: unexpected payload shape');
      res.status(400).json({ error: { code: 'REQUEST_INVALID', message: `unexpected Slack payload: ${malformed}`, field: malformed } });
      return;
    }
    if (body.type === 'event_callback' && typeof body.event_id === 'string' && !this.recent.add(body.event_id)) {
      res.status(200).end();
      return;
    }
    await this.dispatch(body, req, res);
  }

  private async dispatch(body: Record<string, unknown>, req: Request, res: Response): Promise<void> {
    let acked = false;
    const ack: ReceiverEvent['ack'] = async (response?: unknown) => {
      if (acked) return;
      acked = true;
      if (response === undefined || response === '') res.status(200).end();
      else if (typeof response === 'string') res.status(200).type('text/plain').send(response);
      else res.status(200).json(response);
    };
    const retryNum = Number(req.header('x-slack-retry-num'));
    const retryReason = req.header('x-slack-retry-reason');
    await this.bolt?.processEvent({
      body,
      ack,
      ...(Number.isFinite(retryNum) ? { retryNum } : {}),
      ...(retryReason ? { retryReason } : {}),
    });
    if (!acked) await ack();
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/**
 * The fields Bolt relies on, per endpoint; a signed body without them is a bad
 * request (400), not a crash inside Bolt. Null when the shape is fine.
 */
function shapeProblem(path: string, body: Record<string, unknown>): string | null {
  if (path === slackPaths.events) {
    if (body.type !== 'event_callback') return 'type';
    if (!isObject(body.event) || !isText(body.event.type)) return 'event.type';
    if (!isText(body.team_id) && !isText((body.event as Record<string, unknown>).team)) return 'team_id';
    return workspaceIdProblem(body);
  }
  if (path === slackPaths.interactivity) {
    if (!isText(body.type)) return 'type';
    if (!isObject(body.user) || !isText(body.user.id)) return 'user.id';
    if (body.type === 'block_actions' && !Array.isArray(body.actions)) return 'actions';
    return workspaceIdProblem(body);
  }
  if (!isText(body.command)) return 'command';
  if (!isText(body.user_id)) return 'user_id';
  return workspaceIdProblem(body);
}

/** JSON (Events API) or a form: `payload=<json>` (interactivity) or plain fields (slash commands). */
function parseBody(raw: Buffer, contentType: string | undefined): Record<string, unknown> | null {
  const text = raw.toString('utf8');
  try {
    if ((contentType ?? '').startsWith('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(text);
      const payload = form.get('payload');
      if (payload !== null) return asObject(JSON.parse(payload));
      return Object.fromEntries(form.entries());
    }
    return asObject(JSON.parse(text));
  } catch {
    return null;
  }
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
