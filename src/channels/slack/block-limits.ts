/** Block Kit limits WatNu renders within (Slack rejects messages that exceed them). */
export const blockLimits = {
  /** Blocks in one message. */
  blocksPerMessage: 50,
  /** Text of a section block (mrkdwn). */
  sectionText: 3000,
  /** Fields in one section block, and the text of each. */
  sectionFields: 10,
  fieldText: 2000,
  /** Text of a header block (plain_text). */
  headerText: 150,
  /** Elements in one context block, and the text of each. */
  contextElements: 10,
  contextText: 3000,
  /** Buttons in one actions block. */
  actionsElements: 25,
  /** Button label (plain_text), action id and value. */
  buttonText: 75,
  actionId: 255,
  buttonValue: 2000,
  /** Our own cap for the notification text (`text` beside `blocks`); Slack allows far more. */
  fallbackText: 150,
} as const;
