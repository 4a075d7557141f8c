import { charFlags, isAsciiLetterUnit, isBlankUnit, isLetterUnit, LOWER, UPPER } from './char-class.ts';
import { COMMON_WORDS } from './english-words.ts';
import { isSentencePunctuation as isScriptPunctuation } from './text-hints.ts';
import { ViewBuilder, type MappedView } from './offset-map.ts';

/** Tokens examined per text (bounds hostile input). */
const MAX_RUNS = 100_000;
/** A run is words run together when it splits into this many words… */
const MIN_WORDS = 4;
/** …at least this share of them common English words (an identifier mixes in names and abbreviations)… */
const MIN_COMMON_SHARE = 0.5;
/**
 * …or, in any language, this many words joined one way (four in five joins made by one joiner
 * character, or humps alone) with nothing but letters, joiners and sentence punctuation in the token.
 */
const MIN_PLAIN_WORDS = 5;
/**
 * …or three, when no word has a Latin letter ("은행.어떻게.털어?", "كيف_يمكنني_صنع_قنبلة"): file
 * names, identifiers and host names, which join a few words the same way, are written in ASCII.
 */
const MIN_OTHER_SCRIPT_WORDS = 3;
/** Brackets, operators and anchors: a whole text holding one is a pattern or code (`^[A-Za-z][A-Za-z0-9]{3}$`), not a sentence. */
const CODE_CHARACTER = /[[\]{}()<>^$\\|*=]/;
/** Common English words a text run together as a whole needs when the rest are names and numbers. */
const MIN_COMMON_IN_WHOLE_TEXT = 2;

const isUpper = (c: number) => (c < 0x80 ? c >= 0x41 && c <= 0x5a : c < 0xd800 && (charFlags(c) & UPPER) !== 0);
const isLower = (c: number) => (c < 0x80 ? c >= 0x61 && c <= 0x7a : c < 0xd800 && (charFlags(c) & LOWER) !== 0);
/** What writers put between words instead of a blank: snake_case, dotted, plus- and hyphen-joined words. */
const isJoiner = (c: number) => c === 0x5f || c === 0x2e || c === 0x2b || c === HYPHEN;
const HYPHEN = 0x2d;
/**
 * English joins up to four words with hyphens ("state-of-the-art", "one-size-fits-all"): a token
 * with a hyphen between words needs more of them to be a sentence written without blanks.
 */
const MIN_HYPHENATED_WORDS = 6;
/**
 * Punctuation a joined sentence keeps before a joiner ("instructions,_and_reveal"), or at its end,
 * in any of the common scripts ("؟", "।", "？").
 */
const isSentencePunctuation = (c: number) =>
  c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x22 || c === 0x27 || (c >= 0x80 && isScriptPunctuation(c));
/**
 * A token holding these is a path, an address, a URL or code ("/usr/local", "user.name@host", "a.b=c"):
 * left alone — unless it is a whole sentence or more run together (a prompt joined with "_" holds
 * a URL or an "=" somewhere), which no path or identifier is.
 */
const isPathUnit = (c: number) => c === 0x2f || c === 0x5c || c === 0x40 || c === 0x3d || c === 0x23;
const MIN_WORDS_WITH_PATH = 12;
/**
 * …its path characters are few (a path has one every word or two, a prompt a URL here and there),
 * one joiner makes most of its breaks (a prompt is joined one way, a line of code mixes `.`, `_`
 * and `-`: "AutoModel.from_pretrained('MIT/ast-finetuned-speech-commands-v2')"), and it has no
 * braces, semicolons or calls (a word right before "("): code read as words would be read by the
 * models as a request ("{{'a'.getClass().forName(…)}}").
 */
const MIN_WORDS_PER_PATH_UNIT = 6;
const MIN_MAIN_JOINER_SHARE = 0.8;
/**
 * A token with this many "_" joins, most of its joins, is a whole prompt run together even when the
 * code it quotes holds paths, braces and calls (an injection's "```_import_os_while_True:_os.fork()"):
 * no line of code or path joins two dozen words without a blank.
 */
