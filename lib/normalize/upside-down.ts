import type { NormalizationSignal } from '../core/normalized-text.ts';
import { ViewBuilder, type MappedView } from './offset-map.ts';
import { UPSIDE_DOWN_HINT } from './patterns.ts';
import { SIGNAL } from './signal-kinds.ts';
import { SpanCollector } from './span-collector.ts';

/**
 * "ǝɹouƃᴉ" reads "ignore" once each character is turned back and the line is read right to left.
 * The table is the set the common upside-down text generators use (lower case, capitals, digits
 * and punctuation); ASCII letters that are their own rotation (o, s, x, z, …) or each other's
 * (b/q, d/p, n/u) are included so whole words turn back.
 */
const TABLE: ReadonlyArray<[string, string]> = [
  ['ɐ', 'a'], ['q', 'b'], ['ɔ', 'c'], ['p', 'd'], ['ǝ', 'e'], ['ɟ', 'f'], ['ƃ', 'g'], ['ɥ', 'h'], ['ᴉ', 'i'],
  ['ı', 'i'], ['ɾ', 'j'], ['ʞ', 'k'], ['ן', 'l'], ['ꞁ', 'l'], ['l', 'l'], ['ɯ', 'm'], ['u', 'n'], ['o', 'o'],
  ['d', 'p'], ['b', 'q'], ['ɹ', 'r'], ['s', 's'], ['ʇ', 't'], ['n', 'u'], ['ʌ', 'v'], ['ʍ', 'w'], ['x', 'x'],
  ['ʎ', 'y'], ['z', 'z'], ['∀', 'A'], ['ᗺ', 'B'], ['ꓭ', 'B'], ['Ɔ', 'C'], ['ᗡ', 'D'], ['Ǝ', 'E'], ['Ⅎ', 'F'],
  ['⅁', 'G'], ['H', 'H'], ['I', 'I'], ['ſ', 'J'], ['ꓘ', 'K'], ['˥', 'L'], ['W', 'M'], ['N', 'N'], ['O', 'O'],
  ['Ԁ', 'P'], ['Ό', 'Q'], ['ᴚ', 'R'], ['S', 'S'], ['┴', 'T'], ['ꓕ', 'T'], ['∩', 'U'], ['Λ', 'V'], ['M', 'W'],
  ['X', 'X'], ['⅄', 'Y'], ['Z', 'Z'], ['Ɩ', '1'], ['ᄅ', '2'], ['Ɛ', '3'], ['ㄣ', '4'], ['ϛ', '5'], ['9', '6'],
  ['ㄥ', '7'], ['8', '8'], ['6', '9'], ['0', '0'], ['¡', '!'], ['¿', '?'], ['˙', '.'], ["'", ','], [',', "'"],
  ['(', ')'], [')', '('], ['[', ']'], [']', '['], ['{', '}'], ['}', '{'], ['<', '>'], ['>', '<'], ['‾', '_'],
  ['⅋', '&'], ['؛', ';'],
];

const TURN_BACK = new Map(TABLE.map(([from, to]) => [from.codePointAt(0)!, to]));

/** Characters that only appear in upside-down text (not ordinary letters of any language). */
const SPECIFIC = new Set([...'ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ∀ᗺꓭƆᗡƎℲ⅁ꓘ˥ԀᴚꓕΛ⅄ᄅㄣㄥ'].map((ch) => ch.codePointAt(0)!));

/** A line is upside-down when it has this many specific characters… */
export const MIN_SPECIFIC = 3;
/** …and they are at least this share of its letters. */
const MIN_SPECIFIC_SHARE = 0.2;

export interface UpsideDownReading {
  view: MappedView | undefined;
  signal: NormalizationSignal | undefined;
}

interface LineTally {
  start: number;
  end: number;
  specific: number;
  letters: number;
}

/** Upside-down lines turned back (built from the cleaned text: NFKC would rewrite ſ and ˙). */
export function readUpsideDown(cleaned: MappedView): UpsideDownReading {
  const text = cleaned.text;
  if (!UPSIDE_DOWN_HINT.test(text)) return { view: undefined, signal: undefined };
  const lines: LineTally[] = [];
  let line: LineTally = { start: 0, end: 0, specific: 0, letters: 0 };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp === 0x0a) {
      line.end = i;
      lines.push(line);
      line = { start: i + 1, end: i + 1, specific: 0, letters: 0 };
    } else if (SPECIFIC.has(cp)) {
      line.specific += 1;
      line.letters += 1;
    } else if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp >= 0x80) {
      line.letters += 1;
    }
    i += width;
  }
  line.end = text.length;
  lines.push(line);
  const flipped = lines.filter((l) => l.specific >= MIN_SPECIFIC && l.specific >= MIN_SPECIFIC_SHARE * l.letters);
  if (flipped.length === 0) return { view: undefined, signal: undefined };

  // Generators turn the whole text, so several flipped lines come back in reverse order: turn the
  // block from the first to the last of them as one.
  const regions =
    flipped.length === 1
      ? flipped
      : [{ ...flipped[0]!, end: flipped[flipped.length - 1]!.end, specific: flipped.reduce((sum, l) => sum + l.specific, 0) }];
  // The view holds the turned regions only (joined by line breaks): the rest reads as canonical.
  const collector = new SpanCollector(SIGNAL.upsideDown);
  const builder = new ViewBuilder(regions.reduce((sum, region) => sum + region.end - region.start + 1, 0));
  builder.markReordered();
  regions.forEach((region, index) => {
    if (index > 0) {
      const at = cleaned.endAt(regions[index - 1]!.end - 1);
      builder.append('\n', at, at);
    }
    const span = cleaned.toOriginal(region.start, region.end);
    collector.add(span.start, span.end, region.specific);
    let k = region.end;
    while (k > region.start) {
      const low = text.charCodeAt(k - 1);
      const high = text.charCodeAt(k - 2);
      const isPair = low >= 0xdc00 && low <= 0xdfff && k - 2 >= region.start && high >= 0xd800 && high <= 0xdbff;
      const from = isPair ? k - 2 : k - 1;
      const cp = text.codePointAt(from)!;
      const turned = TURN_BACK.get(cp);
      if (turned === undefined) builder.appendFrom(cleaned, from, k);
      else {
        const range = cleaned.toOriginal(from, k);
        builder.append(turned, range.start, range.end);
      }
      k = from;
    }
  });
  return { view: builder.build('upside-down', 0, cleaned.originalLength), signal: collector.signal() };
}
