/**
 * Calibrates the pii detector's scores on the TRAIN split of ../shared/datasets/dev and writes
 * lib/pii/calibration.ts. Run: npx tsx scripts/calibrate-pii.ts [--dry-run]
 *
 * A score is meant to be P(the span really is a value of the rule's kind: an e-mail address, a
 * phone number, a street address…). Truth comes from two places:
 * - the Presidio-generated rows (attack `pii:<ENTITIES>`, benign `pii_low:<ENTITIES>`) list every
 *   entity they contain: a hit there is a true positive exactly when its entity is listed;
 * - every other benign row (inbound, outbound, tool) has no entity labels, so its hits were
 *   reviewed by hand once (scripts/pii-calibration-audit.json: row id and rule:tier → entity or
 *   not; no text). A hit missing from that file counts as a false positive, so a rule change that
 *   adds hits lowers scores until someone reviews them.
 * Attack rows of other families are left out (their labels say nothing about personal data), and
 * validation rows are never read.
 *
 * Per rule:tier, score = (TP + k·prior) / (n + k) with k = PRIOR_WEIGHT (the rule's structural
 * prior stands in where there is little evidence). Tiers whose value passed a check digit are
 * floored at 0.9; tiers whose score is a policy choice (`policyTiers`) are not calibrated.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../lib/core/normalize.ts';
import { splitOf } from '../lib/eval/split.ts';
import { toAsciiDigits } from '../lib/pii/ascii-digits.ts';
import type { PiiHit } from '../lib/pii/rule.ts';
import { PII_RULES } from '../lib/pii/rules/index.ts';
import { scanPii } from '../lib/pii/scan.ts';
import { meta } from '../lib/detectors/pii.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const datasetDir = resolve(root, '../shared/datasets/dev');
const FILES = ['inbound', 'outbound', 'tool'];
const PRIOR_WEIGHT = 5;
const CHECKSUM_FLOOR = 0.9;

/** Presidio entity names each rule reports (rules with none can only be judged by their prior). */
const ENTITIES: Record<string, readonly string[]> = {
  email: ['EMAIL_ADDRESS'],
  phone: ['PHONE_NUMBER'],
  'payment-card': ['CREDIT_CARD'],
  iban: ['IBAN_CODE'],
  'us-ssn': ['US_SSN'],
  ipv4: ['IP_ADDRESS'],
  ipv6: ['IP_ADDRESS'],
  'street-address': ['STREET_ADDRESS'],
  'address-in-context': ['STREET_ADDRESS'],
  'military-address': ['STREET_ADDRESS'],
  'po-box': ['STREET_ADDRESS'],
  'postal-code': ['STREET_ADDRESS'],
  'id-document': ['US_DRIVER_LICENSE', 'US_PASSPORT'],
};

interface Row {
  id: string;
  text: string;
  label: string;
  family: string;
  category?: string;
}

async function hitsOf(text: string): Promise<PiiHit[]> {
  const scanned = toAsciiDigits(normalize(text).canonical.text);
  const { hits, deferred } = scanPii(scanned, { regions: meta.defaultOptions.phoneRegions, maxHits: meta.defaultOptions.maxFindings });
  const verified = await Promise.all(deferred.map((hit) => hit.verify().catch(() => false)));
  return [...hits, ...deferred.filter((_, index) => verified[index])];
}

const audit = JSON.parse(readFileSync(resolve(root, 'scripts/pii-calibration-audit.json'), 'utf8')) as {
  verdicts: Record<string, 'entity' | 'not-entity'>;
};

const counts = new Map<string, { n: number; truePositives: number }>();
for (const file of FILES) {
  const lines = readFileSync(resolve(datasetDir, `${file}.jsonl`), 'utf8').split('\n');
  for (const line of lines) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Row;
    if (splitOf(row.id) !== 'train') continue;
    const labelled = row.category?.startsWith('pii:') || row.category?.startsWith('pii_low:');
    if (row.label === 'attack' && !labelled) continue;
    const entities = labelled ? (row.category ?? '').split(':')[1]!.split('+') : [];
    const seen = new Set<string>();
    for (const hit of await hitsOf(row.text)) {
      const key = `${hit.rule}:${hit.tier}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const truth = labelled
        ? (ENTITIES[hit.rule] ?? []).some((entity) => entities.includes(entity))
        : audit.verdicts[`${row.id}|${key}`] === 'entity';
      const entry = counts.get(key) ?? { n: 0, truePositives: 0 };
      entry.n += 1;
      if (truth) entry.truePositives += 1;
      counts.set(key, entry);
    }
  }
}

const table: Record<string, { n: number; truePositives: number; score: number }> = {};
for (const rule of PII_RULES) {
  for (const [tier, prior] of Object.entries(rule.priors)) {
    if (rule.policyTiers?.includes(tier)) continue;
    const key = `${rule.id}:${tier}`;
    const { n, truePositives } = counts.get(key) ?? { n: 0, truePositives: 0 };
    let score = (truePositives + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT);
    if (rule.checksumTiers?.includes(tier)) score = Math.max(score, CHECKSUM_FLOOR);
    // No finding is certain: the train split is small and synthetic for most rules.
    table[key] = { n, truePositives, score: Math.min(0.99, Math.round(score * 100) / 100) };
  }
}

const lines = Object.entries(table).map(([key, entry]) => `  '${key}': { n: ${entry.n}, truePositives: ${entry.truePositives}, score: ${entry.score} },`);
const source = `// Generated by scripts/calibrate-pii.ts from the train split of ../shared/datasets/dev; do not edit.
// Regenerate with: npx tsx scripts/calibrate-pii.ts — n: train rows where the rule:tier fired;
// truePositives: of those, rows that really contain that entity; score: smoothed precision.
export const CALIBRATION = {
${lines.join('\n')}
} as const;
`;
for (const [key, entry] of Object.entries(table)) console.log(key.padEnd(40), String(entry.n).padStart(5), String(entry.truePositives).padStart(5), entry.score);
if (!process.argv.includes('--dry-run')) writeFileSync(resolve(root, 'lib/pii/calibration.ts'), source);
