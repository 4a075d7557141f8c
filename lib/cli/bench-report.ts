import type { Direction } from '../core/direction.ts';
import type { Stage } from '../core/verdict.ts';
import type { ModelBench } from './model-bench.ts';
import type { StreamBench } from './stream-bench.ts';
import { formatMs, textTable } from './text-table.ts';

export type TimedStage = Stage | 'total';

/** One direction at one input size. Times in milliseconds. */
export interface BenchCell {
  p50: number | null;
  p99: number | null;
  /** Measured scans. */
  n: number;
  /** p50 in microseconds per 1,000 characters. */
  usPer1kChars: number | null;
  charsPerSec: number | null;
  /** Each stage's p50/p99 from the verdicts' latencyMs. */
  stages: Record<TimedStage, { p50: number | null; p99: number | null }>;
}

/** What `rampart bench --json` prints. */
export interface BenchReport {
  inbound: Record<string, BenchCell>;
  outbound: Record<string, BenchCell>;
  stagesMs: Record<TimedStage, number | null>;
  stagesAtChars: number;
  charsPerSec: number | null;
  peakRssMb: number;
  overheadMs: { p50: number | null; p99: number | null; meanMs: number | null; n: number; chars: number; targetP50: number };
  growth: Record<Direction, { exponent: number | null; usPer1kChars: Record<string, number | null> }>;
  /** Each active model alone (empty with --rules-only or without models). */
  models: Record<string, ModelBench>;
  streaming: StreamBench;
  text: 'dataset' | 'synthetic';
  detectors: string[];
  profile: string;
  iterations: number;
  seconds: number;
}

const STAGE_COLUMNS: readonly TimedStage[] = ['normalize', 'gate', 'route', 'detectors', 'decide'];

/** The readable form of a bench report. */
export function formatBenchReport(report: BenchReport): string {
  let out = `rampart bench: detectors [${report.detectors.join(', ')}], profile ${report.profile}, ${report.text} text, ${report.seconds} s\n`;
  out += `times in ms (wall time per scan; stages are p50 from the verdict)\n\n`;
  const rows: string[][] = [];
  for (const direction of ['inbound', 'outbound'] as const) {
    for (const [size, cell] of Object.entries(report[direction])) {
      rows.push([
        direction,
        Number(size).toLocaleString('en-US'),
        String(cell.n),
        formatMs(cell.p50),
        formatMs(cell.p99),
        ...STAGE_COLUMNS.map((stage) => formatMs(cell.stages[stage].p50)),
        cell.usPer1kChars === null ? '-' : cell.usPer1kChars.toFixed(2),
        cell.charsPerSec === null ? '-' : cell.charsPerSec.toLocaleString('en-US'),
      ]);
    }
  }
  out += textTable(['direction', 'chars', 'n', 'p50', 'p99', ...STAGE_COLUMNS, 'µs/1k chars', 'chars/s'], rows);
  const exponent = (direction: Direction) => report.growth[direction].exponent ?? '-';
  out += `\ngrowth: latency ~ size^k with k = ${exponent('inbound')} inbound, ${exponent('outbound')} outbound\n`;
  out += `throughput: ${report.charsPerSec?.toLocaleString('en-US') ?? '-'} chars/s over all measured scans\n`;
  const overhead = report.overheadMs;
  const verdict = overhead.p50 === null ? '' : overhead.p50 < overhead.targetP50 ? ' (within target)' : ' (OVER target)';
  out += `pipeline overhead, no detectors, ${overhead.chars.toLocaleString('en-US')} chars: p50 ${formatMs(overhead.p50)} ms, p99 ${formatMs(overhead.p99)} ms; target p50 < ${overhead.targetP50} ms${verdict}\n`;
  for (const [id, model] of Object.entries(report.models)) {
    out += model.error
      ? `model ${id}@${model.version}: unavailable (${model.error})\n`
      : `model ${id}@${model.version}: load ${formatMs(model.loadMs)} ms, first inference ${formatMs(model.firstInferenceMs)} ms, then p50 ${formatMs(model.inferenceMs.p50)} ms, p99 ${formatMs(model.inferenceMs.p99)} ms (n ${model.inferenceMs.n})\n`;
  }
  const stream = report.streaming;
  const within = stream.ratio < stream.targetRatio ? 'within target' : 'OVER target';
  out += `streaming: ${stream.replyChars.toLocaleString('en-US')}-char reply in ${stream.deltaChars}-char deltas ${formatMs(stream.streamMs)} ms (windows ${formatMs(stream.windowsMs)} ms + final scan) vs one full scan ${formatMs(stream.fullScanMs)} ms: ${stream.ratio}× (target < ${stream.targetRatio}×, ${within})\n`;
  out += `peak RSS: ${report.peakRssMb} MB\n`;
  return out;
}
