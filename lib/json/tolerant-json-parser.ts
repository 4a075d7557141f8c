import type { JsonHazard, JsonHazardKind } from './json-hazards.ts';
import type { JsonArrayNode, JsonMember, JsonNode, JsonObjectNode, JsonStringNode } from './json-node.ts';
import { numberLiteralHazard } from './json-number.ts';
import { decodeJsonString } from './json-string.ts';

/*
 * Why a hand-written parser and not @humanwhocodes/momoa (which the tests use as an oracle):
 * - momoa stops at the first error; a differential report needs *every* deviation, so this parser
 *   records each extension some tolerant parser accepts (comments, trailing commas, single quotes,
 *   NaN, hex…) and carries on the way that parser would;
 * - momoa is recursive descent: 20,000 nested `[` overflow the stack. This parser keeps its own
 *   stack, so a depth bomb costs memory linear in its size and nothing else;
 * - its json mode accepts raw control characters in strings (momoa 3.3.13), and its tokens do
 *   not say which escape was a lone surrogate or which number literal loses precision.
 */

export interface JsonParseLimits {
  /** Nesting deeper than this is reported (`excessive-depth`); parsing continues. */
  maxDepth: number;
  /** Objects or arrays with more entries than this are reported (`excessive-size`). */
  maxEntries: number;
  /** A value whose text is longer than this is reported (`excessive-size`). */
  maxChars: number;
  /** At most this many hazards are recorded per parse (a hostile text can hold one per character). */
  maxHazards: number;
}

export const DEFAULT_JSON_LIMITS: JsonParseLimits = { maxDepth: 64, maxEntries: 10_000, maxChars: 100_000, maxHazards: 256 };

/**
 * - `document`: the whole range is meant to be one JSON text (a code block, a tool-call tag):
 *   what follows the value is `multiple-values` or `trailing-garbage`.
 * - `value`: one value starts here and the text goes on (JSON inside prose): parsing stops after it.
 * - `members`: the range is an object's body without its braces (`"scripts": {…}`), as replies
 *   often show a fragment of a larger file; a comma at its very end is not reported.
 */
export type JsonParseMode = 'document' | 'value' | 'members';

export interface JsonParseOptions {
  start?: number;
  end?: number;
  mode: JsonParseMode;
  limits?: JsonParseLimits;
  /**
   * The range may be cut short (a reply still streaming): in `document` mode, what follows the
   * first value is reported only when it forms complete further values (`multiple-values`), never
   * as `trailing-garbage` — a half-streamed closing fence or second value is not an attack.
   */
  openEnded?: boolean;
}

export interface JsonParse {
  /** The first top-level value, when one was completed. */
  root: JsonNode | undefined;
  /** Further top-level values of a `document` (each reported as `multiple-values`). */
  extraRoots: JsonNode[];
  hazards: JsonHazard[];
  /** Offset just past the last value read (or where parsing stopped). */
  end: number;
  /**
   * Where the text stopped being JSON in any dialect a known parser accepts: a syntax error no
   * extension explains (prose, pseudo-code with `...`, Python `None`, a truncated reply).
   */
  malformedAt: number | undefined;
}

const enum State {
  Value,
  ValueOrClose,
  ValueAfterComma,
  KeyOrClose,
  KeyAfterComma,
  AfterValue,
}

/** Objects with more members than this get a Set for the duplicate check; smaller ones are scanned. */
const SCANNED_KEYS = 8;

