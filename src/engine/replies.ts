import { commandChoiceId } from './commands.js';
import type { Turn } from './turn.js';
import type { ChoiceView } from './types.js';

export function routeChoiceId(route: string): string {
  return `route/${route}`;
}

export function emergencyChoice(turn: Turn): ChoiceView {
  return { id: commandChoiceId('emergency'), label: turn.say('engine.choice.emergency'), style: 'danger' };
}

export function routeChoice(turn: Turn, route: string): ChoiceView {
  const safety = turn.ctx.content.routes.get(route)?.safety ?? false;
  return { id: routeChoiceId(route), label: turn.say(`route.${route}`), style: safety ? 'primary' : 'default' };
}

/** The "wat nu?" menu: emergency first, then every menu route. */
export function menuReply(turn: Turn, textKey = 'engine.menu'): void {
  const routes = [...turn.ctx.content.routes.values()].filter((r) => r.menu && r.id !== 'acuut');
  turn.reply({
    text: turn.say(textKey),
    choices: [emergencyChoice(turn), ...routes.map((r) => routeChoice(turn, r.id))],
  });
}

/** One clarifying question with the likely routes as buttons; safety routes first. */
export function clarifyReply(turn: Turn, candidates: readonly string[]): void {
  const routes = turn.ctx.content.routes;
  const ordered = [...candidates].sort((a, b) => Number(routes.get(b)?.safety ?? false) - Number(routes.get(a)?.safety ?? false));
  const choices = ordered.slice(0, 4).map((route) => routeChoice(turn, route));
  turn.session.clarify = ordered.slice(0, 4);
  turn.reply({
    text: turn.say(choices.length > 0 ? 'engine.clarify' : 'engine.clarify-open'),
    choices: [...choices, { id: commandChoiceId('menu'), label: turn.say('engine.choice.something-else') }, emergencyChoice(turn)],
  });
}

export function restartChoice(turn: Turn): ChoiceView {
  return { id: commandChoiceId('restart'), label: turn.say('engine.choice.restart') };
}

/** One action once per menu: the emergency button and the acuut route are the same action; equal labels are one button. */
export function dedupeChoices(choices: readonly ChoiceView[]): ChoiceView[] {
  const action = (id: string) => (id === commandChoiceId('emergency') ? routeChoiceId('acuut') : id);
  const kept: ChoiceView[] = [];
  for (const choice of choices) {
    const twin = kept.findIndex((k) => action(k.id) === action(choice.id) || k.label.trim().toLowerCase() === choice.label.trim().toLowerCase());
    if (twin < 0) kept.push(choice);
    else if (choice.style === 'danger') kept[twin] = { ...kept[twin]!, style: 'danger' };
  }
  return kept;
}
