import type { NormalizationSignal } from '../core/normalized-text.ts';
import { isBlankUnit } from './char-class.ts';
import { ViewBuilder, type MappedView } from './offset-map.ts';
import { isLeetCharacter } from './leetspeak.ts';
import { isSplitSeparator, punctuationSplitRuns, spacedRuns } from './spaced-runs.ts';
import { SIGNAL } from './signal-kinds.ts';
import { SpanCollector } from './span-collector.ts';

/** Runs of each kind examined per text (bounds hostile input; a real message has a handful). */
const MAX_RUNS = 1024;

/** A run counts as spaced-out writing (for the signal) with this many letters… */
export const MIN_LETTERS = 4;
/** …making up at least this share of its characters ("a = b + c" is code, not spaced-out words). */
const MIN_LETTER_SHARE = 0.6;

interface Run {
  start: number;
  end: number;
  /** Characters of the run and the gaps between them. */
  parts: Array<{ start: number; end: number; gap: boolean }>;
}

/** A letter, or a script's mark spaced out on its own ("ম ি": Bengali's vowel sign after its consonant). */
const isLetterLike = (ch: string) => /[\p{L}\p{M}]/u.test(ch);

/**
 * Is a spread-out run writing or a flood? Words use three or more different letters; one letter
 * repeated many times ("ö ö ö ö …", hundreds of them) is padding that pushes instructions out of
 * sight. Two letters alternating are a grid: Braille dot art ("O X  X O"), a noughts-and-crosses
 * board, coin tosses ("H T T H").
 */
const MIN_DISTINCT_LETTERS = 3;
const MIN_FLOOD_LETTERS = 16;

function isWritingOrFlood(text: string, letters: ReadonlyArray<{ start: number; end: number }>): boolean {
  const seen = new Set<string>();
  for (const part of letters) {
    seen.add(text.slice(part.start, part.end).toLowerCase());
    if (seen.size >= MIN_DISTINCT_LETTERS) return true;
  }
  return seen.size === 1 && letters.length >= MIN_FLOOD_LETTERS;
}

/**
 * Leetspeak characters inside spaced-out words: between letters or other such characters, next to
 * at least one letter ("H 0 w", "s t 0 r 3"), not a number in a formula ("x = 3 y + 4 z").
 */
function leetWithin(text: string, characters: ReadonlyArray<{ start: number; end: number }>): number {
  const kinds = characters.map((part) => {
    const ch = text.slice(part.start, part.end);
    return isLetterLike(ch) ? 'letter' : isLeetCharacter(ch) ? 'leet' : 'other';
  });
  let count = 0;
  for (let k = 0; k < kinds.length; k += 1) {
    if (kinds[k] !== 'leet') continue;
    const before = kinds[k - 1] ?? 'letter';
    const after = kinds[k + 1] ?? 'letter';
    if (before !== 'other' && after !== 'other' && (before === 'letter' || after === 'letter')) count += 1;
  }
  return count;
}

function split(text: string, start: number, end: number, isGap: (unit: number) => boolean): Run {
  const parts: Run['parts'] = [];
  let i = start;
  while (i < end) {
    const gap = isGap(text.charCodeAt(i));
    let j = i + 1;
    if (gap) while (j < end && isGap(text.charCodeAt(j))) j += 1;
    else if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && j < end) j += 1;
    parts.push({ start: i, end: j, gap });
    i = j;
  }
  return { start, end, parts };
}

const BLANKS = /^[ \t\r\n]+$/;

/**
 * Letters spread out to dodge word matching: "i g n o r e   a l l", one letter per line,
 * "i.g.n.o.r.e" or "i🔹g🔹n". The view closes the most common gap of each run, turns any other run
 * of blanks into one space (word breaks survive: "i g n o r e   a l l" → "ignore all") and keeps
 * other punctuation ("s_t_e_p-b_y-s_t_e_p" → "step-by-step").
 */
export function readSpacedLetters(
  canonical: MappedView,
  look: { spaces: boolean; punctuation: boolean } = { spaces: true, punctuation: true },
): { view: MappedView | undefined; signal: NormalizationSignal | undefined } {
  const text = canonical.text;
  const runs: Run[] = [];
  if (look.spaces) for (const run of spacedRuns(text).slice(0, MAX_RUNS)) runs.push(split(text, run.start, run.end, isBlankUnit));
  if (look.punctuation) for (const run of punctuationSplitRuns(text).slice(0, MAX_RUNS)) runs.push(split(text, run.start, run.end, isSplitSeparator));
  if (runs.length === 0) return { view: undefined, signal: undefined };
  runs.sort((a, b) => a.start - b.start);

  // The view is only made when some run is spaced-out writing ("a b" in prose and "x.y" in code are not).
  const collector = new SpanCollector(SIGNAL.spacedLetters);
  let cursor = 0;
  for (const run of runs) {
    if (run.start < cursor) continue;
    const characters = run.parts.filter((part) => !part.gap);
    const letterParts = characters.filter((part) => isLetterLike(text.slice(part.start, part.end)));
    const letters = letterParts.length;
    // Spaced-out leetspeak ("H 0 w   d 0") is spaced-out writing too: its leet characters count.
    const needed = MIN_LETTER_SHARE * characters.length;
    if (letters >= MIN_LETTERS && (letters >= needed || letters + leetWithin(text, characters) >= needed) && isWritingOrFlood(text, letterParts)) {
      const range = canonical.toOriginal(run.start, run.end);
      collector.add(range.start, range.end, letters);
    }
    cursor = run.end;
  }
  if (collector.count === 0) return { view: undefined, signal: undefined };

  const builder = new ViewBuilder(text.length);
  cursor = 0;
  for (const run of runs) {
    if (run.start < cursor) continue;
    const gapCounts = new Map<string, number>();
    for (const part of run.parts) {
      if (!part.gap) continue;
      const gap = text.slice(part.start, part.end);
      gapCounts.set(gap, (gapCounts.get(gap) ?? 0) + 1);
    }
    let joiner = '';
    let most = 0;
    for (const [gap, count] of gapCounts) {
      if (count > most || (count === most && gap.length < joiner.length)) {
        joiner = gap;
        most = count;
      }
    }
    builder.appendFrom(canonical, cursor, run.start);
    for (const part of run.parts) {
      const gap = text.slice(part.start, part.end);
      if (!part.gap || (gap !== joiner && !BLANKS.test(gap))) builder.appendFrom(canonical, part.start, part.end);
      else if (gap !== joiner) {
        const range = canonical.toOriginal(part.start, part.end);
        builder.append(' ', range.start, range.end);
      }
    }
    cursor = run.end;
  }
  builder.appendFrom(canonical, cursor, text.length);
  return { view: builder.build('despaced', 0, canonical.originalLength), signal: collector.signal() };
}
