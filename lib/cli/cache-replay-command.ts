import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { featureSketchEmbedding, sketchFeaturizer } from '../cache/feature-sketch.ts';
import { err, ok, type Result } from '../core/result.ts';
import { validateManifest, type ModelManifest } from '../models/manifest.ts';
import { DEFAULT_PROFILE_ID, PROFILE_IDS } from '../policy/profiles.ts';
import { CACHE_MODES, type CacheMode } from '../settings/cache-mode-setting.ts';
import { parseCommandArgs, parsePositiveInt, parseProfile, wantsHelp } from './args.ts';
import { replayCacheModes, type ReplayReport } from './cache-replay.ts';
import { DEFAULT_DATASET_DIR } from './dataset-dir.ts';
import type { CliIo } from './io.ts';
import { MANIFEST_PATH } from './models-dir.ts';
import { cliDetectors } from './node-models.ts';
import { Progress } from './progress.ts';
import { buildReplaySequence, DEFAULT_REPLAY_OPTIONS, loadReplayPool } from './replay-sequence.ts';
import { formatCount, formatMs, formatRate, textTable } from './text-table.ts';

const DEFAULT_ATTACK_SHARE = 0.3;

export const CACHE_REPLAY_HELP = `Usage: rampart cache-replay [options]

Replays a deterministic sequence of prompts with realistic repetition through the real pipeline
once per decision-cache mode (${CACHE_MODES.join(', ')}), each with an empty in-memory store, and
compares every answer with the uncached pipeline's. Prompts are sampled from
../shared/datasets/dev/inbound.jsonl (benign and attack rows); a share of the scans repeat an
earlier scan exactly (recent ones more often), a share are near-duplicates of an earlier prompt
(trailing whitespace, case, end punctuation, a word dropped or doubled, two letters swapped), the
rest are new.

Reports per mode: exact and semantic hits, hit rate, reply time (total, p50, p95, p50 of hits and
of misses), time saved against the uncached run, how many answers changed (stricter or laxer; a
laxer change to "allow" is counted as risky-to-allow and must be 0), attacks answered "allow", why
semantic candidates were refused, and the entries left in the store.

Options:
  --scans N          scans in the sequence (default ${DEFAULT_REPLAY_OPTIONS.scans})
  --repeat R         share of exact repeats, 0..1 (default ${DEFAULT_REPLAY_OPTIONS.repeatRate})
  --near R           share of near-duplicates, 0..1 (default ${DEFAULT_REPLAY_OPTIONS.nearRate})
  --attack-share R   share of attack prompts among the sampled ones (default ${DEFAULT_ATTACK_SHARE})
  --seed N           sequence seed (default ${DEFAULT_REPLAY_OPTIONS.seed})
  --modes LIST       comma-separated modes (default ${CACHE_MODES.join(',')}; off always runs)
  --profile P        ${PROFILE_IDS.join(', ')} (default ${DEFAULT_PROFILE_ID})
  --data-dir DIR     where inbound.jsonl is (default ../shared/datasets/dev)
  --rules-only       leave the trained models out
  --json             print exactly one JSON object on stdout
  -h, --help         show this help
`;

