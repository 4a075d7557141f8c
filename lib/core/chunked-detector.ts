import type { AnyDetector, DetectorContext, DetectorReport } from './detector.ts';
import type { Finding } from './finding.ts';
import { normalize } from './normalize.ts';

/** Start/end offsets of overlapping windows that together cover [0, length). */
export function windowRanges(length: number, chars: number, overlapChars: number): Array<[number, number]> {
  const step = Math.max(1, chars - Math.min(overlapChars, chars - 1));
  const ranges: Array<[number, number]> = [];
  for (let start = 0; ; start += step) {
    const end = Math.min(length, start + chars);
    ranges.push([start, end]);
    if (end >= length) return ranges;
  }
}

const shift = (finding: Finding, offset: number): Finding => ({
  ...finding,
  spans: finding.spans.map((span) => ({ start: span.start + offset, end: span.end + offset })),
});

/**
 * Wraps a detector that declares a `window` so that a longer text is scanned window by window
 * (each window normalized on its own, spans shifted back to the whole text). Findings repeated in
 * the overlap of two windows are reported once. A window the detector skips makes the whole
 * scan skipped: a partial look must not pass for a full one. Detectors without a window, and
 * texts that fit in one, are run as they are.
 */
export function chunked(detector: AnyDetector): AnyDetector {
  const window = detector.meta.window;
  if (!window) return detector;
  return {
    meta: detector.meta,
    async run(context: DetectorContext): Promise<DetectorReport> {
      const original = context.text.original;
      if (original.length <= window.chars) return detector.run(context);
      const all: Finding[] = [];
      const seen = new Set<string>();
      for (const [start, end] of windowRanges(original.length, window.chars, window.overlapChars)) {
        if (context.signal.aborted) return { status: 'skipped', reason: 'aborted' };
        const report = await detector.run({ ...context, text: normalize(original.slice(start, end)) });
        if (report.status !== 'ok') return report;
        for (const finding of report.findings) {
          const shifted = shift(finding, start);
          const key = `${shifted.ruleId}|${shifted.spans.map((s) => `${s.start}-${s.end}`).join(',')}`;
          if (seen.has(key)) continue;
          seen.add(key);
          all.push(shifted);
        }
      }
      return { status: 'ok', findings: all };
    },
  };
}
