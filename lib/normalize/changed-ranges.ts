import type { MappedView, Range } from './offset-map.ts';

/**
 * Changes closer than this are one range: a reading that changes every other word (a skeleton of
 * Russian text) gives a few long ranges, not thousands of short ones, and every consumer widens
 * each range by far more than this anyway.
 */
const MERGE_GAP = 32;

/** Changed units, collected in text order into ranges (closer than MERGE_GAP: one range). */
export class ChangeList {
  readonly ranges: Range[] = [];

  /** Units [start, end) changed; start must not precede an earlier mark's start. */
  mark(start: number, end = start + 1): void {
    const last = this.ranges[this.ranges.length - 1];
    if (last && start - last.end <= MERGE_GAP) last.end = Math.max(last.end, end);
    else this.ranges.push({ start, end });
  }
}

/**
 * Where a whole-text reading of `base` (skeleton, leetspeak, unjoined words, …) differs from it, in
 * the reading's offsets; everywhere else it holds base's text verbatim. Detectors that already
 * scanned `base` need only look near these ranges in the reading (shared-anchor-scan.ts, the pii
 * detector): a reading of 100,000 characters that closes up three spaced-out words otherwise
 * costs three more full scans. Undefined when the views cannot be aligned (a reading that
 * reorders text).
 *
 * Both views map every unit to the original text, in order, so they are walked side by side by
 * those original offsets: a reading unit is unchanged when the base unit at the same original
 * place has the same range and the same character. Units of base the reading skipped (a removed
 * space or hyphen) mark the next reading unit as changed, and so does an inserted unit.
 */
export function changedRanges(reading: MappedView, base: MappedView): Range[] | undefined {
  if (!reading.monotone || !base.monotone) return undefined;
  const text = reading.text;
  const baseText = base.text;
  const length = text.length;
  const changes = new ChangeList();
  // A letter-for-letter reading that shares base's map (withText): compare unit by unit.
  if (reading.starts === base.starts && length === baseText.length) {
    for (let i = 0; i < length; i += 1) if (text.charCodeAt(i) !== baseText.charCodeAt(i)) changes.mark(i);
    return changes.ranges;
  }
  const starts = reading.starts;
  const ends = reading.ends;
  const baseStarts = base.starts;
  const baseEnds = base.ends;
  const baseLength = baseText.length;
  let j = 0;
  for (let i = 0; i < length; i += 1) {
    const start = starts === null ? i : starts[i]!;
    const end = ends === null ? i + 1 : ends[i]!;
    let skipped = false;
    while (j < baseLength && (baseStarts === null ? j : baseStarts[j]!) < start) {
      j += 1;
      skipped = true;
    }
    const sameRange = j < baseLength && (baseStarts === null ? j : baseStarts[j]!) === start && (baseEnds === null ? j + 1 : baseEnds[j]!) === end;
    if (sameRange) {
      if (skipped || text.charCodeAt(i) !== baseText.charCodeAt(j)) changes.mark(i);
      j += 1;
    } else {
      changes.mark(i);
    }
  }
  if (j < baseLength && length > 0) changes.mark(length - 1);
  return changes.ranges;
}

/**
 * changedRanges(reading, canonical), from what the reading's builder recorded when it was made
 * straight from the canonical view (MappedView.changedFrom): most readings are, and then no pass
 * over the text is needed (one costs ~10 µs per 2,000 characters on the development machine).
 */
export function changesFromCanonical(reading: MappedView, canonical: MappedView): Range[] | undefined {
  if (reading.changedFrom?.base === canonical) {
    const changes = new ChangeList();
    for (const range of reading.changedFrom.ranges) changes.mark(range.start, range.end);
    return changes.ranges;
  }
  return changedRanges(reading, canonical);
}

/**
 * The ranges widened by `before` and `after` units, clamped to [0, length) and merged where they
 * meet: the stretches of a reading worth scanning again.
 */
export function widenRanges(ranges: readonly Range[], length: number, before: number, after: number): Range[] {
  const widened: Range[] = [];
  for (const range of ranges) {
    const start = Math.max(0, range.start - before);
    const end = Math.min(length, range.end + after);
    if (start >= end) continue;
    const last = widened[widened.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else widened.push({ start, end });
  }
  return widened;
}