interface Frame {
  node: JsonObjectNode | JsonArrayNode;
  /** Keys seen so far, once the object has more than SCANNED_KEYS members. */
  keys: Set<string> | undefined;
  pendingKey: Omit<JsonMember, 'value'> | undefined;
  /** The key this container is the value of (to see `constructor` → `prototype`). */
  ownerKey: string | undefined;
  commaAt: number;
  implicit: boolean;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isHexDigit = (code: number) => isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
const isIdentifierStart = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36;
const isIdentifierPart = (code: number) => isIdentifierStart(code) || isDigit(code);
const isJsonWhitespace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
/** Whitespace JSON5 (ECMAScript) allows between tokens and JSON does not. */
const isOtherWhitespace = (code: number) =>
  code === 0x0b ||
  code === 0x0c ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000;
const isLineBreak = (code: number) => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
/** A character that can begin a value of a second top-level JSON text. */
const canStartValue = (code: number) =>
  code === 0x7b || code === 0x5b || code === 0x22 || code === 0x2d || isDigit(code) || code === 0x74 || code === 0x66 || code === 0x6e;

/**
 * Decodes `text[start, end)` strictly (RFC 8259 + I-JSON) and tolerantly at once: every
 * deviation is recorded as a hazard at its exact position, and parsing continues past the ones
 * some widely used parser accepts, so one pass reports them all and still yields the value a
 * tolerant consumer would see. Iterative (own stack), linear in the text, never throws.
 */
export function parseJsonTolerantly(
  text: string,
  options: JsonParseOptions,
): JsonParse {
  const end = Math.min(options.end ?? text.length, text.length);
  const parser = new TolerantParser(text, options.start ?? 0, end, options.limits ?? DEFAULT_JSON_LIMITS, options.mode === 'value');
  return parser.parse(options.mode, options.openEnded ?? false);
}

class TolerantParser {
  private pos: number;
  private readonly hazards: JsonHazard[] = [];
  private depthReported = false;
  private sizeReported = false;
  private malformedAt: number | undefined;
  private readonly reporter = (kind: JsonHazardKind, start: number, end: number) => this.report(kind, start, end);
  private readonly stringOptions: { stopAtLineBreak: boolean };

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
    private readonly limits: JsonParseLimits,
    /**
     * In `value` mode (JSON inside prose) a string may not run past its line: prose with a stray
     * quote would otherwise be read as one long string, and the caller, which resumes its search
     * where a parse stopped, would read the same text again and again.
     */
    private readonly stringsEndAtLineBreak: boolean,
  ) {
    this.pos = start;
    this.stringOptions = { stopAtLineBreak: stringsEndAtLineBreak };
  }

  parse(mode: JsonParseMode, openEnded: boolean): JsonParse {
    const root = this.parseValue(mode === 'members');
    const extraRoots: JsonNode[] = [];
    let end = root ? root.end : this.pos;
    if (root && mode === 'document' && this.skipTrivia()) {
      while (this.pos < this.end) {
        const valueStart = this.pos;
        const hazardCount = this.hazards.length;
        const next = canStartValue(this.text.charCodeAt(valueStart)) ? this.parseValue(false) : undefined;
        if (!next) {
          // Not a second value: roll back what the attempt reported, and report the garbage.
          this.hazards.length = hazardCount;
          this.malformedAt = undefined;
          if (!openEnded) this.report('trailing-garbage', valueStart, this.lineEnd(valueStart));
          break;
        }
        this.report('multiple-values', next.start, next.end);
        extraRoots.push(next);
        end = next.end;
        if (!this.skipTrivia()) break;
      }
    }
    return { root, extraRoots, hazards: this.hazards, end, malformedAt: this.malformedAt };
  }

  private report(kind: JsonHazardKind, start: number, end: number, toolCallScore?: number): void {
    if (this.hazards.length >= this.limits.maxHazards) return;
    this.hazards.push(toolCallScore === undefined ? { kind, start, end } : { kind, start, end, toolCallScore });
  }

  private fail(): undefined {
    this.malformedAt ??= this.pos;
    return undefined;
  }

  private lineEnd(from: number): number {
    let at = from;
    while (at < this.end && !isLineBreak(this.text.charCodeAt(at))) at += 1;
    return Math.max(at, from + 1);
  }

