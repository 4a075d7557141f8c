import type { TextView } from '../core/normalized-text.ts';
import { ChangeList } from './changed-ranges.ts';

/** Half-open range of UTF-16 code units. */
export interface Range {
  start: number;
  end: number;
}

/**
 * A view whose every UTF-16 unit remembers the half-open range of the ORIGINAL text it came from.
 * `starts`/`ends` are null for the identity view (the original text itself), which costs nothing.
 * Views built from other views store original offsets directly (maps are composed when a view is
 * built, never chained at lookup time), so `toOriginal` is O(1) on monotone views.
 */
export class MappedView implements TextView {
  readonly name: string;
  readonly text: string;
  readonly depth: number;
  readonly originalLength: number;
  /** Per unit of `text`: where its source starts in the original (null = identity). */
  readonly starts: Int32Array | null;
  /** Per unit of `text`: where its source ends in the original (null = identity). */
  readonly ends: Int32Array | null;
  /** False when the view reorders text (reversed and upside-down readings). */
  readonly monotone: boolean;
  /** Set by the normalizer on whole-text readings (TextView.changes). */
  changes?: readonly Range[];
  /**
   * How this view was made, when its maker knew: the ranges (this view's offsets) where it differs
   * from `base`, which it repeats verbatim everywhere else. Set by ViewBuilder and withText.
   */
  changedFrom?: { base: MappedView; ranges: readonly Range[] };

  constructor(
    name: string,
    text: string,
    depth: number,
    originalLength: number,
    starts: Int32Array | null,
    ends: Int32Array | null,
    monotone = true,
  ) {
    this.name = name;
    this.text = text;
    this.depth = depth;
    this.originalLength = originalLength;
    this.starts = starts;
    this.ends = ends;
    this.monotone = monotone;
    // Detectors call `view.toOriginal(…)` detached from the object, so bind it once here.
    this.toOriginal = this.toOriginal.bind(this);
  }

  /** The first `length` units of this view, sharing its map (no copy). */
  prefix(length: number): MappedView {
    if (length >= this.text.length) return this;
    const n = Math.max(0, length);
    return new MappedView(
      this.name,
      this.text.slice(0, n),
      this.depth,
      this.originalLength,
      this.starts && this.starts.subarray(0, n),
      this.ends && this.ends.subarray(0, n),
      this.monotone,
    );
  }

  /**
   * A reading of the same length whose every unit comes from the unit at the same place here (a
   * letter-for-letter substitution): it shares this view's map, so making it costs no copy.
   */
  withText(name: string, text: string, changed?: readonly Range[]): MappedView {
    if (text.length !== this.text.length) throw new RangeError('withText needs a reading of the same length');
    const view = new MappedView(name, text, this.depth, this.originalLength, this.starts, this.ends, this.monotone);
    // `changed`: where the substitutions are, in order (a superset is fine: the units are compared nowhere).
    if (changed) view.changedFrom = { base: this, ranges: changed };
    return view;
  }

  /** The same text and map under another name. */
  withName(name: string): MappedView {
    return new MappedView(name, this.text, this.depth, this.originalLength, this.starts, this.ends, this.monotone);
  }

  /** Original offset where unit `index` of this view begins (index clamped into the view). */
  startAt(index: number): number {
    if (this.starts === null) return Math.min(Math.max(index, 0), this.originalLength);
    const length = this.starts.length;
    if (length === 0) return 0;
    return this.starts[Math.min(Math.max(index, 0), length - 1)]!;
  }

  /** Original offset where unit `index` of this view ends. */
  endAt(index: number): number {
    if (this.ends === null) return Math.min(Math.max(index + 1, 0), this.originalLength);
    const length = this.ends.length;
    if (length === 0) return 0;
    return this.ends[Math.min(Math.max(index, 0), length - 1)]!;
  }

  /**
   * Maps a half-open range of this view to the smallest original range covering it. Never throws
   * and always lands inside the original text, whatever it is given (NaN, negative, reversed or
   * out-of-range arguments are clamped).
   */
  toOriginal(start: number, end: number): Range {
    const length = this.text.length;
    let from = Number.isFinite(start) ? Math.trunc(start) : 0;
    let to = Number.isFinite(end) ? Math.trunc(end) : from;
    from = Math.min(Math.max(from, 0), length);
    to = Math.min(Math.max(to, from), length);
    if (this.starts === null || this.ends === null) {
      const limit = this.originalLength;
      return { start: Math.min(from, limit), end: Math.min(to, limit) };
    }
    if (length === 0) return { start: 0, end: 0 };
    if (from === to) {
      const at = from < length ? this.starts[from]! : this.ends[length - 1]!;
      return { start: at, end: at };
    }
    if (this.monotone) return { start: this.starts[from]!, end: this.ends[to - 1]! };
    let low = Number.MAX_SAFE_INTEGER;
    let high = 0;
    for (let i = from; i < to; i += 1) {
      low = Math.min(low, this.starts[i]!);
      high = Math.max(high, this.ends[i]!);
    }
    return { start: low, end: high };
  }
}

