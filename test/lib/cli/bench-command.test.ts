import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchCommand } from '../../../lib/cli/bench-command.ts';
import { captureIo } from './capture-io.ts';

const STAGE_KEYS = ['normalize', 'gate', 'route', 'detectors', 'session', 'decide', 'total'];

const expectCell = (cell: Record<string, unknown>) => {
  expect(cell).toMatchObject({ p50: expect.any(Number), p99: expect.any(Number), n: 2 });
  expect(cell.p50 as number).toBeLessThanOrEqual(cell.p99 as number);
  expect(Object.keys(cell.stages as object)).toEqual(STAGE_KEYS);
};

describe('rampart bench', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rampart-bench-'));
    const rows = (prefix: string) =>
      Array.from({ length: 20 }, (_, i) => JSON.stringify({ text: `${prefix} number ${i} with some words`, label: 'benign', family: 'benign' })).join('\n');
    writeFileSync(join(dir, 'inbound.jsonl'), rows('prompt'));
    writeFileSync(join(dir, 'outbound.jsonl'), rows('reply'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--json prints one object of the documented shape', async () => {
    const io = captureIo();
    expect(await benchCommand(['--json', '--iterations', '2', '--sizes', '100,2000', '--data-dir', dir], io)).toBe(0);
    const report = JSON.parse(io.out());
    for (const key of ['inbound', 'outbound', 'stagesMs', 'charsPerSec', 'peakRssMb', 'overheadMs', 'growth']) expect(report).toHaveProperty(key);
    for (const direction of ['inbound', 'outbound']) {
      expect(Object.keys(report[direction])).toEqual(['100', '2000']);
      expectCell(report[direction]['100']);
      expectCell(report[direction]['2000']);
    }
    expect(Object.keys(report.stagesMs)).toEqual(STAGE_KEYS);
    expect(report.stagesAtChars).toBe(2000);
    expect(report.charsPerSec).toBeGreaterThan(0);
    expect(report.peakRssMb).toBeGreaterThan(0);
    expect(report.overheadMs).toMatchObject({ p50: expect.any(Number), p99: expect.any(Number), n: 40, chars: 2000, targetP50: 0.1 });
    expect(Object.keys(report.growth)).toEqual(['inbound', 'outbound']);
    expect(report.streaming).toMatchObject({ replyChars: 50_000, deltaChars: 20, targetRatio: 3 });
    expect(Object.keys(report.growth.inbound.usPer1kChars)).toEqual(['100', '2000']);
    expect(report.text).toBe('dataset');
    expect(report.detectors.some((detector: string) => detector.startsWith('size@'))).toBe(true);
    expect(io.err()).toBe('');
  });

  it('falls back to synthetic text without the dev data, and says so on stderr', async () => {
    const io = captureIo();
    expect(await benchCommand(['--json', '--iterations', '2', '--sizes', '100', '--data-dir', join(dir, 'missing')], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.text).toBe('synthetic');
    expectCell(report.inbound['100']);
    expect(report.stagesAtChars).toBe(100);
    expect(report.growth.inbound.exponent).toBeNull();
    expect(io.err()).toContain('synthetic');
  });

  it('prints a readable table without --json', async () => {
    const io = captureIo();
    expect(await benchCommand(['--iterations', '2', '--sizes', '100', '--data-dir', dir], io)).toBe(0);
    expect(io.out()).toContain('pipeline overhead, no detectors');
    expect(io.out()).toMatch(/inbound +100 +2 /);
  });

  it.each([
    [['--iterations', '0'], '--iterations must be a positive integer'],
    [['--sizes', 'big'], '--sizes must be'],
    [['--profile', 'nope'], 'unknown --profile'],
    [['--fast'], "Unknown option '--fast'"],
  ])('exits 1 on bad arguments %j', async (argv, message) => {
    const io = captureIo();
    expect(await benchCommand(argv as string[], io)).toBe(1);
    expect(io.err()).toContain(message);
  });

  it('--help documents the overhead measurement', async () => {
    const io = captureIo();
    expect(await benchCommand(['--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: rampart bench');
    expect(io.out()).toContain('no detectors');
  });
});
