import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselineRegressions, type Baseline, type FamilyFigure } from '../eval/baseline.ts';
import { parseCommandArgs, wantsHelp } from './args.ts';
import { DEFAULT_DATASET_DIR } from './dataset-dir.ts';
import { evalCommand } from './eval-command.ts';
import type { EvalReport } from './eval-report.ts';
import type { CliIo } from './io.ts';

export const BASELINE_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/eval/baseline.json');
const FILES = ['inbound.jsonl', 'outbound.jsonl', 'tool.jsonl'];
const DEFAULT_TOLERANCE = { attackPoints: 1, benignPoints: 0.3, rows: 3 };

export const BASELINE_HELP = `Usage: rampart baseline --check | --write [--data-dir DIR]

Runs eval on the validation split of each dev file (${FILES.join(', ')}) with the standard profile,
rules and models, and compares per family with test/eval/baseline.json:
  --check   exit 1 when an attack family's detection drops by more than the tolerance (percentage
            points) or a benign family's flag rate rises by more than it (CI runs this)
  --write   record the current figures as the new baseline (after a deliberate change)
`;

const OPTIONS = {
  check: { type: 'boolean' },
  write: { type: 'boolean' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function currentFigures(dataDir: string): Promise<Baseline['files']> {
  const files: Baseline['files'] = {};
  for (const file of FILES) {
    let out = '';
    const io: CliIo = { stdout: (text) => void (out += text), stderr: () => {}, readStdin: async () => '', stdinIsTTY: true, stderrIsTTY: false };
    const status = await evalCommand(['--data', join(dataDir, file), '--split', 'validation', '--json'], io);
    if (status !== 0) throw new Error(`eval of ${file} failed`);
    const report = JSON.parse(out) as EvalReport;
    files[basename(file)] = Object.fromEntries(
      Object.entries(report.byFamily).map(([family, rate]) => [family, { label: rate.label, n: rate.n, flagged: rate.flagged } satisfies FamilyFigure]),
    );
  }
  return files;
}

export async function baselineCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (wantsHelp(argv)) {
    io.stdout(BASELINE_HELP);
    return 0;
  }
  const parsed = parseCommandArgs(argv, OPTIONS, 0);
  if (!parsed.ok || parsed.value.values.check === parsed.value.values.write) {
    io.stderr(`rampart baseline: ${parsed.ok ? 'give exactly one of --check or --write' : parsed.error}\n\n${BASELINE_HELP}`);
    return 1;
  }
  const { values } = parsed.value;
  const current = await currentFigures(values['data-dir'] ?? DEFAULT_DATASET_DIR);
  if (values.write) {
    const baseline: Baseline = { tolerance: DEFAULT_TOLERANCE, files: current };
    await writeFile(BASELINE_PATH, `${JSON.stringify(baseline, null, 2)}\n`);
    io.stdout(`baseline written to ${BASELINE_PATH}\n`);
    return 0;
  }
  const baseline = JSON.parse(await readFile(BASELINE_PATH, 'utf8')) as Baseline;
  const regressions = baselineRegressions(baseline, current);
  if (regressions.length === 0) {
    io.stdout(`baseline: no family regressed beyond ${baseline.tolerance.attackPoints} / ${baseline.tolerance.benignPoints} points\n`);
    return 0;
  }
  for (const change of regressions) {
    const verb = change.label === 'attack' ? 'detection dropped' : 'false positives rose';
    io.stderr(`baseline: ${change.file} ${change.family}: ${verb} ${change.baselineRate.toFixed(2)}% → ${Number.isNaN(change.currentRate) ? 'missing' : `${change.currentRate.toFixed(2)}%`}\n`);
  }
  return 1;
}
