import type { FirstActionId } from '../content/types.js';
import { commandChoiceId } from './commands.js';
import type { SafetyAmbiguity } from './context.js';
import { emergencyChoice, routeChoice, routeChoiceId } from './replies.js';
import type { Turn } from './turn.js';
import type { ChoiceView } from './types.js';

/**
 * The first answer when triage cannot tell close routes apart and one of them
 * is a safety route: the immediate action every candidate shares (danger now:
 * 112; then the first actions the candidates' own protocols all start with,
 * from dialogs/_routes.yaml), and one distinguishing question whose buttons
 * start the right protocol. Nothing is guessed and nothing waits for a form.
 */
export function safetyAmbiguityReply(turn: Turn, ambiguity: SafetyAmbiguity | undefined, candidates: readonly string[]): void {
  const routes = ambiguity ? ambiguity.options.map((o) => o.route) : candidates.slice(0, 4);
  const lines = [turn.say('engine.ambiguity.intro'), `• ${turn.say('engine.ambiguity.danger')}`];
  for (const action of sharedActions(turn, routes)) lines.push(`• ${turn.say(`engine.ambiguity.action.${action}`)}`);
  const question = ambiguity ? turn.say(`engine.ambiguity.${ambiguity.facet}.question`) : turn.say('engine.ambiguity.route.question');
  const choices: ChoiceView[] = ambiguity
    ? ambiguity.options.map((o) => ({ id: routeChoiceId(o.route), label: answerLabel(turn, ambiguity.facet, o.value, o.route) }))
    : routes.map((route) => routeChoice(turn, route));
  turn.session.clarify = routes;
  turn.audit(`triage.ambiguity.${ambiguity?.facet ?? 'routes'}`);
  turn.reply({
    text: `${lines.join('\n')}\n\n${question}`,
    tone: 'safety',
    choices: [...choices, { id: commandChoiceId('menu'), label: turn.say('engine.choice.something-else') }, emergencyChoice(turn)],
  });
}

/** The first actions in every candidate's list, in the order of the first candidate's list. */
function sharedActions(turn: Turn, routes: readonly string[]): FirstActionId[] {
  const lists = routes.map((route) => turn.ctx.content.routes.get(route)?.firstActions ?? []);
  const [first = [], ...rest] = lists;
  return first.filter((action) => rest.every((list) => list.includes(action)));
}

function answerLabel(turn: Turn, facet: string, value: string, route: string): string {
  const key = `engine.ambiguity.${facet}.${value}`;
  const label = turn.say(key);
  return label === key ? turn.say(`route.${route}`) : label;
}
