import type { AnyDetector } from '../core/detector.ts';
import type { ModelManifest } from '../models/manifest.ts';
import { sha256Hex } from './digest.ts';
import { stableJson } from './stable-json.ts';

/** Bumped when the shape or meaning of a cache entry changes: old entries are then dropped. */
export const CACHE_SCHEMA = 1;

export interface CacheStampInput {
  /** Every detector the pipeline runs (its id and version say what it does). */
  detectors: readonly AnyDetector[];
  /** The models that are shipped (active and shadow versions, by content hash). */
  manifest?: ModelManifest;
  /**
   * Anything else a verdict depends on that no version above names: the extension's own version
   * (an update can change rule tables, the registry snapshot, the normalizer…).
   */
  build?: string;
  /** The semantic embedding's id: vectors made by another embedder must never be compared. */
  embedder?: string;
}

/**
 * The version of everything that decides, as one digest. It is part of every key, and the store
 * keeps the stamp it was filled under: when the stamp changes (an update, a retrained model, a new
 * detector), every entry is dropped at once instead of lingering until its TTL. Models are named by
 * SHA-256 as well as version, so a model retrained under the same version still invalidates.
 */
export function cacheStamp(input: CacheStampInput): string {
  const detectors = input.detectors.map((detector) => `${detector.meta.id}@${detector.meta.version}`).sort();
  const models = Object.fromEntries(
    Object.entries(input.manifest?.models ?? {}).map(([id, entry]) => {
      const pinned = (name: string | undefined) => {
        const version = entry.versions.find((candidate) => candidate.version === name);
        return version ? { version: version.version, sha256: version.sha256, index: version.exemplarIndex?.sha256 ?? null } : null;
      };
      return [id, { active: pinned(entry.active), shadow: pinned(entry.shadow) }];
    }),
  );
  return sha256Hex(stableJson({ schema: CACHE_SCHEMA, detectors, models, build: input.build ?? null, embedder: input.embedder ?? null }));
}
