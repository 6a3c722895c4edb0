import type { DeliveryError } from '../channels/channel.js';
import type { Logger } from '../log.js';

type State = 'ok' | 'waiting-for-access' | 'broken-configuration';

/**
 * Per school and channel: does the configured channel take messages, or does
 * it refuse, and why? Logged when the state changes (warn for a refusal,
 * error for broken configuration, info when it works again) with school,
 * channel and reason only — never pupil data or message text.
 */
export class DeliveryHealth {
  private readonly states = new Map<string, { state: State; reason: string }>();

  constructor(private readonly log: Logger) {}

  /** The channels that refused since the start or took messages again afterwards (for beheer). */
  snapshot(): Array<{ schoolId: string; channel: string; state: State; reason: string }> {
    return [...this.states.entries()].map(([key, value]) => {
      const [schoolId = '', channel = ''] = key.split('\u0000');
      return { schoolId, channel, ...value };
    });
  }

  delivered(schoolId: string, channel: string): void {
    const key = `${schoolId}\u0000${channel}`;
    const before = this.states.get(key);
    if (before?.state === 'ok') return;
    this.states.set(key, { state: 'ok', reason: '' });
    if (before) this.log.info({ school: schoolId, channel, was: before.state }, 'delivery health: channel takes messages again');
  }

  refused(schoolId: string, channel: string, error: DeliveryError): void {
    if (error.failure === 'retryable') return;
    const key = `${schoolId}\u0000${channel}`;
    const before = this.states.get(key);
    if (before?.state === error.failure && before.reason === error.reason) return;
    this.states.set(key, { state: error.failure, reason: error.reason });
    const fields = { school: schoolId, channel, state: error.failure, reason: error.reason };
    if (error.failure === 'broken-configuration') this.log.error(fields, 'delivery health: channel configuration is broken; messages fail over');
    else this.log.warn(fields, 'delivery health: channel refuses WatNu (no access); messages wait');
  }
}
