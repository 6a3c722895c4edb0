import { expect } from 'vitest';
import { Transcript, type TranscriptOptions } from './transcript.js';

/**
 * A transcript that records every step of one dialog it enters (so a test
 * file can check all steps were visited) and rejects unresolved placeholders.
 */
export class Walk extends Transcript {
  constructor(
    schoolId: string,
    private readonly dialogId: string,
    private readonly visited: Set<string>,
    options: TranscriptOptions = {},
  ) {
    super(schoolId, options);
  }

  override pressId(choiceId: string) {
    const replies = super.pressId(choiceId);
    this.track();
    return replies;
  }

  override say(text: string) {
    const replies = super.say(text);
    this.track();
    return replies;
  }

  private track(): void {
    for (const e of this.effects) {
      if (e.type === 'audit' && e.event.action === 'step.enter' && e.event.dialogId === this.dialogId && e.event.stepId) this.visited.add(e.event.stepId);
    }
    for (const r of this.replies) expect(r.text).not.toMatch(/\{\{|undefined/);
  }
}
