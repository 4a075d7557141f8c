import { foldCase } from '../gate/fold-case.ts';
import { findFencedBlocks, type FencedBlock } from './markdown-fences.ts';
import type { JsonParseMode } from './tolerant-json-parser.ts';

/**
 * How much a hazard in this JSON matters: `tool-call` JSON is executed by an agent or app;
 * `data` is JSON the reply hands over as JSON (a ```json block, a whole-JSON reply, JSON after
 * "Here is the payload:"); `snippet` is a JSON-looking line inside prose.
 */
export type JsonContext = 'tool-call' | 'data' | 'snippet';

/** The dialect the reply declares (a ```jsonc block may hold comments: that is not a surprise). */
export type JsonDialect = 'json' | 'jsonc' | 'json5' | 'json-lines';

export interface JsonCandidate {
  start: number;
  end: number;
  mode: JsonParseMode;
  context: JsonContext;
  dialect: JsonDialect;
  /** The tool a surrounding tag names (`<function=get_weather>{…}</function>`). */
  toolName?: { name: string; start: number; end: number };
  /**
   * The range runs to the end of the reply without its closing fence or tag: the reply may still
   * be streaming, so an incomplete tail after the first value is not `trailing-garbage`.
   */
  openEnded?: boolean;
  /** The whole reply, taken as one JSON text because it starts and ends like one. */
  wholeReply?: boolean;
  /**
   * Only a tool call makes this JSON worth reporting: a whole reply such as `{'a': 1}` is a
   * Python repr, not JSON anyone parses — unless it is shaped as a tool call.
   */
  onlyIfToolCall?: boolean;
}

export interface TextRange {
  start: number;
  end: number;
}

export interface JsonLocations {
  /** Code blocks, tool-call tags and markers, or the whole reply: parsed as found. */
  blocks: JsonCandidate[];
  /**
   * What is not prose: every code block (JSON or not), tag and marker. The rest is where
   * `nextProseCandidate` looks for JSON in running text (see `proseRanges`).
   */
  taken: TextRange[];
}

const FENCE_DIALECTS: Record<string, JsonDialect> = {
  json: 'json',
  geojson: 'json',
  topojson: 'json',
  jsonld: 'json',
  'json-ld': 'json',
  jsonc: 'jsonc',
  json5: 'json5',
  jsonl: 'json-lines',
  ndjson: 'json-lines',
  jsonlines: 'json-lines',
};
/** Fence labels that announce a tool call (some chat templates render calls this way). */
const TOOL_FENCES = new Set(['tool_call', 'tool_calls', 'function_call', 'tool_use', 'toolcall', 'functioncall']);
/** Unlabelled-ish blocks: parsed when their content looks like JSON. */
const PLAIN_FENCES = new Set(['', 'text', 'txt', 'plaintext', 'plain', 'output', 'response', 'result']);

/**
 * Tool-call wrappers chat templates print around JSON: Hermes/Qwen `<tool_call>`, `<function_call>`,
 * `<tool_use>`, Llama 3.1 `<function=name>`. Bounded, alternation of literals: linear.
 */
const TOOL_TAG = /<(tool_call|tool_calls|function_call|tool_use|toolcall)>|<function=([A-Za-z0-9_.:/-]{1,128})>/gi;
/** Markers after which a model emits a JSON tool call (Mistral, Llama 3.1 `python_tag`). */
const TOOL_MARKER = /\[TOOL_CALLS\]|<\|python_tag\|>|<\|tool_call\|>/g;
/** A line that introduces JSON by naming it ("Here is the tool call:", "JSON payload:"). */
const JSON_CUE = /\b(?:json|tool|function|call|payload|arguments?|request|body)\b/i;

/** Every pattern this module runs, for the ReDoS check. */
export const JSON_CANDIDATE_PATTERNS: readonly RegExp[] = [TOOL_TAG, TOOL_MARKER, JSON_CUE];

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

