import type { Range } from './offset-map.ts';

/** Context kept on each side of a technique when its line is longer (a one-line megabyte paste). */
export const MAX_CONTEXT = 400;
/** Excerpts per reading, and characters in all of them together. */
export const MAX_EXCERPTS = 256;
export const MAX_EXCERPT_CHARS = 32_768;

/**
 * The lines of `text` that contain the given ranges (at most MAX_CONTEXT characters either side of
 * them; at most MAX_EXCERPTS excerpts and about MAX_EXCERPT_CHARS characters), merged and in order. Readings that only matter where a technique was used (display order
 * of overrides, text after backspaces) are built from these excerpts instead of the whole text, so
 * a megabyte paste with one override costs one line.
 */
export function linesAround(text: string, ranges: readonly Range[], maxExcerpts = MAX_EXCERPTS): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const lines: Range[] = [];
  let total = 0;
  for (const range of sorted) {
    const last = lines[lines.length - 1];
    if (last && range.start <= last.end) {
      if (range.end > last.end) {
        const end = lineEnd(text, range.end);
        total += end - last.end;
        last.end = end;
      }
      continue;
    }
    if (lines.length >= maxExcerpts || total >= MAX_EXCERPT_CHARS) break;
    const line = { start: lineStart(text, range.start), end: lineEnd(text, Math.max(range.end, range.start)) };
    total += line.end - line.start;
    lines.push(line);
  }
  return lines;
}

/** Where the line around `from` ends, looking at most MAX_CONTEXT characters ahead (indexOf could scan a megabyte). */
function lineEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_CONTEXT);
  for (let k = from; k < limit; k += 1) if (text.charCodeAt(k) === 0x0a) return k;
  return limit;
}

/** Where the line around `at` starts, looking at most MAX_CONTEXT characters back. */
function lineStart(text: string, at: number): number {
  const limit = Math.max(0, at - MAX_CONTEXT);
  for (let k = at - 1; k >= limit; k -= 1) if (text.charCodeAt(k) === 0x0a) return k + 1;
  return limit;
}