  /** Skips whitespace and comments, reporting the non-JSON kinds; false on an unclosed comment. */
  private skipTrivia(): boolean {
    const { text, end } = this;
    while (this.pos < end) {
      const code = text.charCodeAt(this.pos);
      if (isJsonWhitespace(code)) {
        this.pos += 1;
      } else if (code === 0xfeff) {
        this.report('bom', this.pos, this.pos + 1);
        this.pos += 1;
      } else if (isOtherWhitespace(code)) {
        const runStart = this.pos;
        while (this.pos < end && isOtherWhitespace(text.charCodeAt(this.pos))) this.pos += 1;
        this.report('nonstandard-whitespace', runStart, this.pos);
      } else if (code === 0x2f && text.charCodeAt(this.pos + 1) === 0x2f) {
        const commentEnd = this.lineEnd(this.pos);
        this.report('comment', this.pos, commentEnd);
        this.pos = commentEnd;
      } else if (code === 0x23) {
        const commentEnd = this.lineEnd(this.pos);
        this.report('comment', this.pos, commentEnd);
        this.pos = commentEnd;
      } else if (code === 0x2f && text.charCodeAt(this.pos + 1) === 0x2a) {
        const close = text.indexOf('*/', this.pos + 2);
        if (close < 0 || close + 2 > end) {
          this.pos = end;
          return this.fail() ?? false;
        }
        this.report('comment', this.pos, close + 2);
        this.pos = close + 2;
      } else {
        return true;
      }
    }
    return true;
  }

  private parseValue(members: boolean): JsonNode | undefined {
    const stack: Frame[] = [];
    let state = State.Value;
    if (members) {
      const node: JsonObjectNode = { type: 'object', start: this.pos, end: -1, members: [] };
      stack.push({ node, keys: undefined, pendingKey: undefined, ownerKey: undefined, commaAt: -1, implicit: true });
      state = State.KeyOrClose;
    }
    for (;;) {
      if (!this.skipTrivia()) return undefined;
      const top = stack[stack.length - 1];
      if (this.pos >= this.end) {
        // A fragment's body ends with the range; anything else is truncated.
        if (top?.implicit && stack.length === 1 && state !== State.Value) {
          top.node.end = this.end;
          return top.node;
        }
        return this.fail();
      }
      const code = this.text.charCodeAt(this.pos);
      let completed: JsonNode | undefined;

      if (state === State.AfterValue) {
        if (!top) return this.fail();
        const isObject = top.node.type === 'object';
        if (code === 0x2c) {
          top.commaAt = this.pos;
          this.pos += 1;
          state = isObject ? State.KeyAfterComma : State.ValueAfterComma;
          continue;
        }
        if ((isObject && code === 0x7d && !top.implicit) || (!isObject && code === 0x5d)) {
          completed = this.close(stack);
        } else {
          return this.fail();
        }
      } else if (state === State.KeyOrClose || state === State.KeyAfterComma) {
        if (!top) return this.fail();
        if (code === 0x7d && !top.implicit) {
          if (state === State.KeyAfterComma) this.report('trailing-comma', top.commaAt, top.commaAt + 1);
          completed = this.close(stack);
        } else {
          if (!this.readKey(top)) return this.fail();
          state = State.Value;
          continue;
        }
      } else {
        // Value, ValueOrClose (after `[`), ValueAfterComma (after `,` in an array).
        if (code === 0x5d && state !== State.Value && top?.node.type === 'array') {
          if (state === State.ValueAfterComma) this.report('trailing-comma', top.commaAt, top.commaAt + 1);
          completed = this.close(stack);
        } else if (code === 0x7b || code === 0x5b) {
          this.open(stack, code === 0x7b);
          state = code === 0x7b ? State.KeyOrClose : State.ValueOrClose;
          continue;
        } else {
          completed = this.readScalar();
          if (!completed) return this.fail();
        }
      }

      // A value is complete: it is the result, or it joins its container.
      const parent = stack[stack.length - 1];
      if (!parent) {
        this.checkSize(completed);
        return completed;
      }
      if (parent.node.type === 'array') parent.node.items.push(completed);
      else {
        const { key, keyStart, keyEnd } = parent.pendingKey!;
        parent.node.members.push({ key, keyStart, keyEnd, value: completed });
      }
      state = State.AfterValue;
    }
  }

