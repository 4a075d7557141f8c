#!/usr/bin/env node
// Calibrates the prompt-attack rules: each rule's score is its measured precision on the TRAIN
// split of ../shared/datasets/dev (lib/eval/split.ts), smoothed and capped, per direction, so that
// the profiles' thresholds (block ≥ 0.9, warn ≥ 0.5 in `standard`) mean what they say. Writes
// lib/rules/prompt-attack/calibration.ts. Validation rows are never read.
//
//   node scripts/calibrate-prompt-attack.mjs [--data-dir DIR]
//
// Counting: a row where the rule fires is a true positive when it is an attack of a family the
// detector is meant to catch in that direction (inbound.jsonl and tool.jsonl → inbound;
// outbound.jsonl → outbound), a false positive when it is benign (any benign family), and is not
// counted otherwise (e.g. a PII row).
//
// Smoothing: score = (tp + K·prior) / (tp + fp + K), K = 2, capped at 0.97. The inbound prior is
// the rule family's pooled precision (Laplace-smoothed), so a rule that never fired on train gets
// its family's precision instead of an arbitrary 0.5; the outbound prior is the rule's own inbound
// score, since replies are scarce in the data. A rule with fewer than MIN_SUPPORT matches on train
// (inbound rows for its inbound score, both directions for its outbound score) is capped at
// UNPROVEN_CAP: below `block` in the standard profile, because blocking needs evidence of its own.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const load = (path) => import(pathToFileURL(resolve(root, path)).href);
const { PROMPT_ATTACK_RULE_DEFINITIONS } = await load('lib/rules/prompt-attack/definitions.ts');
const { RuleEngine } = await load('lib/gate/rule-engine.ts');
const { normalize } = await load('lib/core/normalize.ts');
const { splitOf } = await load('lib/eval/split.ts');

const args = process.argv.slice(2);
const dataDirIndex = args.indexOf('--data-dir');
const dataDir = dataDirIndex >= 0 ? resolve(args[dataDirIndex + 1]) : resolve(root, '../shared/datasets/dev');

const K = 2;
const CAP = 0.97;
const MIN_SUPPORT = 5;
const UNPROVEN_CAP = 0.85;
const FILES = [
  { file: 'inbound.jsonl', direction: 'inbound', attackFamilies: ['jailbreak', 'injection', 'injection_indirect', 'exfil', 'harmful'] },
  { file: 'tool.jsonl', direction: 'inbound', attackFamilies: ['tool', 'exfil'] },
  { file: 'outbound.jsonl', direction: 'outbound', attackFamilies: ['exfil', 'harmful'] },
];

const rules = PROMPT_ATTACK_RULE_DEFINITIONS;
const engine = new RuleEngine(rules.map((rule) => ({ ...rule, score: { inbound: 0.5, outbound: 0.5 } })));
const counts = new Map(rules.map((rule) => [rule.id, { inbound: { tp: 0, fp: 0 }, outbound: { tp: 0, fp: 0 } }]));
const rows = { inbound: { attack: 0, benign: 0 }, outbound: { attack: 0, benign: 0 } };

for (const { file, direction, attackFamilies } of FILES) {
  for (const line of readFileSync(resolve(dataDir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line);
    if (splitOf(row.id) !== 'train') continue;
    const isAttack = row.label === 'attack' && attackFamilies.includes(row.family);
    const isBenign = row.label === 'benign';
    if (!isAttack && !isBenign) continue;
    rows[direction][isAttack ? 'attack' : 'benign'] += 1;
    const text = normalize(row.text);
    const matches = engine.scan(text.views, { originalLength: row.text.length, maxCharsPerView: 100_000, maxViews: 16 });
    for (const { rule } of matches) counts.get(rule.id)[direction][isAttack ? 'tp' : 'fp'] += 1;
  }
}

const smooth = (tp, fp, prior, cap) => Math.min(cap, (tp + K * prior) / (tp + fp + K));
const round = (value) => Math.round(value * 1000) / 1000;

const familyPrior = new Map();
for (const rule of rules) {
  const pooled = familyPrior.get(rule.family) ?? { tp: 0, fp: 0 };
  pooled.tp += counts.get(rule.id).inbound.tp;
  pooled.fp += counts.get(rule.id).inbound.fp;
  familyPrior.set(rule.family, pooled);
}

const entries = rules.map((rule) => {
  const { inbound, outbound } = counts.get(rule.id);
  const pooled = familyPrior.get(rule.family);
  const prior = (pooled.tp + 1) / (pooled.tp + pooled.fp + 2);
  const capFor = (support) => (support >= MIN_SUPPORT ? CAP : UNPROVEN_CAP);
  const inboundScore = smooth(inbound.tp, inbound.fp, prior, capFor(inbound.tp + inbound.fp));
  const outboundScore = smooth(outbound.tp, outbound.fp, inboundScore, capFor(inbound.tp + inbound.fp + outbound.tp + outbound.fp));
  return [
    rule.id,
    {
      inbound: { tp: inbound.tp, fp: inbound.fp, score: round(inboundScore) },
      outbound: { tp: outbound.tp, fp: outbound.fp, score: round(outboundScore) },
    },
  ];
});

// Prints a plain object as a TypeScript literal in the project's style ({ a: 1, b: { c: 2 } }).
const literal = (value) =>
  typeof value === 'object' && value !== null
    ? `{ ${Object.entries(value).map(([key, inner]) => `${key}: ${literal(inner)}`).join(', ')} }`
    : JSON.stringify(value);

const body = entries
  .map(([id, c]) => `  '${id}': {\n    inbound: ${literal(c.inbound)},\n    outbound: ${literal(c.outbound)},\n  },`)
  .join('\n');

const source = `// Generated by scripts/calibrate-prompt-attack.mjs from the TRAIN split of ../shared/datasets/dev.
// Do not edit by hand: change a rule, then re-run the script and commit both.

/** Matches on train rows (tp = attack rows, fp = benign rows) and the resulting calibrated score. */
export interface DirectionCalibration {
  tp: number;
  fp: number;
  score: number;
}

export interface RuleCalibration {
  inbound: DirectionCalibration;
  outbound: DirectionCalibration;
}

/** Train rows the counts come from, by direction. */
export const CALIBRATION_ROWS = ${literal(rows)};

/**
 * Smoothing: (tp + ${K}·prior) / (tp + fp + ${K}), capped at ${CAP} (at ${UNPROVEN_CAP} with fewer than ${MIN_SUPPORT}
 * matches); see the script for the priors.
 */
export const PROMPT_ATTACK_CALIBRATION: Readonly<Record<string, RuleCalibration>> = {
${body}
};
`;

const target = resolve(root, 'lib/rules/prompt-attack/calibration.ts');
writeFileSync(target, source);
process.stdout.write(`calibrated ${entries.length} rules on ${JSON.stringify(rows)} train rows → ${target}\n`);
