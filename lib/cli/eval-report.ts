import type { Direction } from '../core/direction.ts';
import type { ByLabel, EvalSummary, Rate } from './eval-stats.ts';
import type { RoutingSummary } from './routing-compare.ts';
import type { VersionComparisonSummary } from './version-compare.ts';
import { formatCount, formatMs, formatRate, textTable } from './text-table.ts';

/** What `rampart eval --json` prints. */
export interface EvalReport extends Omit<EvalSummary, 'byLang' | 'byTechnique'> {
  direction: Direction | 'mixed';
  profile: string;
  /** Set when only one half of the dev split was scanned (`--split`). */
  split?: 'train' | 'validation';
  byLang?: Record<string, ByLabel>;
  byTechnique?: Record<string, ByLabel>;
  peakRssMb: number;
  routing?: RoutingSummary;
  versions?: VersionComparisonSummary;
  files: Array<{ path: string; direction: Direction; rows: number; errors: number }>;
  seconds: number;
}

const rateCells = (rate: Rate) => [formatCount(rate.n), formatCount(rate.flagged), formatRate(rate.rate)];

/** Rows per key, most rows first, at most `limit` of them. */
function byLabelTable(title: string, column: string, groups: Record<string, ByLabel>, limit: number): string {
  const entries = Object.entries(groups).sort(([, a], [, b]) => b.attack.n + b.benign.n - (a.attack.n + a.benign.n));
  const shown = entries.slice(0, limit);
  const more = entries.length > limit ? `  … ${entries.length - limit} more (see --json)\n` : '';
  return (
    `\n${title}\n` +
    textTable(
      [column, 'attack n', 'flagged', 'rate', 'benign n', 'flagged', 'rate'],
      shown.map(([key, rates]) => [key, ...rateCells(rates.attack), ...rateCells(rates.benign)]),
    ) +
    more
  );
}

/** The readable form of an eval report: totals, families, languages, latency, errors. */
export function formatEvalReport(report: EvalReport): string {
  let out = `rampart eval: ${formatCount(report.rows)} rows, direction ${report.direction}, profile ${report.profile}, ${report.seconds} s\n`;
  out += `flagged = action other than allow\n\n`;
  out += textTable(['label', 'n', 'flagged', 'rate'], [
    ['attack (detection rate)', ...rateCells(report.attack)],
    ['benign (false-positive rate)', ...rateCells(report.benign)],
  ]);
  out += `\nby family\n`;
  out += textTable(
    ['family', 'label', 'n', 'flagged', 'rate'],
    Object.entries(report.byFamily).map(([family, rate]) => [family, rate.label, ...rateCells(rate)]),
  );
  if (report.byLang) out += byLabelTable('by language (most rows first)', 'lang', report.byLang, 25);
  if (report.byTechnique) out += byLabelTable('by technique (most rows first)', 'technique', report.byTechnique, 25);
  const latency = report.latencyMs;
  out += `\nlatency per scan (ms): p50 ${formatMs(latency.p50)}  p95 ${formatMs(latency.p95)}  p99 ${formatMs(latency.p99)}  max ${formatMs(latency.max)}\n`;
  out += `peak RSS: ${report.peakRssMb} MB\n`;
  if (report.routing) {
    const r = report.routing;
    out += `\nrouting (each row scanned with routing on and off)\n`;
    out += `  detector runs: ${formatCount(r.detectorRuns.withRouting)} with, ${formatCount(r.detectorRuns.withoutRouting)} without, saved ${formatCount(r.detectorRuns.saved)}\n`;
    out += `  detector ms:   ${r.detectorMs.withRouting} with, ${r.detectorMs.withoutRouting} without, saved ${r.detectorMs.saved}\n`;
    out += `  verdicts that differ: ${formatCount(r.verdictsDiffer)}; misses (flagged only without routing): ${formatCount(r.misses.n)} (attack ${r.misses.attack}, benign ${r.misses.benign})\n`;
  }
  if (report.versions) {
    const v = report.versions;
    out += `\n${v.candidate} against the active models (flagged: active → candidate)\n`;
    out += textTable(
      ['family', 'n', 'active', 'candidate', 'change'],
      Object.entries(v.byFamily).map(([family, d]) => [family, formatCount(d.n), formatCount(d.flaggedActive), formatCount(d.flaggedCandidate), d.delta > 0 ? `+${d.delta}` : String(d.delta)]),
    );
    out += `  regressions: ${formatCount(v.missedAttacks.n)} attack(s) missed, ${formatCount(v.newFalsePositives.n)} new false positive(s)\n`;
    if (v.missedAttacks.ids.length > 0) out += `  missed: ${v.missedAttacks.ids.join(' ')}\n`;
    if (v.newFalsePositives.ids.length > 0) out += `  new false positives: ${v.newFalsePositives.ids.join(' ')}\n`;
    out += `  improvements: ${formatCount(v.improvements.caughtAttacks)} attack(s) newly caught, ${formatCount(v.improvements.clearedBenign)} benign row(s) cleared\n`;
  }
  const errors = report.errors;
  if (errors.n === 0) {
    out += `errors: none\n`;
  } else {
    const reasons = Object.entries(errors.byReason).map(([reason, n]) => `${reason} ${formatCount(n)}`);
    out += `errors: ${formatCount(errors.n)} row(s) not scanned (${reasons.join(', ')})\n`;
    for (const example of errors.examples) out += `  ${example.file}:${example.line}: ${example.reason}\n`;
    if (errors.examples.length < errors.n) out += `  … ${errors.n - errors.examples.length} more\n`;
  }
  return out;
}
