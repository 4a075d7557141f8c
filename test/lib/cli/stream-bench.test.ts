import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import { benchStreaming, STREAM_TARGET_RATIO } from '../../../lib/cli/stream-bench.ts';
import { fakeDetector, reportOf } from '../../support/fake-detectors.ts';

describe('benchStreaming', () => {
  it('streams each reply in deltas, settles it, and compares with one full scan', async () => {
    const lengths: number[] = [];
    const detector = fakeDetector('spy', (text) => (lengths.push(text.length), reportOf()));
    const replies = ['r'.repeat(5_000), 's'.repeat(5_000)];
    const result = await benchStreaming(createPipeline({ detectors: [detector] }), replies, { stepChars: 1_024 }, 20);
    expect(result).toMatchObject({ replyChars: 5_000, deltaChars: 20, runs: 2, targetRatio: STREAM_TARGET_RATIO });
    expect(result.ratio).toBeGreaterThan(0);
    expect(result.streamMs).toBeGreaterThanOrEqual(result.windowsMs);
    // Per reply: one full scan, ~5 window scans of ≤ 1,024 + 512 + 20 chars, one settle scan.
    expect(lengths.filter((length) => length === 5_000).length).toBe(2 * 2 + 1);
    expect(Math.max(...lengths.filter((length) => length !== 5_000))).toBeLessThanOrEqual(1_024 + 512 + 20);
  });
});
