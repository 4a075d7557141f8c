import type { Direction } from '../core/direction.ts';
import type { Pipeline } from '../core/pipeline.ts';
import type { Verdict } from '../core/verdict.ts';
import { splitOf } from '../eval/split.ts';
import { DEFAULT_PROFILE_ID, PROFILE_IDS } from '../policy/profiles.ts';
import { parseCommandArgs, wantsHelp } from './args.ts';
import { formatEvalReport, type EvalReport } from './eval-report.ts';
import { EvalStats } from './eval-stats.ts';
import { DATA_OPTIONS, parseDataOptions } from './data-options.ts';
import { evalScanInput } from './eval-scan-input.ts';
import type { CliIo } from './io.ts';
import { createWarmPipeline } from './warm-pipeline.ts';
import { cliDetectors } from './node-models.ts';
import { MAX_ROW_CHARS, readRows, type EvalRow } from './jsonl-rows.ts';
import { roundTo } from './percentiles.ts';
import { Progress } from './progress.ts';
import { RoutingComparison } from './routing-compare.ts';
import { VersionComparison } from './version-compare.ts';
import { peakRssMb } from './rss.ts';

export const EVAL_HELP = `Usage: rampart eval --data FILE.jsonl [--data FILE2.jsonl ...] [options]

Scans every row of labelled JSONL files and reports how many are flagged (action not "allow"):
per label, per family, per language and technique (when rows carry them), with scan latency,
peak memory and the rows that could not be used.

Rows: {"text": string, "label": "attack"|"benign", "family": string, "lang"?: string,
       "technique"?: string, "category"?: string, "context"?: string, ...}. Malformed rows (bad
JSON, missing or invalid label/family, text not a string, empty text, text over
${MAX_ROW_CHARS.toLocaleString('en-US')} characters) are counted under "errors" by reason and line, never scanned and never
printed. Texts up to that size are scanned in full; above the profile's own limit the pipeline
reports them as oversized. A row whose category names a registry ("pypi:…", "npm:…") and whose
text is a bare package name is scanned as the reply "pip install NAME" / "npm install NAME"; an
outbound row's "context" (the prompt it answered) is passed to the scan as conversationText.

Options:
  --data FILE                   a JSONL file (repeatable; read as a stream, line by line)
  --direction inbound|outbound  scan every row this way. Default: per file, from its name — a
                                name starting with "outbound" is outbound, anything else
                                (inbound.jsonl, tool.jsonl) inbound; the report's "direction" is
                                then that direction, or "mixed" when the files differ
  --profile P                   ${PROFILE_IDS.join(', ')} (default ${DEFAULT_PROFILE_ID})
  --compare-routing             scan each row twice, with routing on and off, and report the
                                detector runs and milliseconds routing saves and the verdicts it
                                changes ("routing" in --json)
  --compare-model ID@VERSION    scan each row also with that version of a model as the active one
                                (e.g. prompt-attack@2) and report per-family changes and the ids of
                                rows that got worse ("versions" in --json)
  --split train|validation      only the rows of that half of the project's split of the dev data
                                (lib/eval/split.ts, by row id; rows without an id are skipped):
                                rules and models are built on train, measured on validation
  --limit N                     stop after N rows in all (for quick runs)
  --rules-only                  leave the trained models out (compare with and without them)
  --json                        print exactly one JSON object on stdout
  -h, --help                    show this help

JSON keys: rows (rows scanned), direction, profile, attack/benign {n, flagged, rate},
byFamily {family: {label, n, flagged, rate}} (a family holding both labels is split into
"family/attack" and "family/benign"), byLang / byTechnique {key: {attack, benign}} (only when
rows carry lang / technique; rows without one count under "(none)"), latencyMs {p50, p95, p99,
max} (wall time of each scan, nearest-rank percentiles), peakRssMb, errors {n, byReason,
examples [{file, line, reason}]}, files [{path, direction, rows, errors}], seconds, and routing
with --compare-routing. A rate is null when its n is 0.
`;

