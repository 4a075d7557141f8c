import { monotonicClock, type Clock } from '../core/clock.ts';
import type { Pipeline } from '../core/pipeline.ts';
import { gatePipeline } from '../core/reply-stream.ts';
import { ok, type Result } from '../core/result.ts';
import type { ScanInput } from '../core/scan-input.ts';
import type { Verdict } from '../core/verdict.ts';
import { summarizeVerdict, type VerdictSummary } from '../messaging/verdict-summary.ts';
import type { ModelManifest } from '../models/manifest.ts';
import type { PolicyProfile } from '../policy/profile.ts';
import type { CacheMode } from '../settings/cache-mode-setting.ts';
import type { Embedder } from '../vector/embedder.ts';
import { dot, l2Normalized } from '../vector/vector-math.ts';
import { parseCacheEntry, toCachedVerdict, type CacheEntry } from './cache-entry.ts';
import { entryKey, resolveProfile, scopeDigest, type Digest } from './cache-key.ts';
import { DEFAULT_CACHE_LIMITS, isExpired, type CacheLimits } from './cache-limits.ts';
import { cacheStamp } from './cache-stamp.ts';
import { parseCacheMeta, type DecisionCacheStore } from './cache-store.ts';
import { isCacheableVerdict } from './cacheable-verdict.ts';
import { newSalt, saltedDigester } from './digest.ts';
import { SemanticIndex } from './semantic-index.ts';
import { DEFAULT_SEMANTIC_THRESHOLDS, semanticDecision, semanticSummary, type SemanticRefusal, type SemanticThresholds } from './semantic-reuse.ts';

/** Where a reply came from. */
export type CacheSource = 'exact' | 'semantic' | 'pipeline';

export interface CachedScan {
  summary: VerdictSummary;
  source: CacheSource;
  /** The full verdict, when the pipeline ran (a cache hit has only the summary). */
  verdict?: Verdict;
}

/** The embedding semantic lookups compare (feature-sketch.ts), and how much text it covers. */
export interface SemanticEmbedding {
  embedder: Embedder;
  /**
   * Texts longer than this are never looked up semantically: the embedding reads only the first
   * `maxChars`, so two texts that differ after that would look identical.
   */
  maxChars: number;
}

export interface DecisionCacheOptions {
  pipeline: Pick<Pipeline, 'scan' | 'detectors'>;
  store: DecisionCacheStore;
  /** The mode for this scan (settings/cache-mode-setting.ts); a rejection counts as `off`. */
  mode: () => CacheMode | Promise<CacheMode>;
  /** The shipped models (their versions and hashes are part of the stamp). */
  manifest?: ModelManifest;
  /** Build identity, e.g. the extension's version (part of the stamp). */
  build?: string;
  /** Without it the semantic and hybrid modes act as exact. */
  semantic?: SemanticEmbedding;
  /**
   * Device state a verdict depends on that the stamp cannot know (vector-guard's local feedback
   * exemplars): part of the scope, so a change makes earlier entries unreachable.
   */
  state?: () => string | Promise<string>;
  limits?: Partial<CacheLimits>;
  thresholds?: Partial<SemanticThresholds>;
  /** Wall clock (ms since the epoch) for TTL and LRU. */
  now?: () => number;
  /** Monotonic clock for the reply's latency. */
  clock?: Clock;
  /** A store operation that takes longer is given up on, and the scan goes on without the cache. */
  storeTimeoutMs?: number;
  /** Told (without any content) when the cache failed and was bypassed. */
  onError?: (error: unknown) => void;
}

export interface DecisionCacheStats {
  exact: number;
  semantic: number;
  pipeline: number;
  /** Semantic candidates that were close enough to be considered and refused, by reason. */
  refused: Partial<Record<SemanticRefusal, number>>;
  /** Cache operations that failed or timed out (each one fell through to the pipeline). */
  errors: number;
}

export interface DecisionCache {
  /** The verdict for `input`: from the cache when the mode and the rules allow, else from the pipeline. */
  scan(input: ScanInput): Promise<Result<CachedScan>>;
  /** Resolves when the writes of earlier scans (stores, touches, evictions) have settled. */
  idle(): Promise<void>;
  stats(): DecisionCacheStats;
}

interface Ready {
  digest: Digest;
  stamp: string;
}

interface Prepared {
  key: string;
  scope: string;
  profile: PolicyProfile;
}

const DEFAULT_STORE_TIMEOUT_MS = 100;
/** How long a store that did not answer in time is left alone (a blocked IndexedDB upgrade, a stalled disk). */
const STORE_REST_MS = 5_000;
const TIMEOUTS_BEFORE_REST = 3;

class StoreTimeout extends Error {
  override name = 'StoreTimeout';
}

