import type { DocumentLayout } from './source-sections.js';

/** A plan's text (plans/<id>/plan.yaml `source`), as dialogs and contacts cite it by the plan id. */
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

export function normaliseForCitation(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/**
 * Per document, what has been looked up already: thirty or five hundred
 * schools on one plan cite the same passages and print the same numbers, and
 * each lookup scans the whole plan text.
 */
const lookups = new WeakMap<SourceDocument, Map<string, boolean>>();

/** A lookup in the document, computed once per document and key. */
export function rememberedFor(document: SourceDocument, key: string, compute: () => boolean): boolean {
  let known = lookups.get(document);
  if (!known) {
    known = new Map();
    lookups.set(document, known);
  }
  let found = known.get(key);
  if (found === undefined) {
    found = compute();
    known.set(key, found);
  }
  return found;
}

export function documentContains(document: SourceDocument, passage: string): boolean {
  return rememberedFor(document, `contains\u0000${passage}`, () => document.searchable.includes(normaliseForCitation(passage)));
}
