import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunked, windowRanges } from '../../../lib/core/chunked-detector.ts';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import { fakeDetector, finding, reportOf } from '../../support/fake-detectors.ts';

describe('windowRanges', () => {
  it('covers the whole text with the requested overlap', () => {
    expect(windowRanges(10, 4, 1)).toEqual([
      [0, 4],
      [3, 7],
      [6, 10],
    ]);
    expect(windowRanges(3, 4, 1)).toEqual([[0, 3]]);
  });

  it('always reaches the end, every window within bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 400 }), (length, chars, overlap) => {
        const ranges = windowRanges(length, chars, overlap);
        expect(ranges[0]![0]).toBe(0);
        expect(ranges.at(-1)![1]).toBe(length);
        for (let i = 1; i < ranges.length; i += 1) expect(ranges[i]![0]).toBeLessThanOrEqual(ranges[i - 1]![1]);
      }),
    );
  });
});

describe('chunked', () => {
  const needle = 'NEEDLE';
  const findNeedle = fakeDetector(
    'needle',
    (text) => {
      const spans = [];
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) spans.push({ start: at, end: at + needle.length });
      return reportOf(...spans.map((span) => finding('needle', 0.95, 'prompt-attack', { spans: [span] })));
    },
    { window: { chars: 100, overlapChars: 20 }, cost: 'costly' },
  );

  it('leaves detectors without a window untouched', () => {
    const plain = fakeDetector('plain', () => reportOf());
    expect(chunked(plain)).toBe(plain);
  });

  it('finds matches in the tail and across window borders, once each, at their real offsets', async () => {
    const text = `${'a'.repeat(95)}${needle}${'b'.repeat(1_000)}${needle}`;
    const result = await createPipeline({ detectors: [findNeedle] }).scan({ text, direction: 'inbound' });
    if (!result.ok) throw new Error(result.error);
    const spans = result.value.findings.flatMap((f) => f.spans);
    expect(spans).toEqual([
      { start: 95, end: 101 },
      { start: text.length - needle.length, end: text.length },
    ]);
    expect(result.value.action).toBe('block');
  });

  it('reports the scan as skipped when any window is skipped', async () => {
    let calls = 0;
    const flaky = fakeDetector('flaky', () => (++calls === 2 ? { status: 'skipped', reason: 'model-unavailable' } : reportOf()), {
      window: { chars: 10, overlapChars: 2 },
    });
    const report = await chunked(flaky).run({ text: { original: 'x'.repeat(30) }, signal: new AbortController().signal } as never);
    expect(report).toEqual({ status: 'skipped', reason: 'model-unavailable' });
  });
});