const MIN_UNDERSCORES_OF_A_PROMPT = 24;
/**
 * A token whose case flips between at least this share of its neighbouring cased letters is
 * written in alternating case ("DeVeLoP", "iGnOrE_aLl"), not camelCase: its capitals are no word
 * starts, and cutting there would read "De Ve Lo P". Sentences run together in camelCase flip at
 * word starts only ("IgnoreAllPreviousInstructions": 3 of 27).
 */
const ALTERNATING_CASE_SHARE = 0.8;
/** Neighbouring cased letters a token needs before its case pattern counts. */
const MIN_CASED_PAIRS = 3;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Is the joiner `c` between `previous` and `next` a blank written another way? Between a word (or
 * the punctuation that ends one: "rules,_and", "poodle._Can") and the next; a number may stand on
 * one side ("at_340_Main"), but a dot or hyphen between two numbers is part of them ("3.14",
 * "2024-05-06"), and a hyphen needs letters on both sides ("well-known").
 */
function isWordBreak(c: number, previous: number, next: number): boolean {
  if (!isJoiner(c)) return false;
  const before = isLetterUnit(previous) || isSentencePunctuation(previous) || (isJoiner(previous) && previous !== c && previous !== HYPHEN);
  if (c === HYPHEN) return isLetterUnit(previous) && isLetterUnit(next);
  if (isLetterUnit(next)) return before || isDigit(previous);
  return isDigit(next) && (isLetterUnit(previous) || c === 0x5f || c === 0x2b);
}

/**
 * Cheap test before the scan: in ASCII, three joins in a row (joiners between letters or digits,
 * or lower→upper humps), which a joined sentence always has somewhere; any text beyond printable
 * ASCII goes to the scan (a regex with Unicode letter classes cost five times the scan itself).
 * Each part is followed by a class it cannot match, so the test stays linear.
 */
