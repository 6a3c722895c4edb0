/**
 * Where a passage sits in a plan: the layout of the copied PDF text, so a
 * citation can be checked for standing under the section it names.
 *
 * The plans are PDF text. A page starts on a line indented by one to three
 * spaces (the extraction's page break); a heading is a line (or a run of
 * lines) that holds nothing but the heading, optionally followed by a page
 * counter "(1/3)" or a colon. Headings are compared the way citations are:
 * without whitespace, case-insensitive (see normaliseForCitation).
 */
export interface DocumentLayout {
  /** Offset in the normalised text at which each raw line starts. */
  readonly lineStarts: readonly number[];
  /** Line indices on which a page starts (always includes 0). */
  readonly pageStarts: readonly number[];
  /** Line indices whose raw text is not blank. */
  readonly nonBlank: ReadonlySet<number>;
  /** Offsets at which a line ends (the next line's start, and the end of the text). */
  readonly lineEnds: ReadonlySet<number>;
}

/** A heading may continue over at most this many page breaks (a section spanning pages, as De Brug's meldcode table). */
export const maxPagesUnderHeading = 2;

const pageStartPattern = /^ {1,3}[^\s\u2022]/;
const headingSuffix = /^(\(\d+\/\d+\)|:)/;
const pageCounter = /\(\d+\/\d+\)$/;

export function documentLayout(rawLines: readonly string[], normalise: (text: string) => string): DocumentLayout {
  const lineStarts: number[] = [];
  const pageStarts: number[] = [0];
  const nonBlank = new Set<number>();
  let offset = 0;
  rawLines.forEach((line, index) => {
    lineStarts.push(offset);
    const normalised = normalise(line);
    offset += normalised.length;
    if (normalised.length > 0) nonBlank.add(index);
    if (index > 0 && pageStartPattern.test(line)) pageStarts.push(index);
  });
  return { lineStarts, pageStarts, nonBlank, lineEnds: new Set([...lineStarts.slice(1), offset]) };
}

/** Index of the line that holds the normalised offset. */
function lineAt(layout: DocumentLayout, offset: number): number {
  const starts = layout.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  // Blank lines share their offset with the next line: take the last line starting here that is not blank.
  while (lo > 0 && !layout.nonBlank.has(lo) && starts[lo - 1] === starts[lo]) lo--;
  return lo;
}

/** 1-based index of the page that holds the line (binary search over page starts). */
function pageOf(layout: DocumentLayout, line: number): number {
  const starts = layout.pageStarts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function allOffsets(text: string, passage: string): number[] {
  const offsets: number[] = [];
  if (passage.length === 0) return offsets;
  for (let at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) offsets.push(at);
  return offsets;
}

interface HeadingOccurrence {
  readonly line: number;
  /** True when the heading carries a page counter such as "(2/2)": a page title, which the extraction sometimes prints at the page's foot. */
  readonly pageTitle: boolean;
}

/** Lines on which the (normalised) heading stands alone, possibly continued over the next lines. */
export function headingOccurrences(text: string, layout: DocumentLayout, heading: string): HeadingOccurrence[] {
  const found: HeadingOccurrence[] = [];
  const startsAt = new Set(allOffsets(text, heading));
  layout.lineStarts.forEach((start, line) => {
    if (!layout.nonBlank.has(line) || !startsAt.has(start)) return;
    const suffix = headingSuffix.exec(text.slice(start + heading.length, start + heading.length + 8))?.[0] ?? '';
    if (layout.lineEnds.has(start + heading.length + suffix.length)) found.push({ line, pageTitle: pageCounter.test(heading + suffix) });
  });
  return found;
}

/**
 * True when some occurrence of the quote stands under the heading: the
 * heading precedes it with at most `maxPagesUnderHeading` page breaks in
 * between, or the heading is the numbered title of the quote's own page.
 */
export function passageUnderHeading(text: string, layout: DocumentLayout, heading: string, passage: string): boolean {
  const headings = headingOccurrences(text, layout, heading);
  if (headings.length === 0) return false;
  return allOffsets(text, passage).some((offset) => {
    const line = lineAt(layout, offset);
    const page = pageOf(layout, line);
    return headings.some((h) => {
      const headingPage = pageOf(layout, h.line);
      if (h.line <= line) return page - headingPage <= maxPagesUnderHeading;
      return h.pageTitle && headingPage === page;
    });
  });
}
