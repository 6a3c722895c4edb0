import { normalise } from '../text/normalise.js';

/**
 * Multi-word phrases that mean one thing, rewritten to one token on both
 * sides of the search: "politie zonder spoed" must not match 112 on "spoed".
 */
const phrases: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(zonder|geen|niet met|niet) spoed\b|\bniet (dringend|spoedeisend|urgent)\b|\bnon[- ]?(emergency|urgent)\b|\bnot urgent\b/g, 'geenspoed'],
];

/** Words that say nothing about whom to call. */
const stopwords = new Set(
  (
    'de het een en of van voor in op met aan bij naar over om te tot uit als dan dat die dit er is zijn was ' +
    'ik je jij u we wij ze zij hij mij me mijn onze ons jouw uw iemand wie wat welk welke waar hoe wanneer ' +
    'moet moeten kan kunnen wil wilt willen mag zou zoek zoeken zoekt vind vinden nodig graag even nu ' +
    'bel bellen belt nummer nummers telefoonnummer telefoon tel contact contactgegevens gegevens ' +
    'a an the of for to in on at with who what which where how i me my we our need needs call phone number ' +
    'someone somebody find'
  ).split(' '),
);

/** Query words asking for a field; contacts that have it rank higher. */
const fieldWords: Readonly<Record<string, 'address' | 'email' | 'website'>> = {
  adres: 'address',
  bezoekadres: 'address',
  postadres: 'address',
  address: 'address',
  mail: 'email',
  email: 'email',
  'e-mail': 'email',
  mailadres: 'email',
  website: 'website',
  site: 'website',
  internet: 'website',
};

/** Normalised text with the phrase rewrites: the same on the index and the query side. */
export function searchText(text: string): string {
  let result = normalise(text);
  for (const [pattern, token] of phrases) result = result.replace(pattern, token);
  return result;
}

/** MiniSearch term processing for both sides: drops stop words. */
export function processTerm(term: string): string | null {
  const clean = term.replace(/^['-]+|['-]+$/g, '');
  return clean.length === 0 || stopwords.has(clean) ? null : clean;
}

export interface ParsedQuery {
  /** The query for the index, field words removed. */
  readonly text: string;
  /** Fields the asker wants to see (an address, an email). */
  readonly wants: ReadonlySet<'address' | 'email' | 'website'>;
}

export function parseQuery(query: string): ParsedQuery {
  const wants = new Set<'address' | 'email' | 'website'>();
  const words = searchText(query)
    .split(' ')
    .filter((word) => {
      const field = fieldWords[word];
      if (field) wants.add(field);
      return !field;
    });
  return { text: words.join(' '), wants };
}