/**
 * The decision cache, in front of the pipeline (DESIGN.md §2, stage 6): exact, semantic or hybrid
 * lookups, under the rules in lib/cache/README.md. It never stands between the user and a verdict:
 * every cache failure (a broken or slow store, a malformed entry, an embedder that cannot load) is
 * reported to `onError` and the scan runs the pipeline as if there were no cache. Writes happen
 * after the reply is computed and are not waited for.
 *
 * A scan that carries a `conversationId` bypasses the cache: the session stage (drift) must
 * observe every turn, and a turn's verdict then depends on the conversation before it, not only on
 * its text.
 */
export function createDecisionCache(options: DecisionCacheOptions): DecisionCache {
  const { pipeline, store } = options;
  const limits: CacheLimits = { ...DEFAULT_CACHE_LIMITS, ...options.limits };
  const thresholds: SemanticThresholds = { ...DEFAULT_SEMANTIC_THRESHOLDS, ...options.thresholds };
  const now = options.now ?? (() => Date.now());
  const clock = options.clock ?? monotonicClock;
  const storeTimeoutMs = options.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
  const minSimilarity = Math.min(thresholds.allowSimilarity, thresholds.strictSimilarity);
  const stats: DecisionCacheStats = { exact: 0, semantic: 0, pipeline: 0, refused: {}, errors: 0 };
  const pending = new Set<Promise<unknown>>();
  const index = new SemanticIndex(limits.semanticCandidates);
  let gate: Pipeline | undefined;
  let ready: Promise<Ready> | undefined;
  let clearedForOff = false;
  let writesSinceSweep = 0;

  /**
   * After several store timeouts in a row the cache stays out of the way for a while (clock ms)
   * instead of costing every scan the timeout. One timeout alone is not enough: right after a wake
   * the models' loading holds the worker's thread for hundreds of milliseconds, and any answer
   * (IndexedDB's included) waits behind it.
   */
  let resting = Number.NEGATIVE_INFINITY;
  let timeoutsInARow = 0;

  const failed = (error: unknown) => {
    stats.errors += 1;
    if (error instanceof StoreTimeout && (timeoutsInARow += 1) >= TIMEOUTS_BEFORE_REST) {
      timeoutsInARow = 0;
      resting = clock() + STORE_REST_MS;
    }
    options.onError?.(error);
  };

  async function within<T>(operation: Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreTimeout(`cache store did not answer in ${storeTimeoutMs} ms`)), storeTimeoutMs);
    });
    try {
      return await Promise.race([operation, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs after the reply; tracked so `idle()` can wait for it, reported if it fails. */
  function later(task: () => Promise<unknown>): void {
    const running = task().catch(failed);
    pending.add(running);
    void running.finally(() => pending.delete(running));
  }

  async function open(): Promise<Ready> {
    const stamp = cacheStamp({ detectors: pipeline.detectors, manifest: options.manifest, build: options.build, embedder: options.semantic?.embedder.id });
    // Not under the timeout: a slow first open goes on in the background, and a later scan finds it done.
    let meta = parseCacheMeta(await store.readMeta());
    if (!meta || meta.stamp !== stamp) {
      // Another stamp (an update, a retrained model) or no meta: nothing stored may answer any more.
      meta = { stamp, salt: newSalt() };
      index.clear();
      await store.reset(meta);
    }
    later(() => store.evict(now() - limits.ttlMs, limits.maxEntries));
    return { digest: saltedDigester(meta.salt), stamp };
  }

  function whenReady(): Promise<Ready> {
    if (!ready) {
      const opening = open();
      ready = opening;
      // A failed open is forgotten, so the next scan tries again.
      opening.catch(() => {
        if (ready === opening) ready = undefined;
      });
    }
    return ready;
  }

  async function prepare(input: ScanInput): Promise<Prepared | undefined> {
    const profile = resolveProfile(input.profile);
    // An unknown profile is the pipeline's error to report.
    if (!profile) return undefined;
    const { digest, stamp } = await within(whenReady());
    const state = options.state ? await within(Promise.resolve(options.state())) : '';
    const scope = scopeDigest(input, profile, stamp, state, digest);
    return { key: entryKey(scope, input.text, digest), scope, profile };
  }

  async function exactLookup(prepared: Prepared): Promise<CacheEntry | undefined> {
    const raw = await within(store.get(prepared.key));
    timeoutsInARow = 0;
    if (raw === undefined) return undefined;
    const entry = parseCacheEntry(raw);
    if (!entry || entry.key !== prepared.key || entry.scope !== prepared.scope || isExpired(entry, now(), limits.ttlMs)) {
      later(() => store.delete(prepared.key));
      return undefined;
    }
    return entry;
  }

  type SemanticOutcome = { hit: { entry: CacheEntry; gate: Verdict } } | { vector?: Float32Array };

  async function semanticLookup(input: ScanInput, prepared: Prepared, semantic: SemanticEmbedding): Promise<SemanticOutcome> {
    const vector = l2Normalized(await semantic.embedder.embed(input.text));
    // A text without features (the zero vector) is similar to nothing.
    if (!vector) return {};
    if (!index.has(prepared.scope)) {
      const stored = await within(store.recent(prepared.scope, limits.semanticCandidates));
      timeoutsInARow = 0;
      index.load(prepared.scope, stored.flatMap((raw) => parseCacheEntry(raw) ?? []).filter((entry) => entry.scope === prepared.scope));
    }
    const at = now();
    const candidates: Array<{ entry: CacheEntry; similarity: number }> = [];
    for (const entry of index.candidates(prepared.scope)) {
      if (!entry.vector || entry.vector.length !== vector.length || isExpired(entry, at, limits.ttlMs)) continue;
      const similarity = dot(vector, entry.vector);
      if (similarity >= minSimilarity) candidates.push({ entry, similarity });
    }
    if (candidates.length === 0) return { vector };
    gate ??= gatePipeline(pipeline.detectors);
    const gated = await gate.scan(input);
    if (!gated.ok) return { vector };
    candidates.sort((a, b) => b.similarity - a.similarity);
    for (const { entry, similarity } of candidates) {
      const decision = semanticDecision(entry.verdict, similarity, gated.value, prepared.profile, thresholds);
      if (decision.reuse) return { hit: { entry, gate: gated.value } };
      stats.refused[decision.reason] = (stats.refused[decision.reason] ?? 0) + 1;
    }
    return { vector };
  }

  function remember(prepared: Prepared, summary: VerdictSummary, vector: Float32Array | undefined): void {
    const at = now();
    const entry: CacheEntry = {
      key: prepared.key,
      scope: prepared.scope,
      verdict: toCachedVerdict(summary),
      createdAt: at,
      lastUsedAt: at,
      hits: 0,
      ...(vector ? { vector } : {}),
    };
    index.add(entry);
    later(async () => {
      await store.put(entry);
      writesSinceSweep += 1;
      if (writesSinceSweep >= limits.evictEvery) {
        writesSinceSweep = 0;
        await store.evict(now() - limits.ttlMs, limits.maxEntries);
      }
    });
  }

  async function scan(input: ScanInput): Promise<Result<CachedScan>> {
    const started = clock();
    let mode: CacheMode = 'off';
    const runPipeline = async (prepared?: Prepared, vector?: Float32Array): Promise<Result<CachedScan>> => {
      const result = await pipeline.scan(input);
      if (!result.ok) return result;
      stats.pipeline += 1;
      const summary = summarizeVerdict(result.value, now());
      // Semantic mode alone only ever finds an entry through its vector.
      const findable = mode !== 'semantic' || vector !== undefined;
      if (prepared && findable && isCacheableVerdict(result.value)) remember(prepared, summary, vector);
      return ok({ summary, source: 'pipeline', verdict: result.value });
    };

    if (input.conversationId !== undefined || clock() < resting) return runPipeline();
    try {
      mode = await within(Promise.resolve(options.mode()));
    } catch (error) {
      failed(error);
      return runPipeline();
    }
    if (mode === 'off') {
      if (!clearedForOff) {
        clearedForOff = true;
        ready = undefined;
        index.clear();
        later(() => store.clear());
      }
      return runPipeline();
    }
    clearedForOff = false;

    let prepared: Prepared | undefined;
    try {
      prepared = await prepare(input);
    } catch (error) {
      failed(error);
      return runPipeline();
    }
    if (!prepared) return runPipeline();
    const found = prepared;

    if (mode === 'exact' || mode === 'hybrid') {
      try {
        const entry = await exactLookup(found);
        if (entry) {
          stats.exact += 1;
          later(() => store.touch(found.key, now()));
          const summary: VerdictSummary = { ...entry.verdict, at: now(), failedDetectors: [], detectorMs: {}, latencyMs: clock() - started };
          return ok({ summary, source: 'exact' });
        }
      } catch (error) {
        failed(error);
      }
    }

    let vector: Float32Array | undefined;
    const semantic = options.semantic;
    if ((mode === 'semantic' || mode === 'hybrid') && semantic && input.text.length <= semantic.maxChars) {
      try {
        const outcome = await semanticLookup(input, found, semantic);
        if ('hit' in outcome) {
          const { entry, gate: gated } = outcome.hit;
          stats.semantic += 1;
          index.touch(entry.scope, entry.key, now());
          later(() => store.touch(entry.key, now()));
          return ok({ summary: semanticSummary(entry.verdict, gated, now(), clock() - started), source: 'semantic' });
        }
        vector = outcome.vector;
      } catch (error) {
        failed(error);
      }
    }
    return runPipeline(found, vector);
  }

  return {
    scan,
    async idle() {
      while (pending.size) await Promise.allSettled([...pending]);
    },
    stats: () => structuredClone(stats),
  };
}
