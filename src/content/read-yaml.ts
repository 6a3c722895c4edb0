import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from './problem.js';

/**
 * The yaml package, loaded the first time YAML is parsed: a start whose
 * content and lexicon come from their caches parses none and does not load
 * it (about 10 MB resident and 40 ms). yaml ships CommonJS for Node, so a
 * synchronous require keeps every loader synchronous.
 */
let yaml: typeof Yaml | undefined;
const yamlLibrary = (): typeof Yaml => {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yaml;
};

export type YamlResult<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

/**
 * Parses YAML text and validates it with a zod schema. Every problem names the
 * file, the path inside it and the line, so an author can find it.
 */
export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): YamlResult<z.output<S>> {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        code: 'yaml-syntax',
        file,
        at: error.linePos ? `line ${error.linePos[0].line}` : 'file',
        message: error.message.split('\n')[0] ?? error.message,
      })),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // e.g. an unresolved alias or an alias bomb: reported like a syntax error.
    return { ok: false, problems: [{ code: 'yaml-syntax', file, at: 'file', message: (error as Error).message.split('\n')[0] ?? 'invalid YAML' }] };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      // An unknown key is reported at the key itself, not at the object holding it.
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const fullPath = keys.length > 0 ? [...issue.path, keys[0]!] : issue.path;
      const path = fullPath.map(String);
      const node = doc.getIn(fullPath as PropertyKey[], true) as { range?: [number, number, number] } | undefined;
      const offset = node?.range?.[0];
      const line = offset === undefined ? '' : ` (line ${lineCounter.linePos(offset).line})`;
      return {
        code: 'schema',
        file,
        at: (path.length > 0 ? path.join('.') : 'file') + line,
        message: issue.message,
      };
    }),
  };
}

/** A file's text, or null with a problem naming the file when it cannot be read. */
export function readText(path: string, rel: (p: string) => string, problems: ContentProblem[]): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    problems.push({ code: 'schema', file: rel(path), at: 'file', message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? error}` });
    return null;
  }
}
