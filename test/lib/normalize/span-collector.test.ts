import { describe, expect, it } from 'vitest';
import { MAX_SIGNAL_SPANS, SpanCollector } from '../../../lib/normalize/span-collector.ts';

describe('SpanCollector', () => {
  it('counts, merges touching spans and sorts them', () => {
    const collector = new SpanCollector('zero-width');
    expect(collector.signal()).toBeUndefined();
    collector.add(5, 6);
    collector.add(6, 7);
    collector.add(1, 2, 3);
    expect(collector.signal()).toEqual({ kind: 'zero-width', count: 5, spans: [{ start: 1, end: 2 }, { start: 5, end: 7 }] });
  });

  it('keeps at most MAX_SIGNAL_SPANS spans but counts everything', () => {
    const collector = new SpanCollector('x');
    for (let k = 0; k < 200; k += 1) collector.add(k * 3, k * 3 + 1);
    const signal = collector.signal()!;
    expect(signal.count).toBe(200);
    expect(signal.spans).toHaveLength(MAX_SIGNAL_SPANS);
  });
});