/** The original text as a view: no copy, no map. */
export const identityView = (name: string, text: string): MappedView =>
  new MappedView(name, text, 0, text.length, null, null);

/**
 * Accumulates a view piece by piece together with its offset map. Typed arrays grow by doubling,
 * so building a view is linear in its length.
 */
export class ViewBuilder {
  private pieces: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private size = 0;
  private monotone = true;
  /**
   * What the view repeats and where it departs from it (MappedView.changedFrom): the one view every
   * appendFrom copied from, in order (null once there is no such view), where the last copy ended
   * there, and the units appended, or following a skipped stretch, so far.
   */
  private copiedFrom: MappedView | null | undefined = undefined;
  private copiedTo = 0;
  private readonly changes = new ChangeList();

  constructor(capacity = 64) {
    const initial = Math.max(16, capacity | 0);
    this.starts = new Int32Array(initial);
    this.ends = new Int32Array(initial);
  }

  get length(): number {
    return this.size;
  }

  private reserve(extra: number): void {
    const needed = this.size + extra;
    if (needed <= this.starts.length) return;
    let capacity = this.starts.length * 2;
    while (capacity < needed) capacity *= 2;
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    starts.set(this.starts.subarray(0, this.size));
    ends.set(this.ends.subarray(0, this.size));
    this.starts = starts;
    this.ends = ends;
  }

  /** Appends `piece`; every unit of it maps to the original range [start, end). */
  append(piece: string, start: number, end: number): void {
    const count = piece.length;
    if (count === 0) return;
    this.reserve(count);
    for (let k = 0; k < count; k += 1) {
      this.starts[this.size + k] = start;
      this.ends[this.size + k] = end;
    }
    if (this.copiedFrom !== null) this.changes.mark(this.size, this.size + count);
    this.size += count;
    this.pieces.push(piece);
  }

  /** Appends source.slice(from, to) of a view, keeping that view's per-unit map. */
  appendFrom(source: MappedView, from: number, to: number): void {
    const count = to - from;
    if (count <= 0) return;
    this.reserve(count);
    if (source.starts === null || source.ends === null) {
      for (let k = 0; k < count; k += 1) {
        this.starts[this.size + k] = from + k;
        this.ends[this.size + k] = from + k + 1;
      }
    } else {
      this.starts.set(source.starts.subarray(from, to), this.size);
      this.ends.set(source.ends.subarray(from, to), this.size);
    }
    if (!source.monotone) this.monotone = false;
    this.noteCopy(source, from, to);
    this.size += count;
    this.pieces.push(source.text.slice(from, to));
  }

  private noteCopy(source: MappedView, from: number, to: number): void {
    if (this.copiedFrom === undefined) this.copiedFrom = source;
    if (this.copiedFrom !== source || from < this.copiedTo) {
      this.copiedFrom = null;
      return;
    }
    // A stretch of the source left out: the unit after the gap reads differently.
    if (from > this.copiedTo) this.changes.mark(this.size);
    this.copiedTo = to;
  }

  /** Appends source.slice(from, to) of a raw string whose unit k sits at original offset base + k. */
  appendIdentity(source: string, from: number, to: number, base: number): void {
    const count = to - from;
    if (count <= 0) return;
    this.reserve(count);
    for (let k = 0; k < count; k += 1) {
      this.starts[this.size + k] = base + k;
      this.ends[this.size + k] = base + k + 1;
    }
    this.copiedFrom = null;
    this.size += count;
    this.pieces.push(source.slice(from, to));
  }

  /** Declares that the view reorders text, so range lookups must scan instead of assuming order. */
  markReordered(): void {
    this.monotone = false;
    this.copiedFrom = null;
  }

  build(name: string, depth: number, originalLength: number): MappedView {
    const text = this.pieces.join('');
    // Most views fill the capacity they were given (the length of their source): share the
    // arrays then rather than copy them; a copy only when more than half would go unused.
    const share = this.size * 2 >= this.starts.length;
    const view = new MappedView(
      name,
      text,
      depth,
      originalLength,
      share ? this.starts.subarray(0, this.size) : this.starts.slice(0, this.size),
      share ? this.ends.subarray(0, this.size) : this.ends.slice(0, this.size),
      this.monotone,
    );
    const base = this.copiedFrom;
    if (base) {
      if (this.copiedTo < base.text.length && this.size > 0) this.changes.mark(this.size - 1);
      view.changedFrom = { base, ranges: this.changes.ranges };
    }
    return view;
  }
}
