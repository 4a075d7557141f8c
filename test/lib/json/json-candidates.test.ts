import { describe, expect, it } from 'vitest';
import {
  JSON_CANDIDATE_PATTERNS,
  locateJson,
  looksLikeJsonStart,
  nextProseCandidate,
  proseRanges,
  type JsonCandidate,
} from '../../../lib/json/json-candidates.ts';
import { redosVerdict } from '../../support/redos-check.ts';

const blocksOf = (text: string) =>
  locateJson(text).blocks.map(({ start, end, mode, context, dialect, toolName, onlyIfToolCall }) => ({
    text: text.slice(start, end),
    mode,
    context,
    dialect,
    ...(toolName ? { toolName: toolName.name } : {}),
    ...(onlyIfToolCall ? { onlyIfToolCall } : {}),
  }));

/** Every prose candidate, resuming one character after each (as if each parse failed at once). */
function proseCandidates(text: string): Array<Pick<JsonCandidate, 'context'> & { at: string }> {
  const found: Array<Pick<JsonCandidate, 'context'> & { at: string }> = [];
  for (const range of proseRanges(locateJson(text).taken, text.length)) {
    let from = range.start;
    for (let candidate = nextProseCandidate(text, from, range.end); candidate; candidate = nextProseCandidate(text, from, range.end)) {
      found.push({ at: text.slice(candidate.start, candidate.start + 6), context: candidate.context });
      from = candidate.start + 1;
    }
  }
  return found;
}

describe('locateJson', () => {
  it('takes JSON-labelled fences with their dialect, and unlabelled ones that look like JSON', () => {
    const text = '```json\n{"a": 1}\n```\n```jsonc\n{}\n```\n```jsonl\n1\n```\n```\n[{"b": 2}]\n```\n```\nnot json\n```';
    expect(blocksOf(text)).toEqual([
      { text: '{"a": 1}\n', mode: 'document', context: 'data', dialect: 'json' },
      { text: '{}\n', mode: 'document', context: 'data', dialect: 'jsonc' },
      { text: '1\n', mode: 'document', context: 'data', dialect: 'json-lines' },
      { text: '[{"b": 2}]\n', mode: 'document', context: 'data', dialect: 'json' },
    ]);
  });

  it('leaves code in other languages alone, and keeps it out of prose', () => {
    const text = "```python\nx = {'a': 1,}\n```\n```js\nconst o = {a: 1};\n```";
    expect(locateJson(text).blocks).toEqual([]);
    expect(proseRanges(locateJson(text).taken, text.length).map((r) => text.slice(r.start, r.end).trim())).toEqual(['']);
  });

  it('reads an object fragment (`"key": …`) in members mode', () => {
    expect(blocksOf('```json\n"scripts": {"a": "b"}\n```')[0]).toMatchObject({ mode: 'members' });
  });

  it('finds tool-call tags (closed or not) and names the tool of a <function=…> tag', () => {
    const text = '<tool_call>\n{"name": "a", "arguments": {}}\n</tool_call>\n<function=get_weather>{"city": "Oslo"}</function><TOOL_CALL>{"x": 1}';
    expect(blocksOf(text)).toEqual([
      { text: '\n{"name": "a", "arguments": {}}\n', mode: 'document', context: 'tool-call', dialect: 'json' },
      { text: '{"city": "Oslo"}', mode: 'document', context: 'tool-call', dialect: 'json', toolName: 'get_weather' },
      { text: '{"x": 1}', mode: 'document', context: 'tool-call', dialect: 'json' },
    ]);
  });

  it('ends a tool tag at its closing tag after letters that lower-case to two code units (İ)', () => {
    expect(blocksOf('<tool_call>{"name": "f", "arguments": "İİ"}</tool_call> done')).toEqual([
      { text: '{"name": "f", "arguments": "İİ"}', mode: 'document', context: 'tool-call', dialect: 'json' },
    ]);
  });

  it('gives a fence inside a tool tag the tool-call context', () => {
    expect(blocksOf('<tool_call>\n```json\n{"name": "a", "arguments": {}}\n```\n</tool_call>')).toEqual([
      { text: '{"name": "a", "arguments": {}}\n', mode: 'document', context: 'tool-call', dialect: 'json' },
    ]);
  });

  it('finds JSON after tool-call markers, each ending where the next marker starts', () => {
    const text = '[TOOL_CALLS] [{"name": "a"}] <|python_tag|>{"name": "b"}';
    expect(blocksOf(text).map(({ text: body, mode, context }) => ({ body, mode, context }))).toEqual([
      { body: '[{"name": "a"}] ', mode: 'value', context: 'tool-call' },
      { body: '{"name": "b"}', mode: 'value', context: 'tool-call' },
    ]);
  });

  it('takes a whole-JSON reply as one document, a Python-looking one only if it is a tool call', () => {
    expect(blocksOf('  {"a": 1}\n')).toEqual([{ text: '  {"a": 1}\n', mode: 'document', context: 'data', dialect: 'json' }]);
    expect(blocksOf("{'a': 1}")).toEqual([{ text: "{'a': 1}", mode: 'document', context: 'data', dialect: 'json', onlyIfToolCall: true }]);
    expect(blocksOf('{"a": 1} is an object')).toEqual([]);
  });
});

describe('looksLikeJsonStart', () => {
  it.each(['{"a"', '{ }', '{\n  "a"', '[{"a"', '["x"', '[1', '[-1', '[[[[1', '[]', `${'['.repeat(70)}1`])('%j looks like JSON', (text) =>
    expect(looksLikeJsonStart(text, 0, text.length)).toBe(true),
  );
  it.each(["{'a'", '{a:', '{name}', '{{x}}', '[x]', '[true story]', '{', '[', '[[['])('%j does not', (text) =>
    expect(looksLikeJsonStart(text, 0, text.length)).toBe(false),
  );
});

describe('nextProseCandidate', () => {
  it('finds JSON at a line start (snippet) or after a colon (data), never mid-sentence or in inline code', () => {
    const text = 'Intro line\n{"a": 1}\nThe payload: {"b": 2}\nSee `{"c": 3}` and x = {"d": 4}\n';
    expect(proseCandidates(text)).toEqual([
      { at: '{"a": ', context: 'snippet' },
      { at: '{"b": ', context: 'data' },
    ]);
  });

  it('takes JSON on the line after a cue line, leniently when the cue names JSON or a call', () => {
    expect(proseCandidates("Here is the tool call:\n\n{'name': 'x'}")).toEqual([{ at: "{'name", context: 'data' }]);
    expect(proseCandidates("Result:\n{'name': 'x'}")).toEqual([]);
  });

  it('does not take a key in code for a cue', () => {
    expect(proseCandidates('data = {\n    "year": [1896, 1900],\n    "city": {"a": 1}\n}')).toEqual([]);
    expect(proseCandidates('Payload: {"a": 1} then: {"b": 2}')).toEqual([{ at: '{"a": ', context: 'data' }]);
  });

  it('looks back a bounded distance, so resuming deep inside a very long line stays linear', () => {
    const line = 'x'.repeat(1_000_000);
    const started = performance.now();
    let found = 0;
    for (let from = 0; from < line.length; from += 10) if (nextProseCandidate(line, from, from + 10)) found += 1;
    expect(found).toBe(0);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('candidate patterns', () => {
  it('pass the ReDoS check', async () => {
    for (const pattern of JSON_CANDIDATE_PATTERNS) expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  }, 120_000);
});
