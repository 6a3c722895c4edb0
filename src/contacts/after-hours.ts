import type { School } from '../content/types.js';
import type { HoursClock } from './open-state.js';
import { contactOpenNow } from './reachability.js';

export interface ShowEntry {
  readonly id: string;
  /** This card is shown because the contact with this id is closed now. */
  readonly alternativeFor?: string;
  /** The after-hours cards shown before this closed one. */
  readonly alternatives?: readonly string[];
}

/**
 * The order to show contacts in: each closed contact is preceded by its
 * after-hours alternatives that are not closed themselves (CIT's night line,
 * Veilig Thuis, 112), so a closed number is never the only answer. Unknown
 * ids are dropped and each contact appears once.
 */
export function showingOrder(school: School, ids: readonly string[], clock: HoursClock): ShowEntry[] {
  const shown = new Set<string>();
  const order: ShowEntry[] = [];
  for (const id of ids) {
    const contact = school.contacts.get(id);
    if (!contact || shown.has(id)) continue;
    const alternatives =
      contactOpenNow(contact, clock) === false
        ? (contact.afterHours ?? []).filter((alt) => {
            const other = school.contacts.get(alt);
            return other !== undefined && contactOpenNow(other, clock) !== false;
          })
        : [];
    for (const alt of alternatives) {
      if (shown.has(alt)) continue;
      shown.add(alt);
      order.push({ id: alt, alternativeFor: id });
    }
    shown.add(id);
    order.push(alternatives.length > 0 ? { id, alternatives } : { id });
  }
  return order;
}