function firstNonSpace(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && (isSpace(text.charCodeAt(at)) || text.charCodeAt(at) === 0xfeff)) at += 1;
  return at;
}

function lastNonSpace(text: string, from: number, to: number): number {
  let at = to - 1;
  while (at >= from && isSpace(text.charCodeAt(at))) at -= 1;
  return at;
}

/**
 * Whether JSON starts at `at` the way real JSON does (`{"`, `{}`, `[{"`, `["`, `[1`, `[[`…), as
 * opposed to a Python dict (`{'a'`), a set, a template (`{name}`) or a citation-like `[x]`.
 * Looks at most 64 characters ahead.
 */
export function looksLikeJsonStart(text: string, at: number, to: number): boolean {
  const limit = Math.min(to, at + 64);
  let pos = at;
  while (pos < limit && text.charCodeAt(pos) === 0x5b) pos = firstNonSpace(text, pos + 1, limit);
  const opened = pos > at;
  // Nothing but `[` as far as we look (64 characters, not the text's end): nested arrays or a depth bomb.
  if (pos >= limit) return opened && limit < to;
  const code = text.charCodeAt(pos);
  if (code === 0x7b) {
    const next = text.charCodeAt(firstNonSpace(text, pos + 1, limit));
    return next === 0x22 || next === 0x7d;
  }
  if (!opened) return false;
  return code === 0x22 || code === 0x5d || code === 0x2d || (code >= 0x30 && code <= 0x39);
}

/** `"key" :` at the start of a block: a fragment of an object (its members without braces). */
function isMembersFragment(text: string, at: number, to: number): boolean {
  if (text.charCodeAt(at) !== 0x22) return false;
  let pos = at + 1;
  while (pos < to && text.charCodeAt(pos) !== 0x22 && text.charCodeAt(pos) !== 0x0a) pos += text.charCodeAt(pos) === 0x5c ? 2 : 1;
  if (text.charCodeAt(pos) !== 0x22) return false;
  return text.charCodeAt(firstNonSpace(text, pos + 1, to)) === 0x3a;
}

interface ToolRegion {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  /** No closing tag, and nothing after it: possibly still streaming. */
  openEnded: boolean;
  toolName?: { name: string; start: number; end: number };
}

function findToolTags(text: string, limit: number): ToolRegion[] {
  const opens: Array<{ start: number; contentStart: number; tag: string; toolName?: ToolRegion['toolName'] }> = [];
  TOOL_TAG.lastIndex = 0;
  for (let match = TOOL_TAG.exec(text); match && match.index < limit; match = TOOL_TAG.exec(text)) {
    const contentStart = match.index + match[0].length;
    const name = match[2];
    opens.push({
      start: match.index,
      contentStart,
      tag: name === undefined ? match[1]!.toLowerCase() : 'function',
      ...(name === undefined ? {} : { toolName: { name, start: match.index + '<function='.length, end: contentStart - 1 } }),
    });
  }
  return opens.map((open, index) => {
    const nextOpen = opens[index + 1]?.start ?? limit;
    // Searched only up to the next opening tag, so unclosed tags cost no more than the text; folded
    // with foldCase, which keeps every offset (`toLowerCase` turns "İ" into two code units and shifted
    // every closing tag after it by one).
    const found = foldCase(text.slice(open.contentStart, nextOpen)).indexOf(`</${open.tag}>`);
    const contentEnd = found >= 0 ? open.contentStart + found : nextOpen;
    const end = found >= 0 ? contentEnd + open.tag.length + 3 : nextOpen;
    const openEnded = found < 0 && nextOpen === limit;
    return { start: open.start, end, contentStart: open.contentStart, contentEnd, openEnded, ...(open.toolName ? { toolName: open.toolName } : {}) };
  });
}

const inside = (inner: TextRange, outer: TextRange) =>
  inner.start >= outer.start && inner.end <= outer.end;