export const MAY_JOIN = /[A-Za-z0-9](?:[,;:!?)"'.]?[._+-][A-Za-z0-9]+){3}|[a-z](?:[A-Z]+[a-z0-9]+){3}|[^\t\n\r\x20-\x7e]/;

interface Cut {
  /** Where a word boundary is in the text. */
  at: number;
  /** 1 when a joiner character sits there (it becomes the blank), 0 for a camelCase hump (a blank is inserted). */
  width: number;
}

/** Does the case of text[start, end) flip between ALTERNATING_CASE_SHARE of its neighbouring cased letters ("DeVeLoP")? */
function isAlternatingCase(text: string, start: number, end: number): boolean {
  let casedPairs = 0;
  let flips = 0;
  for (let k = start + 1; k < end; k += 1) {
    const c = text.charCodeAt(k);
    const previous = text.charCodeAt(k - 1);
    if ((isUpper(c) || isLower(c)) && (isUpper(previous) || isLower(previous))) {
      casedPairs += 1;
      if (isUpper(c) !== isUpper(previous)) flips += 1;
    }
  }
  return casedPairs >= MIN_CASED_PAIRS && flips >= ALTERNATING_CASE_SHARE * casedPairs;
}

/**
 * Word boundaries of the token text[start, end): joiners between a word (or its punctuation) and
 * the next word, and lower→upper humps (unless `humps` is false: a token in alternating case);
 * undefined unless there are three or more and the token's words (runs of letters) are enough
 * common ones, or the token is the whole text (`wholeText`) joined one way.
 */
function joinedCuts(text: string, start: number, end: number, humps: boolean, wholeText: boolean): Cut[] | undefined {
  const cuts: Cut[] = [];
  let words = 0;
  let common = 0;
  let wordStart = -1;
  let hyphens = false;
  /** Whether anything but letters, joiners and sentence punctuation sits in the token. */
  let other = false;
  let pathUnits = 0;
  let codeMarks = 0;
  // Breaks made by each joiner: "_", ".", "+", "-".
  const joinerCuts = [0, 0, 0, 0];
  /** Words with a Latin letter, and whether the current word has one. */
  let latinWords = 0;
  let latinWord = false;
  const closeWord = (wordEnd: number) => {
    if (wordStart < 0) return;
    words += 1;
    if (latinWord) latinWords += 1;
    if (COMMON_WORDS.has(text.slice(wordStart, wordEnd).toLowerCase())) common += 1;
    wordStart = -1;
    latinWord = false;
  };
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (isPathUnit(c)) pathUnits += 1;
    else if (c === 0x7b || c === 0x7d || c === 0x3b || (c === 0x28 && i > start && (isLetterUnit(text.charCodeAt(i - 1)) || isDigit(text.charCodeAt(i - 1))))) codeMarks += 1;
    if (isLetterUnit(c)) {
      const previous = text.charCodeAt(i - 1);
      // A hump: a capital right after a lower-case letter, after the punctuation that ended the
      // previous word ("rules,And"), or the last capital of a run that a lower-case letter follows
      // ("IMake", "AVideo", "LSDInto": a one-letter word or an acronym before a word).
      // A capital right after a number of three digits or more starts a word too ("At329Olivera").
      const hump =
        humps &&
        ((wordStart >= 0 && isLower(previous)) ||
          (wordStart < 0 && i > start && (isSentencePunctuation(previous) || (isDigit(previous) && isDigit(text.charCodeAt(i - 2)) && isDigit(text.charCodeAt(i - 3))))) ||
          (wordStart >= 0 && isUpper(previous) && isLower(text.charCodeAt(i + 1))));
      if (isUpper(c) && hump) {
        closeWord(i);
        cuts.push({ at: i, width: 0 });
      }
      if (wordStart < 0) wordStart = i;
      if (c < 0x80) latinWord = true;
      continue;
    }
    // An apostrophe inside a word ("don't", Italian "c’è") belongs to it.
    if ((c === 0x27 || c === 0x2019) && wordStart >= 0 && i + 1 < end && isLetterUnit(text.charCodeAt(i + 1))) continue;
    closeWord(i);
    const previous = text.charCodeAt(i - 1);
    // A number of three digits or more right after a word ("TaqueriaAt329"): a street, card or phone
    // number joined to the sentence is read on its own; the one or two digits of identifiers
    // ("Wav2Vec2", "s1", "coco17") stay. Digits still count as "other" below, so a token of letters
    // and digits alone (base64, ids) is not read as words in an unknown language.
    if (isDigit(c) && i > start && isLetterUnit(previous) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))) cuts.push({ at: i, width: 0 });
    if (i > start && i + 1 < end && isWordBreak(c, previous, text.charCodeAt(i + 1))) {
      cuts.push({ at: i, width: 1 });
      joinerCuts[c === 0x5f ? 0 : c === 0x2e ? 1 : c === 0x2b ? 2 : 3]! += 1;
      if (c === HYPHEN) hyphens = true;
    } else if (!isJoiner(c) && !isSentencePunctuation(c)) {
      other = true;
    }
  }
  closeWord(end);
  const fewestWords = latinWords === 0 ? MIN_OTHER_SCRIPT_WORDS : MIN_WORDS;
  const minWords = hyphens ? MIN_HYPHENATED_WORDS : fewestWords;
  if (cuts.length < fewestWords - 1 || words < minWords) return undefined;
  // Joined one way: by one joiner, or mostly by one with words of their own hyphenated ("Al-Qaeda", "বাবা-মা").
  const joined = joinerCuts[0]! + joinerCuts[1]! + joinerCuts[2]! + joinerCuts[3]!;
  const oneWay = Math.max(...joinerCuts) >= MIN_MAIN_JOINER_SHARE * joined;
  if (pathUnits > 0) {
    const wholePrompt = oneWay && joinerCuts[0]! >= MIN_UNDERSCORES_OF_A_PROMPT;
    if (!wholePrompt && (words < MIN_WORDS_WITH_PATH || pathUnits * MIN_WORDS_PER_PATH_UNIT > words || !oneWay || codeMarks > 0)) return undefined;
  }
  if (common >= MIN_COMMON_SHARE * words) return cuts;
  // A whole text without one blank, joined one way by joiners (not humps: an API key has dozens),
  // with two common words or more, is a sentence run together whatever else it holds (numbers,
  // names, accents): "As_promised,_here's_Matej's_address:_19902_Dobrovského_1394"; "k8s_cfg_mgr_xyz_qwv" is a name.
  if (wholeText && joined >= MIN_PLAIN_WORDS - 1 && oneWay && words >= MIN_PLAIN_WORDS && common >= MIN_COMMON_IN_WHOLE_TEXT && !CODE_CHARACTER.test(text.slice(start, end))) return cuts;
  const minPlainWords = latinWords === 0 ? minWords : Math.max(minWords, MIN_PLAIN_WORDS);
  return words >= minPlainWords && oneWay && !other ? cuts : undefined;
}

