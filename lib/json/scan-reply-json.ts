import { locateJson, nextProseCandidate, proseRanges, type JsonCandidate, type JsonContext, type JsonDialect, type TextRange } from './json-candidates.ts';
import type { JsonHazard, JsonHazardKind } from './json-hazards.ts';
import type { JsonNode, JsonStringNode } from './json-node.ts';
import { nodeAtPointer } from './json-pointer.ts';
import { decodeJsonString } from './json-string.ts';
import { jsonNodeToValue } from './json-value.ts';
import { findToolCalls, type ToolCall } from './tool-calls.ts';
import { validateAgainstSchema, type ToolSchema } from './tool-schema.ts';
import { DEFAULT_JSON_LIMITS, parseJsonTolerantly, type JsonParseLimits, type JsonParseMode } from './tolerant-json-parser.ts';

export interface ReplyJsonOptions {
  limits: JsonParseLimits;
  /** Tool name → JSON Schema of its arguments; when non-empty, calls are validated against it. */
  toolSchemas: Readonly<Record<string, ToolSchema>>;
  /** Only `text[0, maxChars)` is read. */
  maxChars: number;
  /** At most this many hazards are returned (hostile replies can hold one per character). */
  maxHazards: number;
}

export const DEFAULT_REPLY_JSON_OPTIONS: ReplyJsonOptions = {
  limits: DEFAULT_JSON_LIMITS,
  toolSchemas: {},
  maxChars: 1_000_000,
  maxHazards: 1_000,
};

/** A hazard with spans in the original reply and the context of the JSON it was found in. */
export interface ReplyJsonHazard extends JsonHazard {
  context: JsonContext;
}

/** Extensions a reply's declared dialect allows: using them there is no surprise to anyone. */
const DIALECT_ALLOWS: Record<JsonDialect, ReadonlySet<JsonHazardKind>> = {
  json: new Set(),
  jsonc: new Set(['comment', 'trailing-comma']),
  json5: new Set([
    'comment',
    'trailing-comma',
    'single-quoted-string',
    'unquoted-key',
    'nan-infinity',
    'plus-sign',
    'hex-number',
    'bare-decimal-point',
    'nonstandard-whitespace',
    'invalid-escape',
  ]),
  'json-lines': new Set(['multiple-values']),
};

/** A letter: text after a whole reply's first value that starts with one is prose, not garbage. */
export const PROSE_START = /\p{L}/u;

/** A tool call's `arguments` string holding JSON is decoded this many levels deep at most. */
const MAX_NESTED_DOCUMENTS = 2;

type OffsetMap = (start: number, end: number) => TextRange;
const identity: OffsetMap = (start, end) => ({ start, end });

/** Span of a node for a finding: a scalar whole, a container by its opening bracket. */
const spanOfNode = (node: JsonNode): TextRange =>
  node.type === 'object' || node.type === 'array' ? { start: node.start, end: node.start + 1 } : { start: node.start, end: node.end };

class ReplyScan {
  readonly hazards: ReplyJsonHazard[] = [];
  /** `kind:start:end` → index in `hazards`. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly options: ReplyJsonOptions,
  ) {}

  private add(hazard: JsonHazard, context: JsonContext, map: OffsetMap): void {
    if (this.hazards.length >= this.options.maxHazards) return;
    const { start, end } = map(hazard.start, hazard.end);
    const key = `${hazard.kind}:${start}:${end}`;
    const index = this.seen.get(key);
    if (index !== undefined) {
      // The same place seen again in a more dangerous context (a tool call's arguments): keep the worst.
      if (context === 'tool-call') this.hazards[index] = { ...this.hazards[index]!, context };
      return;
    }
    this.seen.set(key, this.hazards.length);
    this.hazards.push({ ...hazard, start, end, context });
  }

  /**
   * Parses one candidate; returns where a search through prose may resume, or -1 when a reply
   * that looked like one JSON text turned out to be prose after its first value (`[ ] buy milk
   * … [1]`): nothing is reported and the caller reads it as prose instead.
   */
  examine(candidate: JsonCandidate): number {
    return this.examineText(this.text, candidate, identity, 0);
  }

  private examineText(text: string, candidate: JsonCandidate, map: OffsetMap, nesting: number): number {
    const parse = parseJsonTolerantly(text, {
      start: candidate.start,
      end: candidate.end,
      mode: candidate.mode,
      limits: this.options.limits,
      openEnded: candidate.openEnded ?? false,
    });
    if (!parse.root) {
      // Not JSON in any dialect: prose or pseudo-code, no consumer reads it — except that a
      // recursive parser overflows on a depth bomb before it ever reaches the error.
      for (const hazard of parse.hazards) if (hazard.kind === 'excessive-depth') this.add(hazard, candidate.context, map);
      return Math.max(parse.malformedAt ?? parse.end, candidate.start + 1);
    }
    if (candidate.wholeReply) {
      const garbage = parse.hazards.find((hazard) => hazard.kind === 'trailing-garbage');
      if (garbage && PROSE_START.test(text[garbage.start] ?? '')) return -1;
    }
    const roots = [parse.root, ...parse.extraRoots];
    const calls = roots.flatMap((root) => findToolCalls(root));
    if (calls.length === 0 && candidate.toolName) {
      calls.push({ format: 'tag', name: candidate.toolName.name, nameSpan: candidate.toolName, args: parse.root });
    }
    if (calls.length === 0 && candidate.onlyIfToolCall) return parse.end;
    const context: JsonContext = calls.length > 0 ? 'tool-call' : candidate.context;
    const allowed = DIALECT_ALLOWS[candidate.dialect];
    for (const hazard of parse.hazards) if (!allowed.has(hazard.kind)) this.add(hazard, context, map);
    const tooDeep = parse.hazards.some((hazard) => hazard.kind === 'excessive-depth');
    for (const call of calls) this.examineCall(text, call, map, nesting, tooDeep);
    return parse.end;
  }

