import type { NormalizationSignal } from '../core/normalized-text.ts';
import { linesAround } from './line-excerpt.ts';
import { ViewBuilder, type MappedView } from './offset-map.ts';
import { SIGNAL } from './signal-kinds.ts';
import { SpanCollector } from './span-collector.ts';

export interface BackspaceReading {
  /** The text as a terminal would show it: each backspace/delete erases the character before it. */
  view: MappedView | undefined;
  signal: NormalizationSignal | undefined;
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/**
 * "Characters followed by backspaces": the model reads every character, a terminal or log viewer
 * shows the text with the erased ones gone. The canonical view keeps the model's reading; this
 * builds the displayed one for the lines that hold backspaces (joined by line breaks) and reports
 * the erased characters with the controls that erased them.
 */
export function applyBackspaces(
  cleaned: MappedView,
  backspaces: ReadonlyArray<{ at: number; start: number; end: number }>,
): BackspaceReading {
  if (backspaces.length === 0) return { view: undefined, signal: undefined };
  const collector = new SpanCollector(SIGNAL.backspace);
  const text = cleaned.text;
  const lines = linesAround(
    text,
    backspaces.map((backspace) => ({ start: Math.max(0, backspace.at - 1), end: backspace.at })),
  );
  const builder = new ViewBuilder(64);
  let erased = 0;
  let next = 0;
  lines.forEach((line, index) => {
    if (index > 0) {
      const at = cleaned.endAt(lines[index - 1]!.end - 1);
      builder.append('\n', at, at);
    }
    // Indices of the line's characters that survive, as a stack the backspaces pop.
    const kept: number[] = [];
    let cursor = line.start;
    while (next < backspaces.length && backspaces[next]!.at <= line.end) {
      const backspace = backspaces[next]!;
      next += 1;
      for (; cursor < Math.min(backspace.at, line.end); cursor += 1) kept.push(cursor);
      collector.add(backspace.start, backspace.end);
      const last = kept.pop();
      if (last === undefined) continue;
      erased += 1;
      let first = last;
      if (isLowSurrogate(text.charCodeAt(last)) && kept.length > 0 && isHighSurrogate(text.charCodeAt(kept[kept.length - 1]!))) {
        first = kept.pop()!;
      }
      const range = cleaned.toOriginal(first, last + 1);
      collector.add(range.start, range.end, 0);
    }
    for (; cursor < line.end; cursor += 1) kept.push(cursor);
    let runStart = 0;
    for (let k = 1; k <= kept.length; k += 1) {
      if (k === kept.length || kept[k] !== kept[k - 1]! + 1) {
        if (k > runStart) builder.appendFrom(cleaned, kept[runStart]!, kept[k - 1]! + 1);
        runStart = k;
      }
    }
  });
  // Backspaces past the last line (none in practice: every backspace sits in a line).
  for (; next < backspaces.length; next += 1) collector.add(backspaces[next]!.start, backspaces[next]!.end);
  if (erased === 0) return { view: undefined, signal: collector.signal() };
  return { view: builder.build('backspace', 0, cleaned.originalLength), signal: collector.signal() };
}