  private open(stack: Frame[], isObject: boolean): void {
    const start = this.pos;
    const node: JsonObjectNode | JsonArrayNode = isObject
      ? { type: 'object', start, end: -1, members: [] }
      : { type: 'array', start, end: -1, items: [] };
    const parent = stack[stack.length - 1];
    const ownerKey = parent?.node.type === 'object' ? parent.pendingKey?.key : undefined;
    stack.push({ node, keys: undefined, pendingKey: undefined, ownerKey, commaAt: -1, implicit: false });
    if (stack.length > this.limits.maxDepth && !this.depthReported) {
      this.depthReported = true;
      this.report('excessive-depth', start, start + 1);
    }
    this.pos += 1;
  }

  private close(stack: Frame[]): JsonNode {
    const frame = stack.pop()!;
    this.pos += 1;
    frame.node.end = this.pos;
    const entries = frame.node.type === 'object' ? frame.node.members.length : frame.node.items.length;
    if (entries > this.limits.maxEntries && !this.sizeReported) {
      this.sizeReported = true;
      this.report('excessive-size', frame.node.start, frame.node.start + 1);
    }
    return frame.node;
  }

  private checkSize(node: JsonNode): void {
    if (node.end - node.start > this.limits.maxChars && !this.sizeReported) {
      this.sizeReported = true;
      this.report('excessive-size', node.start, node.start + 1);
    }
  }

  /** Whether the frame's object already has `key` (and remember it). A Set only for larger objects. */
  private isRepeated(frame: Frame, key: string): boolean {
    const { members } = frame.node as JsonObjectNode;
    if (frame.keys) {
      if (frame.keys.has(key)) return true;
      frame.keys.add(key);
      return false;
    }
    let repeated = false;
    for (const member of members) if (member.key === key) repeated = true;
    if (members.length >= SCANNED_KEYS) frame.keys = new Set([...members.map((member) => member.key), key]);
    return repeated;
  }

  /** Decodes the string at `start`; when it is not closed, parsing stops where reading did. */
  private readString(start: number): { value: string; end: number } | undefined {
    const decoded = decodeJsonString(this.text, start, this.end, this.reporter, this.stringOptions);
    if (decoded.closed) return decoded;
    this.pos = decoded.end;
    return undefined;
  }

  /** Reads `key :` into the frame; false when it is not a key in any dialect. */
  private readKey(frame: Frame): boolean {
    const keyStart = this.pos;
    const code = this.text.charCodeAt(keyStart);
    let key: string;
    if (code === 0x22 || code === 0x27) {
      const decoded = this.readString(keyStart);
      if (!decoded) return false;
      if (code === 0x27) this.report('single-quoted-string', keyStart, decoded.end);
      key = decoded.value;
      this.pos = decoded.end;
    } else if (isIdentifierStart(code)) {
      while (this.pos < this.end && isIdentifierPart(this.text.charCodeAt(this.pos))) this.pos += 1;
      key = this.text.slice(keyStart, this.pos);
      this.report('unquoted-key', keyStart, this.pos);
    } else {
      return false;
    }
    const keyEnd = this.pos;
    if (!this.skipTrivia() || this.text.charCodeAt(this.pos) !== 0x3a) return false;
    this.pos += 1;
    if (this.isRepeated(frame, key)) this.report('duplicate-key', keyStart, keyEnd);
    if (key === '__proto__') this.report('proto-key', keyStart, keyEnd);
    else if (key === 'constructor') this.report('constructor-key', keyStart, keyEnd);
    // `constructor.prototype` is the deep-merge pollution path: as bad as `__proto__`.
    else if (key === 'prototype') this.report('constructor-key', keyStart, keyEnd, frame.ownerKey === 'constructor' ? 0.9 : undefined);
    const entries = frame.node.type === 'object' ? frame.node.members.length + 1 : 0;
    if (entries > this.limits.maxEntries && !this.sizeReported) {
      this.sizeReported = true;
      this.report('excessive-size', frame.node.start, frame.node.start + 1);
    }
    frame.pendingKey = { key, keyStart, keyEnd };
    return true;
  }

