import type { JsonNode, JsonObjectNode } from './json-node.ts';

export type ToolCallFormat = 'openai' | 'anthropic' | 'gemini' | 'generic' | 'tag';

export interface ToolCall {
  format: ToolCallFormat;
  name: string | undefined;
  /** Where the tool's name is written (to point at a call to an unknown tool). */
  nameSpan: { start: number; end: number } | undefined;
  /** The arguments: a JSON value, or (OpenAI) a string node whose content is a JSON text. */
  args: JsonNode | undefined;
}

/** Nodes looked at per document: tool calls sit near the top; a huge array of data is not a call. */
const MAX_VISITED_NODES = 20_000;
/** A `{name, arguments}` object with more members than this is data that happens to have a name. */
const MAX_GENERIC_MEMBERS = 6;
const ARGUMENT_KEYS = ['arguments', 'parameters', 'args', 'input'];

function member(node: JsonObjectNode, key: string): JsonNode | undefined {
  for (let i = node.members.length - 1; i >= 0; i -= 1) if (node.members[i]!.key === key) return node.members[i]!.value;
  return undefined;
}

function nameOf(node: JsonObjectNode): Pick<ToolCall, 'name' | 'nameSpan'> {
  const name = member(node, 'name');
  return name?.type === 'string' ? { name: name.value, nameSpan: { start: name.start, end: name.end } } : { name: undefined, nameSpan: undefined };
}

function argumentsOf(node: JsonObjectNode, keys: readonly string[]): JsonNode | undefined {
  for (const key of keys) {
    const value = member(node, key);
    if (value) return value;
  }
  return undefined;
}

/** `{type: "object", properties: {…}}`: a parameter *schema* (a tool declaration), not arguments. */
function isSchemaShaped(node: JsonNode | undefined): boolean {
  return node?.type === 'object' && member(node, 'properties') !== undefined && member(node, 'type') !== undefined;
}

/** The call an object is, when it is one. */
function asToolCall(node: JsonObjectNode): ToolCall | undefined {
  const typeNode = member(node, 'type');
  if (typeNode?.type === 'string' && typeNode.value === 'tool_use') {
    return { format: 'anthropic', ...nameOf(node), args: member(node, 'input') };
  }
  for (const key of ['function', 'function_call', 'functionCall']) {
    const inner = member(node, key);
    if (inner?.type !== 'object') continue;
    const named = nameOf(inner);
    if (named.name === undefined) continue;
    const format = key === 'functionCall' ? 'gemini' : 'openai';
    return { format, ...named, args: argumentsOf(inner, ['arguments', 'args']) };
  }
  if (node.members.length > MAX_GENERIC_MEMBERS || member(node, 'description') !== undefined) return undefined;
  const named = nameOf(node);
  const args = argumentsOf(node, ARGUMENT_KEYS);
  if (named.name === undefined || !args || (args.type !== 'object' && args.type !== 'string') || isSchemaShaped(args)) return undefined;
  return { format: 'generic', ...named, args };
}

/**
 * The tool calls in a JSON value, in the formats chat APIs and templates use: OpenAI
 * `tool_calls[].function {name, arguments}` and legacy `function_call` (arguments as a JSON
 * *string*), Anthropic `{type: "tool_use", name, input}`, Gemini `functionCall {name, args}`, and
 * the generic `{name, arguments|parameters|args|input}` of Hermes/Qwen/BFCL-style replies — at
 * any depth (a whole API response, a list of parallel calls). Tool *declarations* (with a
 * `description`, or a `{type, properties}` parameter schema) are not calls.
 */
export function findToolCalls(root: JsonNode): ToolCall[] {
  const calls: ToolCall[] = [];
  const pending: JsonNode[] = [root];
  let visited = 0;
  while (pending.length > 0 && visited < MAX_VISITED_NODES) {
    const node = pending.pop()!;
    visited += 1;
    if (node.type === 'array') {
      for (let i = node.items.length - 1; i >= 0; i -= 1) pending.push(node.items[i]!);
      continue;
    }
    if (node.type !== 'object') continue;
    const call = asToolCall(node);
    if (call) {
      // A call's arguments are data: not searched for further calls.
      calls.push(call);
      continue;
    }
    for (let i = node.members.length - 1; i >= 0; i -= 1) pending.push(node.members[i]!.value);
  }
  return calls;
}
