import { DETECTORS } from '../../../lib/detectors/index.ts';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../lib/core/verdict.ts';
import { scanCommand } from '../../../lib/cli/scan-command.ts';
import { captureIo } from './capture-io.ts';

describe('rampart scan', () => {
  it('--json prints the Verdict as one JSON object', async () => {
    const io = captureIo();
    expect(await scanCommand(['--rules-only', '--json', 'hello', 'there'], io)).toBe(0);
    const verdict = JSON.parse(io.out());
    expect(verdict).toMatchObject({
      action: 'allow',
      direction: 'inbound',
      profileId: 'standard',
      reasons: [],
      findings: [],
      redactions: [],
      policyVersion: 'standard@2',
      fromCache: false,
    });
    expect(verdict.outcomes.map((outcome: { detectorId: string; status: string }) => [outcome.detectorId, outcome.status])).toEqual(DETECTORS.map((d) => [d.meta.id, d.meta.id === 'drift' || d.meta.id === 'kids-context' || !d.meta.directions.includes('inbound') ? 'skipped' : 'ok']));
    expect(Object.keys(verdict.latencyMs)).toEqual([...STAGES, 'total']);
    expect(io.err()).toBe('');
  });

  it('passes direction and profile through to the verdict', async () => {
    const io = captureIo();
    const text = 'a'.repeat(20_001); // over the kids profile's 20,000-character limit
    expect(await scanCommand(['--direction', 'outbound', '--profile', 'kids', '--json', text], io)).toBe(0);
    const verdict = JSON.parse(io.out());
    expect(verdict).toMatchObject({ action: 'block', direction: 'outbound', profileId: 'kids' });
    expect(verdict.reasons).toEqual([{ category: 'oversize', action: 'block', risk: 1, ruleIds: ['size/over-limit'] }]);
    expect(io.out()).not.toContain(text);
  });

  it('reads standard input when no TEXT is given', async () => {
    const io = captureIo({ stdin: 'x'.repeat(100_001), stdinIsTTY: false });
    expect(await scanCommand(['--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ action: 'warn', findings: [{ spans: [{ start: 100_000, end: 100_001 }] }] });
  });

  it('refuses to wait on a terminal with nothing to scan', async () => {
    const io = captureIo({ stdinIsTTY: true });
    expect(await scanCommand([], io)).toBe(1);
    expect(io.err()).toContain('no text');
  });

  it('takes a text that starts with "-" after --', async () => {
    const io = captureIo();
    expect(await scanCommand(['--json', '--', '--not-a-flag'], io)).toBe(0);
    expect(JSON.parse(io.out()).action).toBe('allow');
  });

  it('prints a readable summary without --json', async () => {
    const io = captureIo();
    expect(await scanCommand(['--rules-only', '--profile', 'strict', 'b'.repeat(100_001)], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('action:    BLOCK');
    expect(out).toContain('oversize: block (risk 1.00)  rules: size/over-limit');
    expect(out).toMatch(/detectors: .*size ok/);
    expect(out).toMatch(/latency: +[\d.]+ ms \(normalize/);
  });

  it('--exit-code exits 2 on block and 0 otherwise', async () => {
    expect(await scanCommand(['--rules-only', '--exit-code', '--profile', 'strict', 'b'.repeat(100_001)], captureIo())).toBe(2);
    expect(await scanCommand(['--rules-only', '--exit-code', 'hello'], captureIo())).toBe(0);
    expect(await scanCommand(['--rules-only', '--profile', 'strict', 'b'.repeat(100_001)], captureIo())).toBe(0);
  });

  it.each([
    [['--direction', 'up', 'x'], '--direction must be'],
    [['--direction'], 'argument missing'],
    [['--profile', 'lax', 'x'], 'unknown --profile "lax"'],
    [['--frobnicate', 'x'], "Unknown option '--frobnicate'"],
  ])('exits 1 on bad arguments %j', async (argv, message) => {
    const io = captureIo();
    expect(await scanCommand(argv as string[], io)).toBe(1);
    expect(io.err()).toContain(message);
    expect(io.out()).toBe('');
  });

  it('--help documents the flags', async () => {
    const io = captureIo();
    expect(await scanCommand(['-h'], io)).toBe(0);
    expect(io.out()).toContain('Usage: rampart scan');
    expect(io.out()).toContain('--exit-code');
  });
});

describe('rampart scan with the shipped models', () => {
  it('runs the model detectors of models/manifest.json unless --rules-only', async () => {
    const manifest = (await import('../../../models/manifest.json')).default as { models: Record<string, unknown> };
    const io = captureIo();
    expect(await scanCommand(['--json', 'What is a good recipe for leek soup?'], io)).toBe(0);
    const ids = JSON.parse(io.out()).outcomes.map((outcome: { detectorId: string }) => outcome.detectorId);
    for (const model of Object.keys(manifest.models)) {
      expect(ids.some((id: string) => id === model || id === `${model}-model`)).toBe(true);
    }
  });
});