  /** A string, number or literal at `pos`; undefined when none starts there. */
  private readScalar(): JsonNode | undefined {
    const start = this.pos;
    const code = this.text.charCodeAt(start);
    if (code === 0x22 || code === 0x27) {
      const decoded = this.readString(start);
      if (!decoded) return undefined;
      if (code === 0x27) this.report('single-quoted-string', start, decoded.end);
      this.pos = decoded.end;
      const node: JsonStringNode = { type: 'string', start, end: decoded.end, value: decoded.value, quote: code === 0x27 ? "'" : '"' };
      return node;
    }
    if (code === 0x2d || code === 0x2b || code === 0x2e || isDigit(code)) return this.readNumber();
    if (isIdentifierStart(code)) {
      while (this.pos < this.end && isIdentifierPart(this.text.charCodeAt(this.pos))) this.pos += 1;
      const word = this.text.slice(start, this.pos);
      if (word === 'true' || word === 'false') return { type: 'literal', start, end: this.pos, value: word === 'true' };
      if (word === 'null') return { type: 'literal', start, end: this.pos, value: null };
      if (word === 'NaN' || word === 'Infinity') {
        this.report('nan-infinity', start, this.pos);
        return { type: 'number', start, end: this.pos, value: word === 'NaN' ? Number.NaN : Number.POSITIVE_INFINITY };
      }
      this.pos = start;
    }
    return undefined;
  }

  private readNumber(): JsonNode | undefined {
    const { text } = this;
    const start = this.pos;
    const sign = text.charCodeAt(start);
    let at = sign === 0x2d || sign === 0x2b ? start + 1 : start;
    const negative = sign === 0x2d;
    for (const word of ['Infinity', 'NaN']) {
      if (text.startsWith(word, at) && !isIdentifierPart(text.charCodeAt(at + word.length))) {
        this.pos = at + word.length;
        this.report('nan-infinity', start, this.pos);
        const magnitude = word === 'NaN' ? Number.NaN : Number.POSITIVE_INFINITY;
        return { type: 'number', start, end: this.pos, value: negative ? -magnitude : magnitude };
      }
    }
    if (text.charCodeAt(at) === 0x30 && (text[at + 1] === 'x' || text[at + 1] === 'X')) {
      const digitsStart = at + 2;
      at = digitsStart;
      while (at < this.end && isHexDigit(text.charCodeAt(at))) at += 1;
      if (at === digitsStart) return undefined;
      this.pos = at;
      this.report('hex-number', start, at);
      if (sign === 0x2b) this.report('plus-sign', start, start + 1);
      const magnitude = parseInt(text.slice(digitsStart, at), 16);
      return { type: 'number', start, end: at, value: negative ? -magnitude : magnitude };
    }
    const intStart = at;
    while (at < this.end && isDigit(text.charCodeAt(at))) at += 1;
    const intDigits = text.slice(intStart, at);
    let fraction: string | undefined;
    if (text.charCodeAt(at) === 0x2e && at < this.end) {
      const fracStart = at + 1;
      at = fracStart;
      while (at < this.end && isDigit(text.charCodeAt(at))) at += 1;
      fraction = text.slice(fracStart, at);
    }
    if (intDigits.length === 0 && !fraction) return undefined;
    let exponent = '';
    if (at < this.end && (text[at] === 'e' || text[at] === 'E')) {
      const expStart = at;
      at += 1;
      if (text[at] === '+' || text[at] === '-') at += 1;
      const expDigits = at;
      while (at < this.end && isDigit(text.charCodeAt(at))) at += 1;
      if (at === expDigits) return undefined;
      exponent = text.slice(expStart, at);
    }
    this.pos = at;
    if (sign === 0x2b) this.report('plus-sign', start, start + 1);
    if (intDigits.length > 1 && intDigits.charCodeAt(0) === 0x30) this.report('leading-zero', start, at);
    if (fraction !== undefined && (intDigits.length === 0 || fraction.length === 0)) this.report('bare-decimal-point', start, at);
    // The strict spelling of the same number, for the precision checks and the value.
    const literal = `${negative ? '-' : ''}${intDigits || '0'}${fraction ? `.${fraction}` : ''}${exponent}`;
    const semantic = numberLiteralHazard(literal);
    if (semantic) this.report(semantic, start, at);
    return { type: 'number', start, end: at, value: Number(literal) };
  }
}
