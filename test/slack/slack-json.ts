/** Slack payloads and blocks as the tests read them: loose JSON, checked by assertions rather than types. */
// biome-ignore lint/suspicious/noExplicitAny: test code reads Slack's JSON shapes without modelling every variant
export type SlackJson = any;
