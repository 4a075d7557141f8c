import { err, ok, type Result } from '../core/result.ts';
import type { FeaturizerConfig } from './featurize.ts';

/**
 * models/manifest.json: every shipped model version, and which one each model runs. Rolling back
 * is pointing `active` at an earlier version; a `shadow` version runs beside the active one and is
 * recorded without changing verdicts (see the model detectors).
 */
export interface ModelVersion {
  version: string;
  /** Path of the ONNX file relative to models/. */
  file: string;
  sha256: string;
  bytes: number;
  featurizer: FeaturizerConfig;
  /** Output names, in the order of the `scores` tensor. */
  outputs: string[];
  embeddingDims: number;
  /** Path of the model card relative to models/. */
  card: string;
  /** vector-guard's exemplar index, made with this version's embedding (only valid with it). */
  exemplarIndex?: ModelAsset;
}

/** A file that belongs to a model version, pinned like the model itself. */
export interface ModelAsset {
  file: string;
  sha256: string;
  bytes: number;
}

export interface ModelEntry {
  active: string;
  shadow?: string;
  versions: ModelVersion[];
}

export interface ModelManifest {
  schema: 1;
  models: Record<string, ModelEntry>;
}

const HEX_64 = /^[0-9a-f]{64}$/u;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function validateVersion(value: unknown, where: string): Result<ModelVersion> {
  if (!isRecord(value)) return err(`${where}: not an object`);
  const { version, file, sha256, bytes, featurizer, outputs, embeddingDims, card, exemplarIndex } = value;
  if (typeof version !== 'string' || version === '') return err(`${where}: version must be a non-empty string`);
  if (typeof file !== 'string' || !/^[\w./-]+\.onnx$/u.test(file) || file.includes('..')) return err(`${where}: bad file path`);
  if (typeof card !== 'string' || card.includes('..')) return err(`${where}: bad card path`);
  if (typeof sha256 !== 'string' || !HEX_64.test(sha256)) return err(`${where}: sha256 must be 64 lower-case hex digits`);
  if (!Number.isSafeInteger(bytes) || (bytes as number) <= 0) return err(`${where}: bytes must be a positive integer`);
  if (!Array.isArray(outputs) || outputs.length === 0 || !outputs.every((name) => typeof name === 'string')) {
    return err(`${where}: outputs must be a non-empty list of names`);
  }
  if (!Number.isSafeInteger(embeddingDims) || (embeddingDims as number) <= 0) return err(`${where}: bad embeddingDims`);
  if (!isRecord(featurizer)) return err(`${where}: featurizer missing`);
  const { buckets, charNgrams, wordNgrams, maxChars, unspacedNgrams } = featurizer;
  const powerOfTwo = Number.isSafeInteger(buckets) && (buckets as number) > 1 && ((buckets as number) & ((buckets as number) - 1)) === 0;
  const ngrams = Array.isArray(charNgrams) && charNgrams.length === 2 && charNgrams.every((n) => Number.isSafeInteger(n) && n > 0);
  if (!powerOfTwo || !ngrams || !Number.isSafeInteger(wordNgrams) || !Number.isSafeInteger(maxChars) || (maxChars as number) <= 0) {
    return err(`${where}: bad featurizer settings`);
  }
  if (unspacedNgrams !== undefined && typeof unspacedNgrams !== 'boolean') return err(`${where}: unspacedNgrams must be true or false`);
  let index: ModelAsset | undefined;
  if (exemplarIndex !== undefined) {
    if (!isRecord(exemplarIndex)) return err(`${where}: exemplarIndex must be an object`);
    const asset = exemplarIndex;
    if (typeof asset.file !== 'string' || !/^[\w./-]+$/u.test(asset.file) || asset.file.includes('..')) return err(`${where}: bad exemplarIndex path`);
    if (typeof asset.sha256 !== 'string' || !HEX_64.test(asset.sha256)) return err(`${where}: bad exemplarIndex sha256`);
    if (!Number.isSafeInteger(asset.bytes) || (asset.bytes as number) <= 0) return err(`${where}: bad exemplarIndex bytes`);
    index = { file: asset.file, sha256: asset.sha256, bytes: asset.bytes as number };
  }
  return ok({
    ...(index ? { exemplarIndex: index } : {}),
    version,
    file,
    sha256,
    bytes: bytes as number,
    featurizer: {
      buckets: buckets as number,
      charNgrams: [charNgrams[0], charNgrams[1]] as [number, number],
      wordNgrams: wordNgrams as number,
      maxChars: maxChars as number,
      ...(unspacedNgrams === true ? { unspacedNgrams: true } : {}),
    },
    outputs: outputs as string[],
    embeddingDims: embeddingDims as number,
    card,
  });
}

/** Checks an untrusted manifest; every problem is named. */
export function validateManifest(value: unknown): Result<ModelManifest> {
  if (!isRecord(value) || value.schema !== 1 || !isRecord(value.models)) return err('manifest: expected { schema: 1, models: {…} }');
  const models: Record<string, ModelEntry> = {};
  for (const [id, entry] of Object.entries(value.models)) {
    if (!isRecord(entry) || !Array.isArray(entry.versions)) return err(`manifest: ${id}: expected { active, versions: [...] }`);
    const versions: ModelVersion[] = [];
    for (const [index, raw] of entry.versions.entries()) {
      const version = validateVersion(raw, `manifest: ${id}.versions[${index}]`);
      if (!version.ok) return version;
      versions.push(version.value);
    }
    const known = (name: unknown) => typeof name === 'string' && versions.some((v) => v.version === name);
    if (!known(entry.active)) return err(`manifest: ${id}: active version is not listed`);
    if (entry.shadow !== undefined && !known(entry.shadow)) return err(`manifest: ${id}: shadow version is not listed`);
    models[id] = { active: entry.active as string, versions, ...(entry.shadow === undefined ? {} : { shadow: entry.shadow as string }) };
  }
  return ok({ schema: 1, models });
}

export const versionOf = (entry: ModelEntry, version: string): ModelVersion | undefined =>
  entry.versions.find((candidate) => candidate.version === version);
