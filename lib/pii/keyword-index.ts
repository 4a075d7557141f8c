import type { KeywordHit, KeywordKind } from './keywords.ts';

/** Longest keyword, in characters: a hit that starts this far before a range can still end in it. */
const MAX_KEYWORD_LENGTH = 40;

/**
 * Keyword hits grouped by kind, in text order, for range queries by binary search: rules ask about
 * context words once per candidate, and a paste with thousands of candidates and keywords must not
 * turn that into a quadratic scan.
 */
export class KeywordIndex {
  readonly #byKind = new Map<KeywordKind, KeywordHit[]>();
  readonly all: readonly KeywordHit[];

  constructor(hits: readonly KeywordHit[]) {
    this.all = hits;
    for (const hit of hits) {
      const list = this.#byKind.get(hit.kind);
      if (list) list.push(hit);
      else this.#byKind.set(hit.kind, [hit]);
    }
  }

  /** Hits of `kind` starting in [from, to], in text order. */
  *between(kind: KeywordKind, from: number, to: number): Generator<KeywordHit> {
    const list = this.#byKind.get(kind);
    if (!list) return;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (list[middle]!.start < from) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < list.length && list[i]!.start <= to; i += 1) yield list[i]!;
  }

  /** A hit of `kind` ends within `before` characters before `start` or starts within `after` after `end`. */
  near(kind: KeywordKind, start: number, end: number, before = 48, after = 24): boolean {
    for (const hit of this.between(kind, start - before - MAX_KEYWORD_LENGTH, end + after)) {
      if (hit.end <= start && hit.end >= start - before) return true;
      if (hit.start >= end && hit.start <= end + after) return true;
    }
    return false;
  }

  /**
   * A hit of `kind` labels the value at `start`: it ends at most `maxGap` characters before it and
   * nothing but punctuation and words (no digit, no line break) lies between.
   */
  labels(kind: KeywordKind, text: string, start: number, maxGap: number): boolean {
    for (const hit of this.between(kind, start - maxGap - MAX_KEYWORD_LENGTH, start - 1)) {
      if (hit.end > start || start - hit.end > maxGap) continue;
      if (!/[0-9\n]/.test(text.slice(hit.end, start))) return true;
    }
    return false;
  }

  /** Hits of any of `kinds` that end exactly at `index`. */
  endingAt(kinds: readonly KeywordKind[], index: number): KeywordHit[] {
    const found: KeywordHit[] = [];
    for (const kind of kinds) {
      for (const hit of this.between(kind, index - MAX_KEYWORD_LENGTH, index)) if (hit.end === index) found.push(hit);
    }
    return found;
  }

  /** Hits of any of `kinds` ending in [from, to]. */
  endingIn(kinds: readonly KeywordKind[], from: number, to: number): KeywordHit[] {
    const found: KeywordHit[] = [];
    for (const kind of kinds) {
      for (const hit of this.between(kind, from - MAX_KEYWORD_LENGTH, to)) if (hit.end >= from && hit.end <= to) found.push(hit);
    }
    return found;
  }
}
