import { isAsciiCapitalUnit, isAsciiLetterUnit, isBlankUnit, isSentenceStopUnit } from '../char-class.ts';
import { ENGLISH_WORD_PAIRS } from '../english-word-pairs.ts';
import { hashWord, mix, OFFSET } from './word-index.ts';

/**
 * English word pairs that almost only come in one order ("of the", never "the of"; "how to", never
 * "to how"), written by hand from the most frequent function-word pairs of English. Left out: every
 * pair whose reverse is common too — questions turn "you are", "there is", "i am" and "that is"
 * around; "go to", "help to", "to me" and "i do" are pairs of their own; "of all" and "of each" are
 * as common as "all of" and "each of"; "let me tell", "ask you if" and "following the" hold the
 * reverse of "tell me", "if you" and "the following"; letters used as names ("A is B's father")
 * read "a is". Counting the pairs both ways tells a line with its words in their order from one
 * with its words reversed ("bomb a make to how"), whatever the content words are.
 */
const ONE_WAY_PAIRS: readonly string[] = [
  'of the', 'in the', 'to the', 'on the', 'for the', 'and the', 'with the', 'from the', 'at the', 'by the', 'about the',
  'into the', 'over the', 'of a', 'in a', 'for a', 'with a', 'as a', 'be a', 'to make', 'to use', 'to find', 'to create',
  'to know', 'to tell', 'to kill', 'to hack', 'to steal', 'to build', 'how to', 'want to', 'going to', 'able to',
  'used to', 'way to', 'trying to', 'i want', 'i need', 'how do', 'how can', 'how would', 'what are', 'what would',
  'where can', 'why do', 'let me', 'me how', 'me a', 'me the', 'the best', 'the most', 'the same', 'the first',
  'the other', 'all the', 'more than', 'a lot', 'lot of', 'list of', 'a few', 'a way', 'will be', 'would be', 'could be',
  'should be', 'can be', 'has been', 'have been', 'does not', 'did not', 'is not', 'are not', 'your own', 'so that',
  'at least', 'the world', 'the system', 'the previous', 'previous instructions', 'all previous', 'ignore all',
  'ignore the', 'ignore your', 'your instructions', 'system prompt', 'the instructions', 'from now', 'act as',
  'pretend to', 'make a', 'write a', 'create a', 'a story', 'a poem', 'explain how', 'describe how', 'think of',
  'not get', 'a plan', 'plan to', 'from a', 'who are',
];

/** The blank-separated tokens of text[start, end) ("prompt.", "erongI"), as ranges. */
export function blankTokens(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const tokens: Array<{ start: number; end: number }> = [];
  for (let k = start; k < end; ) {
    while (k < end && isBlankUnit(text.charCodeAt(k))) k += 1;
    const tokenStart = k;
    while (k < end && !isBlankUnit(text.charCodeAt(k))) k += 1;
    if (k > tokenStart) tokens.push({ start: tokenStart, end: k });
  }
  return tokens;
}

/** A word written capitalized ("How", not "HOW" or "how"). */
const isTitleAt = (text: string, at: number) => isAsciiCapitalUnit(text.charCodeAt(at)) && !isAsciiCapitalUnit(text.charCodeAt(at + 1));

/**
 * One key per ordered pair of word hashes (FNV-1a, word-index.ts): "of the" and "the of" differ.
 * Keys and hashes stay signed 32-bit integers here (`hashWord(…) | 0` for the lexicon side): an
 * unsigned one above 2³¹ is a heap number to V8, and a set of those is slower to ask.
 */
const pairKey = (first: number, second: number): number => Math.imul(first, 0x9e3779b1) ^ second;

/**
 * The pair keys as a table indexed by their low 16 bits, then the set itself: almost every pair of
 * a text is in neither, and one array read says so (a set lookup per pair of words cost most of the
 * scan).
 */
let pairTable: Uint8Array | undefined;
let pairKeys: ReadonlySet<number> | undefined;
let openingKeys: ReadonlySet<number> | undefined;
/** The same for the words of the pairs: a pair is only looked up when both its words may be in one. */
let wordTable: Uint8Array | undefined;
const isPair = (key: number) => pairTable![key & 0xffff] === 1 && pairKeys!.has(key);

/** Words a question or request starts with: written capitalized at the end of a line, the line was turned around. */
const OPENING_WORDS = [
  'how', 'why', 'what', 'where', 'when', 'who', 'which', 'can', 'could', 'would', 'should', 'is', 'are', 'do', 'does', 'did',
  'will', 'tell', 'give', 'write', 'explain', 'describe', 'please', 'ignore', 'forget', 'list', 'create', 'generate',
  'outline', 'provide', 'develop', 'design', 'draft', 'compose', 'suggest', 'teach', 'show', 'find', 'make', 'build', 'help',
];

