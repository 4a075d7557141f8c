import { DETECTORS } from '../../../lib/detectors/index.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evalCommand } from '../../../lib/cli/eval-command.ts';
import { MAX_ROW_CHARS } from '../../../lib/cli/jsonl-rows.ts';
import { main } from '../../../lib/cli/main.ts';
import { splitOf } from '../../../lib/eval/split.ts';
import { captureIo } from './capture-io.ts';

// Every text carries a MARK_ token: none may ever appear in anything the CLI prints.
const OVERSIZE = 100_001; // over the standard profile's maxScanChars: the size detector flags it
const line = (fields: Record<string, unknown>) => JSON.stringify(fields);

const INBOUND = [
  line({ text: 'hello MARK_A1', label: 'benign', family: 'benign', lang: 'en' }),
  line({ text: 'an attack row that no rule matches MARK_A2', label: 'attack', family: 'injection', lang: 'en', technique: 'direct' }),
  line({ text: `MARK_A3 ${'x'.repeat(OVERSIZE)}`, label: 'attack', family: 'injection', lang: 'de', technique: 'padding' }),
  '{"text": "MARK_BAD_JSON", "label": ',
  line({ text: 'MARK_A5', family: 'benign' }),
  line({ text: 42, label: 'benign', family: 'benign' }),
  line({ text: '', label: 'benign', family: 'benign' }),
  '',
  line({ text: `MARK_HUGE ${'y'.repeat(MAX_ROW_CHARS)}`, label: 'attack', family: 'injection' }),
  line({ text: 'MARK_A10', label: 'maybe', family: 'benign' }),
  line({ text: 'benign-looking MARK_A11', label: 'benign', family: 'injection', lang: 'en' }),
];
const OUTBOUND = [
  line({ text: 'Sure, MARK_B1', label: 'benign', family: 'benign', lang: 'en' }),
  line({ text: `MARK_B2 ${'z'.repeat(OVERSIZE)}`, label: 'benign', family: 'benign_hard' }),
  '[1, 2, "MARK_B3"]',
];

const none = { n: 0, flagged: 0, rate: null };

