import { installChannelRegistry } from '../channels/addressing.js';
import { migrateChannels } from '../channels/plugin-migrations.js';
import type { AnyChannelPlugin, ChannelContext, ChannelFactory, ChannelRuntime, ForgetUser } from '../channels/plugin.js';
import { ChannelRegistry } from '../channels/registry.js';
import type { Config } from '../config.js';
import type { Content } from '../content/types.js';
import type { ChannelId } from '../engine/types.js';
import { WatnuError } from '../errors.js';
import type { Db } from '../store/db.js';

export interface LoadedChannels {
  readonly registry: ChannelRegistry;
  /** Every plugin's retention hook, enabled or not (its tables may hold rows from when it was on). */
  purgeHooks(): Array<(before: Date) => Promise<number>>;
  /** Every plugin's "forget me" hook, enabled or not. */
  forgetHooks(): Array<(user: ForgetUser) => Promise<number>>;
  /** Runs the enabled channels' factories, in registry order. */
  create(context: Omit<ChannelContext, 'settings'>): Promise<Map<ChannelId, ChannelRuntime>>;
}

/** The channels checked and their code importing: what `importChannels` starts before the database is open. */
export interface ImportingChannels {
  readonly registry: ChannelRegistry;
  readonly settings: ReturnType<ChannelRegistry['settings']>;
  /** The enabled plugins' factories, in registry order, once their code (an SDK) is imported. */
  readonly factories: Promise<ReadonlyArray<readonly [ChannelId, ChannelFactory]>>;
}

/**
 * Registers the plugins, checks their config and the schools' channel targets,
 * and starts importing the enabled ones (concurrently). Needs no database: the
 * server calls it while the database opens, so a channel's SDK (the Teams SDK
 * is ~0.4 s to import) loads on the main thread while it would otherwise wait.
 */
export function importChannels(plugins: ReadonlyArray<AnyChannelPlugin>, config: Config, content: Content): ImportingChannels {
  const registry = new ChannelRegistry(plugins);
  const settings = registry.settings(config);
  const problems = registry.schoolProblems(content);
  if (problems.length > 0) {
    throw new WatnuError('CONTENT_INVALID', `WatNu will not start: ${problems.length} problem(s) in content:\n${problems.join('\n')}`, problems);
  }
  installChannelRegistry(registry);
  const enabled = registry.all().filter((plugin) => plugin.enabled(settings.get(plugin.id), config));
  const factories = Promise.all(enabled.map(async (plugin) => [plugin.id, await plugin.load(settings.get(plugin.id), config)] as const));
  // Awaited by loadChannels; a failed import is reported there, not as an unhandled rejection while the database opens.
  factories.catch(() => undefined);
  return { registry, settings, factories };
}

/** Applies the plugins' migrations and waits for the imports `importChannels` started. */
export async function loadChannels(importing: ImportingChannels, db: Db): Promise<LoadedChannels> {
  const { registry, settings } = importing;
  const [factories] = await Promise.all([importing.factories, migrateChannels(db, registry.all())]);
  return {
    registry,
    purgeHooks: () => registry.all().flatMap((p) => (p.purge ? [(before: Date) => p.purge!(db, before)] : [])),
    forgetHooks: () => registry.all().flatMap((p) => (p.forgetUser ? [(user: ForgetUser) => p.forgetUser!(db, user)] : [])),
    async create(context) {
      const runtimes = new Map<ChannelId, ChannelRuntime>();
      for (const [id, factory] of factories) {
        runtimes.set(id, await factory({ ...context, settings: settings.get(id) }));
      }
      return runtimes;
    },
  };
}

/** Starts sockets and the like, in order; stops the ones already started if one fails. */
export async function startChannels(runtimes: ReadonlyMap<ChannelId, ChannelRuntime>): Promise<void> {
  const started = new Map<ChannelId, ChannelRuntime>();
  try {
    for (const [id, runtime] of runtimes) {
      await runtime.start?.();
      started.set(id, runtime);
    }
  } catch (error) {
    await stopChannels(started);
    throw error;
  }
}

/**
 * Stops the channels in reverse start order. A channel that fails to stop
 * does not keep the others (or the database after them) open: its error is
 * returned with its id, for the caller to log.
 */
export async function stopChannels(runtimes: ReadonlyMap<ChannelId, ChannelRuntime>): Promise<Array<{ channel: ChannelId; error: unknown }>> {
  const failures: Array<{ channel: ChannelId; error: unknown }> = [];
  for (const [channel, runtime] of [...runtimes].reverse()) {
    try {
      await runtime.stop?.();
    } catch (error) {
      failures.push({ channel, error });
    }
  }
  return failures;
}
