import type { StoredMessage } from './fake-slack-api.js';
import type { SlackUser } from './payloads.js';
import { buttonsOf, type SlackDriver, textOf } from './slack-driver.js';

const last = (messages: StoredMessage[]) => messages.at(-1)!;

/** "overdracht" at any moment: the handoff form to the IB, filled in (group 5) and sent from Slack. */
export async function handOver(slack: SlackDriver, user: SlackUser, initials: string, urgency = 'handoff/urgency/hoog'): Promise<void> {
  let step = last(await slack.dm(user, 'overdracht'));
  for (let guard = 0; !/initialen/i.test(textOf([step])) && guard < 3; guard++) {
    const button = buttonsOf(step).find((b) => b.choiceId === urgency) ?? buttonsOf(step).find((b) => b.choiceId.startsWith('handoff/'));
    if (!button) throw new Error(`unexpected: ${textOf([step])}`);
    step = last(await slack.press(user, step, button.choiceId));
  }
  await slack.dm(user, initials);
  step = last(await slack.dm(user, '5'));
  await slack.press(user, step, 'handoff/send');
}
