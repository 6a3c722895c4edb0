import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Contact } from '../content/school-schema.js';
import { needs } from './needs.js';
import { type ParsedQuery, processTerm, searchText } from './query-text.js';

interface ContactDocument {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly tags: string;
  readonly needs: string;
  readonly description: string;
}

export interface ContactHit {
  readonly id: string;
  readonly score: number;
}

export interface ContactIndex {
  search(query: ParsedQuery): ContactHit[];
}

const fields = ['name', 'organisation', 'tags', 'needs', 'description'] as const;

const searchOptions: SearchOptions = {
  boost: { name: 3, tags: 2.5, needs: 1.5, organisation: 1.5, description: 1 },
  combineWith: 'OR',
  prefix: (term) => term.length >= 4,
  fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
};

/** Full-text index over a school's contacts: name, organisation, tags, the needs those tags answer, description. */
export function buildContactIndex(contacts: Iterable<Contact>): ContactIndex {
  const byId = new Map<string, Contact>();
  const index = new MiniSearch<ContactDocument>({ fields: [...fields], processTerm, searchOptions });
  for (const contact of contacts) {
    byId.set(contact.id, contact);
    index.add(toDocument(contact));
  }
  return {
    search(query) {
      if (query.text.trim() === '') return [];
      const boostDocument = (id: string) => fieldBoost(byId.get(id), query);
      return index.search(query.text, { boostDocument }).map((hit) => ({ id: String(hit.id), score: hit.score }));
    },
  };
}

function toDocument(contact: Contact): ContactDocument {
  const tags = contact.tags.map(searchText);
  const words = needs.filter((need) => need.tags.some((tag) => tags.includes(tag))).flatMap((need) => need.words);
  return {
    id: contact.id,
    name: searchText(contact.name),
    organisation: searchText(contact.organisation ?? ''),
    tags: tags.join(' , '),
    needs: [...new Set(words)].join(' '),
    description: searchText(contact.description ?? ''),
  };
}

/** "adres veilig thuis": contacts that have the asked-for field rank first. */
function fieldBoost(contact: Contact | undefined, query: ParsedQuery): number {
  if (!contact) return 1;
  let boost = 1;
  for (const field of query.wants) if (contact[field]) boost *= 2;
  return boost;
}
