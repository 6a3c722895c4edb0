import type { ModuleTurn, TurnModule } from '../app/turn-module.js';
import type { Reply, Session } from '../engine/types.js';
import type { Translate } from '../i18n.js';
import type { Db } from '../store/db.js';
import { normalise } from '../text/normalise.js';
import { deleteMyData, exportMyData } from './my-data.js';

const exportWords = new Set(['mijn gegevens', 'my data', 'export mijn gegevens', 'inzage']);
const deleteWords = new Set(['verwijder mijn gegevens', 'delete my data', 'vergeet mij', 'forget me']);

/** "mijn gegevens" and "verwijder mijn gegevens" in any channel (AVG inzage and verwijdering). */
export class PrivacyModule implements TurnModule {
  constructor(
    private readonly deps: {
      db: Db;
      t: Translate;
      /** Channel stores that also hold the user's name (Teams cards); each returns rows changed. */
      forget?: ReadonlyArray<(user: { id: string; name?: string }) => Promise<number>>;
    },
  ) {}

  async handle({ input, session }: ModuleTurn): Promise<{ session: Session; replies: Reply[]; forgetUser?: boolean } | null> {
    const say = (key: string, vars: Record<string, unknown> = {}) => this.deps.t(session.locale, key, { var: vars });
    if (input.event.kind === 'choice' && input.event.choiceId === 'privacy/delete-confirm') {
      const counts = await deleteMyData(this.deps.db, input.schoolId, input.user.id);
      for (const forget of this.deps.forget ?? []) await forget(input.user);
      return { session, forgetUser: true, replies: [{ text: say('privacy.deleted', { count: counts.sessions, step: counts.handoffs }) }] };
    }
    if (input.event.kind !== 'text') return null;
    const text = normalise(input.event.text);
    if (exportWords.has(text)) {
      const data = await exportMyData(this.deps.db, input.schoolId, input.user.id);
      return {
        session,
        replies: [{ text: `${say('privacy.export', { count: data.conversations.length, step: data.handoffs.length })}\n${JSON.stringify(data, null, 2)}` }],
      };
    }
    if (deleteWords.has(text)) {
      return {
        session,
        replies: [
          {
            text: say('privacy.ask-delete'),
            choices: [
              { id: 'privacy/delete-confirm', label: say('privacy.delete-confirm'), style: 'danger' },
              { id: 'cmd/menu', label: say('engine.choice.something-else') },
            ],
          },
        ],
      };
    }
    return null;
  }
}
