import { join } from 'node:path';
import type { Direction } from '../core/direction.ts';
import { identityNormalize } from '../core/normalize.ts';
import { createPipeline, type Pipeline } from '../core/pipeline.ts';
import { gatePipeline } from '../core/reply-stream.ts';
import { STAGES } from '../core/verdict.ts';
import { DEFAULT_PROFILE_ID, PROFILE_IDS } from '../policy/profiles.ts';
import { parseCommandArgs, parseIntList, parsePositiveInt, parseProfile, wantsHelp } from './args.ts';
import { formatBenchReport, type BenchCell, type BenchReport, type TimedStage } from './bench-report.ts';
import { fitExponent } from './growth.ts';
import { buildTexts, samplePool, syntheticPool } from './bench-texts.ts';
import { DEFAULT_DATASET_DIR } from './dataset-dir.ts';
import type { CliIo } from './io.ts';
import { benchModels } from './model-bench.ts';
import { benchStreaming, STREAM_DELTA_CHARS, STREAM_REPLY_CHARS } from './stream-bench.ts';
import { cliDetectors, nodeModelProvider } from './node-models.ts';
import { roundTo, Samples, summarize } from './percentiles.ts';
import { Progress } from './progress.ts';
import { peakRssMb } from './rss.ts';

export const BENCH_SIZES = [100, 2_000, 10_000, 100_000] as const;
const DEFAULT_ITERATIONS = 1_000;
/** With the default iteration count, a size stops early after this long (keeps bench < ~60 s). */
const CELL_BUDGET_MS = 5_000;
const MIN_SAMPLES = 20;
/**
 * Scans before measuring, per direction and size (at most WARMUP_MS of them): the JIT keeps
 * compiling the detectors for the first hundred or two scans of 2,000 characters, and with 30
 * warm-up scans those compilations were the p99 (6 ms, against 2 ms once warm).
 */
const WARMUP_SCANS = 300;
const WARMUP_MS = 1_000;
const VARIANTS = 16;
const OVERHEAD_CHARS = 2_000;
/** Distinct 50,000-character replies streamed (each also scanned whole, for the ratio). */
const STREAM_RUNS = 5;
export const OVERHEAD_TARGET_MS = 0.1;
const TIMED: readonly TimedStage[] = [...STAGES, 'total'];
type Timed = TimedStage;

export const BENCH_HELP = `Usage: rampart bench [options]

Measures scan latency with the registered detectors on realistic text: user prompts sampled from
../shared/datasets/dev/inbound.jsonl and model replies from outbound.jsonl, joined and cut to
${BENCH_SIZES.map((size) => size.toLocaleString('en-US')).join(', ')} characters (16 distinct texts per size). Without the dev
data it uses a small built-in synthetic text and says so on stderr. Each size is warmed up first
(${WARMUP_SCANS} scans or ${WARMUP_MS / 1000} s, whichever ends first: the JIT is still compiling the detectors
during the first hundred or two scans).

Reports wall time per scan (p50/p99, ms) per direction and size, each pipeline stage's p50/p99
(from the verdict's latencyMs), throughput (chars/s), how cost grows with size (µs per 1,000
characters at each size and the fitted exponent of latency ~ size^k), peak RSS, and the pipeline's
own overhead: p50/p99 of a scan of ${OVERHEAD_CHARS.toLocaleString('en-US')} characters with no detectors and the identity
normalizer, i.e. the orchestration alone (target < ${OVERHEAD_TARGET_MS} ms); the normalize stage is timed
under stagesMs like every other stage.

Options:
  --iterations N   measured scans per direction and size (default ${DEFAULT_ITERATIONS}; with the default a
                   size stops after ${CELL_BUDGET_MS / 1000} s). The overhead run uses 20×N scans.
  --sizes LIST     comma-separated sizes in characters (default ${BENCH_SIZES.join(',')})
  --profile P      ${PROFILE_IDS.join(', ')} (default ${DEFAULT_PROFILE_ID})
  --data-dir DIR   where inbound.jsonl and outbound.jsonl are (default ../shared/datasets/dev)
  --rules-only     leave the trained models out
  --json           print exactly one JSON object on stdout
  -h, --help       show this help

JSON: {inbound: {SIZE: {p50, p99, n, usPer1kChars, charsPerSec, stages}}, outbound: {…},
stagesMs: {stage: p50} (at ${OVERHEAD_CHARS} characters, or the nearest measured size: stagesAtChars),
charsPerSec, peakRssMb, overheadMs {p50, p99, meanMs, n}, growth {inbound, outbound: {exponent,
usPer1kChars}}, models {id: {version, loadMs, firstInferenceMs, inferenceMs {p50, p95, p99, max, n}}}
(each active model alone at ${OVERHEAD_CHARS} characters: cold session creation, first and warm
inference), streaming {replyChars, deltaChars, fullScanMs, streamMs, windowsMs, ratio, targetRatio, runs}
(a ${STREAM_REPLY_CHARS.toLocaleString('en-US')}-character reply pushed through ReplyStream in ${STREAM_DELTA_CHARS}-character deltas — windows scanned by
the cheap detectors — plus the final full settle scan, against one full scan of the reply; medians;
target ratio < 3), text ("dataset" | "synthetic"), detectors, iterations, seconds}. Times in ms.
`;

