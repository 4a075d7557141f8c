import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Pipeline } from '../core/pipeline.ts';
import type { Verdict } from '../core/verdict.ts';
import { isDistressRuleId } from '../kids/distress-rule-id.ts';
import type { PolicyProfile } from '../policy/profile.ts';
import { PROFILES } from '../policy/profiles.ts';

/** A row of datasets/kids (README there): written for Kids mode, split once into tune and eval. */
export interface KidsRow {
  id: string;
  text: string;
  label: 'benign' | 'harmful' | 'distress';
  kind: 'question' | 'school-topic' | 'story' | 'harmful' | 'distress';
  sub?: string;
  lang: string;
  split: 'tune' | 'eval';
}

export const KIDS_DATA_FILES = ['benign.jsonl', 'harmful.jsonl', 'distress.jsonl'] as const;

const LABELS = new Set(['benign', 'harmful', 'distress']);
const KINDS = new Set(['question', 'school-topic', 'story', 'harmful', 'distress']);

/** A line of the data as a row, or undefined when it is not a valid one. */
export function parseKidsRow(line: string): KidsRow | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const row = value as Partial<KidsRow>;
  const valid =
    typeof row.id === 'string' &&
    typeof row.text === 'string' &&
    row.text.trim().length > 0 &&
    LABELS.has(row.label as string) &&
    KINDS.has(row.kind as string) &&
    (row.split === 'tune' || row.split === 'eval') &&
    typeof row.lang === 'string';
  return valid ? (row as KidsRow) : undefined;
}

/** Every row of the three files; `invalid` counts the lines that are not rows. */
export async function readKidsRows(dir: string): Promise<{ rows: KidsRow[]; invalid: number }> {
  const rows: KidsRow[] = [];
  let invalid = 0;
  for (const file of KIDS_DATA_FILES) {
    const text = await readFile(join(dir, file), 'utf8');
    for (const line of text.split('\n')) {
      if (line.trim().length === 0) continue;
      const row = parseKidsRow(line);
      if (row) rows.push(row);
      else invalid += 1;
    }
  }
  return { rows, invalid };
}

/** Counts for one group of rows: how many were blocked, and how many warned or blocked. */
export interface KidsRate {
  n: number;
  blocked: number;
  flagged: number;
  blockRate: number | null;
  flagRate: number | null;
}

export interface KidsVariantReport {
  /** The profile as scanned (`kids`, or `kids` with kids-context disabled). */
  variant: string;
  benign: { questions: KidsRate; schoolTopics: KidsRate; stories: KidsRate; all: KidsRate };
  harmful: KidsRate & { bySub: Record<string, KidsRate> };
  /** `distressFired`: rows where a `kids-context/distress-*` rule reported. */
  distress: KidsRate & { distressFired: number; distressRate: number | null };
  /** Benign rows still flagged, by the categories that flagged them (no text). */
  falsePositiveCategories: Record<string, number>;
}

const rate = (count: number, n: number): number | null => (n === 0 ? null : Math.round((count / n) * 1000) / 10);

class RateCounter {
  n = 0;
  blocked = 0;
  flagged = 0;
  add(verdict: Verdict): void {
    this.n += 1;
    if (verdict.action === 'block') this.blocked += 1;
    if (verdict.action === 'warn' || verdict.action === 'block') this.flagged += 1;
  }
  summary(): KidsRate {
    return { n: this.n, blocked: this.blocked, flagged: this.flagged, blockRate: rate(this.blocked, this.n), flagRate: rate(this.flagged, this.n) };
  }
}

/** The kids profile, and the same without the kids-context detector (what Kids mode had before it). */
export function kidsVariants(): Array<{ variant: string; profile: PolicyProfile }> {
  const kids = PROFILES.kids!;
  return [
    { variant: 'kids', profile: kids },
    { variant: 'kids without kids-context', profile: { ...kids, disabled: [...kids.disabled, 'kids-context'] } },
  ];
}

/**
 * Scans every row inbound under `profile` and counts. "Flagged" is warn or block (a redaction is
 * neither: it lets the message through); both rates are reported.
 */
export async function measureKids(pipeline: Pipeline, rows: readonly KidsRow[], variant: string, profile: PolicyProfile): Promise<KidsVariantReport> {
  const counters = {
    question: new RateCounter(),
    'school-topic': new RateCounter(),
    story: new RateCounter(),
    benign: new RateCounter(),
    harmful: new RateCounter(),
    distress: new RateCounter(),
  };
  const bySub = new Map<string, RateCounter>();
  const falsePositiveCategories: Record<string, number> = {};
  let distressFired = 0;
  for (const row of rows) {
    const scanned = await pipeline.scan({ text: row.text, direction: 'inbound', profile, site: 'eval-kids' });
    if (!scanned.ok) throw new Error(`scan failed for row ${row.id}: ${scanned.error}`);
    const verdict = scanned.value;
    if (row.label === 'benign') {
      counters.benign.add(verdict);
      counters[row.kind as 'question' | 'school-topic' | 'story'].add(verdict);
      if (verdict.action === 'warn' || verdict.action === 'block') {
        for (const reason of verdict.reasons) falsePositiveCategories[reason.category] = (falsePositiveCategories[reason.category] ?? 0) + 1;
      }
    } else if (row.label === 'harmful') {
      counters.harmful.add(verdict);
      const sub = row.sub ?? '(none)';
      if (!bySub.has(sub)) bySub.set(sub, new RateCounter());
      bySub.get(sub)!.add(verdict);
    } else {
      counters.distress.add(verdict);
      if (verdict.findings.some((finding) => isDistressRuleId(finding.ruleId))) distressFired += 1;
    }
  }
  const distress = counters.distress.summary();
  return {
    variant,
    benign: {
      questions: counters.question.summary(),
      schoolTopics: counters['school-topic'].summary(),
      stories: counters.story.summary(),
      all: counters.benign.summary(),
    },
    harmful: {
      ...counters.harmful.summary(),
      bySub: Object.fromEntries([...bySub.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([sub, counter]) => [sub, counter.summary()])),
    },
    distress: { ...distress, distressFired, distressRate: rate(distressFired, distress.n) },
    falsePositiveCategories,
  };
}

const percent = (value: number | null): string => (value === null ? '—' : `${value.toFixed(1)}%`);
const line = (label: string, r: KidsRate): string =>
  `  ${label.padEnd(26)} n=${String(r.n).padStart(4)}  block ${percent(r.blockRate).padStart(6)}  warn+block ${percent(r.flagRate).padStart(6)}\n`;

/** The human-readable report (no row text). */
export function formatKidsReport(split: string, reports: readonly KidsVariantReport[]): string {
  let out = `Kids mode on datasets/kids (${split} split), inbound\n`;
  for (const report of reports) {
    out += `\n${report.variant}\n benign (false positives)\n`;
    out += line('questions', report.benign.questions);
    out += line('school topics', report.benign.schoolTopics);
    out += line('stories', report.benign.stories);
    out += line('all benign', report.benign.all);
    const fp = Object.entries(report.falsePositiveCategories).map(([category, n]) => `${category} ${n}`).join(', ');
    out += `  flagged by: ${fp || 'nothing'}\n harmful (detection)\n`;
    out += line('all harmful', report.harmful);
    for (const [sub, r] of Object.entries(report.harmful.bySub)) out += line(`  ${sub}`, r);
    out += ` distress\n${line('all distress', report.distress)}`;
    out += `  distress rule fired    ${report.distress.distressFired}/${report.distress.n} (${percent(report.distress.distressRate)})\n`;
  }
  return out;
}