function fenceCandidate(text: string, block: FencedBlock, inTool: ToolRegion | undefined): JsonCandidate | undefined {
  const toolFence = TOOL_FENCES.has(block.language);
  const dialect = FENCE_DIALECTS[block.language];
  const first = firstNonSpace(text, block.contentStart, block.contentEnd);
  if (first >= block.contentEnd) return undefined;
  if (dialect === undefined && !toolFence) {
    // Any other language (python, js…) holds code, not JSON; an unlabelled block must look like JSON.
    if (!PLAIN_FENCES.has(block.language) || !looksLikeJsonStart(text, first, block.contentEnd)) return undefined;
  }
  return {
    start: block.contentStart,
    end: block.contentEnd,
    mode: isMembersFragment(text, first, block.contentEnd) ? 'members' : 'document',
    context: toolFence || inTool ? 'tool-call' : 'data',
    dialect: dialect ?? 'json',
    ...(block.closed ? {} : { openEnded: true }),
    ...(inTool?.toolName ? { toolName: inTool.toolName } : {}),
  };
}

/**
 * Where a reply holds JSON: fenced blocks labelled as JSON (or unlabelled and JSON-looking),
 * tool-call tags and markers, or the whole reply when it is one JSON value. Code blocks in other
 * languages are left out entirely (a Python dict or a JS object literal is not JSON), and so is
 * inline `code` (where replies *explain* JSON, e.g. "`{// x}` is not valid JSON"). Linear in
 * `limit`.
 */
export function locateJson(text: string, limit = text.length): JsonLocations {
  const fences = findFencedBlocks(text, limit);
  const tags = findToolTags(text, limit);
  const blocks: JsonCandidate[] = [];
  const taken: TextRange[] = [];

  for (const fence of fences) {
    const tool = tags.find((tag) => inside(fence, tag) || (fence.start >= tag.start && fence.start < tag.end));
    const candidate = fenceCandidate(text, fence, tool);
    if (candidate) blocks.push(candidate);
    taken.push(fence);
  }
  for (const tag of tags) {
    taken.push(tag);
    if (fences.some((fence) => fence.start < tag.end && fence.end > tag.start)) continue;
    if (firstNonSpace(text, tag.contentStart, tag.contentEnd) >= tag.contentEnd) continue;
    blocks.push({
      start: tag.contentStart,
      end: tag.contentEnd,
      mode: 'document',
      context: 'tool-call',
      dialect: 'json',
      ...(tag.openEnded ? { openEnded: true } : {}),
      ...(tag.toolName ? { toolName: tag.toolName } : {}),
    });
  }
  TOOL_MARKER.lastIndex = 0;
  const markers: TextRange[] = [];
  for (let match = TOOL_MARKER.exec(text); match && match.index < limit; match = TOOL_MARKER.exec(text)) {
    const start = match.index;
    if (!taken.some((region) => start >= region.start && start < region.end)) markers.push({ start, end: start + match[0].length });
  }
  markers.forEach((marker, index) => {
    // Each marker's JSON ends where the next marker begins: parses never overlap.
    const until = markers[index + 1]?.start ?? limit;
    const at = firstNonSpace(text, marker.end, until);
    const code = text.charCodeAt(at);
    taken.push({ start: marker.start, end: marker.end });
    if (code === 0x7b || code === 0x5b) blocks.push({ start: at, end: until, mode: 'value', context: 'tool-call', dialect: 'json' });
  });

  if (blocks.length === 0 && taken.length === 0) {
    const first = firstNonSpace(text, 0, limit);
    const last = lastNonSpace(text, first, limit);
    const opener = text.charCodeAt(first);
    const closer = text.charCodeAt(last);
    if ((opener === 0x7b && closer === 0x7d) || (opener === 0x5b && closer === 0x5d)) {
      const whole: JsonCandidate = { start: 0, end: limit, mode: 'document', context: 'data', dialect: 'json', wholeReply: true };
      if (!looksLikeJsonStart(text, first, limit)) whole.onlyIfToolCall = true;
      return { blocks: [whole], taken: [{ start: 0, end: limit }] };
    }
  }
  return { blocks, taken };
}

