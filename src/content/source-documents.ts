import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocumentLayout, documentLayout } from './source-sections.js';

export interface SourceDocument {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  /**
   * Lower-cased text without any whitespace: the PDF extraction splits words
   * ("word en", "g esprek"), so citations are compared without spaces.
   */
  readonly searchable: string;
  /** The copied text as it is. */
  readonly raw: string;
  /** Lines and pages of the text, to check that a quote stands under the section it names. */
  readonly layout: DocumentLayout;
}

/** The seed plans copied into docs/sources, by the ids dialogs cite. */
export const sourceDocumentFiles: Record<string, { file: string; title: string }> = {
  'sbo-de-brug': { file: 'sbo-de-brug-sociaal-veiligheidsplan.txt', title: 'Sociaal veiligheidsplan SBO de Brug' },
  'proo-leiden': {
    file: 'proo-leiden-sociaal-veiligheidsbeleid.txt',
    title: 'Sociaal veiligheidsbeleid PROOLeiden-Leiderdorp',
  },
};

export function normaliseForCitation(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, '')
    .toLowerCase();
}

export function loadSourceDocuments(sourcesDir: string): Map<string, SourceDocument> {
  const documents = new Map<string, SourceDocument>();
  for (const [id, { file, title }] of Object.entries(sourceDocumentFiles)) {
    const text = readFileSync(join(sourcesDir, file), 'utf8');
    documents.set(id, {
      id,
      title,
      file: join('docs/sources', file),
      searchable: normaliseForCitation(text),
      raw: text,
      layout: documentLayout(text.split('\n'), normaliseForCitation),
    });
  }
  return documents;
}

export function documentContains(document: SourceDocument, passage: string): boolean {
  return document.searchable.includes(normaliseForCitation(passage));
}