const OPTIONS = {
  iterations: { type: 'string' },
  sizes: { type: 'string' },
  profile: { type: 'string' },
  'data-dir': { type: 'string' },
  'rules-only': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const usageError = (io: CliIo, message: string): number => {
  io.stderr(`rampart bench: ${message}\nRun "rampart bench --help" for usage.\n`);
  return 1;
};

type Cell = BenchCell;

interface Measured {
  wall: Samples;
  stages: Record<Timed, Samples>;
}

interface Plan {
  iterations: number;
  warmup: number;
  /** Stop measuring after this long (default iteration count only). */
  budgetMs: number;
}

async function measure(pipeline: Pipeline, texts: readonly string[], direction: Direction, profile: string, plan: Plan): Promise<Measured> {
  const scan = async (text: string) => {
    const result = await pipeline.scan({ text, direction, site: 'cli', profile });
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };
  const warming = performance.now();
  for (let i = 0; i < plan.warmup; i += 1) {
    await scan(texts[i % texts.length]!);
    if (performance.now() - warming > WARMUP_MS && i + 1 >= 3) break;
  }
  const wall = new Samples();
  const stages = Object.fromEntries(TIMED.map((stage) => [stage, new Samples()])) as Record<Timed, Samples>;
  const started = performance.now();
  for (let i = 0; i < plan.iterations; i += 1) {
    const before = performance.now();
    const verdict = await scan(texts[i % texts.length]!);
    const after = performance.now();
    wall.push(after - before);
    for (const stage of TIMED) stages[stage].push(verdict.latencyMs[stage]);
    if (after - started > plan.budgetMs && i + 1 >= MIN_SAMPLES) break;
  }
  return { wall, stages };
}

function cellOf(measured: Measured, size: number): Cell {
  const wall = summarize(measured.wall);
  const totalMs = measured.wall.sum();
  return {
    p50: wall.p50,
    p99: wall.p99,
    n: measured.wall.length,
    usPer1kChars: wall.p50 === null ? null : roundTo((wall.p50 * 1000) / (size / 1000), 3),
    charsPerSec: totalMs > 0 ? Math.round((size * measured.wall.length) / (totalMs / 1000)) : null,
    stages: Object.fromEntries(
      TIMED.map((stage) => {
        const { p50, p99 } = summarize(measured.stages[stage]);
        return [stage, { p50, p99 }];
      }),
    ) as Cell['stages'],
  };
}

export async function benchCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (wantsHelp(argv)) {
    io.stdout(BENCH_HELP);
    return 0;
  }
  const parsed = parseCommandArgs(argv, OPTIONS, 0);
  if (!parsed.ok) return usageError(io, parsed.error);
  const { values } = parsed.value;
  const iterationsArg = parsePositiveInt('--iterations', values.iterations);
  if (!iterationsArg.ok) return usageError(io, iterationsArg.error);
  const sizesArg = parseIntList('--sizes', values.sizes);
  if (!sizesArg.ok) return usageError(io, sizesArg.error);
  const profile = parseProfile(values.profile, DEFAULT_PROFILE_ID);
  if (!profile.ok) return usageError(io, profile.error);

  const started = performance.now();
  const iterations = iterationsArg.value ?? DEFAULT_ITERATIONS;
  const plan: Plan = {
    iterations,
    // A short run (--iterations 2 in tests) stays short.
    warmup: Math.min(WARMUP_SCANS, 3 * iterations),
    budgetMs: iterationsArg.value === undefined ? CELL_BUDGET_MS : Number.POSITIVE_INFINITY,
  };
  const sizes = [...new Set(sizesArg.value ?? BENCH_SIZES)].sort((a, b) => a - b);
  const dataDir = values['data-dir'] ?? DEFAULT_DATASET_DIR;
  const progress = new Progress(io, 'rampart bench');

  progress.update('sampling texts');
  const pools = { inbound: await samplePool(join(dataDir, 'inbound.jsonl')), outbound: await samplePool(join(dataDir, 'outbound.jsonl')) };
  const synthetic = !pools.inbound || !pools.outbound;
  if (synthetic) {
    progress.clear();
    io.stderr(`rampart bench: no dev data in ${dataDir} (inbound.jsonl, outbound.jsonl); using a built-in synthetic text instead\n`);
  }
  const poolFor = (direction: Direction) => (synthetic ? syntheticPool(direction) : pools[direction]!);

  const detectors = await cliDetectors(values['rules-only'] === true);
  const pipeline = createPipeline({ detectors });
  const directions = ['inbound', 'outbound'] as const;
  const cells: Record<Direction, Record<string, Cell>> = { inbound: {}, outbound: {} };
  const stagePool = Object.fromEntries(TIMED.map((stage) => [stage, new Samples()])) as Record<Timed, Samples>;
  const stagesAtChars = sizes.reduce((best, size) => (Math.abs(size - OVERHEAD_CHARS) < Math.abs(best - OVERHEAD_CHARS) ? size : best), sizes[0]!);
  let charsScanned = 0;
  let msScanning = 0;

  for (const direction of directions) {
    for (const size of sizes) {
      progress.update(`${direction} ${size.toLocaleString('en-US')} chars`);
      const texts = buildTexts(poolFor(direction), size, VARIANTS);
      const measured = await measure(pipeline, texts, direction, profile.value, plan);
      cells[direction][String(size)] = cellOf(measured, size);
      charsScanned += size * measured.wall.length;
      msScanning += measured.wall.sum();
      if (size === stagesAtChars) {
        for (const stage of TIMED) for (const value of measured.stages[stage].sorted()) stagePool[stage].push(value);
      }
    }
  }

  progress.update('pipeline overhead (no detectors)');
  const bare = createPipeline({ detectors: [], normalize: identityNormalize });
  const overheadTexts = buildTexts(poolFor('inbound'), OVERHEAD_CHARS, VARIANTS);
  const overheadRuns = iterations * 20;
  const overhead = await measure(bare, overheadTexts, 'inbound', profile.value, {
    iterations: overheadRuns,
    warmup: Math.min(overheadRuns, 5_000),
    budgetMs: plan.budgetMs,
  });
  const overheadSummary = summarize(overhead.wall, 5);
  progress.update('models (cold start, then warm inference)');
  const models =
    values['rules-only'] === true
      ? {}
      : await benchModels(nodeModelProvider, buildTexts(poolFor('inbound'), OVERHEAD_CHARS, VARIANTS), Math.max(iterations, 200));
  progress.update(`streaming (${STREAM_REPLY_CHARS.toLocaleString('en-US')}-char reply in ${STREAM_DELTA_CHARS}-char deltas)`);
  const streaming = await benchStreaming(pipeline, buildTexts(poolFor('outbound'), STREAM_REPLY_CHARS, STREAM_RUNS), {
    windowPipeline: gatePipeline(detectors),
  });
  progress.clear();

  const growth = Object.fromEntries(
    directions.map((direction) => {
      const points = sizes.map((size) => ({ size, ms: cells[direction][String(size)]!.p50 }));
      return [
        direction,
        {
          exponent: fitExponent(points),
          usPer1kChars: Object.fromEntries(sizes.map((size) => [String(size), cells[direction][String(size)]!.usPer1kChars])),
        },
      ];
    }),
  ) as Record<Direction, { exponent: number | null; usPer1kChars: Record<string, number | null> }>;

  const report: BenchReport = {
    inbound: cells.inbound,
    outbound: cells.outbound,
    stagesMs: Object.fromEntries(TIMED.map((stage) => [stage, summarize(stagePool[stage]).p50])) as Record<Timed, number | null>,
    stagesAtChars,
    charsPerSec: msScanning > 0 ? Math.round(charsScanned / (msScanning / 1000)) : null,
    peakRssMb: peakRssMb(),
    overheadMs: {
      p50: overheadSummary.p50,
      p99: overheadSummary.p99,
      meanMs: overhead.wall.length ? roundTo(overhead.wall.sum() / overhead.wall.length, 5) : null,
      n: overhead.wall.length,
      chars: OVERHEAD_CHARS,
      targetP50: OVERHEAD_TARGET_MS,
    },
    growth,
    models,
    streaming,
    text: synthetic ? ('synthetic' as const) : ('dataset' as const),
    detectors: detectors.map((detector) => `${detector.meta.id}@${detector.meta.version}`),
    profile: profile.value,
    iterations,
    seconds: roundTo((performance.now() - started) / 1000, 2)!,
  };
  io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatBenchReport(report));
  return 0;
}

