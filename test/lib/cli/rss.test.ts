import { describe, expect, it } from 'vitest';
import { peakRssMb } from '../../../lib/cli/rss.ts';

describe('peakRssMb', () => {
  it('is at least the current RSS, in MiB with one decimal', () => {
    const peak = peakRssMb();
    expect(peak).toBeGreaterThanOrEqual(Math.floor((process.memoryUsage.rss() / 2 ** 20) * 10) / 10 - 0.1);
    expect(Math.round(peak * 10) / 10).toBe(peak);
  });

  it('never goes down', () => {
    const first = peakRssMb();
    expect(peakRssMb()).toBeGreaterThanOrEqual(first - 0.1);
  });
});
