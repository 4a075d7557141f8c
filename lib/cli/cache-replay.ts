import { actionRank, type Action } from '../core/action.ts';
import type { AnyDetector } from '../core/detector.ts';
import { createPipeline } from '../core/pipeline.ts';
import { createDecisionCache, type CacheSource, type DecisionCacheStats, type SemanticEmbedding } from '../cache/decision-cache.ts';
import { isCacheableVerdict } from '../cache/cacheable-verdict.ts';
import { MemoryCacheStore } from '../cache/memory-cache-store.ts';
import type { CacheMode } from '../settings/cache-mode-setting.ts';
import { roundTo, Samples, summarize } from './percentiles.ts';
import type { ReplayStep } from './replay-sequence.ts';

export interface ReplayModeReport {
  mode: CacheMode;
  scans: number;
  hits: { exact: number; semantic: number };
  /** (exact + semantic) / scans. */
  hitRate: number;
  /** Wall time of the scans as the caller waits for them (cache writes happen after the reply). */
  replyMs: { total: number; p50: number | null; p95: number | null; hitP50: number | null; missP50: number | null };
  /** Reply time saved against the uncached run over the same sequence, and as a share of it. */
  savedMs: number | null;
  savedShare: number | null;
  /** Scans whose action differs from the uncached pipeline's, and how. */
  changed: { total: number; stricter: number; laxer: number; riskyToAllow: number; bySource: Record<CacheSource, number> };
  /** Differences left out of `changed` because the uncached or this run's pipeline could not check everything that time. */
  incompleteDiffers: number;
  /** Attack rows answered `allow` (the uncached run's number is the baseline). */
  attacksAllowed: number;
  refused: DecisionCacheStats['refused'];
  errors: number;
  /** Entries in the store at the end. */
  entries: number;
}

export interface ReplayReport {
  steps: { total: number; new: number; repeat: number; nearDuplicate: number; attacks: number };
  modes: ReplayModeReport[];
}

export interface CacheReplayOptions {
  detectors: readonly AnyDetector[];
  steps: readonly ReplayStep[];
  /** `off` is always run first: its verdicts are the reference every mode is compared with. */
  modes: readonly CacheMode[];
  profile: string;
  semantic?: SemanticEmbedding;
  onProgress?: (message: string) => void;
}

interface ModeRun {
  mode: CacheMode;
  cache: ReturnType<typeof createDecisionCache>;
  store: MemoryCacheStore;
  actions: Action[];
  sources: CacheSource[];
  times: number[];
  /** Per scan: the pipeline ran and some detector could not check (failed, or skipped for time). */
  incomplete: boolean[];
  stats: DecisionCacheStats;
  entries: number;
}

function startMode(mode: CacheMode, options: CacheReplayOptions): ModeRun {
  const pipeline = createPipeline({ detectors: options.detectors });
  const store = new MemoryCacheStore();
  const cache = createDecisionCache({ pipeline, store, mode: () => mode, ...(options.semantic ? { semantic: options.semantic } : {}) });
  return { mode, cache, store, actions: [], sources: [], times: [], incomplete: [], stats: cache.stats(), entries: 0 };
}

async function scanStep(run: ModeRun, step: ReplayStep, profile: string): Promise<void> {
  const started = performance.now();
  const result = await run.cache.scan({ text: step.text, direction: 'inbound', site: 'chatgpt.com', profile });
  run.times.push(performance.now() - started);
  if (!result.ok) throw new Error(`scan failed: ${result.error}`);
  run.actions.push(result.value.summary.action);
  run.sources.push(result.value.source);
  run.incomplete.push(result.value.verdict !== undefined && !isCacheableVerdict(result.value.verdict));
  // Writes land before the next scan, as they do in the extension between two messages; they are
  // not part of the reply time.
  await run.cache.idle();
}