const OPTIONS = {
  scans: { type: 'string' },
  repeat: { type: 'string' },
  near: { type: 'string' },
  'attack-share': { type: 'string' },
  seed: { type: 'string' },
  modes: { type: 'string' },
  profile: { type: 'string' },
  'data-dir': { type: 'string' },
  'rules-only': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The shipped manifest, for the featurizer settings the sketch uses (the defaults when there is none). */
async function readModelManifest(): Promise<ModelManifest | undefined> {
  try {
    const manifest = validateManifest(JSON.parse(await readFile(MANIFEST_PATH, 'utf8')));
    return manifest.ok ? manifest.value : undefined;
  } catch {
    return undefined;
  }
}

function parseShare(flag: string, value: string | undefined, fallback: number): Result<number> {
  if (value === undefined) return ok(fallback);
  const share = Number(value);
  return /^(0|1|0?\.\d+|1\.0*)$/u.test(value) && share >= 0 && share <= 1 ? ok(share) : err(`${flag} must be a number from 0 to 1, not "${value}"`);
}

function parseModes(value: string | undefined): Result<CacheMode[]> {
  if (value === undefined) return ok([...CACHE_MODES]);
  const modes = value.split(',').map((mode) => mode.trim());
  const unknown = modes.find((mode) => !(CACHE_MODES as readonly string[]).includes(mode));
  return unknown === undefined ? ok(modes as CacheMode[]) : err(`unknown mode "${unknown}" in --modes; known: ${CACHE_MODES.join(', ')}`);
}

export function formatReplayReport(report: ReplayReport & { seconds: number; profile: string }): string {
  const { steps } = report;
  const header = `rampart cache-replay: ${formatCount(steps.total)} inbound scans (${formatCount(steps.new)} new, ${formatCount(steps.repeat)} exact repeats, ${formatCount(steps.nearDuplicate)} near-duplicates; ${formatCount(steps.attacks)} attacks), profile ${report.profile}\n\n`;
  const rows = report.modes.map((mode) => [
    mode.mode,
    formatCount(mode.hits.exact),
    formatCount(mode.hits.semantic),
    formatRate(mode.hitRate),
    formatMs(mode.replyMs.total),
    mode.savedShare === null ? '-' : formatRate(mode.savedShare),
    formatMs(mode.replyMs.p50),
    formatMs(mode.replyMs.hitP50),
    formatMs(mode.replyMs.missP50),
    `${mode.changed.stricter}/${mode.changed.laxer}`,
    formatCount(mode.changed.riskyToAllow),
    formatCount(mode.attacksAllowed),
  ]);
  const table = textTable(['mode', 'exact', 'semantic', 'hit rate', 'total ms', 'saved', 'p50 ms', 'hit p50', 'miss p50', 'changed +/-', 'risky→allow', 'attacks allowed'], rows);
  const details = report.modes
    .filter((mode) => mode.mode !== 'off')
    .map((mode) => {
      const refused = Object.entries(mode.refused).map(([reason, n]) => `${reason} ${n}`).join(', ') || 'none';
      const { bySource } = mode.changed;
      return `  ${mode.mode}: changed by source exact ${bySource.exact}, semantic ${bySource.semantic}, pipeline ${bySource.pipeline}; differences on incomplete scans left out ${mode.incompleteDiffers}; semantic candidates refused: ${refused}; entries ${formatCount(mode.entries)}\n`;
    })
    .join('');
  const notes = '\n  changed +/-: answers stricter / laxer than the uncached pipeline; risky→allow: laxer changes to "allow" (must be 0).\n  Times are wall ms per scan with an in-memory store (IndexedDB adds a read per lookup in the extension).\n';
  return `${header}${table}${details}${notes}  ${report.seconds} s\n`;
}

export async function cacheReplayCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (wantsHelp(argv)) {
    io.stdout(CACHE_REPLAY_HELP);
    return 0;
  }
  const usageError = (message: string): number => {
    io.stderr(`rampart cache-replay: ${message}\nRun "rampart cache-replay --help" for usage.\n`);
    return 1;
  };
  const parsed = parseCommandArgs(argv, OPTIONS, 0);
  if (!parsed.ok) return usageError(parsed.error);
  const { values } = parsed.value;
  const scans = parsePositiveInt('--scans', values.scans);
  if (!scans.ok) return usageError(scans.error);
  const seed = parsePositiveInt('--seed', values.seed);
  if (!seed.ok) return usageError(seed.error);
  const repeat = parseShare('--repeat', values.repeat, DEFAULT_REPLAY_OPTIONS.repeatRate);
  if (!repeat.ok) return usageError(repeat.error);
  const near = parseShare('--near', values.near, DEFAULT_REPLAY_OPTIONS.nearRate);
  if (!near.ok) return usageError(near.error);
  const attackShare = parseShare('--attack-share', values['attack-share'], DEFAULT_ATTACK_SHARE);
  if (!attackShare.ok) return usageError(attackShare.error);
  const modes = parseModes(values.modes);
  if (!modes.ok) return usageError(modes.error);
  const profile = parseProfile(values.profile, DEFAULT_PROFILE_ID);
  if (!profile.ok) return usageError(profile.error);
  if (repeat.value + near.value > 1) return usageError('--repeat and --near add up to more than 1');

  const started = performance.now();
  const options = { scans: scans.value ?? DEFAULT_REPLAY_OPTIONS.scans, repeatRate: repeat.value, nearRate: near.value, seed: seed.value ?? DEFAULT_REPLAY_OPTIONS.seed };
  const dataDir = values['data-dir'] ?? DEFAULT_DATASET_DIR;
  const pool = await loadReplayPool(join(dataDir, 'inbound.jsonl'), options.scans, attackShare.value, options.seed);
  if (!pool) {
    io.stderr(`rampart cache-replay: cannot read prompts from ${join(dataDir, 'inbound.jsonl')}\n`);
    return 1;
  }
  const steps = buildReplaySequence(pool, options);
  const rulesOnly = values['rules-only'] === true;
  const detectors = await cliDetectors(rulesOnly);
  const semantic = featureSketchEmbedding(sketchFeaturizer(await readModelManifest()));
  const progress = new Progress(io, 'rampart cache-replay');
  const report = await replayCacheModes({
    detectors,
    steps,
    modes: modes.value,
    profile: profile.value,
    semantic,
    onProgress: (message) => progress.update(message),
  });
  progress.clear();
  const full = { ...report, profile: profile.value, detectors: detectors.map((detector) => `${detector.meta.id}@${detector.meta.version}`), seconds: Math.round((performance.now() - started) / 100) / 10 };
  io.stdout(values.json ? `${JSON.stringify(full, null, 2)}\n` : formatReplayReport(full));
  return 0;
}
