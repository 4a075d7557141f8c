import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonNodeToValue } from '../../../lib/json/json-value.ts';
import { parseJsonTolerantly } from '../../../lib/json/tolerant-json-parser.ts';

const valueOf = (text: string) => jsonNodeToValue(parseJsonTolerantly(text, { mode: 'document' }).root!);

describe('jsonNodeToValue', () => {
  it('rebuilds what JSON.parse builds', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        expect(valueOf(text)).toEqual(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the last of repeated keys, like JSON.parse', () => {
    expect(valueOf('{"a": 1, "a": 2}')).toEqual({ a: 2 });
  });

  it('makes __proto__ an own property and never touches a prototype', () => {
    const value = valueOf('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('handles nesting far deeper than the call stack allows', () => {
    const depth = 100_000;
    let value = valueOf(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    let levels = 0;
    while (Array.isArray(value) && value.length > 0) {
      value = value[0]!;
      levels += 1;
    }
    expect(levels).toBe(depth - 1);
  });
});
