import { z } from 'zod';
import { isSafetyRoute } from '../routes.js';
import { corpusLineSchema, readJsonLines } from './corpus-file.js';

/** Routes as corpus lines give them: route ids or 'onduidelijk', best first. */
const routes = corpusLineSchema.shape.expect;

/**
 * One line of `triage/agreement/readers.jsonl`: a corpus line as its writer
 * labelled it, and the routes each blind reader gave it (readers saw the guide
 * and the text only, never the writer's labels), best first.
 */
const readerLineSchema = z.object({
  text: z.string().min(1),
  lang: corpusLineSchema.shape.lang.unwrap(),
  /** The corpus file the line comes from. */
  file: z.string().min(1),
  writer: routes,
  readers: z.record(z.string().min(1), routes),
});

export type ReaderLine = z.output<typeof readerLineSchema>;

export function readReaderLines(file: string): ReaderLine[] {
  return readJsonLines(file, readerLineSchema);
}

export interface Agreement {
  readonly lines: number;
  /** The first route of the one is among the routes of the other. */
  readonly top1: number;
  /** Lines the other marks as safety (any safety route), and of them those whose first route the one shares. */
  readonly safety: number;
  readonly recall: number;
  /** Lines the other marks as ordinary, and of them those the one starts with a safety route. */
  readonly ordinary: number;
  readonly falseAlarms: number;
}

/**
 * How far one labelling agrees with another, counted as `eval:triage` counts
 * the model against the writers: the first route of `one` against the route
 * set of `other`.
 */
export function agreement(one: readonly (readonly string[])[], other: readonly (readonly string[])[]): Agreement {
  if (one.length !== other.length) throw new Error(`agreement of ${one.length} against ${other.length} labellings`);
  let top1 = 0;
  let safety = 0;
  let recall = 0;
  let ordinary = 0;
  let falseAlarms = 0;
  one.forEach((routesOfOne, i) => {
    const first = routesOfOne[0] ?? '';
    const reference = other[i]!;
    const hit = reference.includes(first);
    if (hit) top1++;
    if (reference.some(isSafetyRoute)) {
      safety++;
      if (hit) recall++;
    } else {
      ordinary++;
      if (isSafetyRoute(first)) falseAlarms++;
    }
  });
  return { lines: one.length, top1, safety, recall, ordinary, falseAlarms };
}