  private examineCall(text: string, call: ToolCall, map: OffsetMap, nesting: number, tooDeep: boolean): void {
    let args = call.args;
    let argsMap = map;
    if (args?.type === 'string') {
      const nested = nesting < MAX_NESTED_DOCUMENTS ? this.examineArgumentsString(text, args, map, nesting) : undefined;
      if (!nested) return;
      ({ root: args, map: argsMap, tooDeep } = nested);
    }
    const schemas = this.options.toolSchemas;
    if (Object.keys(schemas).length === 0 || tooDeep) return;
    if (call.name === undefined || !Object.hasOwn(schemas, call.name)) {
      const at = call.nameSpan ?? (args ? spanOfNode(args) : undefined);
      if (at) this.add({ kind: 'unknown-tool', ...at }, 'tool-call', call.nameSpan && call.format === 'tag' ? identity : map);
      return;
    }
    const result = validateAgainstSchema(schemas[call.name]!, args ? jsonNodeToValue(args) : {});
    // An unusable schema is a policy error, not the reply's: nothing to report about the reply.
    if (!result.ok || !args) return;
    for (const violation of result.value) {
      const node = nodeAtPointer(args, violation.pointer);
      this.add({ kind: 'schema-violation', ...spanOfNode(node) }, 'tool-call', argsMap);
    }
  }

  /**
   * OpenAI-style `arguments`: a string whose content is itself a JSON text, decoded and then parsed
   * strictly like any other tool call, with every span mapped back through the string's escapes.
   */
  private examineArgumentsString(
    text: string,
    node: JsonStringNode,
    map: OffsetMap,
    nesting: number,
  ): { root: JsonNode; map: OffsetMap; tooDeep: boolean } | undefined {
    const offsets: number[] = [];
    const decoded = decodeJsonString(text, node.start, node.end, () => {}, { offsets });
    if (!decoded.closed) return undefined;
    const inner = decoded.value;
    let first = 0;
    while (first < inner.length && ' \t\r\n'.includes(inner[first]!)) first += 1;
    if (inner[first] !== '{' && inner[first] !== '[') return undefined;
    const innerMap: OffsetMap = (start, end) => {
      const from = offsets[Math.min(start, offsets.length - 1)]!;
      const to = offsets[Math.min(end, offsets.length - 1)]!;
      return map(from, Math.max(to, from + 1));
    };
    const parse = parseJsonTolerantly(inner, { mode: 'document' as JsonParseMode, limits: this.options.limits });
    if (!parse.root) return undefined;
    for (const hazard of parse.hazards) this.add(hazard, 'tool-call', innerMap);
    const nestedCalls = findToolCalls(parse.root).filter((call) => call.args?.type === 'string');
    for (const call of nestedCalls) this.examineCall(inner, call, innerMap, nesting + 1, false);
    return { root: parse.root, map: innerMap, tooDeep: parse.hazards.some((hazard) => hazard.kind === 'excessive-depth') };
  }
}

/**
 * Every JSON hazard in a reply: finds the JSON (code blocks, tool-call tags and markers, a
 * whole-JSON reply, JSON introduced in prose), decodes each strictly and tolerantly at once,
 * recognises tool calls (and decodes OpenAI `arguments` strings), validates their arguments
 * against known tool schemas, and returns each hazard with its span in the original reply and
 * the context it was found in. Linear in the reply (bounded by `maxChars`); never throws.
 */
export function scanReplyJson(text: string, options: Partial<ReplyJsonOptions> = {}): ReplyJsonHazard[] {
  const settings = { ...DEFAULT_REPLY_JSON_OPTIONS, ...options };
  const limit = Math.min(text.length, settings.maxChars);
  const scan = new ReplyScan(text, settings);
  const { blocks, taken } = locateJson(text, limit);
  let covered = [...taken];
  for (const block of blocks) {
    const end = scan.examine(block);
    if (end < 0) covered = [];
    // A tool-call marker's JSON runs on into the text: what was parsed is not prose.
    else if (block.mode === 'value') covered.push({ start: block.start, end });
  }
  for (const range of proseRanges(covered, limit)) {
    let from = range.start;
    for (let candidate = nextProseCandidate(text, from, range.end); candidate; candidate = nextProseCandidate(text, from, range.end)) {
      from = Math.max(scan.examine(candidate), candidate.start + 1);
    }
  }
  return scan.hazards.sort((a, b) => a.start - b.start || a.end - b.end);
}