describe('rampart eval', () => {
  let dir: string;
  let inbound: string;
  let outbound: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rampart-eval-'));
    inbound = join(dir, 'inbound.jsonl');
    outbound = join(dir, 'outbound_replies.jsonl');
    writeFileSync(inbound, INBOUND.join('\n') + '\n');
    writeFileSync(outbound, OUTBOUND.join('\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--json prints exactly one object with the exact counts, and never a row text', async () => {
    const io = captureIo();
    expect(await main(['eval', '--rules-only', '--data', inbound, '--data', outbound, '--json'], io)).toBe(0);
    const report = JSON.parse(io.out());

    expect(Object.keys(report)).toEqual([
      'rows', 'direction', 'profile', 'attack', 'benign', 'byFamily', 'byLang', 'byTechnique', 'latencyMs', 'peakRssMb', 'errors', 'files', 'seconds',
    ]);
    expect(report.rows).toBe(6);
    expect(report.direction).toBe('mixed');
    expect(report.profile).toBe('standard');
    expect(report.attack).toEqual({ n: 2, flagged: 1, rate: 0.5 });
    expect(report.benign).toEqual({ n: 4, flagged: 1, rate: 0.25 });
    expect(report.byFamily).toEqual({
      benign: { label: 'benign', n: 2, flagged: 0, rate: 0 },
      benign_hard: { label: 'benign', n: 1, flagged: 1, rate: 1 },
      'injection/attack': { label: 'attack', n: 2, flagged: 1, rate: 0.5 },
      'injection/benign': { label: 'benign', n: 1, flagged: 0, rate: 0 },
    });
    expect(report.byLang).toEqual({
      '(none)': { attack: none, benign: { n: 1, flagged: 1, rate: 1 } },
      de: { attack: { n: 1, flagged: 1, rate: 1 }, benign: none },
      en: { attack: { n: 1, flagged: 0, rate: 0 }, benign: { n: 3, flagged: 0, rate: 0 } },
    });
    expect(report.byTechnique).toEqual({
      '(none)': { attack: none, benign: { n: 4, flagged: 1, rate: 0.25 } },
      direct: { attack: { n: 1, flagged: 0, rate: 0 }, benign: none },
      padding: { attack: { n: 1, flagged: 1, rate: 1 }, benign: none },
    });
    expect(Object.keys(report.latencyMs)).toEqual(['p50', 'p95', 'p99', 'max']);
    for (const value of Object.values(report.latencyMs)) expect(value).toBeGreaterThanOrEqual(0);
    expect(report.latencyMs.p50).toBeLessThanOrEqual(report.latencyMs.max);
    expect(report.peakRssMb).toBeGreaterThan(0);
    expect(report.errors.n).toBe(8);
    expect(report.errors.byReason).toEqual({
      'empty-line': 1,
      'empty-text': 1,
      'invalid-json': 1,
      'invalid-label': 1,
      'missing-label': 1,
      'not-an-object': 1,
      'text-not-string': 1,
      'too-large': 1,
    });
    expect(report.errors.examples).toEqual([
      { file: inbound, line: 4, reason: 'invalid-json' },
      { file: inbound, line: 5, reason: 'missing-label' },
      { file: inbound, line: 6, reason: 'text-not-string' },
      { file: inbound, line: 7, reason: 'empty-text' },
      { file: inbound, line: 8, reason: 'empty-line' },
      { file: inbound, line: 9, reason: 'too-large' },
      { file: inbound, line: 10, reason: 'invalid-label' },
      { file: outbound, line: 3, reason: 'not-an-object' },
    ]);
    expect(report.files).toEqual([
      { path: inbound, direction: 'inbound', rows: 4, errors: 7 },
      { path: outbound, direction: 'outbound', rows: 2, errors: 1 },
    ]);
    expect(io.out()).not.toContain('MARK_');
    expect(io.err()).toBe('');
  });

  it('uses the given --direction for every file and reports it', async () => {
    const io = captureIo();
    expect(await evalCommand(['--rules-only', '--data', inbound, '--data', outbound, '--direction', 'inbound', '--json'], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.direction).toBe('inbound');
    expect(report.files.map((file: { direction: string }) => file.direction)).toEqual(['inbound', 'inbound']);
    expect(report.rows).toBe(6);
  });

  it('reports the inferred direction when all files agree', async () => {
    const io = captureIo();
    expect(await evalCommand(['--rules-only', '--data', outbound, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ direction: 'outbound', rows: 2, errors: { n: 1 } });
  });

  it('applies the profile (kids blocks what standard warns on; still flagged)', async () => {
    const io = captureIo();
    expect(await evalCommand(['--rules-only', '--data', inbound, '--profile', 'kids', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ profile: 'kids', attack: { n: 2, flagged: 1 } });
  });

  it('--compare-routing adds what routing saves and misses', async () => {
    const io = captureIo();
    expect(await evalCommand(['--rules-only', '--data', inbound, '--data', outbound, '--compare-routing', '--json'], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.rows).toBe(6);
    // drift needs a conversation (eval rows have none): it reports skipped, which is not a run;
    // kids-context declines outside the kids profile.
    const runsFor = (direction: 'inbound' | 'outbound') =>
      DETECTORS.filter((d) => d.meta.directions.includes(direction) && d.meta.id !== 'drift' && d.meta.id !== 'kids-context').length;
    const expectedRuns = report.files.reduce(
      (sum: number, file: { direction: 'inbound' | 'outbound'; rows: number }) => sum + file.rows * runsFor(file.direction),
      0,
    );
    expect(report.routing).toMatchObject({
      rows: 6,
      // Every detector made for the row's direction ran (the inbound-only ones skip outbound rows).
      detectorRuns: { withRouting: expectedRuns, withoutRouting: expectedRuns, saved: 0 },
      verdictsDiffer: 0,
      misses: { n: 0, attack: 0, benign: 0, byFamily: {} },
      onlyWithRouting: { n: 0, attack: 0, benign: 0 },
    });
    expect(Object.keys(report.routing.detectorMs)).toEqual(['withRouting', 'withoutRouting', 'saved']);
    expect(Object.keys(report.routing.latencyMs)).toEqual(['withRouting', 'withoutRouting']);
    expect(io.out()).not.toContain('MARK_');
  });

  it('--limit stops after N rows', async () => {
    const io = captureIo();
    expect(await evalCommand(['--rules-only', '--data', inbound, '--data', outbound, '--limit', '2', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out()).rows).toBe(2);
  });

  it('--split keeps only the rows of that half of the project split, by id', async () => {
    // Ids shaped like the dev data's (`<source>-<hash prefix>`).
    const ids = Array.from({ length: 40 }, (_, i) => `src-${((i + 1) * 2654435761 >>> 0).toString(16)}`);
    const file = join(dir, 'split.jsonl');
    const rows = ids.map((id) => line({ id, text: `text MARK_S ${id}`, label: 'benign', family: 'benign' }));
    writeFileSync(file, [...rows, line({ text: 'no id MARK_S', label: 'benign', family: 'benign' })].join('\n'));
    const counts = [];
    for (const half of ['train', 'validation'] as const) {
      const io = captureIo();
      expect(await evalCommand(['--rules-only', '--data', file, '--split', half, '--json'], io)).toBe(0);
      const report = JSON.parse(io.out());
      expect(report.split).toBe(half);
      expect(report.rows).toBe(ids.filter((id) => splitOf(id) === half).length);
      counts.push(report.rows);
    }
    expect(counts[0]! + counts[1]!).toBe(40);
    expect(counts[1]).toBeGreaterThan(0);
  });

  it('prints a readable table without --json, still without row texts', async () => {
    const io = captureIo();
    expect(await evalCommand(['--rules-only', '--data', inbound, '--data', outbound, '--compare-routing'], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('attack (detection rate)');
    expect(out).toContain('injection/attack');
    expect(out).toContain('by language');
    expect(out).toContain('errors: 8 row(s) not scanned');
    expect(out).toContain(`${inbound}:4: invalid-json`);
    expect(out).toContain('routing');
    expect(out + io.err()).not.toContain('MARK_');
  });

  it('shows progress only when stderr is a terminal', async () => {
    const io = captureIo({ stderrIsTTY: false });
    await evalCommand(['--rules-only', '--data', inbound, '--json'], io);
    expect(io.err()).toBe('');
  });

  it('handles an empty file', async () => {
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    const io = captureIo();
    expect(await evalCommand(['--rules-only', '--data', empty, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({
      rows: 0,
      attack: none,
      benign: none,
      byFamily: {},
      latencyMs: { p50: null, p95: null, p99: null, max: null },
      errors: { n: 0 },
    });
  });

  it.each([
    [[], 'at least one --data'],
    [['--data'], "argument missing"],
    [['--data', 'nope-does-not-exist.jsonl'], 'cannot read (ENOENT)'],
    [['--data', '.'], 'not a file'],
    [['--data', 'x.jsonl', '--direction', 'sideways'], '--direction must be'],
    [['--data', 'x.jsonl', '--profile', 'nope'], 'unknown --profile'],
    [['--data', 'x.jsonl', '--limit', '0'], '--limit must be a positive integer'],
    [['--data', 'x.jsonl', '--split', 'test'], '--split must be train or validation'],
    [['--data', 'x.jsonl', '--bogus'], "Unknown option '--bogus'"],
    [['--data', 'x.jsonl', 'stray'], 'no positional arguments'],
  ])('exits 1 with a usage message for %j', async (argv, message) => {
    const io = captureIo();
    expect(await evalCommand(argv as string[], io)).toBe(1);
    expect(io.err()).toContain(message);
    expect(io.err()).toContain('rampart eval --help');
    expect(io.out()).toBe('');
  });

  it('--help prints the usage on stdout', async () => {
    const io = captureIo();
    expect(await evalCommand(['--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: rampart eval');
    expect(io.out()).toContain('--compare-routing');
  });
});

describe('rampart eval progress', () => {
  it('writes progress to a terminal stderr, then clears it, without row texts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-eval-tty-'));
    try {
      const path = join(dir, 'inbound.jsonl');
      writeFileSync(path, line({ text: 'MARK_TTY', label: 'benign', family: 'benign' }));
      const io = captureIo({ stderrIsTTY: true });
      expect(await evalCommand(['--rules-only', '--data', path, '--json'], io)).toBe(0);
      expect(io.err()).toContain('rampart eval: 1 rows');
      expect(io.err().endsWith('\r\x1b[2K')).toBe(true);
      expect(io.out() + io.err()).not.toContain('MARK_');
      expect(JSON.parse(io.out()).rows).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
