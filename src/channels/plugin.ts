import type { Express } from 'express';
import type { z } from 'zod';
import type { TurnRunner } from '../app/turn-runner.js';
import type { Config } from '../config.js';
import type { Content } from '../content/types.js';
import type { ChannelId } from '../engine/types.js';
import type { HandoffService } from '../handoff/handoff-service.js';
import type { Translate } from '../i18n.js';
import type { Logger } from '../log.js';
import type { Db, Queryable } from '../store/db.js';
import type { ChannelAddress, DeliveryChannel, OnAccess } from './channel.js';

/**
 * One channel as a plugin: everything WatNu needs to know about a channel,
 * in one folder. The definition is cheap to import (no SDK): ids, schemas,
 * data hooks. `load()` imports the heavy half (SDK, routes, delivery) with a
 * dynamic `import()`, and only when `enabled` says so.
 */
export interface ChannelPlugin<S = unknown> {
  /** Stable id: the `channel` of addresses, conversations and outbox rows. Lower-case letters, digits, dashes. */
  readonly id: ChannelId;
  /** The plugin's own environment variables, parsed from the environment with the rest of the config. */
  readonly config?: z.ZodType<S>;
  /** Whether to load and start the channel (its settings, the app's config). */
  enabled(settings: S, config: Config): boolean;
  /** The plugin's addresses; every address handed to its delivery passed this schema. */
  readonly address: z.ZodType<ChannelAddress>;
  /**
   * The plugin's part of school.yaml: what `channels.ib.<id>` / `channels.directeur.<id>`
   * may hold. Absent: the school cannot point a handoff target at this channel.
   */
  readonly target?: z.ZodType<Readonly<Record<string, unknown>>>;
  /** The address a school's target entry (`channels.ib.<id>`) stands for. */
  targetAddress?(schoolId: string, target: Readonly<Record<string, unknown>>): ChannelAddress;
  /** Where to tell the asker: back in the conversation (`ConversationRef.id`) they asked from. */
  conversationAddress(schoolId: string, conversationId: string): ChannelAddress;
  /** A short stable key per destination (idempotency keys, unreachable sets). Must start with `<id>:`. */
  addressKey(address: ChannelAddress): string;
  /** The plugin's own tables, applied in order once each (see plugin-migrations.ts). */
  readonly migrations?: readonly PluginMigration[];
  /** Retention: delete the plugin's rows older than `before`; returns how many. Runs even when the channel is disabled. */
  purge?(db: Queryable, before: Date): Promise<number>;
  /** "verwijder mijn gegevens": remove or anonymise what the plugin keeps about this user; returns how many rows. */
  forgetUser?(db: Queryable, user: ForgetUser): Promise<number>;
  /** The heavy half, imported only when enabled. */
  load(settings: S, config: Config): Promise<ChannelFactory<S>>;
}

export interface ForgetUser {
  readonly id: string;
  readonly name?: string;
}

export interface PluginMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** What a channel gets from the rest of WatNu. Inbound turns go to `runner`; access events to `onAccess`. */
export interface ChannelContext<S = unknown> {
  readonly settings: S;
  readonly config: Config;
  readonly content: Content;
  readonly db: Db;
  readonly runner: TurnRunner;
  readonly handoffs: HandoffService;
  readonly t: Translate;
  readonly log: Logger;
  readonly clock: () => Date;
  readonly newId: () => string;
  readonly onAccess: OnAccess;
}

export type ChannelFactory<S = unknown> = (context: ChannelContext<S>) => ChannelRuntime | Promise<ChannelRuntime>;

/** A loaded channel: outbound delivery, inbound routes or socket, lifecycle. */
export interface ChannelRuntime {
  /** Outbound through the outbox dispatcher; absent for inbound-only channels. */
  readonly delivery?: DeliveryChannel;
  /** HTTP routes on the one server, mounted before the web chat's `/api` and static pages. */
  mount?(app: Express): void;
  /** After the routes are mounted, before the server listens (e.g. open a socket). */
  start?(): Promise<void>;
  stop?(): Promise<void>;
}

/** A plugin of any settings type, as registries hold them. */
// biome-ignore lint/suspicious/noExplicitAny: each plugin carries its own settings type; the registry pairs them at run time.
export type AnyChannelPlugin = ChannelPlugin<any>;

/** Identity helper for plugin definitions, so `S` is inferred from the config schema. */
export function defineChannel<S>(plugin: ChannelPlugin<S>): ChannelPlugin<S> {
  return plugin;
}
