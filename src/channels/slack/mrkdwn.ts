/**
 * Slack mrkdwn: `&`, `<` and `>` are control characters and must be escaped
 * in every text WatNu did not write as markup itself.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Length of a text once escaped: the measure Block Kit limits apply to. */
export function escapedLength(text: string): number {
  let length = 0;
  for (const char of text) length += char === '&' ? 5 : char === '<' || char === '>' ? 4 : char.length;
  return length;
}

/** `<url|label>`; the url must not contain `|` or `>` and the label is escaped. */
export function mrkdwnLink(url: string, label: string): string {
  return `<${url.replace(/[|>\s]/g, encodeURIComponent)}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}

export function bold(text: string): string {
  return `*${escapeMrkdwn(text)}*`;
}
