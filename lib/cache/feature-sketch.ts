import { featurize, type FeaturizerConfig } from '../models/featurize.ts';
import { versionOf, type ModelManifest } from '../models/manifest.ts';
import type { SemanticEmbedding } from './decision-cache.ts';

/** The models' featurizer settings (models/manifest.json), for when no manifest is at hand. */
export const DEFAULT_SKETCH_FEATURIZER: FeaturizerConfig = { buckets: 65_536, charNgrams: [3, 5], wordNgrams: 2, maxChars: 2_048 };
export const DEFAULT_SKETCH_DIMS = 128;
/** Positions each feature is added at: more lowers the noise of the estimate, at one add per position. */
const POSITIONS = 2;

/** murmur3's finalizer: spreads a feature id over 32 well-mixed bits. */
function mix32(value: number): number {
  let h = value ^ (value >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A sketch of what the models read: the featurizer's hashed character 3–5-grams and word 1–2-grams
 * of the text (lower-cased, whitespace collapsed — the models' own input), folded into `dims`
 * numbers by a count sketch (each feature adds ±1 at two hashed positions), unit length. The cosine
 * of two sketches estimates the cosine of the two feature sets: 1 for texts the models cannot tell
 * apart (case, spacing), ~0.98 for a typo or a dropped word in a few hundred characters, ~0 for
 * unrelated texts.
 *
 * Why not the prompt-attack model's hidden layer: it is trained to separate attacks from the rest,
 * not to tell texts apart, and puts half of all pairs of unrelated dev prompts above a cosine of
 * 0.97 (`rampart cache-replay` found semantic hits on unrelated prompts, five of them turning a
 * flagged text into an allow). A near-duplicate is a lexical notion, and this measures it where the
 * models look: with the first layer linear in these features, texts whose features nearly coincide
 * get nearly the same scores.
 */
export function featureSketch(text: string, config: FeaturizerConfig = DEFAULT_SKETCH_FEATURIZER, dims = DEFAULT_SKETCH_DIMS): Float32Array {
  const vector = new Float32Array(dims);
  for (const id of featurize(text, config).ids) {
    let hash = mix32(id + 0x9e3779b9);
    for (let position = 0; position < POSITIONS; position += 1) {
      vector[hash % dims]! += hash & 0x8000_0000 ? 1 : -1;
      hash = mix32(hash ^ 0x5bd1e995);
    }
  }
  let squares = 0;
  for (const value of vector) squares += value * value;
  const inverse = squares > 0 ? 1 / Math.sqrt(squares) : 0;
  for (let i = 0; i < dims; i += 1) vector[i]! *= inverse;
  return vector;
}

/** The featurizer of the active prompt-attack model when the manifest has one (the sketch then measures that model's input). */
export function sketchFeaturizer(manifest: ModelManifest | undefined, modelId = 'prompt-attack'): FeaturizerConfig {
  const entry = manifest?.models[modelId];
  return (entry && versionOf(entry, entry.active)?.featurizer) ?? DEFAULT_SKETCH_FEATURIZER;
}

/** The semantic cache's embedding: feature sketches, covering what the featurizer reads (`maxChars`). */
export function featureSketchEmbedding(config: FeaturizerConfig = DEFAULT_SKETCH_FEATURIZER, dims = DEFAULT_SKETCH_DIMS): SemanticEmbedding {
  return {
    embedder: {
      id: `feature-sketch@1/${config.buckets}/${config.charNgrams.join('-')}/${config.wordNgrams}/${dims}`,
      dims,
      embed: async (text: string) => featureSketch(text, config, dims),
    },
    maxChars: config.maxChars,
  };
}
