/**
 * The server as `npm start` runs it: src/main.ts and the packages it loads at
 * start, bundled by esbuild into dist/src/bundle (ES modules, one
 * chunk per lazily imported part, so PDF export, Slack and the Bot Framework
 * adapter still load only when used).
 *
 * Why: Node 20 has no compile cache, and a start spent about 700 ms opening,
 * resolving and linking some 600 module files (234 of WatNu's own, 95 of zod,
 * 93 of libphonenumber-js, the Teams SDK's CommonJS tree) before the first line
 * of the app ran. Loading a few large files instead: 2,040 → 1,620 ms median to
 * ready on an existing PGlite directory (this machine, alternating starts).
 *
 * The bundle is made from the TypeScript sources with esbuild's transform,
 * the one tsx runs them through (the servers that tests and scripts start);
 * tsc still type-checks and emits dist/src for the build's command-line steps. It lives under dist/src so the
 * data caches' code fingerprint (content/data-cache.ts: the folder above the
 * running code) covers the same files from the bundle and from dist/src.
 */
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { findProjectRoot } from '../config.js';

/** The bundle's folder and entry, relative to the project root (package.json's start script runs the entry). */
export const bundledDir = join('dist', 'src', 'bundle');
export const bundledEntry = join(bundledDir, 'main.js');

/**
 * Packages loaded from node_modules at run time, not bundled: each finds files
 * beside its own code or is loaded only on demand.
 * - @electric-sql/pglite: reads its .wasm and .data beside itself, and its
 *   worker thread imports it by path (store/pglite-thread.ts);
 * - pg: requires the optional pg-native, which is not installed;
 * - pino: runs transports in worker threads by file path;
 * - pdfkit: reads its font metrics beside itself (PDF export, on demand);
 * - @viz-js/viz (diagrams), @slack/bolt, botbuilder and @microsoft/teams-ai
 *   (the Slack channel, the Bot Framework adapter): large and loaded only when used;
 * - opening_hours: its patterns are String.raw templates with characters beyond
 *   Latin-1 (arrows, dashes, Cyrillic), which no escape can replace in a raw
 *   template; bundled, they would make its whole chunk a two-byte string (below).
 */
export const runtimePackages = ['@electric-sql/pglite', 'pg', 'pino', 'pdfkit', '@viz-js/viz', '@slack/bolt', 'botbuilder', '@microsoft/teams-ai', 'opening_hours'];

export interface BundleResult {
  /** JavaScript files written (source maps beside them not counted). */
  readonly files: number;
  readonly bytes: number;
  /** The files bundled, relative to the project root. */
  readonly inputs: readonly string[];
  /** Per JavaScript file written (its name in the bundle's folder): what it imports, statically or with import(), chunks and packages. */
  readonly imports: ReadonlyMap<string, readonly BundleImport[]>;
}

export interface BundleImport {
  /** A chunk's file name, or a package left in node_modules (`external`). */
  readonly path: string;
  readonly external: boolean;
  readonly dynamic: boolean;
}

/** Writes dist/src/bundle (or `outdir`) afresh: stale chunks would otherwise stay and count in the code fingerprint. */
export async function bundleApp(root = findProjectRoot(), outdir = join(root, bundledDir)): Promise<BundleResult> {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'src', 'main.ts')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    external: runtimePackages,
    // CommonJS packages inside an ES module bundle call require() for Node's own modules.
    banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
    // V8 keeps a module's source in memory while its functions may still compile: one byte per character when
    // every character is Latin-1, two bytes otherwise. One dash in one comment doubled a 2 MB chunk (the chunks a
    // start loads held 12.6 MB of source instead of 6.3). So comments go (whitespace minified; names stay for stack
    // traces, and the linked source map leads back to src/ under node --enable-source-maps), strings and templates
    // are escaped, and WatNu's own regular expressions spell such characters as \u escapes (the test checks every chunk).
    charset: 'ascii',
    minifyWhitespace: true,
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning',
  });
  const code = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
  const imports = new Map(
    code.map(([file, output]) => [
      basename(file),
      output.imports.map((i) => ({ path: i.external ? i.path : basename(i.path), external: i.external === true, dynamic: i.kind === 'dynamic-import' })),
    ]),
  );
  return { files: code.length, bytes: code.reduce((sum, [, output]) => sum + output.bytes, 0), inputs: Object.keys(result.metafile.inputs), imports };
}
