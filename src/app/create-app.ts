import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import { mountBeheer } from '../beheer/beheer-routes.js';
import { ContactOverrides } from '../beheer/contact-overrides.js';
import { CalamityModule } from '../calamity/calamity-module.js';
import { CalamityService } from '../calamity/calamity-service.js';
import { mountCaseExport } from '../calamity/export-routes.js';
import { requireSharedSecret } from '../channels/web/web-channel.js';
import { mountAuthRoutes } from '../channels/web/auth/auth-routes.js';
import { WebAuth } from '../channels/web/auth/web-auth.js';
import type { DeliveryChannel } from '../channels/channel.js';
import type { AnyChannelPlugin } from '../channels/plugin.js';
import { type Config, oidcSettings } from '../config.js';
import { WatnuError } from '../errors.js';
import type { Content } from '../content/types.js';
import type { ChannelId } from '../engine/types.js';
import { DeliveryHealth } from '../handoff/delivery-health.js';
import { deliveryOutcomes } from '../handoff/delivery-outcomes.js';
import { Dispatcher } from '../handoff/dispatcher.js';
import { EscalationService } from '../handoff/escalation-service.js';
import { FailoverService } from '../handoff/failover-service.js';
import { ReminderService } from '../handoff/reminder-service.js';
import { resumeWaiting } from '../handoff/resume-waiting.js';
import { Timers } from '../handoff/timers.js';
import { HandoffService } from '../handoff/handoff-service.js';
import { mountHealthRoutes } from '../http/health-routes.js';
import { errorMiddleware } from '../http/http-error.js';
import { createTranslator } from '../i18n.js';
import type { Logger } from '../log.js';
import { PrivacyModule } from '../privacy/privacy-module.js';
import { retentionJob } from '../privacy/retention.js';
import type { Db } from '../store/db.js';
import { migrate } from '../store/migrations.js';
import { triage } from '../triage/triage.js';
import { mountDiagramRoutes } from '../diagrams/diagram-routes.js';
import { builtinChannels } from './channel-plugins.js';
import { type ImportingChannels, importChannels, loadChannels, startChannels, stopChannels } from './channel-runtimes.js';
import { engineContextFactory } from './engine-context.js';
import { RateLimiter } from './rate-limiter.js';
import { TurnRunner } from './turn-runner.js';
import { loggedTriage } from './logged-triage.js';
import { openDb } from './open-db.js';
import { assertSafeBind } from './safe-bind.js';
import { loadValidContent } from './valid-content.js';

export interface AppOptions {
  /** Replaces the wall clock (escalation tests). */
  readonly clock?: () => Date;
  /** Extra delivery channels (tests use fakes on loopback). */
  readonly channels?: ReadonlyArray<DeliveryChannel>;
  /** Use an already open database (tests); the caller closes it. */
  readonly db?: Db;
  /**
   * The app's own database, already opening (see main.ts: the server starts
   * it before loading the rest of its code, so PGlite gets ready in its thread
   * meanwhile). The app closes it, as one it opened itself.
   */
  readonly opening?: Promise<Db>;
  /** Postgres schema to isolate a test in. */
  readonly pgSchema?: string;
  /**
   * Validated content kept between starts (content/content-cache.ts): taken
   * from this file when nothing it depends on changed, written after a full
   * load otherwise. The server's start uses it; tests load from the files.
   */
  readonly contentCache?: string;
  /** Channel plugins besides the built-in ones (a test's toy channel); registered like them. */
  readonly extraPlugins?: ReadonlyArray<AnyChannelPlugin>;
}

export interface RunningApp {
  readonly url: string;
  readonly server: Server;
  readonly db: Db;
  readonly content: Content;
  readonly dispatcher: Dispatcher;
  readonly handoffs: HandoffService;
  readonly timers: Timers;
  readonly health: DeliveryHealth;
  readonly startedInMs: number;
  /** Where the content came from: its files, or the cache of a previous start (contentCache). */
  readonly contentFrom: 'cache' | 'files';
  close(): Promise<void>;
}

