import { MAX_REGIONS } from '../budget.ts';
import { CONCAT_GAP, CONCAT_HINT } from '../patterns.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { isPlausibleText } from '../text-shape.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';

interface Literal {
  start: number;
  end: number;
  /** The literal's content with escapes resolved, and where each unit came from. */
  value: string;
  starts: number[];
  ends: number[];
  assignedTo?: string;
}

interface Operand {
  start: number;
  end: number;
  literal: Literal;
  isVariable: boolean;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0' };

/** Resolves the escapes of a literal's body (\n, \t, \xHH, \uHHHH, \" …), keeping source positions. */
function readLiteral(text: string, start: number, end: number): Literal {
  let value = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (unit: string, from: number, to: number) => {
    value += unit;
    for (let k = 0; k < unit.length; k += 1) {
      starts.push(from);
      ends.push(to);
    }
  };
  for (let i = start + 1; i < end - 1; ) {
    const ch = text[i]!;
    if (ch !== '\\' || i + 1 >= end - 1) {
      push(ch, i, i + 1);
      i += 1;
      continue;
    }
    const next = text[i + 1]!;
    const hexLength = next === 'x' ? 2 : next === 'u' ? 4 : 0;
    const digits = hexLength ? text.slice(i + 2, i + 2 + hexLength) : '';
    if (hexLength && digits.length === hexLength && /^[0-9A-Fa-f]+$/.test(digits)) {
      push(String.fromCharCode(parseInt(digits, 16)), i, i + 2 + hexLength);
      i += 2 + hexLength;
    } else {
      push(SIMPLE_ESCAPES[next] ?? next, i, i + 2);
      i += 2;
    }
  }
  return { start, end, value, starts, ends };
}

const isQuote = (unit: number) => unit === 0x22 || unit === 0x27 || unit === 0x60;
const isWordUnit = (unit: number) =>
  (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) || (unit >= 0xc0 && unit < 0xd800);

/**
 * Quoted string literals on one line ("…", '…', `…`, with backslash escapes). Hand-written rather
 * than a regex: a regex restarts at every quote, escaped ones included, so a long line of `\'`
 * would be scanned quadratically. Here a quote that finds no closing quote marks its kind as
 * unclosed for the rest of the line, so every line is walked a bounded number of times. An
 * apostrophe inside a word ("don't") opens nothing.
 */
export function stringLiterals(text: string, limit: number): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  const unclosedUntil = [-1, -1, -1];
  const slot = (unit: number) => (unit === 0x22 ? 0 : unit === 0x27 ? 1 : 2);
  const length = text.length;
  let i = 0;
  while (i < length && found.length < limit) {
    const quote = text.charCodeAt(i);
    if (!isQuote(quote) || unclosedUntil[slot(quote)]! > i || (quote === 0x27 && i > 0 && isWordUnit(text.charCodeAt(i - 1)))) {
      i += 1;
      continue;
    }
    let k = i + 1;
    while (k < length) {
      const unit = text.charCodeAt(k);
      if (unit === quote || unit === 0x0a) break;
      k += unit === 0x5c && text.charCodeAt(k + 1) !== 0x0a ? 2 : 1;
    }
    if (k < length && text.charCodeAt(k) === quote) {
      found.push({ start: i, end: k + 1 });
      i = k + 1;
    } else {
      const newline = text.indexOf('\n', i);
      unclosedUntil[slot(quote)] = newline === -1 ? length : newline;
      i += 1;
    }
  }
  return found;
}

const isIdentifierUnit = (unit: number) =>
  (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) || unit === 0x5f || unit === 0x24;
const isBlank = (unit: number) => unit === 0x20 || unit === 0x09;

/**
 * The name a literal at `at` is assigned to (`name = "…"`, `name := "…"`, `let name = "…"`), read
 * backwards from the literal; `==`, `!=`, `<=`, `>=` and `=>` are not assignments.
 */
export function assignedName(text: string, at: number): string | undefined {
  let k = at - 1;
  for (let guard = 0; k >= 0 && guard < 8 && isBlank(text.charCodeAt(k)); guard += 1) k -= 1;
  if (text[k] !== '=') return undefined;
  k -= 1;
  if (text[k] === ':') k -= 1;
  else if (k >= 0 && '=!<>'.includes(text[k]!)) return undefined;
  for (let guard = 0; k >= 0 && guard < 8 && isBlank(text.charCodeAt(k)); guard += 1) k -= 1;
  const end = k + 1;
  while (k >= 0 && end - k <= 64 && isIdentifierUnit(text.charCodeAt(k))) k -= 1;
  const name = text.slice(k + 1, end);
  return /^[A-Za-z_$]/.test(name) ? name : undefined;
}

/**
 * A payload split into pieces and glued back at run time: `"ign" + "ore all"`, or
 * `a = "ign"; b = "ore all"; a + b`. Each chain of two or more concatenated literals or variables
 * holding literals becomes one region whose units map back to the literals' characters.
 * Hand-written (a tiny lexer, not a parser): any language with quoted strings and `+`, `.`, `..`
 * or `||` concatenation. Adjacent literals without an operator (C/Python) are not joined: lists of
 * quoted phrases look the same.
 */
