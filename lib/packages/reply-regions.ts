/**
 * A reply cut into what is code and what is prose, the way a Markdown renderer shows it: fenced
 * blocks (``` or ~~~, with their info-string language; an unclosed fence runs to the end, as it
 * does while a reply streams), inline code spans (`…` on one line), and the prose around them.
 * Package names are read differently in each: a command in code runs to its end, a command in
 * prose stops where the sentence goes on ("pip install flask and then…").
 */
export type RegionKind = 'fence' | 'inline' | 'prose';

export interface ReplyRegion {
  kind: RegionKind;
  /** Half-open range in the scanned text (a fence's content, without its fence lines). */
  start: number;
  end: number;
  /** A fence's language (first word of its info string, lower-cased); '' when none is given. */
  language: string;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)/;

/** Every regular expression of this module (the ReDoS check in its test runs over them). */
export const REPLY_REGION_PATTERNS: readonly RegExp[] = [FENCE_OPEN];

/** Cuts `text` into regions in order; linear in its length. */
export function replyRegions(text: string): ReplyRegion[] {
  const regions: ReplyRegion[] = [];
  let proseStart = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = endOfLine(text, lineStart);
    const open = FENCE_OPEN.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 200)));
    if (!open) {
      lineStart = lineEnd + 1;
      continue;
    }
    addProse(text, proseStart, lineStart, regions);
    const fence = open[1]!;
    const contentStart = Math.min(text.length, lineEnd + 1);
    const close = findFenceClose(text, contentStart, fence);
    regions.push({ kind: 'fence', start: contentStart, end: close.contentEnd, language: open[2]!.toLowerCase() });
    proseStart = close.next;
    lineStart = close.next;
  }
  addProse(text, proseStart, text.length, regions);
  return regions;
}

const endOfLine = (text: string, from: number): number => {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
};

/** The closing fence: the same character, at least as long, alone on its line (CommonMark). */
function findFenceClose(text: string, from: number, fence: string): { contentEnd: number; next: number } {
  let lineStart = from;
  while (lineStart < text.length) {
    const lineEnd = endOfLine(text, lineStart);
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200)).trim();
    if (line.length >= fence.length && line[0] === fence[0] && isRunOf(line, fence[0]!)) {
      return { contentEnd: lineStart, next: Math.min(text.length, lineEnd + 1) };
    }
    lineStart = lineEnd + 1;
  }
  return { contentEnd: text.length, next: text.length };
}

const isRunOf = (line: string, char: string): boolean => {
  for (const c of line) if (c !== char) return false;
  return true;
};

/**
 * Prose between fences, with its inline code spans cut out. A span opens with a run of n
 * backticks and closes at the next run of exactly n on the same line. One pass collects the runs;
 * each run is then looked at once (the next run of each length comes from a per-line index), so a
 * line of unmatched backticks stays linear.
 */
function addProse(text: string, start: number, end: number, regions: ReplyRegion[]): void {
  let proseStart = start;
  for (const runs of backtickRunsByLine(text, start, end)) {
    const nextOfLength = new Map<number, number>();
    // For each run, the index of the next run of the same length on its line (or -1).
    const nextSame = new Array<number>(runs.length).fill(-1);
    for (let i = runs.length - 1; i >= 0; i -= 1) {
      const length = runs[i]!.length;
      nextSame[i] = nextOfLength.get(length) ?? -1;
      nextOfLength.set(length, i);
    }
    let i = 0;
    while (i < runs.length) {
      const closing = nextSame[i]!;
      if (closing < 0) {
        i += 1;
        continue;
      }
      const open = runs[i]!;
      const close = runs[closing]!;
      if (open.start > proseStart) regions.push({ kind: 'prose', start: proseStart, end: open.start, language: '' });
      regions.push({ kind: 'inline', start: open.start + open.length, end: close.start, language: '' });
      proseStart = close.start + close.length;
      i = closing + 1;
    }
  }
  if (end > proseStart) regions.push({ kind: 'prose', start: proseStart, end, language: '' });
}

interface BacktickRun {
  start: number;
  length: number;
}

/** The backtick runs of `text[start, end)`, grouped by line (lines without any are left out). */
function backtickRunsByLine(text: string, start: number, end: number): BacktickRun[][] {
  const lines: BacktickRun[][] = [];
  let line: BacktickRun[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (line.length > 0) lines.push(line);
      line = [];
      i += 1;
    } else if (code === 96) {
      let j = i;
      while (j < end && text.charCodeAt(j) === 96) j += 1;
      line.push({ start: i, length: j - i });
      i = j;
    } else {
      i += 1;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}
