import type { School } from '../content/types.js';
import type { CardTexts } from './card-texts.js';
import type { ContactCard } from '../engine/types.js';
import { showingOrder } from './after-hours.js';
import { cardsInOrder, resolveRef } from './contact-cards.js';
import { hoursClock } from './open-state.js';
import { parseQuery } from './query-text.js';
import { buildContactIndex, type ContactHit, type ContactIndex } from './search-index.js';

/** At most this many matches per answer (after-hours alternatives come on top). */
const maxMatches = 4;
/** Matches scoring below this share of the best one are noise ("politie" in a question about schulden). */
const relativeCutoff = 0.35;

const indexes = new WeakMap<School, ContactIndex>();

function indexFor(school: School): ContactIndex {
  let index = indexes.get(school);
  if (!index) {
    index = buildContactIndex(school.contacts.values());
    indexes.set(school, index);
  }
  return index;
}

/**
 * Sociale kaart search by name, organisation or need, typo- and
 * accent-tolerant: best first, with closed contacts preceded by their
 * reachable after-hours alternatives. An unknown need never answers nothing:
 * it gives the intern begeleider and the school's general numbers.
 */
export function lookupContacts(school: School, query: string, now: Date, texts: CardTexts): ContactCard[] {
  const ids = matchIds(school, query);
  const clock = hoursClock(now, school.timezone);
  const order = showingOrder(school, ids.length > 0 ? ids : fallbackIds(school), clock);
  return cardsInOrder(school, order, { clock, texts });
}

/** Contact ids matching the query, best first; empty when nothing matches. */
export function matchIds(school: School, query: string): string[] {
  return topHits(indexFor(school).search(parseQuery(query))).map((hit) => hit.id);
}

function topHits(hits: readonly ContactHit[]): ContactHit[] {
  const best = hits[0]?.score ?? 0;
  return hits.filter((hit) => hit.score >= best * relativeCutoff).slice(0, maxMatches);
}

/** The intern begeleider, the school's general number, Veilig Thuis and the emergency number. */
export function fallbackIds(school: School): string[] {
  const contacts = [...school.contacts.values()];
  const general = contacts.filter((c) => c.tags.includes('algemeen nummer')).map((c) => c.id);
  const emergency = contacts.filter((c) => c.kind === 'emergency').map((c) => c.id);
  const refs = ['role:intern-begeleider', ...general, 'role:veilig-thuis', ...emergency];
  return refs.map((ref) => resolveRef(school, ref)).filter((id) => id !== undefined);
}

/** Forget a school's search index after its contacts changed (beheer overrides); rebuilt on the next search. */
export function invalidateContactIndex(school: School): void {
  indexes.delete(school);
}
