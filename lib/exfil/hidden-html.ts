import type { Span } from '../core/finding.ts';

/**
 * HTML in a reply that renders text nobody sees — white-on-white, zero size, display:none — but
 * that a copy, a screen reader or the next agent reads. (Invisible *characters* are the
 * invisible-text detector's; this is hiding by styling.)
 */
export const HIDING_STYLE =
  /<(?:span|div|p|font|small|section|td|a)\b[^<>]{0,400}?(?:style\s*=\s*["'][^"'<>]{0,300}?(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|em|rem|pt)?\s*[;"']|opacity\s*:\s*0(?:\.0+)?\s*[;"']|(?<![-\w])color\s*:\s*(?:#fff(?:fff)?\b|white\b|transparent\b))|color\s*=\s*["']?(?:#fff(?:fff)?|white)\b)[^<>]{0,400}>([^<]{1,4000})/gi;

/** Spans of hidden-styled elements that hold at least a few visible letters. */
export function hiddenHtmlSpans(text: string, limit = 50): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(HIDING_STYLE)) {
    if (!/\p{L}{3}/u.test(match[1]!)) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
    if (spans.length >= limit) break;
  }
  return spans;
}
