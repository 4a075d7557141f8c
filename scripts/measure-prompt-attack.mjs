#!/usr/bin/env node
// Measures the prompt-attack detector alone on one split of ../shared/datasets/dev (default: the
// VALIDATION split — the numbers in lib/detectors/prompt-attack.md come from here). Prints Markdown
// tables; never prints a row's text.
//
//   node scripts/measure-prompt-attack.mjs [--split validation|train] [--data-dir DIR] [--json]
//
// "Flagged" = the detector reports a finding with score ≥ 0.5 (its own verdict, as the issue
// defines it); "acted" = the standard profile's action for this detector's findings alone is not
// `allow` (per-category noisy-OR of the scores against the profile thresholds); "blocked" = that
// action is `block`.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const load = (path) => import(pathToFileURL(resolve(root, path)).href);
const { promptAttack } = await load('lib/detectors/prompt-attack.ts');
const { createPipeline } = await load('lib/core/pipeline.ts');
const { splitOf } = await load('lib/eval/split.ts');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const split = option('--split', 'validation');
const dataDir = resolve(option('--data-dir', resolve(root, '../shared/datasets/dev')));
const asJson = args.includes('--json');

const pipeline = createPipeline({ detectors: [promptAttack] });
const FILES = [
  { file: 'inbound.jsonl', direction: 'inbound' },
  { file: 'tool.jsonl', direction: 'inbound' },
  { file: 'outbound.jsonl', direction: 'outbound' },
];

const PROMPT_ATTACK_FAMILIES = ['jailbreak', 'injection', 'injection_indirect', 'exfil'];
const groups = new Map();
const ruleHits = new Map();
const bump = (key, flagged, acted, blocked) => {
  const group = groups.get(key) ?? { n: 0, flagged: 0, acted: 0, blocked: 0 };
  group.n += 1;
  group.flagged += flagged ? 1 : 0;
  group.acted += acted ? 1 : 0;
  group.blocked += blocked ? 1 : 0;
  groups.set(key, group);
};
const latencies = [];

for (const { file, direction } of FILES) {
  const name = file.replace('.jsonl', '');
  for (const line of readFileSync(resolve(dataDir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line);
    if (splitOf(row.id) !== split) continue;
    const started = performance.now();
    const result = await pipeline.scan({ text: row.text, direction, profile: 'standard' });
    latencies.push(performance.now() - started);
    if (!result.ok) throw new Error(`scan failed: ${result.error}`);
    const verdict = result.value;
    const findings = verdict.findings ?? [];
    const flagged = findings.some((finding) => finding.score >= 0.5);
    const acted = verdict.action !== 'allow';
    const blocked = verdict.action === 'block';
    const label = `${row.label}/${row.family}`;
    bump(`${name} ${label}`, flagged, acted, blocked);
    // Per language: the prompt-attack families only (MultiJail's harmful questions are not attacks on the prompt).
    if (PROMPT_ATTACK_FAMILIES.includes(row.family) && name === 'inbound') bump(`${name} lang ${row.lang} attack`, flagged, acted, blocked);
    if (row.label === 'benign' && name === 'inbound') bump(`${name} lang ${row.lang} benign`, flagged, acted, blocked);
    for (const finding of findings) {
      if (finding.score < 0.5) continue;
      const key = finding.ruleId;
      const hits = ruleHits.get(key) ?? { attack: 0, benign: 0 };
      hits[row.label === 'benign' ? 'benign' : 'attack'] += 1;
      ruleHits.set(key, hits);
    }
  }
}

latencies.sort((a, b) => a - b);
const rate = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);
const rows = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
if (asJson) {
  process.stdout.write(`${JSON.stringify({ split, groups: Object.fromEntries(rows), rules: Object.fromEntries(ruleHits) }, null, 2)}\n`);
} else {
  const out = [`split: ${split}`, '', '| file | group | rows | flagged (score ≥ 0.5) | acted (standard) | blocked (standard) |', '|---|---|---:|---:|---:|---:|'];
  for (const [key, group] of rows) {
    const [file, ...rest] = key.split(' ');
    out.push(`| ${file} | ${rest.join(' ')} | ${group.n} | ${group.flagged} (${rate(group.flagged, group.n)}) | ${group.acted} (${rate(group.acted, group.n)}) | ${group.blocked} (${rate(group.blocked, group.n)}) |`);
  }
  out.push('', '| rule | attack rows | benign rows |', '|---|---:|---:|');
  for (const [rule, hits] of [...ruleHits.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`| ${rule} | ${hits.attack} | ${hits.benign} |`);
  }
  const pick = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]?.toFixed(3);
  out.push('', `pipeline scan latency over ${latencies.length} rows (normalize + this detector): p50 ${pick(0.5)} ms, p99 ${pick(0.99)} ms`);
  process.stdout.write(`${out.join('\n')}\n`);
}
