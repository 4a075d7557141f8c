/**
 * The prefilter that makes rule count free: one pass over the lower-cased text finds every rule
 * keyword (provider prefixes like `ghp_`, `xoxb-`, `akia`, and assignment words like `password`),
 * and only rules with a keyword hit are tried, only at those hits.
 *
 * It is a single alternation RegExp, not modern-ahocorasick: measured here on a 2,000-character
 * English prompt with 300 keywords, modern-ahocorasick 3.3.0 (grapheme-cluster matching via
 * Intl.Segmenter) took 0.13 ms p50 — more than this detector's whole budget — while V8's compiled
 * alternation took 0.01 ms, and 0.4 ms on 100,000 characters.
 */
export interface KeywordHit {
  /** Index into the keyword list the prefilter was built from. */
  keyword: number;
  start: number;
  end: number;
}

export interface KeywordPrefilter {
  readonly keywords: readonly string[];
  /** Hits in `lowerText` (from gate/fold-case.ts foldCase), overlapping ones included, at most `maxHits`. */
  find(lowerText: string, maxHits: number): KeywordHit[];
}

const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

export function createKeywordPrefilter(keywords: readonly string[]): KeywordPrefilter {
  const unique = [...new Set(keywords)].filter((keyword) => keyword.length > 0);
  const indexOf = new Map(keywords.map((keyword, index) => [keyword, index] as const));
  // Longest first, so that at one position the most specific keyword wins; the caller maps a
  // keyword to the rules of every keyword that is a prefix of it.
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const source = unique.length ? unique.map(escape).join('|') : '(?!)';
  const regex = new RegExp(source, 'g');
  return {
    keywords,
    find(lowerText, maxHits) {
      const hits: KeywordHit[] = [];
      // A keyword that overlaps its own previous hit (`aaaa…` inside a run of `a`s) adds nothing.
      const lastEnd = new Map<number, number>();
      regex.lastIndex = 0;
      for (let match = regex.exec(lowerText); match !== null; match = regex.exec(lowerText)) {
        const keyword = indexOf.get(match[0])!;
        if ((lastEnd.get(keyword) ?? -1) <= match.index) {
          hits.push({ keyword, start: match.index, end: match.index + match[0].length });
          lastEnd.set(keyword, match.index + match[0].length);
          if (hits.length >= maxHits) break;
        }
        // Step one character, not past the match: keywords can overlap (`xoxe.xoxb-` holds `xoxb-`).
        regex.lastIndex = match.index + 1;
      }
      return hits;
    },
  };
}
