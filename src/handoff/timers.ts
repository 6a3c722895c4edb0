import type { Logger } from '../log.js';

/** Runs the escalation and reminder checks on an interval, one round at a time. */
export class Timers {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly jobs: ReadonlyArray<{ readonly name: string; tick(now: Date): Promise<number> }>,
    private readonly clock: () => Date,
    private readonly log: Logger,
  ) {}

  start(intervalMs: number): void {
    this.stop();
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One round of every job (tests call this with an injected clock). */
  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      const now = this.clock();
      for (const job of this.jobs) {
        try {
          await job.tick(now);
        } catch (error) {
          this.log.error({ job: job.name, err: (error as Error).message }, 'timer job failed');
        }
      }
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  async idle(): Promise<void> {
    await this.running;
  }
}
