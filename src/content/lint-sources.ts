import type { ContentProblem } from './problem.js';
import type { SourceRef } from './source-ref.js';
import { documentContains, normaliseForCitation, rememberedFor, type SourceDocument } from './source-documents.js';
import { maxPagesUnderHeading, passageUnderHeading } from './source-sections.js';

export interface CitedSource {
  readonly file: string;
  readonly at: string;
  readonly source: SourceRef;
}

/**
 * Every cited section heading and quote must be found in the copied plan
 * text, and the quote must stand under that heading (see source-sections.ts):
 * a citation that names the wrong section sends a reader to the wrong page.
 */
export function lintSources(cited: readonly CitedSource[], documents: ReadonlyMap<string, SourceDocument>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, at, source } of cited) {
    const document = documents.get(source.doc);
    if (!document) {
      problems.push({ code: 'source-not-found', file, at, message: `unknown source document "${source.doc}" (known: ${[...documents.keys()].join(', ')})` });
      continue;
    }
    const sectionFound = documentContains(document, source.section);
    const quoteFound = documentContains(document, source.quote);
    if (!sectionFound) {
      problems.push({ code: 'source-not-found', file, at, message: `section "${source.section}" not found in ${document.file}` });
    }
    if (!quoteFound) {
      problems.push({ code: 'source-not-found', file, at, message: `quote "${source.quote.slice(0, 60)}…" not found in ${document.file}` });
    }
    if (sectionFound && quoteFound) {
      const heading = normaliseForCitation(source.section);
      const placed = rememberedFor(document, `under\u0000${heading}\u0000${source.quote}`, () =>
        passageUnderHeading(document.searchable, document.layout, heading, normaliseForCitation(source.quote)),
      );
      if (!placed) {
        problems.push({
          code: 'source-misplaced',
          file,
          at,
          message:
            `quote "${source.quote.slice(0, 60)}…" does not stand under the heading "${source.section}" in ${document.file} ` +
            `(the heading must be a line of its own before the quote, at most ${maxPagesUnderHeading} page breaks earlier)`,
        });
      }
    }
  }
  return problems;
}
