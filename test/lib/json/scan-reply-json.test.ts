import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROSE_START, scanReplyJson, type ReplyJsonHazard } from '../../../lib/json/scan-reply-json.ts';
import type { ToolSchema } from '../../../lib/json/tool-schema.ts';
import { redosVerdict } from '../../support/redos-check.ts';
import { PARSER_DIFFERENTIAL_CORPUS } from './parser-differential-corpus.ts';
import { VALID_JSON_CORPUS } from './valid-json-corpus.ts';

/** Each hazard as `kind@context: "the text it points at"`. */
const describeHazards = (reply: string, hazards: ReplyJsonHazard[]) =>
  hazards.map((hazard) => `${hazard.kind}@${hazard.context}: ${reply.slice(hazard.start, hazard.end)}`);
const scan = (reply: string, options: Parameters<typeof scanReplyJson>[1] = {}) => describeHazards(reply, scanReplyJson(reply, options));

const weatherSchema: ToolSchema = {
  type: 'object',
  properties: { city: { type: 'string' }, days: { type: 'integer', maximum: 14 } },
  required: ['city'],
  additionalProperties: false,
};

describe('scanReplyJson', () => {
  it('points into the original reply through an OpenAI arguments string', () => {
    const reply = JSON.stringify({ tool_calls: [{ type: 'function', function: { name: 'f', arguments: '{"p": "\\ud800", "p": 1e400}' } }] });
    expect(scan(reply)).toEqual(['lone-surrogate@tool-call: \\\\ud800', 'duplicate-key@tool-call: \\"p\\"', 'number-overflow@tool-call: 1e400']);
  });

  it('reports what a declared dialect allows only when it is not that dialect', () => {
    const body = '{\n  // c\n  "a": 1,\n}';
    expect(scan(`\`\`\`json\n${body}\n\`\`\``)).toEqual(['comment@data: // c', 'trailing-comma@data: ,']);
    expect(scan(`\`\`\`jsonc\n${body}\n\`\`\``)).toEqual([]);
    expect(scan("```json5\n{a: 'x', a: 0x1}\n```")).toEqual(['duplicate-key@data: a']);
    expect(scan('```ndjson\n{"a": 1}\n{"a": 2}\n```')).toEqual([]);
  });

  it('reports nothing for text that is JSON in no dialect, except a depth bomb', () => {
    expect(scan('```json\n{"a": 1, "a": 2, ...}\n```')).toEqual([]);
    expect(scan(`\`\`\`json\n${'['.repeat(80)}\n\`\`\``)).toEqual(['excessive-depth@data: [']);
  });

  it('scores the same JSON as a tool call when its shape is one, wherever it is', () => {
    expect(scan('```json\n{"name": "f", "arguments": {"a": 1, "a": 2}}\n```')).toEqual(['duplicate-key@tool-call: "a"']);
    expect(scan('```json\n{"user": {"a": 1, "a": 2}}\n```')).toEqual(['duplicate-key@data: "a"']);
    expect(scan('Example:\n{"a": 1, "a": 2}')).toEqual(['duplicate-key@data: "a"']);
    expect(scan('Some text\n{"a": 1, "a": 2}')).toEqual(['duplicate-key@snippet: "a"']);
  });

  it('validates tool arguments against known schemas, pointing at the offending value', () => {
    const toolSchemas = { get_weather: weatherSchema };
    expect(scan('<tool_call>{"name": "get_weather", "arguments": {"city": "Oslo", "days": 30}}</tool_call>', { toolSchemas })).toEqual([
      'schema-violation@tool-call: 30',
    ]);
    expect(scan('<function=get_weather>{"days": 2, "extra": true}</function>', { toolSchemas })).toEqual([
      'schema-violation@tool-call: {',
      'schema-violation@tool-call: true',
    ]);
    const openAi = JSON.stringify({ tool_calls: [{ type: 'function', function: { name: 'get_weather', arguments: '{"city": 7}' } }] });
    expect(scan(openAi, { toolSchemas })).toEqual(['schema-violation@tool-call: 7']);
    expect(scan('<tool_call>{"name": "rm_rf", "arguments": {}}</tool_call>', { toolSchemas })).toEqual(['unknown-tool@tool-call: "rm_rf"']);
    expect(scan('<tool_call>{"name": "get_weather", "arguments": {"city": "Oslo"}}</tool_call>', { toolSchemas })).toEqual([]);
  });

  it('validates nothing and knows no unknown tool without schemas', () => {
    expect(scan('<tool_call>{"name": "anything", "arguments": {"x": 1}}</tool_call>')).toEqual([]);
  });

  it('does not treat an inherited property name as a known tool', () => {
    expect(scan('<tool_call>{"name": "constructor", "arguments": {}}</tool_call>', { toolSchemas: { get_weather: weatherSchema } })).toEqual([
      'unknown-tool@tool-call: "constructor"',
    ]);
  });

  it('reads a reply that only starts and ends like JSON as prose', () => {
    expect(scan('[ ] buy milk\n[x] write tests\n[1]')).toEqual([]);
    expect(scan('{"a": 1} is an object and so is {"b": 2}')).toEqual([]);
    expect(scan('{"a": 1}}')).toEqual(['trailing-garbage@data: }']);
  });

  it('reports nothing for any prefix of a clean reply (a reply still streaming)', () => {
    for (const { name, reply } of VALID_JSON_CORPUS) {
      for (let cut = 1; cut < reply.length; cut += 7) expect(scan(reply.slice(0, cut)), `${name} cut at ${cut}`).toEqual([]);
    }
  });

  it('still reports a complete hazard in a tool call that is still streaming', () => {
    const streaming = PARSER_DIFFERENTIAL_CORPUS.find((c) => c.rule === 'duplicate-key' && c.reply.startsWith('<tool_call>'))!.reply.replace('</tool_call>', '</tool_');
    expect(scan(streaming)).toEqual(['duplicate-key@tool-call: "amount"']);
  });

  it('its prose test passes the ReDoS check', async () => {
    expect(await redosVerdict(PROSE_START.source, PROSE_START.flags)).toBe('safe');
  }, 60_000);

  it('reads no further than maxChars and returns at most maxHazards', () => {
    const reply = `${'x'.repeat(100)}\n{"a": 1, "a": 2}`;
    expect(scan(reply, { maxChars: 100 })).toEqual([]);
    const many = `\`\`\`json\n[${Array.from({ length: 3_000 }, () => '1,').join('')}]\n\`\`\``;
    expect(scanReplyJson(many, { maxHazards: 1 })).toHaveLength(1);
  });

  it.each([
    ['unclosed strings on every line', '{"a\n'.repeat(40_000)],
    ['unclosed tool tags', '<tool_call>{"a": ['.repeat(20_000)],
    ['tool-call markers', '[TOOL_CALLS] [{"a": "'.repeat(20_000)],
    ['an unclosed block comment per line', '{"a": /*\n'.repeat(40_000)],
    ['a depth bomb', `${'['.repeat(300_000)}${']'.repeat(300_000)}`],
    ['trailing commas', `\`\`\`json\n[${'1,'.repeat(200_000)}]\n\`\`\``],
    ['colons and brackets', 'Note: [1] '.repeat(50_000)],
  ])('stays linear on hostile input: %s', (_, reply) => {
    const started = performance.now();
    scanReplyJson(reply);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('never throws and keeps spans inside the reply', () => {
    const pieces = ['{', '}', '[', ']', '"', "'", ':', ',', '\n', '```json\n', '```', '<tool_call>', '</tool_call>', '"name": "f"', '"arguments": ', '\\', '\\u', 'd800', 'NaN', '//', '/*', '*/', '0x', '-', '1e999', '\ufeff', '\u2028'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 80 }), (parts) => {
        const reply = parts.join('');
        for (const hazard of scanReplyJson(reply, { toolSchemas: { f: weatherSchema } })) {
          expect(hazard.start).toBeGreaterThanOrEqual(0);
          expect(hazard.end).toBeLessThanOrEqual(reply.length);
          expect(hazard.end).toBeGreaterThan(hazard.start);
        }
      }),
      { numRuns: 500 },
    );
  });
});
