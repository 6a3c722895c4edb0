import type { ContentProblem } from './problem.js';
import type { SourceRef } from './source-ref.js';
import { documentContains, type SourceDocument } from './source-documents.js';

export interface CitedSource {
  readonly file: string;
  readonly at: string;
  readonly source: SourceRef;
}

/** Every cited section heading and quote must be found in the copied plan text. */
export function lintSources(cited: readonly CitedSource[], documents: ReadonlyMap<string, SourceDocument>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, at, source } of cited) {
    const document = documents.get(source.doc);
    if (!document) {
      problems.push({ code: 'source-not-found', file, at, message: `unknown source document "${source.doc}" (known: ${[...documents.keys()].join(', ')})` });
      continue;
    }
    if (!documentContains(document, source.section)) {
      problems.push({ code: 'source-not-found', file, at, message: `section "${source.section}" not found in ${document.file}` });
    }
    if (!documentContains(document, source.quote)) {
      problems.push({ code: 'source-not-found', file, at, message: `quote "${source.quote.slice(0, 60)}…" not found in ${document.file}` });
    }
  }
  return problems;
}