/** Reads each literal's value once, and only if a chain needs it. */
function valueOf(text: string, literal: Literal): Literal {
  if (literal.starts.length === 0 && literal.end - literal.start > 2 && literal.value === '') {
    const read = readLiteral(text, literal.start, literal.end);
    literal.value = read.value;
    literal.starts = read.starts;
    literal.ends = read.ends;
  }
  return literal;
}

const isBlankUnit = (unit: number) => unit === 0x20 || unit === 0x09;

/**
 * Identifiers standing next to a concatenation operator (`+`, `.`, `..`, `||`): the only places a
 * variable can be glued to something. Found from the operators outwards instead of by matching
 * every word of the text against the variable names.
 */
function identifiersAtOperators(text: string, names: ReadonlyMap<string, Literal>, limit: number): Operand[] {
  const operands: Operand[] = [];
  const seen = new Set<number>();
  const take = (start: number, end: number) => {
    if (seen.has(start) || end <= start) return;
    const literal = names.get(text.slice(start, end));
    if (!literal) return;
    // Not the tail of a longer word, and not the target of an assignment ("." before it is PHP's `$a.$b`).
    if (/[\w$]/.test(text[start - 1] ?? ' ')) return;
    if (/^\s*:?=(?!=)/.test(text.slice(end, end + 4))) return;
    seen.add(start);
    operands.push({ start, end, literal, isVariable: true });
  };
  for (let i = 0; i < text.length && operands.length < limit; i += 1) {
    const unit = text.charCodeAt(i);
    const isOperator = unit === 0x2b || unit === 0x2e || (unit === 0x7c && text.charCodeAt(i + 1) === 0x7c);
    if (!isOperator) continue;
    const width = unit === 0x7c || (unit === 0x2e && text.charCodeAt(i + 1) === 0x2e) ? 2 : 1;
    let left = i;
    while (left > 0 && i - left < 8 && isBlankUnit(text.charCodeAt(left - 1))) left -= 1;
    let leftStart = left;
    while (leftStart > 0 && left - leftStart < 64 && isIdentifierUnit(text.charCodeAt(leftStart - 1))) leftStart -= 1;
    take(leftStart, left);
    let right = i + width;
    while (right < text.length && right - i < 8 && isBlankUnit(text.charCodeAt(right))) right += 1;
    let rightEnd = right;
    while (rightEnd < text.length && rightEnd - right < 64 && isIdentifierUnit(text.charCodeAt(rightEnd))) rightEnd += 1;
    take(right, rightEnd);
    i += width - 1;
  }
  return operands;
}

export const splitPayload: Decoder = {
  name: SIGNAL.splitPayload,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    const text = source.text;
    if (!source.hints.concatenation || !CONCAT_HINT.test(text)) return [];
    const literals: Literal[] = [];
    for (const { start, end } of stringLiterals(text, 4 * MAX_REGIONS)) {
      // Markdown code fences and inline code are not string literals.
      if (text[start] === '`' && (text[start - 1] === '`' || text[end] === '`' || end - start === 2)) continue;
      literals.push({ start, end, value: '', starts: [], ends: [] });
    }
    if (literals.length < 2) return [];

    const variables = new Map<string, Literal>();
    for (const literal of literals) {
      const name = assignedName(text, literal.start);
      if (name !== undefined) {
        literal.assignedTo = name;
        variables.set(name, literal);
      }
    }

    const operands: Operand[] = literals
      .filter((literal) => literal.assignedTo === undefined)
      .map((literal) => ({ start: literal.start, end: literal.end, literal, isVariable: false }));
    if (variables.size > 0) {
      operands.push(...identifiersAtOperators(text, variables, 8 * MAX_REGIONS));
      operands.sort((a, b) => a.start - b.start);
    }

    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    let chain: Operand[] = [];
    const flush = () => {
      if (chain.length >= 2 && regions.length < MAX_REGIONS) {
        const pieces = chain.map((operand) => valueOf(text, operand.literal));
        const value = pieces.map((literal) => literal.value).join('');
        if (value.length <= budget && value.length >= 4 && isPlausibleText(value)) {
          const starts = Int32Array.from(pieces.flatMap((literal) => literal.starts));
          const ends = Int32Array.from(pieces.flatMap((literal) => literal.ends));
          const start = Math.min(chain[0]!.start, ...pieces.map((literal) => literal.start));
          const end = Math.max(chain[chain.length - 1]!.end, ...pieces.map((literal) => literal.end));
          budget -= value.length;
          regions.push({ start, end, text: value, starts, ends });
        }
      }
      chain = [];
    };
    for (const operand of operands) {
      const previous = chain[chain.length - 1];
      if (previous) {
        const gap = operand.start >= previous.end ? text.slice(previous.end, operand.start) : '\u0000';
        if (gap.length > 24 || !CONCAT_GAP.test(gap)) flush();
      }
      chain.push(operand);
    }
    flush();
    return regions;
  },
};
