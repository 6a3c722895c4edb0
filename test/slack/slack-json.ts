/** Slack payloads and blocks as the tests read them: loose JSON, checked by assertions rather than types. */
export type SlackJson = any;