export async function createApp(config: Config, log: Logger, options: AppOptions = {}): Promise<RunningApp> {
  const started = performance.now();
  assertSafeBind(config);
  // The database opens while content and triage load: PGlite in its worker thread (or a PostgreSQL connection) gets ready on the other core.
  const opening = options.db ? Promise.resolve(options.db) : (options.opening ?? openDb(config, log, options.pgSchema));
  opening.catch(() => undefined);
  let content: Content;
  let contentFrom: 'cache' | 'files';
  // Sign-in needs the database, so it is made once that is open; the web chat reads it when it mounts.
  let auth: WebAuth | undefined;
  let importing: ImportingChannels;
  try {
    const loaded = loadValidContent(config, options.contentCache);
    content = loaded.content;
    contentFrom = loaded.from;
    // Channel plugins: definitions are cheap; the enabled ones' code (an SDK) imports from here, while the database opens.
    importing = importChannels(builtinChannels({ auth: () => auth }, options.extraPlugins ?? []), config, content);
    // The triage model is read once per process; do it at boot, not on a teacher's first message.
    triage('wat nu', content.defaultLanguage);
  } catch (error) {
    // Bad content stops the start: the database that was opening is closed, so nothing keeps the process alive.
    if (!options.db) void opening.then((db) => db.close()).catch(() => undefined);
    throw error;
  }
  const triageLog = log.child({ component: 'triage' });
  // Built before the wait for the database, which is a PGlite start's longest path: this thread is idle meanwhile.
  const t = createTranslator(content.locales, content.defaultLanguage);
  const app = express();
  const db = await opening;
  await migrate(db);
  const clock = options.clock ?? (() => new Date());
  // Contact changes made in beheer replace the YAML's values in the loaded content.
  const overrides = new ContactOverrides(db, content);
  await overrides.refresh();
  const oidc = oidcSettings(config);
  // openid-client and jose load only where sign-in is configured (~9 MB of RSS a server without it never needs).
  auth = oidc
    ? new WebAuth({ db, content, oidc: new (await import('../channels/web/auth/oidc-client.js')).OidcClient(oidc), secure: oidc.publicUrl.protocol === 'https:', clock })
    : undefined;

  const plugins = await loadChannels(importing, db);
  const channels = new Map<ChannelId, DeliveryChannel>();
  const kick = () => dispatcher.kick();
  const handoffs = new HandoffService({ db, content, t, newId: randomUUID, kick });
  const escalation = new EscalationService({ db, content, t, handoffs, newId: randomUUID, log, kick });
  const failover = new FailoverService({ db, content, t, handoffs, newId: randomUUID, log: log.child({ component: 'failover' }), kick });
  const reminders = new ReminderService({ db, content, t, newId: randomUUID, log, kick });
  const health = new DeliveryHealth(log.child({ component: 'delivery-health' }));
  const dispatcher = new Dispatcher({
    db,
    channels,
    log: log.child({ component: 'dispatcher' }),
    now: clock,
    leaseMs: config.OUTBOX_LEASE_MS,
    sendTimeoutMs: config.SEND_TIMEOUT_MS,
    retryMaxMs: config.OUTBOX_RETRY_MAX_MS,
    probeMs: config.DELIVERY_PROBE_MS,
    events: deliveryOutcomes({ db, health, failover, clock }),
  });
  const onAccess = resumeWaiting({ db, log: log.child({ component: 'dispatcher' }), clock, kick });
  const calamity = new CalamityService({ db, content, t, newId: randomUUID, kick });
  const runner = new TurnRunner({
    db,
    content,
    handoffs,
    engineContext: engineContextFactory(content, t, loggedTriage(triageLog)),
    kick,
    modules: [new PrivacyModule({ db, t, forget: plugins.forgetHooks() }), new CalamityModule({ db, content, t, service: calamity })],
    limiter: new RateLimiter(config.RATE_LIMIT_PER_MINUTE),
  });

  const runtimes = await plugins.create({ config, content, db, runner, handoffs, t, log, clock, newId: randomUUID, onAccess });
  for (const [id, runtime] of runtimes) if (runtime.delivery) channels.set(id, runtime.delivery);
  for (const channel of options.channels ?? []) channels.set(channel.id, channel);

  const timers = new Timers(
    [
      { name: 'failover', tick: (now: Date) => failover.tick(now) },
      { name: 'escalation', tick: (now: Date) => escalation.tick(now) },
      { name: 'reminders', tick: (now: Date) => reminders.tick(now) },
      { name: 'contact-overrides', tick: () => overrides.refresh() },
      retentionJob(db, config.RETENTION_DAYS, log.child({ component: 'retention' }), plugins.purgeHooks()),
    ],
    clock,
    log.child({ component: 'timers' }),
  );
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  // No ETag on API answers: express hashed every JSON body (a whole card on each Teams invoke) for a
  // conditional GET no client makes. Static files keep theirs (serve-static sets its own).
  app.set('etag', false);
  mountHealthRoutes(app, { db, dispatcherRunning: () => dispatcher.started });
  if (auth) {
    mountAuthRoutes(app, auth, log.child({ component: 'web-auth' }));
    mountBeheer(app, { auth, overrides, health, log: log.child({ component: 'beheer' }) });
  }
  // In registry order; the web chat (its /api router and static pages) comes last.
  for (const runtime of runtimes.values()) runtime.mount?.(app);
  mountDiagramRoutes(app, content, requireSharedSecret(config.WEB_SHARED_SECRET));
  mountCaseExport(app, { content, t, service: calamity, guard: requireSharedSecret(config.WEB_SHARED_SECRET) });
  app.use((_req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'no such route' } });
  });
  app.use(errorMiddleware(log));

  await startChannels(runtimes);
  let server: Server;
  try {
    server = await listen(app, config);
  } catch (error) {
    await stopChannels(runtimes);
    if (!options.db) await db.close().catch(() => undefined);
    throw error;
  }
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  dispatcher.start(config.DISPATCH_INTERVAL_MS);
  timers.start(Math.max(config.DISPATCH_INTERVAL_MS, 1_000));
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  const startedInMs = Math.round(performance.now() - started);

  return {
    url,
    server,
    db,
    content,
    dispatcher,
    handoffs,
    timers,
    health,
    startedInMs,
    contentFrom,
    async close() {
      timers.stop();
      await timers.idle();
      dispatcher.stop();
      for (const { channel, error } of await stopChannels(runtimes)) log.warn({ channel, err: error }, 'a channel did not stop cleanly; closing the rest');
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await dispatcher.idle();
      if (!options.db) await db.close();
    },
  };
}

/**
 * Listens on PORT/HOST. Express 5 hands a listen error (port in use, no permission) to the callback,
 * so it is checked there: a server that is not listening is never returned.
 */
function listen(app: Express, config: Config): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const server = app.listen(config.PORT, config.HOST, (error?: Error) => {
      if (!error) return resolve(server);
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EADDRINUSE' ? 'another program already listens there' : code === 'EACCES' ? 'no permission for that port' : error.message;
      reject(new WatnuError('PORT_UNAVAILABLE', `cannot listen on ${config.HOST}:${config.PORT} (PORT, HOST): ${why}`));
    });
  });
}
