import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../config.js';
import { triagePaths } from '../data/triage-paths.js';
import { FeatureIndex, FeatureIndexError } from './feature-index.js';
import { modelCachePath, readModelCache, writeModelCache } from './model-cache.js';
import { interleave } from './interleaved.js';
import { fromModelFile } from './model-file.js';
import { predictStacked, type StackedModel } from './stacked-model.js';

/** The model cache on a copy of the shipped model.json: used only while that file is unchanged. */
let root: string;
let fromFile: StackedModel;

/** Dates a file a minute back, as if it were written well before the start. */
function settle(path: string): void {
  const past = new Date(Date.now() - 60_000);
  utimesSync(path, past, past);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'watnu-model-cache-'));
  mkdirSync(join(root, 'triage'));
  const model = triagePaths(root).model;
  cpSync(triagePaths(findProjectRoot()).model, model);
  settle(model);
  fromFile = fromModelFile(JSON.parse(readFileSync(model, 'utf8')), model);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('triage model cache', () => {
  it('is empty before the first write, then gives back the model model.json holds: same columns, weights and predictions', () => {
    expect(readModelCache(root)).toBeNull();
    expect(writeModelCache(root, fromFile, Date.now())).toBe(true);
    expect(modelCachePath(root)).toBe(join(root, 'dist', 'model-cache-src.bin'));
    const cached = readModelCache(root)!;
    expect(cached.vectoriser.columns).toBeInstanceOf(FeatureIndex);
    expect(cached.vectoriser.columns.size).toBe(fromFile.vectoriser.columns.size);
    expect(isDeepStrictEqual(cached.vectoriser.idf, fromFile.vectoriser.idf)).toBe(true);
    // (node:util's comparison: vitest's toEqual walks 6 million weights one by one.)
    expect(isDeepStrictEqual(cached.route, fromFile.route)).toBe(true);
    expect(isDeepStrictEqual(cached.facets, fromFile.facets)).toBe(true);
    for (const column of [0, 1, 4_321, fromFile.vectoriser.columns.size - 1]) {
      const name = fromFile.vectoriser.columns.nameAt(column);
      expect(cached.vectoriser.columns.get(name)).toBe(column);
    }
    expect(cached.vectoriser.columns.get('no such feature')).toBeUndefined();
    // Views on the one buffer the file was read into: nothing was copied.
    expect(cached.route.weights.buffer).toBe(cached.vectoriser.idf.buffer);
    expect(cached.facets[0]!.linear.bias.buffer).toBe(cached.vectoriser.idf.buffer);
    for (const text of ['een leerling vertelt dat haar vader haar slaat', 'the caretaker touched a pupil', 'waar vind ik het rooster?']) {
      expect(predictStacked(cached, text, ['harm'])).toEqual(predictStacked(fromFile, text, ['harm']));
    }
  });

  it('keeps an interleaved model interleaved: one weights block for all six models, each at its offset', () => {
    const interleaved = interleave(fromFile);
    expect(writeModelCache(root, interleaved, Date.now())).toBe(true);
    const cached = readModelCache(root)!;
    const models = [...cached.facets.map((facet) => facet.linear), cached.route];
    expect(new Set(models.map((linear) => linear.weights)).size).toBe(1);
    expect(models.map((linear) => linear.layout)).toEqual([...interleaved.facets.map((facet) => facet.linear), interleaved.route].map((l) => l.layout));
    // The file holds the table once: its 6.5 million weights, not six copies of them.
    expect(readFileSync(modelCachePath(root)).length).toBeLessThan(cached.route.weights.length * 1.7);
    const text = 'de conciërge raakte een meisje aan in het gymhok';
    expect(predictStacked(cached, text, ['harm'])).toEqual(predictStacked(fromFile, text, ['harm']));
  });

  it('a retrained model.json (one changed byte): read from the file again', () => {
    writeModelCache(root, fromFile, Date.now());
    const path = triagePaths(root).model;
    const before = readFileSync(path, 'utf8');
    writeFileSync(path, `${before}\n`);
    settle(path);
    expect(readModelCache(root)).toBeNull();
    writeFileSync(path, before);
    settle(path);
    expect(readModelCache(root)).not.toBeNull();
  });

  it('model.json changed while it was being read: nothing is cached', () => {
    rmSync(modelCachePath(root), { force: true });
    expect(writeModelCache(root, fromFile, Date.now() - 120_000)).toBe(false);
    expect(readModelCache(root)).toBeNull();
  });

  it('a damaged cache file is ignored, not an error', () => {
    writeModelCache(root, fromFile, Date.now());
    const path = modelCachePath(root);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length >> 1));
    expect(readModelCache(root)).toBeNull();
  });
});

describe('FeatureIndex.fromParts', () => {
  it('answers what the index it came from answers, without building the table again', () => {
    const built = FeatureIndex.fromNames(['w:school', 'w:slaan', 'c:aan']);
    const again = FeatureIndex.fromParts(built.parts());
    expect(['w:school', 'w:slaan', 'c:aan', 'w:pesten'].map((n) => again.get(n))).toEqual([0, 1, 2, undefined]);
  });

  it('refuses blocks that do not fit together', () => {
    const { joined, starts, slots } = FeatureIndex.fromNames(['w:school', 'w:slaan']).parts();
    expect(() => FeatureIndex.fromParts({ joined: `${joined}x`, starts, slots })).toThrow(FeatureIndexError);
    expect(() => FeatureIndex.fromParts({ joined, starts, slots: new Int32Array(3) })).toThrow(FeatureIndexError);
    expect(() => FeatureIndex.fromParts({ joined, starts: Uint32Array.from([0]), slots })).toThrow(FeatureIndexError);
  });
});
