import type { ModuleResult, ModuleTurn, TurnModule } from '../app/turn-module.js';
import type { Translate } from '../i18n.js';
import type { Db } from '../store/db.js';
import { normalise } from '../text/normalise.js';
import { deleteMyData, exportMyData } from './my-data.js';

const exportWords = new Set(['mijn gegevens', 'my data', 'export mijn gegevens', 'inzage']);
const deleteWords = new Set(['verwijder mijn gegevens', 'delete my data', 'vergeet mij', 'forget me']);

/** "mijn gegevens" → export, "verwijder mijn gegevens" → ask-delete: recognised by the engine after its safety check. */
export function privacyCommand(text: string): 'export' | 'ask-delete' | null {
  const words = normalise(text);
  return exportWords.has(words) ? 'export' : deleteWords.has(words) ? 'ask-delete' : null;
}

/** "mijn gegevens" and "verwijder mijn gegevens" in any channel (AVG inzage and verwijdering). */
export class PrivacyModule implements TurnModule {
  readonly name = 'privacy' as const;

  constructor(
    private readonly deps: {
      db: Db;
      t: Translate;
      /** Channel stores that also hold the user's name (Teams cards); each returns rows changed. */
      forget?: ReadonlyArray<(user: { id: string; name?: string }) => Promise<number>>;
    },
  ) {}

  private say(turn: ModuleTurn, key: string, vars: Record<string, unknown> = {}): string {
    return this.deps.t(turn.session.locale, key, { var: vars });
  }

  async handle(turn: ModuleTurn): Promise<ModuleResult | null> {
    const { input, session } = turn;
    if (input.event.kind !== 'choice' || input.event.choiceId !== 'privacy/delete-confirm') return null;
    const counts = await deleteMyData(this.deps.db, input.schoolId, input.user.id);
    for (const forget of this.deps.forget ?? []) await forget(input.user);
    return { session, forgetUser: true, replies: [{ text: this.say(turn, 'privacy.deleted', { count: counts.sessions, step: counts.handoffs }) }] };
  }

  async command(turn: ModuleTurn, command: string): Promise<ModuleResult> {
    const { input, session } = turn;
    if (command === 'export') {
      const data = await exportMyData(this.deps.db, input.schoolId, input.user.id);
      return { session, replies: [{ text: `${this.say(turn, 'privacy.export', { count: data.conversations.length, step: data.handoffs.length })}\n${JSON.stringify(data, null, 2)}` }] };
    }
    return {
      session,
      replies: [
        {
          text: this.say(turn, 'privacy.ask-delete'),
          choices: [
            { id: 'privacy/delete-confirm', label: this.say(turn, 'privacy.delete-confirm'), style: 'danger' },
            { id: 'cmd/menu', label: this.say(turn, 'engine.choice.something-else') },
          ],
        },
      ],
    };
  }
}
