import { describe, expect, it } from 'vitest';
import { findToolCalls } from '../../../lib/json/tool-calls.ts';
import { parseJsonTolerantly } from '../../../lib/json/tolerant-json-parser.ts';

const callsIn = (value: unknown) => {
  const text = JSON.stringify(value);
  return findToolCalls(parseJsonTolerantly(text, { mode: 'document' }).root!).map((call) => ({
    format: call.format,
    name: call.name,
    nameAt: call.nameSpan ? text.slice(call.nameSpan.start, call.nameSpan.end) : undefined,
    args: call.args ? text.slice(call.args.start, call.args.end) : undefined,
  }));
};

describe('findToolCalls', () => {
  it('reads OpenAI tool_calls, arguments being a JSON string', () => {
    expect(
      callsIn({ role: 'assistant', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } }] }),
    ).toEqual([{ format: 'openai', name: 'get_weather', nameAt: '"get_weather"', args: '"{\\"city\\":\\"Oslo\\"}"' }]);
  });

  it('reads the legacy function_call and Gemini functionCall', () => {
    expect(callsIn({ function_call: { name: 'f', arguments: '{}' } })).toMatchObject([{ format: 'openai', name: 'f', args: '"{}"' }]);
    expect(callsIn({ candidates: [{ content: { parts: [{ functionCall: { name: 'g', args: { a: 1 } } }] } }] })).toMatchObject([
      { format: 'gemini', name: 'g', args: '{"a":1}' },
    ]);
  });

  it('reads Anthropic tool_use blocks inside a message', () => {
    expect(callsIn({ content: [{ type: 'text', text: 'hi' }, { type: 'tool_use', id: 't', name: 'search', input: { q: 'x' } }] })).toMatchObject([
      { format: 'anthropic', name: 'search', args: '{"q":"x"}' },
    ]);
  });

  it('reads the generic {name, arguments|parameters|args|input} shape, one call per list item', () => {
    expect(callsIn([{ name: 'a', arguments: { x: 1 } }, { name: 'b', parameters: { y: 2 } }])).toMatchObject([
      { format: 'generic', name: 'a' },
      { format: 'generic', name: 'b' },
    ]);
  });

  it('does not take tool declarations, large data objects or calls nested in arguments for calls', () => {
    expect(callsIn({ name: 'get_weather', description: 'Weather', parameters: { type: 'object', properties: {} } })).toEqual([]);
    expect(callsIn({ name: 'f', parameters: { type: 'object', properties: { a: {} } } })).toEqual([]);
    expect(callsIn({ name: 'Ana', input: 'x', a: 1, b: 2, c: 3, d: 4, e: 5 })).toEqual([]);
    expect(callsIn({ name: 'outer', arguments: { inner: { name: 'x', arguments: {} } } })).toHaveLength(1);
    expect(callsIn({ name: 'Ana', age: 30 })).toEqual([]);
  });
});
