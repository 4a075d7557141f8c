import type { NormalizationSignal } from '../core/normalized-text.ts';
import type { Range } from './offset-map.ts';

/** Signals keep at most this many spans: enough to highlight, bounded on hostile input. */
export const MAX_SIGNAL_SPANS = 64;

/**
 * Counts occurrences of one hiding technique and remembers where they are, merging touching
 * ranges (a run of forty zero-width characters is one highlighted span, not forty).
 */
export class SpanCollector {
  readonly kind: string;
  count = 0;
  readonly spans: Range[] = [];

  constructor(kind: string) {
    this.kind = kind;
  }

  add(start: number, end: number, count = 1): void {
    this.count += count;
    const last = this.spans[this.spans.length - 1];
    if (last && start <= last.end && start >= last.start) {
      if (end > last.end) last.end = end;
      return;
    }
    if (this.spans.length < MAX_SIGNAL_SPANS) this.spans.push({ start, end });
  }

  /** The signal (spans sorted and merged), or undefined when nothing was seen. */
  signal(): NormalizationSignal | undefined {
    if (this.count === 0) return undefined;
    const sorted = [...this.spans].sort((a, b) => a.start - b.start);
    const spans: Range[] = [];
    for (const span of sorted) {
      const last = spans[spans.length - 1];
      if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
      else spans.push({ ...span });
    }
    return { kind: this.kind, count: this.count, spans };
  }
}
