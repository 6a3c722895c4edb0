import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { modelClasses } from './classes.js';
import { FeatureIndex, FeatureIndexError } from './feature-index.js';
import { featureKinds } from './features.js';
import type { LinearModel } from './softmax-regression.js';
import type { StackedModel } from './stacked-model.js';

/**
 * The trained model as a data file (triage/model.json), written by
 * scripts/train-triage.ts so the server never trains at boot. Weights are
 * stored as one signed byte each (times a per-model scale) and deflated: the
 * file stays small, loads in milliseconds and predicts what the trained model
 * predicts (the training script reports the agreement). `corpusHash` ties the
 * file to the corpus and feature code it was trained from; a test fails when
 * they drift.
 */
const linearSchema = z.object({
  classes: z.number().int().positive(),
  features: z.number().int().positive(),
  bias: z.array(z.number()),
  /** Weight = stored byte x scale. */
  scale: z.number().positive(),
  /** Feature-major int8 weights, deflated, base64. */
  weights: z.string(),
});

export const modelFileSchema = z.object({
  format: z.literal(2),
  corpusHash: z.string(),
  classes: z.array(z.string()),
  /** Feature names in column order, joined by "\n" (one string parses into one string, not 100,000). */
  features: z.string(),
  idf: z.array(z.number()),
  kindWeights: z.object(Object.fromEntries(featureKinds.map((kind) => [kind, z.number()])) as Record<(typeof featureKinds)[number], z.ZodNumber>),
  facetWeight: z.number(),
  facets: z.array(z.object({ name: z.string(), values: z.array(z.string()), linear: linearSchema })),
  route: linearSchema,
});

export type ModelFile = z.infer<typeof modelFileSchema>;

/** Thrown when triage/model.json is missing, unreadable or does not fit this code. */
export class ModelFileError extends Error {
  readonly code = 'TRIAGE_MODEL_INVALID';
}

export function toModelFile(model: StackedModel, corpusHash: string): ModelFile {
  return {
    format: 2,
    corpusHash,
    classes: [...modelClasses],
    features: model.vectoriser.columns.joinedNames(),
    idf: [...model.vectoriser.idf].map(round),
    kindWeights: { ...model.vectoriser.kindWeights },
    facetWeight: model.facetWeight,
    facets: model.facets.map((facet) => ({ name: facet.name, values: [...facet.values], linear: linearToFile(facet.linear) })),
    route: linearToFile(model.route),
  };
}

export function fromModelFile(json: unknown, where: string): StackedModel {
  const parsed = modelFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ModelFileError(`${where}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'} (run: npx tsx scripts/train-triage.ts)`);
  }
  const file = parsed.data;
  if (file.classes.join(',') !== modelClasses.join(',')) {
    throw new ModelFileError(`${where}: trained for routes ${file.classes.join(', ')}; this code has ${modelClasses.join(', ')} (run: npx tsx scripts/train-triage.ts)`);
  }
  let columns: FeatureIndex;
  try {
    columns = FeatureIndex.fromJoined(file.features, file.idf.length);
  } catch (error) {
    if (error instanceof FeatureIndexError) throw new ModelFileError(`${where}: features: ${error.message} (run: npx tsx scripts/train-triage.ts)`);
    throw error;
  }
  return {
    vectoriser: { columns, idf: Float64Array.from(file.idf), kindWeights: file.kindWeights },
    facets: file.facets.map((facet) => ({ name: facet.name, values: facet.values, linear: linearFromFile(facet.linear, where) })),
    route: linearFromFile(file.route, where),
    facetWeight: file.facetWeight,
  };
}

function linearToFile(linear: LinearModel): z.infer<typeof linearSchema> {
  if (linear.layout) throw new TypeError('a model file is written from a trained model, not from one interleaved for scoring');
  let largest = 0;
  for (const w of linear.weights) largest = Math.max(largest, Math.abs(w * linear.weightScale));
  const scale = largest > 0 ? largest / 127 : 1;
  const bytes = Int8Array.from(linear.weights, (w) => Math.round((w * linear.weightScale) / scale));
  return {
    classes: linear.classes,
    features: linear.features,
    bias: [...linear.bias].map(round),
    scale,
    weights: deflateRawSync(new Uint8Array(bytes.buffer), { level: 9 }).toString('base64'),
  };
}

function linearFromFile(file: z.infer<typeof linearSchema>, where: string): LinearModel {
  const expected = file.features * file.classes;
  // One output chunk one byte larger than the weights: zlib writes them in place, with no
  // growing chunks to concatenate and no copy (those left ~10 MB of freed memory in RSS).
  const raw = inflateRawSync(Buffer.from(file.weights, 'base64'), { chunkSize: Math.max(expected + 1, 64) });
  if (raw.length !== expected || file.bias.length !== file.classes) {
    throw new ModelFileError(`${where}: ${raw.length} weights for ${file.features} features x ${file.classes} classes`);
  }
  // A view when the bytes have their own memory; a copy when they sit in Node's shared pool (small models).
  const own = raw.byteOffset === 0 && raw.buffer.byteLength <= expected + 1;
  const weights = own ? new Int8Array(raw.buffer, 0, raw.length) : Int8Array.from(new Int8Array(raw.buffer, raw.byteOffset, raw.length));
  return { classes: file.classes, features: file.features, weights, weightScale: file.scale, bias: Float64Array.from(file.bias) };
}

function round(value: number): number {
  return Number(value.toPrecision(4));
}
