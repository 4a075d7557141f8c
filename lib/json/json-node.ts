/**
 * The syntax tree the tolerant parser builds: just enough to find tool calls, map a JSON Pointer
 * back to a position in the reply, and rebuild the value for schema validation. Positions are
 * half-open offsets in the text that was parsed.
 */
interface NodeBase {
  start: number;
  end: number;
}

export interface JsonMember {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

export interface JsonObjectNode extends NodeBase {
  type: 'object';
  members: JsonMember[];
}

export interface JsonArrayNode extends NodeBase {
  type: 'array';
  items: JsonNode[];
}

export interface JsonStringNode extends NodeBase {
  type: 'string';
  value: string;
  /** The opening quote character (`"` or, as an extension, `'`): needed to decode it again with offsets. */
  quote: '"' | "'";
}

export interface JsonNumberNode extends NodeBase {
  type: 'number';
  value: number;
}

export interface JsonLiteralNode extends NodeBase {
  type: 'literal';
  value: boolean | null;
}

export type JsonNode = JsonObjectNode | JsonArrayNode | JsonStringNode | JsonNumberNode | JsonLiteralNode;
