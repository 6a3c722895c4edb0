import { normalise } from '../text/normalise.js';

export type Command = 'restart' | 'cancel' | 'back' | 'help' | 'emergency' | 'menu' | 'handoff' | 'status';

/** Whole-message commands, Dutch and English. A sentence that merely contains the word is not a command. */
const commandWords: Record<Command, readonly string[]> = {
  restart: ['opnieuw', 'restart', 'begin opnieuw', 'start opnieuw', 'reset'],
  cancel: ['stop', 'annuleer', 'annuleren', 'cancel', 'afbreken', 'stoppen'],
  back: ['terug', 'back', 'vorige', 'vorige stap', 'ga terug', 'go back'],
  help: ['help', 'hulp', '?', 'uitleg', 'hoe werkt dit'],
  emergency: ['nood', 'acuut', 'noodgeval', 'emergency', 'spoed', 'urgent', '112', 'acuut gevaar'],
  menu: ['menu', 'wat nu', 'watnu', 'wat nu?', 'what now', 'start', 'hallo', 'hoi', 'hi', 'hello'],
  handoff: ['overdracht', 'overdragen', 'handoff', 'hand off', 'doorzetten naar ib', 'draag over'],
  status: ['status', 'mijn overdrachten', 'my handoffs'],
};

const lookup = new Map<string, Command>();
for (const [command, words] of Object.entries(commandWords) as Array<[Command, readonly string[]]>) {
  for (const word of words) lookup.set(normalise(word) || word, command);
}

export function recogniseCommand(text: string): Command | null {
  const trimmed = text.trim();
  if (trimmed === '?') return 'help';
  return lookup.get(normalise(trimmed).replace(/^\/+/, '')) ?? null;
}

/** Button ids for commands, so every channel renders the same actions. */
export function commandChoiceId(command: Command): string {
  return `cmd/${command}`;
}
