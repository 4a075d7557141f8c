/**
 * Word lists compiled into one regular expression each. Every list is an alternation of literals
 * (longest first, so "naproxen sodium" wins over "naproxen"), which a backtracking engine matches
 * in linear time. Latin, Greek and Cyrillic entries must stand as whole words — "US" must not
 * match inside "USB" — while CJK entries have no word boundaries to respect. An entry that ends in
 * `*` is a stem: "toxic*" also matches "toxicity".
 */

const SPACED_SCRIPT = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9]/u;
/** A whole word: no letter, digit or underscore on either side. */
const BEFORE_WORD = '(?<![\\p{L}\\p{N}_])';
const AFTER_WORD = '(?![\\p{L}\\p{N}_])';

/** Only the characters that are syntax in a `u` regex may be escaped (`\-` is a syntax error there). */
const escapeLiteral = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** One entry as pattern source: escaped and whitespace-tolerant, with which boundaries its script needs. */
function entryParts(entry: string): { body: string; before: boolean; after: boolean } {
  const isStem = entry.endsWith('*');
  const word = isStem ? entry.slice(0, -1) : entry;
  const body = word
    .split(/\s+/)
    .map(escapeLiteral)
    .join('[\\s\\u00a0]{1,3}');
  return { body, before: SPACED_SCRIPT.test(word[0] ?? ''), after: !isStem && SPACED_SCRIPT.test(word.at(-1) ?? '') };
}

/**
 * The pattern source of a word list (no flags). Entries are grouped by the boundaries they need so
 * that each group's boundary is tested once per position rather than once per entry (three times
 * faster on a 300-name list); within a group the longest entries come first.
 */
export function lexiconSource(entries: readonly string[]): string {
  // Replies use the typographic apostrophe as often as the ASCII one ("don’t").
  const withApostrophes = entries.flatMap((entry) => (entry.includes("'") ? [entry, entry.replaceAll("'", '\u2019')] : [entry]));
  const unique = [...new Set(withApostrophes.map((entry) => entry.normalize('NFKC')))];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const groups = new Map<string, string[]>();
  for (const entry of unique) {
    const { body, before, after } = entryParts(entry);
    const key = `${before ? BEFORE_WORD : ''}\u0000${after ? AFTER_WORD : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), body]);
  }
  const alternatives = [...groups].map(([key, bodies]) => {
    const [before, after] = key.split('\u0000');
    return `${before}(?:${bodies.join('|')})${after}`;
  });
  return `(?:${alternatives.join('|')})`;
}

export interface LexiconOptions {
  caseSensitive?: boolean;
  /** `g` for scanning all matches with exec/matchAll; otherwise `test` semantics. */
  global?: boolean;
}

/** A word list as a ready regular expression (`u` always; `i` unless case-sensitive). */
export function compileLexicon(entries: readonly string[], options: LexiconOptions = {}): RegExp {
  const flags = `${options.global ? 'g' : ''}${options.caseSensitive ? '' : 'i'}u`;
  return new RegExp(lexiconSource(entries), flags);
}
