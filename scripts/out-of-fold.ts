/**
 * Pools the calibration-slice scores of several training runs (`rampart train … --calibration-tenth K
 * --slice-scores FILE`, one run per tenth) into out-of-fold numbers for choosing training settings:
 * AUC, recall at 0.5% and 1% of benign rows flagged, and rows at ≥ 0.5 per family.
 *
 *   npx tsx scripts/out-of-fold.ts base/t0.jsonl base/t1.jsonl …   one setting
 *   npx tsx scripts/out-of-fold.ts --label A a/*.jsonl --label B b/*.jsonl   settings side by side
 *
 * Why: the 10% calibration slice alone holds ~180 attack rows (one row is half a point), so
 * settings compared on it differ by noise; five tenths hold ~1,000. The validation split stays a
 * measurement. Files hold ids, labels and scores only, never text.
 */
import { readFileSync } from 'node:fs';
import { recallAtBenignShare, sliceMetrics, type SliceScore } from '../lib/training/train-model.ts';

const groups: Array<{ label: string; files: string[] }> = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--label') groups.push({ label: args[++i] ?? '?', files: [] });
  else {
    if (groups.length === 0) groups.push({ label: 'scores', files: [] });
    groups.at(-1)!.files.push(args[i]!);
  }
}
if (groups.length === 0) {
  console.error('usage: npx tsx scripts/out-of-fold.ts [--label NAME] FILE.jsonl … [--label NAME FILE.jsonl …]');
  process.exit(1);
}

for (const { label, files } of groups) {
  const rows: SliceScore[] = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as SliceScore),
  );
  const positives = rows.filter((row) => row.target === 1).map((row) => row.score);
  const negatives = rows.filter((row) => row.target !== 1).map((row) => row.score).sort((a, b) => a - b);
  const { auc } = sliceMetrics(
    rows.map((row) => row.score),
    rows.map((row) => row.target),
  );
  const families = new Map<string, { flagged: number; n: number }>();
  for (const row of rows) {
    const entry = families.get(row.family) ?? { flagged: 0, n: 0 };
    entry.n += 1;
    if (row.score >= 0.5) entry.flagged += 1;
    families.set(row.family, entry);
  }
  const byFamily = [...families].sort(([a], [b]) => a.localeCompare(b)).map(([family, { flagged, n }]) => `${family} ${flagged}/${n}`);
  console.log(
    `${label}: ${positives.length} attacks, ${negatives.length} benign — AUC ${auc.toFixed(4)}, recall at 0.5% FP ` +
      `${(100 * recallAtBenignShare(positives, negatives, 0.005)).toFixed(1)}%, at 1% FP ${(100 * recallAtBenignShare(positives, negatives, 0.01)).toFixed(1)}%; ` +
      `at ≥ 0.5: ${byFamily.join(', ')}`,
  );
}
