import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { cacheFingerprint, dataCachePath, settledFingerprint, writeCacheFile } from '../../content/data-cache.js';
import { triagePaths } from '../data/triage-paths.js';
import { FeatureIndex } from './feature-index.js';
import type { LinearModel, TableLayout } from './softmax-regression.js';
import type { StackedModel } from './stacked-model.js';

/**
 * The triage model as it is in memory, kept between starts like the content
 * and the lexicon (content/data-cache.ts, same fingerprint rules: model.json's
 * bytes, the app's code, package-lock.json, Node's version). Reading
 * triage/model.json means parsing 4 MB of JSON, checking 117,000 idf values
 * against the schema, inflating the weights and hashing every feature name
 * into the index: about a quarter of a second of every start, on the main
 * thread. Here it is one file read.
 *
 * Its own layout rather than v8.serialize: the typed arrays are views on the
 * one buffer the file is read into, so the 10 MB are allocated once and never
 * copied (a deserialised copy left the read buffer as garbage at the moment
 * RSS at ready is measured). Layout: "WNMC", a u32 header length, the header
 * (JSON: fingerprint, small fields, block offsets), then the blocks, each at
 * an offset that is a multiple of 8.
 */
const format = 'watnu-model-cache/3';
const magic = 'WNMC';

interface Block {
  readonly offset: number;
  readonly length: number;
}

interface LinearHeader {
  readonly classes: number;
  readonly features: number;
  readonly weightScale: number;
  /** The models of an interleaved model (interleaved.ts) share one weights block. */
  readonly weights: Block;
  readonly layout?: TableLayout;
  readonly bias: Block;
}

interface Header {
  readonly format: string;
  readonly roots: readonly string[];
  readonly fingerprint: string;
  readonly joined: Block;
  readonly starts: Block;
  readonly slots: Block;
  readonly idf: Block;
  readonly kindWeights: StackedModel['vectoriser']['kindWeights'];
  readonly facetWeight: number;
  readonly facets: ReadonlyArray<{ readonly name: string; readonly values: readonly string[]; readonly linear: LinearHeader }>;
  readonly route: LinearHeader;
}

export function modelCachePath(root: string): string {
  return dataCachePath(root, 'model-cache');
}

/** The cached model when model.json and the code are unchanged; null otherwise (never an error: the caller reads model.json). */
export function readModelCache(root: string): StackedModel | null {
  try {
    const file = readFileSync(modelCachePath(root));
    // A buffer of its own (never a slice of Node's small-buffer pool) at an offset views of doubles can start on.
    const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
    if (bytes.toString('latin1', 0, 4) !== magic) return null;
    const headerLength = bytes.readUInt32LE(4);
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as Header;
    if (header.format !== format || !Array.isArray(header.roots) || cacheFingerprint(format, header.roots, root).hash !== header.fingerprint) return null;
    const view = <T>(block: Block, Kind: { new (buffer: ArrayBufferLike, offset: number, length: number): T; BYTES_PER_ELEMENT: number }): T => {
      if (block.offset % 8 !== 0 || block.offset + block.length * Kind.BYTES_PER_ELEMENT > bytes.length) throw new RangeError('block outside the file');
      return new Kind(bytes.buffer, bytes.byteOffset + block.offset, block.length);
    };
    /** One view per weights block, so models that share a table in memory share it again. */
    const tables = new Map<number, Int8Array>();
    const table = (block: Block): Int8Array => {
      const known = tables.get(block.offset) ?? view(block, Int8Array);
      tables.set(block.offset, known);
      return known;
    };
    const linear = (h: LinearHeader): LinearModel => ({
      classes: h.classes,
      features: h.features,
      weights: table(h.weights),
      weightScale: h.weightScale,
      bias: view(h.bias, Float64Array),
      ...(h.layout ? { layout: { stride: h.layout.stride, offset: h.layout.offset } } : {}),
    });
    const columns = FeatureIndex.fromParts({
      joined: bytes.toString('utf8', header.joined.offset, header.joined.offset + header.joined.length),
      starts: view(header.starts, Uint32Array),
      slots: view(header.slots, Int32Array),
    });
    return {
      vectoriser: { columns, idf: view(header.idf, Float64Array), kindWeights: header.kindWeights },
      facets: header.facets.map((facet) => ({ name: facet.name, values: facet.values, linear: linear(facet.linear) })),
      route: linear(header.route),
      facetWeight: header.facetWeight,
    };
  } catch {
    return null;
  }
}

/**
 * Writes the cache (best effort, as content/data-cache.ts: false when it could not be written, when
 * model.json changed while it was read, or when the file would not give back this very model).
 */
export function writeModelCache(root: string, model: StackedModel, loadStartedAt: number): boolean {
  try {
    const roots = [triagePaths(root).model];
    const fingerprint = settledFingerprint(format, roots, root, loadStartedAt);
    if (fingerprint === null) return false;
    const blocks: Uint8Array[] = [];
    const placed = new Map<object, Block>();
    let offset = 0;
    /** Places the array's bytes after the header (offsets are shifted once the header's length is known); an array placed before is not placed again. */
    const place = (data: Int8Array | Uint8Array | Uint32Array | Int32Array | Float64Array): Block => {
      const known = placed.get(data);
      if (known) return known;
      const block = { offset, length: data.length };
      placed.set(data, block);
      blocks.push(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      offset += align8(data.byteLength);
      return block;
    };
    const linear = (l: LinearModel): LinearHeader => {
      if (!(l.weights instanceof Int8Array)) throw new TypeError('only a model read from its file (int8 weights) is cached');
      return {
        classes: l.classes,
        features: l.features,
        weightScale: l.weightScale,
        weights: place(l.weights),
        ...(l.layout ? { layout: l.layout } : {}),
        bias: place(l.bias),
      };
    };
    const parts = model.vectoriser.columns.parts();
    const body = {
      format,
      roots,
      fingerprint,
      joined: place(Buffer.from(parts.joined, 'utf8')),
      starts: place(parts.starts),
      slots: place(parts.slots),
      idf: place(model.vectoriser.idf),
      kindWeights: model.vectoriser.kindWeights,
      facetWeight: model.facetWeight,
      facets: model.facets.map((facet) => ({ name: facet.name, values: facet.values, linear: linear(facet.linear) })),
      route: linear(model.route),
    };
    // The header's length moves every block: measured with the offsets it will hold, until it stops growing.
    let start = 0;
    let headerText = '';
    for (;;) {
      // Only a block's offset moves (a block has a length; a model's layout has an offset of its own, in weights).
      headerText = JSON.stringify(body, function (this: object, key, value) {
        return key === 'offset' && 'length' in this ? (value as number) + start : value;
      });
      const next = align8(8 + Buffer.byteLength(headerText));
      if (next === start) break;
      start = next;
    }
    const out = Buffer.alloc(start + offset);
    out.write(magic, 0, 'latin1');
    out.writeUInt32LE(Buffer.byteLength(headerText), 4);
    out.write(headerText, 8, 'utf8');
    let at = start;
    for (const block of blocks) {
      out.set(block, at);
      at += align8(block.byteLength);
    }
    const file = modelCachePath(root);
    writeCacheFile(file, out);
    const back = readModelCache(root);
    if (back && sameModel(back, model)) return true;
    writeFileSync(file, '');
    return false;
  } catch {
    return false;
  }
}

function align8(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}

function sameModel(a: StackedModel, b: StackedModel): boolean {
  const plain = (m: StackedModel) => ({ ...m, vectoriser: { ...m.vectoriser, columns: m.vectoriser.columns.parts() } });
  return isDeepStrictEqual(plain(a), plain(b));
}