/** The parts of `[0, limit)` that no range covers, in order. */
export function proseRanges(taken: readonly TextRange[], limit: number): TextRange[] {
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  const prose: TextRange[] = [];
  let cursor = 0;
  for (const region of sorted) {
    if (region.start > cursor) prose.push({ start: cursor, end: Math.min(region.start, limit) });
    cursor = Math.max(cursor, region.end);
  }
  if (cursor < limit) prose.push({ start: cursor, end: limit });
  return prose;
}

/** How far back a search looks for the start of its first line, and how much of a cue line it reads. */
const MAX_LOOKBACK = 256;

const isColon = (code: number) => code === 0x3a || code === 0xff1a;

/**
 * Text before a colon that introduces something ("Here is the call", "Output") rather than a key
 * in code (`"year":`, `data = {…`): no quotes, brackets, parentheses or `=`.
 */
function isProseCue(text: string, start: number, end: number): boolean {
  for (let at = Math.max(start, end - MAX_LOOKBACK); at < end; at += 1) {
    const code = text.charCodeAt(at);
    // " ' ( ) = [ ] { } `
    if (code === 0x22 || code === 0x27 || code === 0x28 || code === 0x29 || code === 0x3d || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d || code === 0x60) {
      return false;
    }
  }
  return true;
}

/**
 * The next place in `text[from, to)` where JSON starts inside running text: a `{` or `[` that
 * begins a line (context `snippet`, or `data` when the line before ends in a colon) or follows a
 * colon on its line ("Here is the call: {…}", context `data`). It must look like real JSON
 * (`looksLikeJsonStart`) unless the line introducing it names JSON, a tool, a call or a payload.
 * The caller parses it in `value` mode and resumes where that parse stopped; each call reads at
 * most MAX_LOOKBACK characters before `from`, so the whole search is linear.
 */
export function nextProseCandidate(text: string, from: number, to: number): JsonCandidate | undefined {
  let lineStart = from;
  while (lineStart > 0 && from - lineStart < MAX_LOOKBACK && text.charCodeAt(lineStart - 1) !== 0x0a) lineStart -= 1;
  let lastSignificant = -1;
  for (let at = lineStart; at < from; at += 1) if (!isSpace(text.charCodeAt(at))) lastSignificant = at;
  /** The last non-blank line, when it ended in a colon: [start, colon). */
  let cueLine: { start: number; end: number } | undefined;
  for (let at = from; at < to; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x0a) {
      if (lastSignificant >= lineStart) {
        const endsInColon = isColon(text.charCodeAt(lastSignificant)) && isProseCue(text, lineStart, lastSignificant);
        cueLine = endsInColon ? { start: lineStart, end: lastSignificant } : undefined;
      }
      lineStart = at + 1;
      continue;
    }
    if (code !== 0x7b && code !== 0x5b) {
      if (!isSpace(code)) lastSignificant = at;
      continue;
    }
    const atLineStart = lastSignificant < lineStart;
    const colonAt = lastSignificant;
    const afterColon = !atLineStart && isColon(text.charCodeAt(colonAt)) && isProseCue(text, lineStart, colonAt);
    lastSignificant = at;
    if (!atLineStart && !afterColon) continue;
    const cue = afterColon ? { start: lineStart, end: colonAt } : cueLine;
    const named = cue !== undefined && JSON_CUE.test(text.slice(Math.max(cue.start, cue.end - MAX_LOOKBACK), cue.end));
    if (named || looksLikeJsonStart(text, at, to)) {
      return { start: at, end: to, mode: 'value', context: cue ? 'data' : 'snippet', dialect: 'json' };
    }
  }
  return undefined;
}