const OPTIONS = {
  ...DATA_OPTIONS,
  'compare-routing': { type: 'boolean' },
  'compare-model': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const usageError = (io: CliIo, message: string): number => {
  io.stderr(`rampart eval: ${message}\nRun "rampart eval --help" for usage.\n`);
  return 1;
};

interface DataFile {
  path: string;
  direction: Direction;
  rows: number;
  errors: number;
}

type Scan = { ok: true; verdict: Verdict; ms: number } | { ok: false; reason: 'scan-failed' | 'scan-threw' };

async function timedScan(pipeline: Pipeline, row: EvalRow, direction: Direction, profile: string): Promise<Scan> {
  const started = performance.now();
  try {
    const result = await pipeline.scan(evalScanInput(row, direction, profile));
    const ms = performance.now() - started;
    return result.ok ? { ok: true, verdict: result.value, ms } : { ok: false, reason: 'scan-failed' };
  } catch {
    return { ok: false, reason: 'scan-threw' };
  }
}

export async function evalCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (wantsHelp(argv)) {
    io.stdout(EVAL_HELP);
    return 0;
  }
  const parsed = parseCommandArgs(argv, OPTIONS, 0);
  if (!parsed.ok) return usageError(io, parsed.error);
  const { values } = parsed.value;
  const options = await parseDataOptions(values);
  if (!options.ok) return usageError(io, options.error);
  const { split, profile } = options.value;
  const files: DataFile[] = options.value.files.map((file) => ({ ...file, rows: 0, errors: 0 }));

  const started = performance.now();
  const detectors = await cliDetectors(options.value.rulesOnly);
  const pipeline = await createWarmPipeline({ detectors });
  const unrouted = values['compare-routing'] ? await createWarmPipeline({ detectors, routing: false }) : undefined;
  let candidate: Pipeline | undefined;
  let versions: VersionComparison | undefined;
  if (values['compare-model'] !== undefined) {
    const match = /^([a-z][\w-]*)@([\w.-]+)$/u.exec(values['compare-model']);
    if (!match) return usageError(io, '--compare-model must look like prompt-attack@2');
    try {
      candidate = await createWarmPipeline({ detectors: await cliDetectors(false, { [match[1]!]: match[2]! }) });
    } catch (error) {
      return usageError(io, error instanceof Error ? error.message : String(error));
    }
    versions = new VersionComparison(values['compare-model']);
  }
  const stats = new EvalStats();
  const routing = unrouted ? new RoutingComparison() : undefined;
  const progress = new Progress(io, 'rampart eval');
  const maxRows = options.value.limit;

  try {
    for (const file of files) {
      if (stats.rows >= maxRows) break;
      for await (const item of readRows(file.path)) {
        if (!item.ok) {
          stats.addError(item.reason, { file: file.path, line: item.line });
          file.errors += 1;
          continue;
        }
        if (split && (item.row.id === undefined || splitOf(item.row.id) !== split)) continue;
        const scanned = await timedScan(pipeline, item.row, file.direction, profile);
        if (!scanned.ok) {
          stats.addError(scanned.reason, { file: file.path, line: item.line });
          file.errors += 1;
          continue;
        }
        if (unrouted && routing) {
          const without = await timedScan(unrouted, item.row, file.direction, profile);
          if (!without.ok) {
            stats.addError(`unrouted-${without.reason}`, { file: file.path, line: item.line });
            file.errors += 1;
            continue;
          }
          routing.add(item.row, scanned.verdict, without.verdict, { withRouting: scanned.ms, withoutRouting: without.ms });
        }
        if (candidate && versions) {
          const other = await timedScan(candidate, item.row, file.direction, profile);
          if (!other.ok) {
            stats.addError(`candidate-${other.reason}`, { file: file.path, line: item.line });
            file.errors += 1;
            continue;
          }
          versions.add(item.row, scanned.verdict.action !== 'allow', other.verdict.action !== 'allow');
        }
        stats.add(item.row, scanned.verdict.action !== 'allow', scanned.ms);
        file.rows += 1;
        progress.update(`${stats.rows.toLocaleString('en-US')} rows`);
        if (stats.rows >= maxRows) break;
      }
    }
  } catch (error) {
    progress.clear();
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    io.stderr(`rampart eval: reading failed (${code})\n`);
    return 1;
  }
  progress.clear();

  const directions = new Set(files.map((file) => file.direction));
  const summary = stats.summary();
  const report: EvalReport = {
    rows: summary.rows,
    direction: directions.size === 1 ? [...directions][0]! : 'mixed',
    profile: profile,
    ...(split ? { split } : {}),
    attack: summary.attack,
    benign: summary.benign,
    byFamily: summary.byFamily,
    ...(summary.byLang ? { byLang: summary.byLang } : {}),
    ...(summary.byTechnique ? { byTechnique: summary.byTechnique } : {}),
    latencyMs: summary.latencyMs,
    peakRssMb: peakRssMb(),
    errors: summary.errors,
    ...(routing ? { routing: routing.summary() } : {}),
    ...(versions ? { versions: versions.summary() } : {}),
    files: files.map(({ path, direction: fileDirection, rows, errors }) => ({ path, direction: fileDirection, rows, errors })),
    seconds: roundTo((performance.now() - started) / 1000, 2)!,
  };
  io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report));
  return 0;
}