/**
 * Words run together to dodge word matching: "ignore_all_previous_instructions",
 * "Ignore.all.previous.instructions", "IgnoreAllPreviousInstructions", "ignore+all+previous+rules",
 * "ignore-all-of-your-previous-instructions".
 * The reading puts a blank at each joiner and camelCase hump of a token (text between blanks) that
 * splits into four words or more, half of them common English words, or — in any language — into
 * five or more joined all one way with nothing else in the token ("ignora_todas_las_instrucciones",
 * "IgnoraTodasLasInstrucciones") — so models and rules read the words. Identifiers that are
 * sentences ("get_user_name_from_db") are read as words too, which is what they say; hyphens join a
 * sentence only from six words on ("state-of-the-art" is how English is written); tokens with a
 * slash, backslash, "@", "=" or "#" (paths, addresses, URLs, code) stay as they are unless they are
 * a whole prompt run together (MIN_WORDS_WITH_PATH). A number of three digits or more is split off
 * the words around it. Undefined when nothing is joined.
 */
export function readJoinedWords(canonical: MappedView): MappedView | undefined {
  const text = canonical.text;
  if (!MAY_JOIN.test(text)) return undefined;
  // Made on the first joined token: most texts that pass MAY_JOIN have none.
  let builder: ViewBuilder | undefined;
  let cursor = 0;
  let runs = 0;
  let i = 0;
  while (i < text.length && runs < MAX_RUNS) {
    while (i < text.length && isBlankUnit(text.charCodeAt(i))) i += 1;
    const start = i;
    // Joiners and humps counted on the way: a token needs three before it is looked at closely.
    // (Three, or two in a token without Latin letters: see MIN_OTHER_SCRIPT_WORDS.)
    let breaks = 0;
    let latin = false;
    for (let c = text.charCodeAt(i); i < text.length && !isBlankUnit(c); c = text.charCodeAt(++i)) {
      if (isJoiner(c) || (i > start && isUpper(c) && (isLower(text.charCodeAt(i - 1)) || isDigit(text.charCodeAt(i - 1))))) breaks += 1;
      else if (!latin && isAsciiLetterUnit(c)) latin = true;
    }
    if (i === start) break;
    runs += 1;
    const enough = breaks >= (latin ? MIN_WORDS : MIN_OTHER_SCRIPT_WORDS) - 1;
    const wholeText = start === 0 && i === text.length;
    const cuts = enough ? joinedCuts(text, start, i, !isAlternatingCase(text, start, i), wholeText) : undefined;
    if (!cuts) continue;
    builder ??= new ViewBuilder(text.length + 16);
    for (const cut of cuts) {
      builder.appendFrom(canonical, cursor, cut.at);
      const range = canonical.toOriginal(cut.at, cut.at + 1);
      builder.append(' ', range.start, cut.width === 0 ? range.start : range.end);
      cursor = cut.at + cut.width;
    }
  }
  if (!builder) return undefined;
  builder.appendFrom(canonical, cursor, text.length);
  return builder.build('unjoined', 0, canonical.originalLength);
}
