import type { KeywordKind } from './keywords.ts';
import type { MatchContext } from './rule.ts';

/*
 * Context words: some values have too little structure to stand alone (a nine-digit BSN passes
 * its check one time in eleven), so rules look for the words that name them near the match. The
 * window is small so that one keyword does not vouch for every number in a long paste.
 */

/** A keyword of `kind` ends within `before` characters before `start` or starts within `after` after `end`. */
export const near = (context: MatchContext, kind: KeywordKind, start: number, end: number, before = 48, after = 24): boolean =>
  context.keywords.near(kind, start, end, before, after);

/**
 * A keyword of `kind` labels the value at `start`: it ends at most `maxGap` characters before it
 * and nothing but punctuation and words (no digit, no line break) lies between.
 */
export const labelBefore = (context: MatchContext, kind: KeywordKind, start: number, maxGap: number): boolean =>
  context.keywords.labels(kind, context.text, start, maxGap);

/** ASCII digits of a matched string (separators dropped). */
export const digitsOf = (value: string): string => value.replace(/[^0-9]/g, '');
