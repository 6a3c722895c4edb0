import type { Logger } from '../../log.js';

/**
 * Work a Teams turn leaves running after its HTTP answer. Today that is one
 * thing: updating an answered card for everyone in the conversation (a PUT to
 * the Bot Connector). The clicker already has that card from the invoke
 * response, so their button need not wait for a second call to Teams. A
 * failure is logged as it was when the turn waited for it (warn, the error's
 * message only), and `settled()` lets the channel's stop wait for what is
 * still running.
 */
export class AfterResponse {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly log: Logger) {}

  /** Starts `work` now; `failure` is the warning logged (on `log`, the turn's logger) if it fails. */
  run(failure: string, work: () => Promise<unknown>, log: Logger = this.log): void {
    const done: Promise<void> = Promise.resolve()
      .then(work)
      .then(
        () => undefined,
        (error: unknown) => log.warn({ err: error instanceof Error ? error.message : String(error) }, failure),
      )
      .finally(() => this.running.delete(done));
    this.running.add(done);
  }

  /** How much is still running. */
  get size(): number {
    return this.running.size;
  }

  /** Resolves when nothing is running, including work started while waiting. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
