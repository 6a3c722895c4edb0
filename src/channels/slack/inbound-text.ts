/** The most a teacher can type in one message (the same limit as the web chat). */
export const maxInboundText = 2000;

/**
 * A Slack message's text as the engine should read it: the bot's own mention
 * removed, other mentions, channel links and URLs reduced to their labels,
 * and Slack's `&amp;`/`&lt;`/`&gt;` escapes undone.
 */
export function inboundText(text: string | undefined, botUserId: string): string {
  return (text ?? '')
    .replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ')
    .replace(/<([@#!])[A-Z0-9^]+\|([^>]*)>/g, (_m, sigil: string, label: string) => (sigil === '!' ? label : `${sigil}${label}`))
    .replace(/<[@#!][A-Za-z0-9^]+>/g, ' ')
    .replace(/<([^|>]+)\|([^>]*)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
