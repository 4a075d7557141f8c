import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandArgs, wantsHelp } from './args.ts';
import type { CliIo } from './io.ts';
import { formatKidsReport, kidsVariants, measureKids, readKidsRows } from './kids-eval.ts';
import { createWarmPipeline } from './warm-pipeline.ts';
import { cliDetectors } from './node-models.ts';

/** datasets/kids in the repository, resolved from this file (not the cwd). */
export const KIDS_DATASET_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../datasets/kids');

export const EVAL_KIDS_HELP = `Usage: rampart eval-kids [--split eval|tune|all] [--data-dir DIR] [--rules-only] [--json]

Measures Kids mode on datasets/kids: the full pipeline (rule detectors and the models, as "scan"
runs them) with the "kids" profile, and again with the kids-context detector disabled, over
children's questions, school topics and stories (false positives), harmful requests (detection)
and distress messages (whether a kids-context/distress-* rule fired). "block" counts verdicts that
block; "warn+block" counts both. No row text is printed.

Options:
  --split eval|tune|all   which part of the data (default eval: the part no rule was tuned on)
  --data-dir DIR          the data folder (default datasets/kids)
  --rules-only            leave the trained models out
  --json                  print exactly one JSON object on stdout
  -h, --help              show this help
`;

const OPTIONS = {
  split: { type: 'string' },
  'data-dir': { type: 'string' },
  'rules-only': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function evalKidsCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (wantsHelp(argv)) {
    io.stdout(EVAL_KIDS_HELP);
    return 0;
  }
  const parsed = parseCommandArgs(argv, OPTIONS, 0);
  const split = parsed.ok ? (parsed.value.values.split ?? 'eval') : undefined;
  if (!parsed.ok || (split !== 'eval' && split !== 'tune' && split !== 'all')) {
    const reason = parsed.ok ? `--split must be eval, tune or all, not "${split}"` : parsed.error;
    io.stderr(`rampart eval-kids: ${reason}\nRun "rampart eval-kids --help" for usage.\n`);
    return 1;
  }
  const { values } = parsed.value;
  let data;
  try {
    data = await readKidsRows(values['data-dir'] ?? KIDS_DATASET_DIR);
  } catch (error) {
    io.stderr(`rampart eval-kids: reading the data failed (${(error as NodeJS.ErrnoException).code ?? 'read error'})\n`);
    return 1;
  }
  const rows = data.rows.filter((row) => split === 'all' || row.split === split);
  const pipeline = await createWarmPipeline({ detectors: await cliDetectors(values['rules-only'] === true) });
  const reports = [];
  for (const { variant, profile } of kidsVariants()) reports.push(await measureKids(pipeline, rows, variant, profile));
  io.stdout(
    values.json
      ? `${JSON.stringify({ split, rows: rows.length, invalidRows: data.invalid, rulesOnly: values['rules-only'] === true, reports }, null, 2)}\n`
      : formatKidsReport(split, reports) + (data.invalid > 0 ? `\n${data.invalid} invalid line(s) skipped\n` : ''),
  );
  return 0;
}
