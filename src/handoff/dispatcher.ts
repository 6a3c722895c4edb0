import { type DeliveryChannel, DeliveryError, type SentRef } from '../channels/channel.js';
import type { ChannelId } from '../engine/types.js';
import type { Logger } from '../log.js';
import type { Db } from '../store/db.js';
import { nextRetryDelayMs } from './backoff.js';
import { claimDueOutbox, markOutboxFailed, markOutboxRetry, markOutboxSent, markOutboxWaiting, type OutboxItem } from './outbox-repository.js';

export interface DispatcherOptions {
  readonly db: Db;
  readonly channels: ReadonlyMap<ChannelId, DeliveryChannel>;
  readonly log: Logger;
  /** Wall clock for retries and leases. */
  readonly now?: () => Date;
  readonly leaseMs?: number;
  readonly batchSize?: number;
  readonly sendTimeoutMs?: number;
  /** Longest backoff between attempts. */
  readonly retryMaxMs?: number;
  /** How long a message refused for lack of access waits before it is tried again without an access event. */
  readonly probeMs?: number;
  /** Told after each outcome is recorded (handoff delivery state, per-school health, failover). */
  readonly events?: DeliveryEvents;
}

/** What the dispatcher reports after recording an outcome; a failing listener changes nothing recorded. */
export interface DeliveryEvents {
  sent?(item: OutboxItem, ref: SentRef): Promise<void> | void;
  waiting?(item: OutboxItem, error: DeliveryError): Promise<void> | void;
  failed?(item: OutboxItem, error: DeliveryError): Promise<void> | void;
}

/**
 * Delivers outbox items with retries and backoff. Every item was written to
 * the database before anything is sent; an interrupted delivery is checked
 * with the channel before it is sent again, so each message arrives once.
 */
export class Dispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  private readonly now: () => Date;

  constructor(private readonly options: DispatcherOptions) {
    this.now = options.now ?? (() => new Date());
  }

  start(intervalMs: number): void {
    this.stop();
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
    this.kick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Started and not stopped (for /readyz). */
  get started(): boolean {
    return this.timer !== null;
  }

  /** Runs a dispatch round now (or right after the current one). */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runOnce()
      .catch((error: unknown) => {
        this.options.log.error({ err: error }, 'dispatch round failed');
        return 0;
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Waits for the current round; for tests and shutdown. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** One round: claim due items and deliver them. Returns how many were claimed. */
  async runOnce(): Promise<number> {
    const { db } = this.options;
    const items = await claimDueOutbox(db, this.now(), this.options.batchSize ?? 25, this.options.leaseMs ?? 30_000);
    await Promise.all(items.map((item) => this.deliver(item)));
    if (items.length > 0) this.again = true;
    return items.length;
  }

  private async deliver(item: OutboxItem): Promise<void> {
    const { db, log } = this.options;
    const channel = this.options.channels.get(item.channel);
    const itemLog = log.child({ outbox: item.id, kind: item.kind, school: item.schoolId, channel: item.channel, attempt: item.attempts });
    if (!channel) {
      const error = new DeliveryError(`no channel "${item.channel}" is configured`, { failure: 'broken-configuration', reason: 'channel not configured' });
      await markOutboxFailed(db, item.id, error.message);
      itemLog.error({ reason: error.reason }, 'delivery failed: channel not configured');
      await this.tell('failed', item, error, itemLog);
      return;
    }
    const abort = new AbortController();
    let ref: SentRef;
    try {
      ref = await this.withTimeout(this.attempt(channel, item, abort.signal), abort);
    } catch (error) {
      await this.failed(item, error, itemLog);
      return;
    }
    await markOutboxSent(db, item.id, ref, this.now());
    itemLog.info({ inDoubt: item.inDoubt }, 'delivered');
    await this.tell('sent', item, ref, itemLog);
  }

  /** Records a failed attempt by its class; no class drops the message. */
  private async failed(item: OutboxItem, error: unknown, itemLog: Logger): Promise<void> {
    const { db } = this.options;
    if (error instanceof SendTimeout) {
      // The message may have arrived: leave the lease to expire so the next
      // attempt is in doubt and asks the channel first.
      itemLog.warn('delivery timed out; will check before retrying');
      return;
    }
    const delivery = error instanceof DeliveryError ? error : new DeliveryError((error as Error)?.message ?? String(error), { reason: 'error' });
    if (delivery.failure === 'waiting-for-access') {
      await markOutboxWaiting(db, item.id, delivery.message, new Date(this.now().getTime() + (this.options.probeMs ?? 300_000)));
      itemLog.info({ reason: delivery.reason }, 'delivery waits for access');
      await this.tell('waiting', item, delivery, itemLog);
      return;
    }
    if (delivery.failure === 'broken-configuration') {
      await markOutboxFailed(db, item.id, delivery.message);
      itemLog.error({ reason: delivery.reason }, 'delivery failed: the channel is misconfigured');
      await this.tell('failed', item, delivery, itemLog);
      return;
    }
    const delay = nextRetryDelayMs(item.attempts, delivery.retryAfterMs, Math.random, this.options.retryMaxMs);
    await markOutboxRetry(db, item.id, delivery.message, new Date(this.now().getTime() + delay), delivery.mayHaveArrived);
    itemLog.warn({ retryInMs: delay, reason: delivery.reason, inDoubt: item.inDoubt || delivery.mayHaveArrived }, 'delivery failed; will retry');
  }

  private async tell<E extends keyof DeliveryEvents>(event: E, item: OutboxItem, detail: SentRef | DeliveryError, itemLog: Logger): Promise<void> {
    try {
      const listener = this.options.events?.[event] as ((item: OutboxItem, detail: SentRef | DeliveryError) => Promise<void> | void) | undefined;
      await listener?.call(this.options.events, item, detail);
    } catch (error) {
      itemLog.error({ err: (error as Error).message, event }, 'delivery listener failed');
    }
  }

  private async attempt(channel: DeliveryChannel, item: OutboxItem, signal: AbortSignal): Promise<SentRef> {
    if (item.kind === 'update') {
      if (!channel.update) return item.target as SentRef;
      await channel.update(item.target as SentRef, item.payload);
      return item.target as SentRef;
    }
    if (item.inDoubt && channel.findDelivered) {
      const existing = await channel.findDelivered(item.target as never, item.idempotencyKey);
      if (existing) return existing;
    }
    return channel.send(item.target as never, item.payload, item.idempotencyKey, signal);
  }

  /**
   * Gives up on an attempt after sendTimeoutMs and aborts its HTTP call, so it
   * cannot still arrive after the lease expires and the next attempt has
   * checked whether it did (the lease is configured well above the timeout).
   */
  private withTimeout<T>(promise: Promise<T>, abort: AbortController): Promise<T> {
    const ms = this.options.sendTimeoutMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abort.abort();
        reject(new SendTimeout(ms));
      }, ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }
}

class SendTimeout extends Error {
  constructor(ms: number) {
    super(`send timed out after ${ms} ms`);
  }
}
