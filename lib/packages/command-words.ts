/**
 * The words of one command, read forward from where its program name ends: enough of POSIX shell
 * word splitting for install commands (quotes, `\`-newline continuations, the operators that end a
 * command) without a full parser, because the text is as often prose ("run pip install flask and
 * restart") as a script. mvdan-sh would refuse the prose and still need offsets mapped back.
 *
 * In `code` the command runs to the end of its line (or `;`, `&&`, `|`, `#`, a backtick…). In
 * `prose` it also stops before the words that carry a sentence on ("and", "then", "to"…) and after
 * a word with sentence punctuation ("flask." ends it, without the full stop).
 */
export type WordMode = 'code' | 'prose';

export interface CommandWord {
  /** The word with its quotes removed (and, in prose, trailing punctuation). */
  value: string;
  /** Range of the word as written, quotes included. */
  start: number;
  end: number;
}

export interface CommandWords {
  words: CommandWord[];
  /** Where reading stopped: scanning for the next command resumes here. */
  end: number;
}

/** Words longer than this are not package names; the rest of such a word is skipped. */
export const MAX_WORD_CHARS = 256;

const ENDS_COMMAND = new Set([';', '&', '|', '<', '>', '(', ')', '`', '\n', '\r']);
const SENTENCE_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')', ']']);

/** How many characters at the end of `value` are sentence punctuation. */
function trailingPunctuation(value: string): number {
  let count = 0;
  while (count < value.length && SENTENCE_PUNCTUATION.has(value[value.length - 1 - count]!)) count += 1;
  return count;
}
const PROSE_STOP_WORDS = new Set(
  'a also and are as before but by can could first for from if in instead into is it its next now of on or should so that the then this to too using via which will with would you your'.split(
    ' ',
  ),
);

const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 0xa0;

/**
 * Reads up to `maxWords` words of `text[from, limit)`. Stops at the end of the command; never
 * reads past `limit`.
 */
export function readCommandWords(text: string, from: number, limit: number, mode: WordMode, maxWords: number): CommandWords {
  const words: CommandWord[] = [];
  let i = from;
  while (i < limit && words.length < maxWords) {
    const code = text.charCodeAt(i);
    if (isBlank(code)) {
      i += 1;
      continue;
    }
    // A backslash before a line break continues the command on the next line.
    if (code === 92 && mode === 'code' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\n' ? 2 : 3;
      continue;
    }
    const char = text[i]!;
    if (ENDS_COMMAND.has(char) || char === '#') break;
    const word = readWord(text, i, limit);
    i = word.end;
    if (mode === 'prose') {
      if (PROSE_STOP_WORDS.has(word.value.toLowerCase())) {
        i = word.start;
        break;
      }
      const punctuation = trailingPunctuation(word.value);
      if (punctuation > 0) {
        const value = word.value.slice(0, word.value.length - punctuation);
        if (value) words.push({ ...word, value, end: word.end - punctuation });
        break;
      }
    }
    words.push(word);
  }
  return { words, end: i };
}

/**
 * One word from `start`: quoted parts keep their spaces; a quote not closed on its line within
 * MAX_WORD_CHARS is dropped. A word longer than MAX_WORD_CHARS gets an empty value (it is not a
 * package name), so every word costs at most O(MAX_WORD_CHARS) beyond its own length.
 */
function readWord(text: string, start: number, limit: number): CommandWord {
  let value = '';
  let tooLong = false;
  let i = start;
  while (i < limit) {
    const code = text.charCodeAt(i);
    const char = text[i]!;
    if (isBlank(code) || ENDS_COMMAND.has(char)) break;
    if (char === '"' || char === "'") {
      const close = closingQuote(text, i, Math.min(limit, i + 1 + MAX_WORD_CHARS));
      if (close < 0) {
        // A lone quote (`pip install "requests`): dropped, the word goes on.
        i += 1;
        continue;
      }
      value += text.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    value += char;
    i += 1;
    if (value.length > MAX_WORD_CHARS) {
      tooLong = true;
      value = '';
    }
  }
  return { value: tooLong ? '' : value, start, end: Math.max(i, start + 1) };
}

/** The index of the quote that closes the one at `open`, on the same line and before `stop`; -1 if none. */
function closingQuote(text: string, open: number, stop: number): number {
  const quote = text.charCodeAt(open);
  for (let i = open + 1; i < stop; i += 1) {
    const code = text.charCodeAt(i);
    if (code === quote) return i;
    if (code === 10) return -1;
  }
  return -1;
}
