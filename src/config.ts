import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { WatnuError } from './errors.js';

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** Every environment variable WatNu reads, parsed once. Nothing else reads process.env. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Embedded database only: PostgreSQL shared_buffers in MB (PGlite keeps them in WASM memory for the life of the process). */
  PGLITE_SHARED_BUFFERS_MB: z.coerce.number().int().min(1).max(1024).default(16),
  /** Embedded database only: run PGlite in a worker thread (its queries then never stop the event loop) or on the main thread. */
  PGLITE_THREAD: z.enum(['worker', 'main']).default('worker'),
  /** Embedded database only: how far V8 lets a JavaScript heap grow beyond what is live before collecting (percent; 0 = V8's own heuristic). */
  PGLITE_HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(400).default(50),
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  /** PostgreSQL schema to use (created if missing); default: the connection's search_path. */
  DATABASE_SCHEMA: optionalText.pipe(z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a lower-case SQL identifier').optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SCHOOLS_DIR: optionalText,
  /** Accept the X-WatNu-Now header (tests of opening hours and reminders). */
  WATNU_DEV_CLOCK: flag,
  /** Required to serve the web chat and inboxes beyond loopback. */
  WEB_SHARED_SECRET: optionalText,
  /** Serve Microsoft Teams at /api/messages (default on). Off: no Teams endpoint, and no Teams credentials needed to bind beyond loopback. */
  TEAMS_ENABLED: z.enum(['0', '1', 'true', 'false', '']).optional().transform((v) => v !== '0' && v !== 'false'),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  /** Tests only: the Bot Framework OpenID metadata (inbound JWT keys) on loopback. */
  BOT_OPENID_METADATA_URL: optionalText,
  /** Tests only: the token endpoint for outbound Bot Framework tokens, on loopback (a fake issuing tokens). */
  BOT_TOKEN_URL: optionalText,
  /** School of Teams activities that match no tenant, team or user in any school.yaml (one-school installs). */
  TEAMS_DEFAULT_SCHOOL: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_BOT_TOKEN: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_BOT_ID: optionalText,
  SLACK_BOT_USER_ID: optionalText,
  SLACK_API_URL: optionalText,
  SLACK_SOCKET_MODE: flag,
  /** Days after which closed sessions, handoffs and cases are purged. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** How often the outbox dispatcher and escalation timer look for work. */
  DISPATCH_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  /** How long a claimed outbox item stays claimed before another attempt may check and resend it. */
  OUTBOX_LEASE_MS: z.coerce.number().int().min(500).max(600_000).default(30_000),
  /** Longest wait between two attempts at a failing delivery (exponential backoff from 1 s, a platform's Retry-After wins). */
  OUTBOX_RETRY_MAX_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(300_000),
  /** A platform call slower than this counts as "may have arrived": checked before any resend. */
  SEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** How often a message refused for lack of access (bot not installed or invited) is tried again without an access event. */
  DELIVERY_PROBE_MS: z.coerce.number().int().min(100).max(3_600_000).default(300_000),
  /** Per-user turns per minute on the chat endpoints. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  /** OpenID Connect sign-in for the web channel: the provider's issuer URL (https; http only on loopback). */
  OIDC_ISSUER: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'an http(s) URL such as https://login.microsoftonline.com/<tenant>/v2.0' }).optional()),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  /** The address staff open WatNu at (the OIDC redirect is PUBLIC_URL/auth/callback); https makes the session cookie Secure. */
  PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'an http(s) URL such as https://watnu.school.nl' }).optional()),
});

export type RawConfig = z.infer<typeof configSchema>;

/** An in-doubt message is only re-checked after the abandoned attempt has surely settled. */
function checkLeaseCoversTimeout(raw: RawConfig): string | null {
  return raw.OUTBOX_LEASE_MS >= 2 * raw.SEND_TIMEOUT_MS + 1_000
    ? null
    : `OUTBOX_LEASE_MS (${raw.OUTBOX_LEASE_MS}) must be at least 2 × SEND_TIMEOUT_MS + 1000 (${2 * raw.SEND_TIMEOUT_MS + 1_000})`;
}

/**
 * The Bot Framework endpoint overrides exist for tests against fakes on this
 * machine: pointing them anywhere else would let another server mint or
 * accept WatNu's tokens, so a non-loopback URL is refused.
 */
