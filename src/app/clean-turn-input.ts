import type { TurnInput } from '../engine/types.js';
import { WatnuError } from '../errors.js';
import { hasControlCharacters, withoutControlCharacters } from '../text/control-characters.js';

/**
 * What every channel hands the runner, made safe to store: control
 * characters are taken out of names, roles and message text (a message is
 * never refused for a stray character: it may be acute), and an id that
 * carries one is refused, because cleaning it would make it another id.
 */
export function cleanTurnInput(input: TurnInput): TurnInput {
  for (const [field, id] of [
    ['conversation id', input.conv.id],
    ['user id', input.user.id],
    ['school id', input.schoolId],
    ['choice id', input.event.kind === 'choice' ? input.event.choiceId : ''],
  ] as const) {
    if (hasControlCharacters(id)) throw new WatnuError('REQUEST_INVALID', `${field} contains a control character`, [field]);
  }
  const { name, role } = input.user;
  const dirty = (name !== undefined && hasControlCharacters(name)) || (role !== undefined && hasControlCharacters(role)) || (input.event.kind === 'text' && hasControlCharacters(input.event.text));
  if (!dirty) return input;
  return {
    ...input,
    user: {
      ...input.user,
      ...(name !== undefined ? { name: withoutControlCharacters(name) } : {}),
      ...(role !== undefined ? { role: withoutControlCharacters(role) } : {}),
    },
    event: input.event.kind === 'text' ? { ...input.event, text: withoutControlCharacters(input.event.text) } : input.event,
  };
}
