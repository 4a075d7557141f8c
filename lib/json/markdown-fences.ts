/** A fenced code block (``` or ~~~) of a Markdown reply. */
export interface FencedBlock {
  /** Offset of the opening fence line's first character. */
  start: number;
  /** Offset just past the closing fence line (the text's end when the block is not closed yet). */
  end: number;
  contentStart: number;
  contentEnd: number;
  /** The info string's first word, lower-cased (`json`, `python`, `` for none). */
  language: string;
  closed: boolean;
}

const isBlank = (code: number) => code === 0x20 || code === 0x09;

function lineEndOf(text: string, from: number, limit: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 || newline > limit ? limit : newline;
}

/** Length of the fence run (≥ 3 of ` or ~) that opens this line after its indentation, else 0. */
function fenceRun(text: string, lineStart: number, lineEnd: number): { at: number; length: number; char: number } | undefined {
  let at = lineStart;
  while (at < lineEnd && isBlank(text.charCodeAt(at))) at += 1;
  const char = text.charCodeAt(at);
  if (char !== 0x60 && char !== 0x7e) return undefined;
  let length = 0;
  while (at + length < lineEnd && text.charCodeAt(at + length) === char) length += 1;
  return length >= 3 ? { at, length, char } : undefined;
}

/** The info string's first word, without pandoc's `{.json}` decoration. */
function languageOf(info: string): string {
  let start = 0;
  while (start < info.length && ' \t{.'.includes(info[start]!)) start += 1;
  let end = start;
  while (end < info.length && !' \t{}'.includes(info[end]!)) end += 1;
  return info.slice(start, end).toLowerCase();
}

/**
 * The fenced code blocks of `text[0, limit)`, CommonMark-style but forgiving the way chat UIs
 * are: fences may be indented any amount (replies nest them in list items), a block closes at the
 * first line holding only a run of the same character at least as long, and a block that never
 * closes (a reply still streaming) runs to the end. One pass over the lines.
 */
export function findFencedBlocks(text: string, limit = text.length): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  let lineStart = 0;
  while (lineStart < limit) {
    const lineEnd = lineEndOf(text, lineStart, limit);
    const open = fenceRun(text, lineStart, lineEnd);
    const info = open ? text.slice(open.at + open.length, lineEnd) : '';
    // A backtick fence's info string cannot hold a backtick (that is inline code).
    if (!open || (open.char === 0x60 && info.includes('`'))) {
      lineStart = lineEnd + 1;
      continue;
    }
    const contentStart = Math.min(lineEnd + 1, limit);
    let closeLine = contentStart;
    let block: FencedBlock | undefined;
    while (closeLine < limit) {
      const closeEnd = lineEndOf(text, closeLine, limit);
      const close = fenceRun(text, closeLine, closeEnd);
      if (close && close.char === open.char && close.length >= open.length && text.slice(close.at + close.length, closeEnd).trim() === '') {
        block = { start: lineStart, end: closeEnd, contentStart, contentEnd: closeLine, language: languageOf(info), closed: true };
        break;
      }
      closeLine = closeEnd + 1;
    }
    block ??= { start: lineStart, end: limit, contentStart, contentEnd: limit, language: languageOf(info), closed: false };
    blocks.push(block);
    lineStart = block.end + 1;
  }
  return blocks;
}
