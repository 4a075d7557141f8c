import type { HiddenRun } from './hidden-run.ts';

const BLACK_FLAG = 0x1f3f4;
const CANCEL_TAG = 0xe007f;

/**
 * Emoji subdivision flags (🏴 + tag letters + CANCEL TAG, e.g. England, Scotland, Wales) are the one
 * legitimate use of tag characters in text; everything else is invisible ASCII.
 */
export function isEmojiTagSequence(original: string, run: HiddenRun): boolean {
  const count = run.codePoints.length;
  if (count < 3 || count > 8 || run.codePoints[count - 1] !== CANCEL_TAG) return false;
  if (run.start < 2 || original.codePointAt(run.start - 2) !== BLACK_FLAG) return false;
  for (let k = 0; k < count - 1; k += 1) {
    const cp = run.codePoints[k]!;
    const isTagDigit = cp >= 0xe0030 && cp <= 0xe0039;
    const isTagLower = cp >= 0xe0061 && cp <= 0xe007a;
    if (!isTagDigit && !isTagLower) return false;
  }
  return true;
}

export interface DecodedRun {
  text: string;
  /** Original range of each decoded UTF-16 unit. */
  starts: number[];
  ends: number[];
}

/**
 * What the tags spell: U+E0020–E007E are invisible copies of ASCII 0x20–0x7E. Code points outside
 * the tag block (visible characters a run was merged across) are copied as they are.
 */
export function decodeTagRun(run: HiddenRun): DecodedRun {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  run.codePoints.forEach((cp, k) => {
    const at = run.offsets[k]!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp < 0xe0000) {
      const visible = String.fromCodePoint(cp);
      text += visible;
      for (let unit = 0; unit < visible.length; unit += 1) {
        starts.push(at);
        ends.push(at + width);
      }
      return;
    }
    if (cp < 0xe0020 || cp > 0xe007e) return;
    text += String.fromCharCode(cp - 0xe0000);
    starts.push(at);
    ends.push(at + 2);
  });
  return { text, starts, ends };
}