function checkTestOnlyEndpoints(raw: RawConfig): string[] {
  const problems: string[] = [];
  for (const name of ['BOT_OPENID_METADATA_URL', 'BOT_TOKEN_URL'] as const) {
    const value = raw[name];
    if (!value) continue;
    let host = '';
    try {
      host = new URL(value).hostname.replace(/^\[|\]$/g, '');
    } catch {
      problems.push(`${name}: not a URL`);
      continue;
    }
    if (!isLoopback(host)) problems.push(`${name}: tests only — must point at a loopback address (127.0.0.1, ::1, localhost), not ${host}`);
  }
  return problems;
}

const oidcNames = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'PUBLIC_URL'] as const;

/**
 * Sign-in is all or nothing: a half-configured provider would silently fall
 * back to the page-chosen role. Plain http is accepted only on loopback (a
 * provider or WatNu on this machine, for tests and development).
 */
function checkOidc(raw: RawConfig): string[] {
  const set = oidcNames.filter((name) => raw[name] !== undefined);
  if (set.length === 0) return [];
  const problems = oidcNames.filter((name) => raw[name] === undefined).map((name) => `${name}: required when ${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set (OpenID Connect sign-in needs all of ${oidcNames.join(', ')})`);
  for (const name of ['OIDC_ISSUER', 'PUBLIC_URL'] as const) {
    const value = raw[name];
    if (!value) continue;
    const url = new URL(value);
    if (url.protocol === 'http:' && !isLoopback(url.hostname.replace(/^\[|\]$/g, ''))) problems.push(`${name}: must be https (http only for a loopback address), not ${value}`);
    if (name === 'PUBLIC_URL' && (url.search || url.hash)) problems.push('PUBLIC_URL: no query or fragment, just the address staff open WatNu at');
  }
  return problems;
}

/** OpenID Connect settings when sign-in is configured (all four variables). */
export interface OidcSettings {
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly publicUrl: URL;
}

export function oidcSettings(config: RawConfig): OidcSettings | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET || !config.PUBLIC_URL) return null;
  return {
    issuer: new URL(config.OIDC_ISSUER),
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    publicUrl: new URL(config.PUBLIC_URL.endsWith('/') ? config.PUBLIC_URL : `${config.PUBLIC_URL}/`),
  };
}

/**
 * Whether the web chat believes the role a page sends: only in the
 * development mode (no sign-in configured, loopback only). Beyond loopback,
 * or with sign-in, the role comes from the school's `users` or is the teacher's.
 */
export function trustsPageRole(config: RawConfig): boolean {
  return !oidcSettings(config) && isLoopback(config.HOST);
}

export interface Config extends RawConfig {
  /** Project root: dialogs/, schools/, locales/, docs/ live here. */
  readonly root: string;
  readonly schoolsDir: string;
  readonly dataDir: string;
  /** The environment the config was parsed from; channel plugins parse their own variables from it (channels/registry.ts). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Parses the environment once; the process environment unless a test or tool passes its own. */
export function loadConfig(env: Record<string, string | undefined> = process.env, root = findProjectRoot()): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`);
    throw new WatnuError('CONFIG_INVALID', `Invalid configuration: ${details.join('; ')}`, details);
  }
  const raw = parsed.data;
  const leaseProblem = checkLeaseCoversTimeout(raw);
  if (leaseProblem) throw new WatnuError('CONFIG_INVALID', `Invalid configuration: ${leaseProblem}`, [leaseProblem]);
  const endpointProblems = checkTestOnlyEndpoints(raw);
  if (endpointProblems.length > 0) throw new WatnuError('CONFIG_INVALID', `Invalid configuration: ${endpointProblems.join('; ')}`, endpointProblems);
  const oidcProblems = checkOidc(raw);
  if (oidcProblems.length > 0) throw new WatnuError('CONFIG_INVALID', `Invalid configuration: ${oidcProblems.join('; ')}`, oidcProblems);
  return {
    ...raw,
    root,
    schoolsDir: resolve(root, raw.SCHOOLS_DIR ?? 'schools'),
    dataDir: resolve(root, raw.DATA_DIR),
    env,
  };
}

/** The nearest folder upwards that holds package.json (works from src/ and from dist/src/). */
export function findProjectRoot(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'dialogs'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no project root above ${start}`);
    dir = parent;
  }
}

export function hasTeamsCredentials(config: Config): boolean {
  return Boolean(config.MicrosoftAppId && config.MicrosoftAppPassword);
}

export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost' || host.startsWith('127.');
}
