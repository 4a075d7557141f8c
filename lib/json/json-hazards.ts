/**
 * What a strict decoder (RFC 8259 + I-JSON, RFC 7493) finds wrong with a piece of JSON. Each kind
 * is one `strict-json/<kind>` rule. Two families:
 *
 * - **differential**: text that RFC 8259 rejects but some widely used parser accepts (JSON5,
 *   JSONC, Python's `json`, YAML, Go's streaming decoder…). Whoever validates with one parser and
 *   executes with another sees two different documents: the classic way to smuggle a field past a
 *   checker.
 * - **semantic**: valid JSON whose *meaning* differs between parsers or endangers the consumer
 *   (duplicate keys, precision loss, prototype keys, lone surrogates, depth bombs).
 */
export type JsonHazardFamily = 'differential' | 'semantic' | 'schema';

export interface JsonHazardKindInfo {
  family: JsonHazardFamily;
  /** The score when found inside a tool call (the most dangerous context); others scale it down. */
  toolCallScore: number;
  description: string;
}

export const JSON_HAZARD_KINDS = {
  'duplicate-key': {
    family: 'semantic',
    toolCallScore: 0.9,
    description:
      'An object repeats a key. RFC 8259 leaves the outcome undefined: JavaScript, Go and Python keep the last value, some Java and C parsers (and many validators) the first, others reject — a checker and an executor can read different values.',
  },
  'proto-key': {
    family: 'semantic',
    toolCallScore: 0.95,
    description:
      'A `__proto__` key: JSON.parse makes it an own property, but any later merge, clone or `Object.assign` into a plain object sets the prototype instead (prototype pollution).',
  },
  'constructor-key': {
    family: 'semantic',
    toolCallScore: 0.5,
    description:
      'A `constructor` or `prototype` key; a `constructor` holding a `prototype` object is the lodash/jQuery deep-merge prototype-pollution path.',
  },
  'lone-surrogate': {
    family: 'semantic',
    toolCallScore: 0.85,
    description:
      'An unpaired UTF-16 surrogate (a `\\ud800` escape with no partner, or a raw one): not a Unicode character (I-JSON forbids it); decoders error, replace it with U+FFFD or keep it, so the same string compares and hashes differently.',
  },
  noncharacter: {
    family: 'semantic',
    toolCallScore: 0.5,
    description: 'A Unicode noncharacter (U+FFFE, U+FFFF, U+FDD0–U+FDEF…), forbidden by I-JSON; some decoders drop or replace it.',
  },
  'nul-character': {
    family: 'semantic',
    toolCallScore: 0.6,
    description:
      'An escaped NUL (`\\u0000`) in a string: C-based consumers (and file paths, SQL drivers, logs) truncate at it, so `"admin\\u0000x"` can pass a check as one string and act as another.',
  },
  'line-separator': {
    family: 'semantic',
    toolCallScore: 0.3,
    description:
      'A raw U+2028/U+2029 in a string: valid JSON, but a line break in JavaScript source before ES2019 — JSON pasted into a script or JSONP breaks or changes meaning (a note, not an error).',
  },
  'integer-precision': {
    family: 'semantic',
    toolCallScore: 0.7,
    description:
      'An integer outside ±(2^53−1) (I-JSON): JavaScript and every double-based parser round it, Python/Go int64/Java long keep it exact — an id or amount silently becomes another.',
  },
  'number-overflow': {
    family: 'semantic',
    toolCallScore: 0.85,
    description: 'A number too large for an IEEE-754 double: JavaScript reads Infinity (re-serialised as null), Python float inf, Go and strict parsers reject it.',
  },
  'number-precision': {
    family: 'semantic',
    toolCallScore: 0.4,
    description:
      'A number a double cannot represent exactly (more significant digits than a double keeps, or underflow to 0): decimal-aware parsers (Python Decimal, Java BigDecimal, databases) read a different value than double-based ones.',
  },
  'excessive-depth': {
    family: 'semantic',
    toolCallScore: 0.8,
    description: 'Nesting deeper than the limit: recursive parsers (Python json, many C and Java parsers) overflow their stack or reject it; others accept — a denial of service and a differential.',
  },
  'excessive-size': {
    family: 'semantic',
    toolCallScore: 0.5,
    description: 'A JSON text, object or array larger than the limit: parsers with size limits reject what others accept, and it costs the consumer memory and time.',
  },
  comment: {
    family: 'differential',
    toolCallScore: 0.8,
    description: 'A `//`, `/* */` or `#` comment: JSONC, JSON5, Hjson and YAML accept it, JSON.parse, Python json and Go reject it; tolerant parsers that strip comments differ on `/*` inside strings.',
  },
  'trailing-comma': {
    family: 'differential',
    toolCallScore: 0.75,
    description: 'A comma before `}` or `]`: JSON5, JSONC and many lenient parsers accept it, strict ones reject it.',
  },
  'single-quoted-string': {
    family: 'differential',
    toolCallScore: 0.8,
    description: "A 'single-quoted' string: JSON5 and Python literal parsers accept it, JSON rejects it; escapes inside differ between them.",
  },
  'unquoted-key': {
    family: 'differential',
    toolCallScore: 0.8,
    description: 'An unquoted object key: JSON5/JavaScript accept it, JSON rejects it.',
  },
  'nan-infinity': {
    family: 'differential',
    toolCallScore: 0.85,
    description: 'NaN or Infinity: Python json and JSON5 accept them, JSON.parse and Go reject them, JSON.stringify writes null — a number check can be bypassed with NaN (every comparison is false).',
  },
  'leading-zero': {
    family: 'differential',
    toolCallScore: 0.8,
    description: 'A number with leading zeros (`007`): rejected by JSON, read as octal by YAML 1.1 parsers and some legacy decoders (010 → 8), as decimal by others.',
  },
  'plus-sign': {
    family: 'differential',
    toolCallScore: 0.8,
    description: 'A number with a leading `+`: JSON5 accepts it, JSON rejects it.',
  },
  'hex-number': {
    family: 'differential',
    toolCallScore: 0.8,
    description: 'A hexadecimal number (`0x1F`): JSON5 and YAML accept it, JSON rejects it.',
  },
  'bare-decimal-point': {
    family: 'differential',
    toolCallScore: 0.75,
    description: 'A number with nothing before or after its decimal point (`.5`, `5.`): JSON5 accepts it, JSON rejects it.',
  },
  bom: {
    family: 'differential',
    toolCallScore: 0.7,
    description: 'A byte-order mark (U+FEFF): RFC 8259 forbids emitting it; some parsers skip it, JSON.parse, Python json.loads and Go reject it.',
  },
  'nonstandard-whitespace': {
    family: 'differential',
    toolCallScore: 0.7,
    description: 'Whitespace JSON does not allow (no-break space, vertical tab, form feed, U+2028…) between tokens: JSON5 accepts it, JSON rejects it.',
  },
  'raw-control-character': {
    family: 'differential',
    toolCallScore: 0.8,
    description: 'A raw control character (U+0000–U+001F, e.g. a newline or tab) inside a string: JSON rejects it, Python json (strict=False), Jackson and many lenient parsers keep it.',
  },
  'invalid-escape': {
    family: 'differential',
    toolCallScore: 0.8,
    description: 'An escape JSON does not define (`\\x41`, `\\a`, `\\\'`, a bad `\\u`, a line continuation): JSON5 decodes some, lenient parsers keep the backslash or the letter, strict ones reject.',
  },
  'trailing-garbage': {
    family: 'differential',
    toolCallScore: 0.8,
    description: 'Text after the JSON value: JSON.parse and Python json.loads reject it, Go json.Decoder, Python raw_decode and "first { to last }" extractors take the first value and ignore the rest.',
  },
  'multiple-values': {
    family: 'differential',
    toolCallScore: 0.85,
    description: 'More than one top-level value: JSON Lines readers and streaming decoders take all of them, others the first or none — a second, unchecked payload.',
  },
  'schema-violation': {
    family: 'schema',
    toolCallScore: 0.75,
    description: "Tool-call arguments that do not match the tool's JSON Schema (missing or extra parameters, wrong types, values out of range).",
  },
  'unknown-tool': {
    family: 'schema',
    toolCallScore: 0.6,
    description: 'A tool call to a tool that is not among the known tool schemas.',
  },
} as const satisfies Record<string, JsonHazardKindInfo>;

export type JsonHazardKind = keyof typeof JSON_HAZARD_KINDS;

/** One hazard at a half-open range of the text that was parsed. */
export interface JsonHazard {
  kind: JsonHazardKind;
  start: number;
  end: number;
  /** Overrides the kind's tool-call score where one occurrence is worse than the kind's usual (e.g. `constructor.prototype`). */
  toolCallScore?: number;
}
