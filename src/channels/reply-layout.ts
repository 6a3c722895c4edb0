/**
 * Phone-first layout shared by every channel (issue 19): what to do now comes
 * first, then the buttons; background a teacher does not need to act ("Let op:
 * het plan van … beschrijft … niet", the plan's own wording about scope) is
 * kept in full but folded away behind one tap, after the buttons.
 *
 * The rule is textual and documented in docs/authoring-dialogs.md: from the
 * first line (not the opening line) that starts with "Achtergrond:" or "Let
 * op:" (English "Background:", "Note:"), the rest of a reply's text is
 * background; a bare "Achtergrond:" line is dropped (the fold has a title).
 */
export const backgroundStart = /^(let op|note|please note|achtergrond|background)\s*:/i;
/** A line that only announces the background ("Achtergrond:") is the fold's title, not part of it. */
export const backgroundTitle = /^(achtergrond|background)\s*:\s*$/i;

export interface ReplyTextParts {
  /** The instructions, always shown. */
  readonly now: string;
  /** The background, shown after the buttons on request; null when there is none. */
  readonly background: string | null;
  /** The background as written, with its "Achtergrond:" line (for channels that cannot fold: nothing is lost). */
  readonly backgroundAsWritten: string | null;
}

export function splitReplyText(text: string): ReplyTextParts {
  const lines = text.split('\n');
  const at = lines.findIndex((line, i) => i > 0 && backgroundStart.test(line.trim()));
  if (at < 0) return { now: text, background: null, backgroundAsWritten: null };
  const rest = backgroundTitle.test(lines[at]?.trim() ?? '') ? lines.slice(at + 1) : lines.slice(at);
  const background = rest.join('\n').trim();
  return {
    now: lines.slice(0, at).join('\n').trimEnd(),
    background: background.length > 0 ? background : null,
    backgroundAsWritten: lines.slice(at).join('\n').trim(),
  };
}
