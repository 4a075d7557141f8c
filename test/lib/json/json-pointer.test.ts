import { describe, expect, it } from 'vitest';
import { nodeAtPointer } from '../../../lib/json/json-pointer.ts';
import { parseJsonTolerantly } from '../../../lib/json/tolerant-json-parser.ts';

const text = '{"a": {"b/c": [10, {"d~e": "x"}], "a b": 1}, "a": {"k": 2}, "arr": [0, 1]}';
const root = parseJsonTolerantly(text, { mode: 'document' }).root!;
const at = (pointer: string) => {
  const node = nodeAtPointer(root, pointer);
  return text.slice(node.start, node.end);
};

describe('nodeAtPointer', () => {
  it('resolves the root, escaped and percent-encoded segments', () => {
    expect(at('#')).toBe(text);
    expect(at('#/arr/1')).toBe('1');
    expect(at('#/a/k')).toBe('2');
  });

  it('resolves a repeated key to its last occurrence (the one JSON.parse keeps)', () => {
    expect(at('#/a')).toBe('{"k": 2}');
  });

  it('decodes ~1, ~0 and percent-encoding as validators write them', () => {
    const nested = '{"b/c": [10, {"d~e": "x"}], "a b": 1}';
    const inner = parseJsonTolerantly(nested, { mode: 'document' }).root!;
    const slice = (pointer: string) => {
      const node = nodeAtPointer(inner, pointer);
      return nested.slice(node.start, node.end);
    };
    expect(slice('#/b~1c/1/d~0e')).toBe('"x"');
    expect(slice('#/a%20b')).toBe('1');
  });

  it('stops at the deepest node that exists (a missing property is reported at its object)', () => {
    expect(at('#/arr/7')).toBe('[0, 1]');
    expect(at('#/arr/01')).toBe('[0, 1]');
    expect(at('#/nope/x')).toBe(text);
    expect(at('#/arr/%E0%A4%A')).toBe('[0, 1]');
  });
});
