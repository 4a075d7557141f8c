import type { Direction } from '../core/direction.ts';
import type { Pipeline } from '../core/pipeline.ts';
import type { Verdict } from '../core/verdict.ts';
import { obfuscate, TECHNIQUE_IDS, type TechniqueId } from '../eval/obfuscate.ts';
import { fnv1a32, splitOf } from '../eval/split.ts';
import { DEFAULT_PROFILE_ID, PROFILE_IDS } from '../policy/profiles.ts';
import { parseCommandArgs, wantsHelp } from './args.ts';
import { DATA_OPTIONS, parseDataOptions } from './data-options.ts';
import type { CliIo } from './io.ts';
import { createWarmPipeline } from './warm-pipeline.ts';
import { cliDetectors } from './node-models.ts';
import { readRows } from './jsonl-rows.ts';
import { roundTo } from './percentiles.ts';
import { Progress } from './progress.ts';
import { formatRate, textTable } from './text-table.ts';

export const ROBUSTNESS_HELP = `Usage: rampart robustness --data FILE.jsonl [--data …] [options]

Measures whether hiding an attack defeats Rampart. Every attack row that is flagged in plain form
is transformed with each obfuscation technique of lib/eval/obfuscate.ts (${TECHNIQUE_IDS.length} techniques:
zero-width, tag smuggling, homoglyphs, base64, ROT13, payload splitting, …) and scanned again;
the report gives, per technique, the share still flagged (target ≥ 0.95). Benign rows are scanned
plain, and the share flagged only because of obfuscation findings (invisible text, encodings) is
reported as the false-positive rate of normalization signals alone (target ≤ 0.02).

Options:
  --data FILE                   a JSONL file (repeatable)
  --direction inbound|outbound  default: per file, from its name (as in eval)
  --profile P                   ${PROFILE_IDS.join(', ')} (default ${DEFAULT_PROFILE_ID})
  --split train|validation      only that half of the project's split (by row id)
  --limit N                     stop after N rows
  --rules-only                  leave the trained models out
  --json                        print exactly one JSON object
  -h, --help                    show this help
`;

const OPTIONS = {
  ...DATA_OPTIONS,
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface TechniqueResult {
  n: number;
  stillFlagged: number;
  rate: number | null;
}

export interface RobustnessReport {
  profile: string;
  split?: 'train' | 'validation';
  attack: { n: number; flaggedPlain: number };
  byTechnique: Record<TechniqueId, TechniqueResult>;
  /** The weakest technique's rate: the number the ≥ 0.95 target is about. */
  worst: { technique: TechniqueId | null; rate: number | null };
  benign: { n: number; flagged: number; flaggedByObfuscationOnly: number; obfuscationOnlyRate: number | null };
  errors: number;
  seconds: number;
}

const flagged = (verdict: Verdict) => verdict.action !== 'allow';

/** Flagged, and every reason is an obfuscation finding (no other category contributed). */
const flaggedByObfuscationOnly = (verdict: Verdict) =>
  flagged(verdict) && verdict.reasons.every((reason) => reason.category === 'obfuscation');

async function scanOrUndefined(pipeline: Pipeline, text: string, direction: Direction, profile: string) {
  const result = await pipeline.scan({ text, direction, site: 'cli', profile });
  return result.ok ? result.value : undefined;
}

const usageError = (io: CliIo, message: string): number => {
  io.stderr(`rampart robustness: ${message}\nRun "rampart robustness --help" for usage.\n`);
  return 1;
};

export async function robustnessCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (wantsHelp(argv)) {
    io.stdout(ROBUSTNESS_HELP);
    return 0;
  }
  const parsed = parseCommandArgs(argv, OPTIONS, 0);
  if (!parsed.ok) return usageError(io, parsed.error);
  const { values } = parsed.value;
  const options = await parseDataOptions(values);
  if (!options.ok) return usageError(io, options.error);
  const { files, split, profile } = options.value;

  const started = performance.now();
  const pipeline = await createWarmPipeline({ detectors: await cliDetectors(options.value.rulesOnly) });
  const byTechnique = Object.fromEntries(TECHNIQUE_IDS.map((id) => [id, { n: 0, stillFlagged: 0, rate: null }])) as Record<
    TechniqueId,
    TechniqueResult
  >;
  const attack = { n: 0, flaggedPlain: 0 };
  const benign = { n: 0, flagged: 0, flaggedByObfuscationOnly: 0 };
  let errors = 0;
  let rows = 0;
  const maxRows = options.value.limit;
  const progress = new Progress(io, 'rampart robustness');

  outer: for (const { path, direction: fileDirection } of files) {
    for await (const item of readRows(path)) {
      if (!item.ok) {
        errors += 1;
        continue;
      }
      const { row } = item;
      if (split && (row.id === undefined || splitOf(row.id) !== split)) continue;
      if (rows >= maxRows) break outer;
      rows += 1;
      progress.update(`${rows.toLocaleString('en-US')} rows`);
      const plain = await scanOrUndefined(pipeline, row.text, fileDirection, profile);
      if (!plain) {
        errors += 1;
        continue;
      }
      if (row.label === 'benign') {
        benign.n += 1;
        if (flagged(plain)) benign.flagged += 1;
        if (flaggedByObfuscationOnly(plain)) benign.flaggedByObfuscationOnly += 1;
        continue;
      }
      attack.n += 1;
      if (!flagged(plain)) continue;
      attack.flaggedPlain += 1;
      const seed = fnv1a32(row.id ?? row.text.slice(0, 64));
      for (const technique of TECHNIQUE_IDS) {
        const hidden = await scanOrUndefined(pipeline, obfuscate(technique, row.text, seed), fileDirection, profile);
        const result = byTechnique[technique];
        result.n += 1;
        if (hidden && flagged(hidden)) result.stillFlagged += 1;
      }
    }
  }
  progress.clear();

  let worst: RobustnessReport['worst'] = { technique: null, rate: null };
  for (const technique of TECHNIQUE_IDS) {
    const result = byTechnique[technique];
    result.rate = result.n ? roundTo(result.stillFlagged / result.n, 4)! : null;
    if (result.rate !== null && (worst.rate === null || result.rate < worst.rate)) worst = { technique, rate: result.rate };
  }
  const report: RobustnessReport = {
    profile: profile,
    ...(split ? { split } : {}),
    attack,
    byTechnique,
    worst,
    benign: { ...benign, obfuscationOnlyRate: benign.n ? roundTo(benign.flaggedByObfuscationOnly / benign.n, 4)! : null },
    errors,
    seconds: roundTo((performance.now() - started) / 1000, 2)!,
  };
  io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatRobustness(report));
  return 0;
}

function formatRobustness(report: RobustnessReport): string {
  const percent = formatRate;
  const rows = TECHNIQUE_IDS.map((id) => {
    const r = report.byTechnique[id];
    return [id, String(r.n), String(r.stillFlagged), percent(r.rate)];
  });
  return [
    `attack rows: ${report.attack.n}, flagged in plain form: ${report.attack.flaggedPlain}`,
    '',
    textTable(['technique', 'n', 'still flagged', 'rate'], rows),
    `weakest: ${report.worst.technique ?? '-'} ${percent(report.worst.rate)}`,
    `benign rows: ${report.benign.n}, flagged ${report.benign.flagged}, by obfuscation findings alone ${report.benign.flaggedByObfuscationOnly} (${percent(report.benign.obfuscationOnlyRate)})`,
    `errors: ${report.errors}; ${report.seconds} s`,
    '',
  ].join('\n');
}