function reportFor(mode: CacheMode, run: ModeRun, reference: ModeRun, steps: readonly ReplayStep[]): ReplayModeReport {
  const changed: ReplayModeReport['changed'] = { total: 0, stricter: 0, laxer: 0, riskyToAllow: 0, bySource: { exact: 0, semantic: 0, pipeline: 0 } };
  const hitTimes = new Samples();
  const missTimes = new Samples();
  let attacksAllowed = 0;
  let unreliable = 0;
  for (const [index, action] of run.actions.entries()) {
    const expected = reference.actions[index]!;
    const source = run.sources[index]!;
    (source === 'pipeline' ? missTimes : hitTimes).push(run.times[index]!);
    if (steps[index]!.label === 'attack' && action === 'allow') attacksAllowed += 1;
    if (action === expected) continue;
    // The reference itself ran short (a detector timed out or ran out of budget on this busy
    // machine): not a verdict to hold the cache to.
    if (reference.incomplete[index] || run.incomplete[index]) {
      unreliable += 1;
      continue;
    }
    changed.total += 1;
    changed.bySource[source] += 1;
    if (actionRank(action) > actionRank(expected)) changed.stricter += 1;
    else changed.laxer += 1;
    if (action === 'allow') changed.riskyToAllow += 1;
  }
  const total = run.times.reduce((sum, ms) => sum + ms, 0);
  const referenceTotal = reference.times.reduce((sum, ms) => sum + ms, 0);
  const all = summarize(run.times);
  return {
    mode,
    scans: run.actions.length,
    hits: { exact: run.stats.exact, semantic: run.stats.semantic },
    hitRate: roundTo((run.stats.exact + run.stats.semantic) / Math.max(1, run.actions.length), 4)!,
    replyMs: { total: roundTo(total, 1)!, p50: all.p50, p95: all.p95, hitP50: summarize(hitTimes).p50, missP50: summarize(missTimes).p50 },
    savedMs: mode === 'off' ? null : roundTo(referenceTotal - total, 1),
    savedShare: mode === 'off' || referenceTotal === 0 ? null : roundTo((referenceTotal - total) / referenceTotal, 4),
    changed,
    incompleteDiffers: unreliable,
    attacksAllowed,
    refused: run.stats.refused,
    errors: run.stats.errors,
    entries: run.entries,
  };
}

/**
 * Replays a sequence of prompts through the real pipeline once per cache mode (each with a fresh
 * pipeline and an empty in-memory store, the modes interleaved scan by scan) and compares every
 * answer with the uncached pipeline's.
 * The models are warmed up first, so no mode pays their loading. The store is in memory: the
 * extension's IndexedDB adds a read (~0.1–1 ms) to every lookup, which this does not measure.
 */
export async function replayCacheModes(options: CacheReplayOptions): Promise<ReplayReport> {
  const warmup = createPipeline({ detectors: options.detectors });
  for (const step of options.steps.slice(0, 100)) await warmup.scan({ text: step.text, direction: 'inbound', site: 'chatgpt.com', profile: options.profile });
  if (options.semantic) for (const step of options.steps.slice(0, 20)) await options.semantic.embedder.embed(step.text);

  const modes = [...new Set<CacheMode>(['off', ...options.modes])];
  const runs = new Map(modes.map((mode) => [mode, startMode(mode, options)]));
  // Interleaved, in a rotating order: every mode scans step i before any scans step i + 1, so
  // each sees the same machine (JIT state, load from other processes).
  const order = [...runs.values()];
  for (const [index, step] of options.steps.entries()) {
    if (index % 100 === 0) options.onProgress?.(`${index}/${options.steps.length}`);
    for (let turn = 0; turn < order.length; turn += 1) await scanStep(order[(index + turn) % order.length]!, step, options.profile);
  }
  for (const run of order) {
    run.stats = run.cache.stats();
    run.entries = await run.store.count();
  }
  const reference = runs.get('off')!;
  const { steps } = options;
  return {
    steps: {
      total: steps.length,
      new: steps.filter((step) => step.kind === 'new').length,
      repeat: steps.filter((step) => step.kind === 'repeat').length,
      nearDuplicate: steps.filter((step) => step.kind === 'near-duplicate').length,
      attacks: steps.filter((step) => step.label === 'attack').length,
    },
    modes: modes.map((mode) => reportFor(mode, runs.get(mode)!, reference, steps)),
  };
}