/** Does the token ending at `end` (blanks before it skipped) end with a full stop, "?" or "!" after two letters ("prompt.", not "2." or "b.")? */
function endsSentenceAt(text: string, start: number, end: number): boolean {
  let k = end;
  while (k > start && text.charCodeAt(k - 1) <= 0x20) k -= 1;
  return k - 3 >= start && isSentenceStopUnit(text.charCodeAt(k - 1)) && isAsciiLetterUnit(text.charCodeAt(k - 2)) && isAsciiLetterUnit(text.charCodeAt(k - 3));
}

/** The end of the first blank-separated token of text[start, end). */
function firstTokenEnd(text: string, start: number, end: number): number {
  let k = start;
  while (k < end && text.charCodeAt(k) <= 0x20) k += 1;
  while (k < end && text.charCodeAt(k) > 0x20) k += 1;
  return k;
}

/** Short lines read once when the tables are built (every path after the word loop): see buildTables. */
const FIRST_LINES = [' How do I make a plan to find the best way?', 'Hi there'];

/**
 * Builds the tables on first use, then reads FIRST_LINES. Why the read: on Node 20 (V8 11.3) a first
 * call on a long line compiles the word loop on the stack (OSR) before the code after it has ever
 * run, and that code then bails out on every later call — 1 µs per line, twice the whole scan.
 */
function buildTables(): void {
  // The hand-written pairs (the words of attacks: "ignore all", "system prompt") and those counted in the dev data.
  const pairs = [...ONE_WAY_PAIRS, ...ENGLISH_WORD_PAIRS.split('\n').filter(Boolean)];
  pairKeys = new Set(
    pairs.map((pair) => {
      const [first, second] = pair.split(' ');
      return pairKey(hashWord(first!), hashWord(second!));
    }),
  );
  pairTable = new Uint8Array(1 << 16);
  for (const key of pairKeys) pairTable[key & 0xffff] = 1;
  wordTable = new Uint8Array(1 << 16);
  for (const word of pairs.flatMap((pair) => pair.split(' '))) wordTable[hashWord(word) & 0xffff] = 1;
  openingKeys = new Set(OPENING_WORDS.map((word) => hashWord(word) | 0));
  for (const line of FIRST_LINES) wordPairOrder(line, 0, line.length);
}

/** Is "first second" (lower-case words) one of the one-way pairs ("how was", not "how as")? */
export function isOneWayPair(first: string, second: string): boolean {
  if (!pairKeys) buildTables();
  return isPair(pairKey(hashWord(first), hashWord(second)));
}

/**
 * Evidence of the order of text[start, end)'s words (ASCII letter runs): one-way pairs as written
 * (`forward`) and read right to left (`backward`), and the marks of a sentence's edges — an opening
 * word written capitalized ("How", "Ignore", not "HOW") first and a full stop or "?" after the last
 * word count forward, the same at the other ends backward ("get? you do naughty How"). One pass,
 * words hashed as they are read: every line of every text is counted.
 */
export function wordPairOrder(text: string, start: number, end: number): { forward: number; backward: number } {
  if (!pairKeys) buildTables();
  let forward = 0;
  let backward = 0;
  let words = 0;
  let previous = 0;
  let previousKnown = false;
  let firstWord = 0;
  let firstStart = 0;
  let lastStart = 0;
  for (let k = start; k < end; ) {
    let unit = text.charCodeAt(k);
    if (!isAsciiLetterUnit(unit)) {
      k += 1;
      continue;
    }
    const wordStart = k;
    let hash = OFFSET;
    do {
      hash = mix(hash, unit | 0x20);
      unit = text.charCodeAt(++k);
    } while (k < end && isAsciiLetterUnit(unit));
    const known = wordTable![hash & 0xffff] === 1;
    if (words > 0) {
      if (known && previousKnown) {
        if (isPair(pairKey(previous, hash))) forward += 1;
        if (isPair(pairKey(hash, previous))) backward += 1;
      }
    } else {
      firstWord = hash;
      firstStart = wordStart;
    }
    previous = hash;
    previousKnown = known;
    lastStart = wordStart;
    words += 1;
  }
  if (words < 3) return { forward, backward };
  const openedForward = isTitleAt(text, firstStart) && openingKeys!.has(firstWord) ? 1 : 0;
  const closedForward = endsSentenceAt(text, start, end) ? 1 : 0;
  const openedBackward = isTitleAt(text, lastStart) && openingKeys!.has(previous) ? 1 : 0;
  const closedBackward = endsSentenceAt(text, start, firstTokenEnd(text, start, end)) ? 1 : 0;
  return { forward: forward + openedForward + closedForward, backward: backward + openedBackward + closedBackward };
}
