import { describe, expect, it } from 'vitest';
import { evalKidsCommand, EVAL_KIDS_HELP } from '../../../lib/cli/eval-kids-command.ts';
import { captureIo } from './capture-io.ts';

describe('rampart eval-kids', () => {
  it('prints its help', async () => {
    const io = captureIo();
    expect(await evalKidsCommand(['--help'], io)).toBe(0);
    expect(io.out()).toBe(EVAL_KIDS_HELP);
  });

  it('rejects a bad split and an unreadable folder', async () => {
    const io = captureIo();
    expect(await evalKidsCommand(['--split', 'train'], io)).toBe(1);
    expect(io.err()).toContain('--split must be eval, tune or all');
    const missing = captureIo();
    expect(await evalKidsCommand(['--data-dir', '/nonexistent-kids-data'], missing)).toBe(1);
    expect(missing.err()).toContain('reading the data failed');
  });

  it('measures the tune split rules-only as JSON', { timeout: 60_000 }, async () => {
    const io = captureIo();
    expect(await evalKidsCommand(['--split', 'tune', '--rules-only', '--json'], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.split).toBe('tune');
    expect(report.reports.map((r: { variant: string }) => r.variant)).toEqual(['kids', 'kids without kids-context']);
    expect(report.reports[0].benign.all.n).toBeGreaterThan(100);
  });
});
