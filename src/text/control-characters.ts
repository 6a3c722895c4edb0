/**
 * C0 control characters other than tab, line feed and carriage return, and
 * DEL. PostgreSQL refuses U+0000 in text and jsonb ("unsupported Unicode
 * escape sequence"), and none of them belong in a name or a message.
 */
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const controlCharacters = new RegExp(controlCharacter.source, 'g');

export function hasControlCharacters(text: string): boolean {
  return controlCharacter.test(text);
}

export function withoutControlCharacters(text: string): string {
  return text.replace(controlCharacters, '');
}
