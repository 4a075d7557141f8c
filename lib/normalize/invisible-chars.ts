/**
 * Which code points render as nothing (or reorder what is rendered) and so can hide text from the
 * person reading it while a model still reads it. Ranges follow Unicode's Default_Ignorable_Code_Point
 * and Bidi_Control properties plus the C0/C1 controls; the kinds decide how each is reported.
 */

export const VISIBLE = 0;
/** Zero-width spaces, joiners, word joiner, BOM, soft hyphen, Hangul fillers, invisible operators… */
export const ZERO_WIDTH = 1;
/** LRM, RLM, ALM: ordinary in right-to-left text. */
export const BIDI_MARK = 2;
/** LRE, RLE, PDF, LRI, RLI, FSI, PDI: embeddings and isolates. */
export const BIDI_EMBEDDING = 3;
/** LRO, RLO: force a direction and can display text in another order than it is read. */
export const BIDI_OVERRIDE = 4;
/** U+E0000–E007F: invisible copies of ASCII ("ASCII smuggling"). */
export const TAG = 5;
/** U+FE00–FE0F, U+E0100–E01EF. */
export const VARIATION_SELECTOR = 6;
/** U+0008 BACKSPACE and U+007F DELETE. */
export const BACKSPACE = 7;
/** Other C0 and C1 controls. */
export const CONTROL = 8;
/** Vertical tab, form feed, NEL, line and paragraph separators: read as a line break. */
export const LINE_BREAK = 9;
/** An unpaired UTF-16 surrogate. */
export const LONE_SURROGATE = 10;

export const PDF = 0x202c;
export const PDI = 0x2069;
export const RLO = 0x202e;
export const ZWJ = 0x200d;
export const ZWNJ = 0x200c;
export const BOM = 0xfeff;

/** The kind of a code point; `VISIBLE` for everything that renders normally. */
export function invisibleKind(cp: number): number {
  if (cp < 0x20) {
    if (cp === 0x09 || cp === 0x0a || cp === 0x0d) return VISIBLE;
    if (cp === 0x08) return BACKSPACE;
    if (cp === 0x0b || cp === 0x0c) return LINE_BREAK;
    return CONTROL;
  }
  if (cp < 0x7f) return VISIBLE;
  if (cp === 0x7f) return BACKSPACE;
  if (cp <= 0x9f) return cp === 0x85 ? LINE_BREAK : CONTROL;
  if (cp === 0xad || cp === 0x34f) return ZERO_WIDTH;
  if (cp === 0x61c) return BIDI_MARK;
  if (cp < 0x115f) return VISIBLE;
  if (cp === 0x115f || cp === 0x1160 || cp === 0x17b4 || cp === 0x17b5 || cp === 0x180e) return ZERO_WIDTH;
  if (cp < 0x200b) return VISIBLE;
  if (cp <= 0x200d) return ZERO_WIDTH;
  if (cp === 0x200e || cp === 0x200f) return BIDI_MARK;
  if (cp === 0x2028 || cp === 0x2029) return LINE_BREAK;
  if (cp === 0x202d || cp === 0x202e) return BIDI_OVERRIDE;
  if (cp >= 0x202a && cp <= 0x202c) return BIDI_EMBEDDING;
  if (cp >= 0x2060 && cp <= 0x2064) return ZERO_WIDTH;
  if (cp >= 0x2066 && cp <= 0x2069) return BIDI_EMBEDDING;
  if (cp >= 0x206a && cp <= 0x206f) return ZERO_WIDTH;
  if (cp === 0x3164) return ZERO_WIDTH;
  if (cp >= 0xd800 && cp <= 0xdfff) return LONE_SURROGATE;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return VARIATION_SELECTOR;
  if (cp === BOM || cp === 0xffa0) return ZERO_WIDTH;
  if (cp >= 0xfff9 && cp <= 0xfffb) return ZERO_WIDTH;
  if (cp < 0x10000) return VISIBLE;
  if (cp >= 0xe0000 && cp <= 0xe007f) return TAG;
  if (cp >= 0xe0100 && cp <= 0xe01ef) return VARIATION_SELECTOR;
  if ((cp >= 0x1d173 && cp <= 0x1d17a) || (cp >= 0x1bca0 && cp <= 0x1bca3)) return ZERO_WIDTH;
  return VISIBLE;
}

/** Any ASCII character other than printable ones, tab, line feed and carriage return. */
export const isPlainAscii = (code: number): boolean =>
  (code >= 0x20 && code < 0x7f) || code === 0x0a || code === 0x0d || code === 0x09;
