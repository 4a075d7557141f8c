import { linesAround } from './line-excerpt.ts';
import { ViewBuilder, type MappedView, type Range } from './offset-map.ts';

/**
 * What a right-to-left override shows: the characters between RLO and its PDF displayed in reverse
 * order. "Trojan Source"-style text stores an instruction reversed behind an RLO so that it reads
 * normally on screen but not to a filter; this view is the on-screen reading of the lines that hold
 * overrides (joined by line breaks; the rest of the text reads the same as the canonical view).
 * Marks attached to a character are not kept with it (rare in attacks; the view is for matching).
 */
export function bidiDisplayView(cleaned: MappedView, overrides: readonly Range[]): MappedView | undefined {
  if (overrides.length === 0) return undefined;
  const sorted = [...overrides].sort((a, b) => a.start - b.start || b.end - a.end);
  const text = cleaned.text;
  const lines = linesAround(text, sorted);
  const builder = new ViewBuilder(lines.reduce((sum, line) => sum + line.end - line.start + 1, 0));
  builder.markReordered();
  let cursor = lines[0]?.start ?? 0;
  let line = 0;
  for (const range of sorted) {
    if (range.start < cursor) continue;
    while (line < lines.length && lines[line]!.end < range.start) {
      builder.appendFrom(cleaned, cursor, lines[line]!.end);
      const at = cleaned.endAt(lines[line]!.end - 1);
      builder.append('\n', at, at);
      line += 1;
      cursor = lines[line]?.start ?? text.length;
    }
    if (line >= lines.length) break;
    builder.appendFrom(cleaned, cursor, range.start);
    let k = range.end;
    while (k > range.start) {
      const low = text.charCodeAt(k - 1);
      const pair = low >= 0xdc00 && low <= 0xdfff && k - 2 >= range.start && text.charCodeAt(k - 2) >= 0xd800 && text.charCodeAt(k - 2) <= 0xdbff;
      const from = pair ? k - 2 : k - 1;
      builder.appendFrom(cleaned, from, k);
      k = from;
    }
    cursor = range.end;
  }
  if (line < lines.length) builder.appendFrom(cleaned, cursor, lines[line]!.end);
  return builder.build('bidi-display', 0, cleaned.originalLength);
}
