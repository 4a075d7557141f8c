import { oneOf } from '../core/one-of.ts';

/**
 * How the background reuses earlier decisions (lib/cache/README.md):
 * - `off`: every scan runs the pipeline, and whatever the cache held is deleted;
 * - `exact`: the same text in the same context (direction, site, profile, policy, models) gets the
 *   verdict it got before — provably the verdict the pipeline would give again;
 * - `semantic`: a near-duplicate (embedding similarity) may reuse a verdict, under the risk-aware
 *   rules of lib/cache/semantic-reuse.ts;
 * - `hybrid`: exact first, then semantic.
 */
export const CACHE_MODES = ['off', 'exact', 'semantic', 'hybrid'] as const;
export type CacheMode = (typeof CACHE_MODES)[number];

/**
 * `exact` by default: it never changes a verdict (same text, same context, same deterministic
 * pipeline), and it is what real repetition mostly is — the send after a pre-scan of the same
 * draft, a re-send, a regenerated reply. Semantic reuse answers near-duplicates with a verdict
 * computed for another text (reasons and strictness included): safe by construction in one
 * direction (it never turns a risky text into an "allow"), but it can keep a warning on a text
 * the user just edited to fix, and it saves a few milliseconds that pre-scanning already hides.
 * So it is something to opt into (see the replay numbers in lib/cache/README.md).
 */
export const DEFAULT_CACHE_MODE: CacheMode = 'exact';

/** The `storage.local` key that holds the chosen mode. */
export const CACHE_MODE_STORAGE_KEY = 'decisionCacheMode';

/** Validate-and-repair: anything that is not a known mode (nothing, a typo, an old shape) is the default. */
export function resolveCacheMode(stored: unknown): CacheMode {
  return oneOf(CACHE_MODES)(stored) ? stored : DEFAULT_CACHE_MODE;
}

/**
 * Reads the mode from a storage area (browser.storage.local in the extension). Read on every scan
 * like the profile, so a change applies to the next message; the caller treats a failing read as
 * `off` (a cache that cannot be configured is not consulted — the scan itself still runs).
 */
export async function loadCacheMode(area: { get(keys: string): Promise<Record<string, unknown>> }): Promise<CacheMode> {
  const stored = await area.get(CACHE_MODE_STORAGE_KEY);
  return resolveCacheMode(stored[CACHE_MODE_STORAGE_KEY]);
}
