import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import type { Detector, DetectorReport } from '../../../lib/core/detector.ts';
import { hazardScore, meta, strictJson, type StrictJsonOptions } from '../../../lib/detectors/strict-json.ts';
import { JSON_HAZARD_KINDS } from '../../../lib/json/json-hazards.ts';
import { runCase, testDetector } from '../../support/detector-tester.ts';
import { PARSER_DIFFERENTIAL_CORPUS } from '../json/parser-differential-corpus.ts';
import { VALID_JSON_CORPUS } from '../json/valid-json-corpus.ts';
import { detectorContext } from '../../support/detector-context.ts';

const prefix = `${meta.id}/`;
const SPAN_EXAMPLE = 'Here is the call:\n<tool_call>{"name": "pay", "arguments": {"amount": 1, "amount": 900}}</tool_call>';

testDetector(strictJson, {
  clean: [
    ...VALID_JSON_CORPUS.map(({ name, reply }) => ({ name: `valid: ${name}`, text: reply })),
    { name: 'a reply without JSON', text: 'The capital of France is Paris.' },
    { name: 'empty reply', text: '' },
  ],
  flagged: [
    ...PARSER_DIFFERENTIAL_CORPUS.map(({ name, reply, rule }) => ({ name: `corpus: ${name}`, text: reply, ruleId: `${prefix}${rule}` })),
    {
      name: 'span at the repeated key in the original reply',
      text: SPAN_EXAMPLE,
      ruleId: `${prefix}duplicate-key`,
      spans: [{ start: SPAN_EXAMPLE.lastIndexOf('"amount"'), end: SPAN_EXAMPLE.lastIndexOf('"amount"') + '"amount"'.length }],
      minScore: 0.9,
    },
  ],
});

/** The detector with policy-supplied options (the runner always passes meta.defaultOptions). */
function withOptions(options: Partial<StrictJsonOptions>): Detector<StrictJsonOptions> {
  return { ...strictJson, meta: { ...meta, defaultOptions: { ...meta.defaultOptions, ...options } } };
}

async function findingsOf(detector: Detector<StrictJsonOptions>, text: string) {
  const outcome = await runCase(detector, { text });
  expect(outcome.status).toBe('ok');
  return outcome.status === 'ok' ? outcome.findings : [];
}

describe('detector strict-json: corpus, scores and context', () => {
  it('catches 100% of the parser-differential corpus (at least 40 cases, every rule of the parser covered)', async () => {
    expect(PARSER_DIFFERENTIAL_CORPUS.length).toBeGreaterThanOrEqual(40);
    let caught = 0;
    for (const testCase of PARSER_DIFFERENTIAL_CORPUS) {
      const found = await findingsOf(strictJson, testCase.reply);
      const finding = found.find((f) => f.ruleId === `${prefix}${testCase.rule}`);
      if (finding && (!testCase.toolCall || finding.score >= 0.6)) caught += 1;
      else expect.soft(finding, `${testCase.name}: ${found.map((f) => `${f.ruleId}@${f.score}`).join(', ')}`).toBeDefined();
    }
    expect(caught).toBe(PARSER_DIFFERENTIAL_CORPUS.length);
    const covered = new Set(PARSER_DIFFERENTIAL_CORPUS.map((testCase) => testCase.rule));
    const parserRules = Object.entries(JSON_HAZARD_KINDS).filter(([, info]) => info.family !== 'schema').map(([kind]) => kind);
    expect(parserRules.filter((kind) => !covered.has(kind as never))).toEqual([]);
  });

  it('gives every corpus case a reason', () => {
    for (const testCase of PARSER_DIFFERENTIAL_CORPUS) expect(testCase.reason.length, testCase.name).toBeGreaterThan(30);
  });

  it('the valid corpus is valid JSON where it claims to be', () => {
    for (const testCase of VALID_JSON_CORPUS.filter((c) => c.wholeJson)) expect(() => JSON.parse(testCase.reply), testCase.name).not.toThrow();
  });

  it('scores the same hazard higher in a tool call than in a json block, and lowest in prose', async () => {
    const scoreIn = async (text: string) => (await findingsOf(strictJson, text)).find((f) => f.ruleId === `${prefix}trailing-comma`)?.score;
    const tool = await scoreIn('<tool_call>{"name": "f", "arguments": {"a": 1,}}</tool_call>');
    const block = await scoreIn('```json\n{"a": 1,}\n```');
    const prose = await scoreIn('Some text\n{"a": 1,}\nmore text');
    expect(tool).toBeGreaterThanOrEqual(0.6);
    expect(block).toBeLessThan(0.5);
    expect(prose).toBeLessThan(block!);
    expect(hazardScore({ kind: 'proto-key', context: 'tool-call' })).toBeGreaterThanOrEqual(0.9);
  });

  it('groups one rule into one finding with every span, never carrying text', async () => {
    const found = await findingsOf(strictJson, '```json\n[1, 2,]\n```\n```json\n{"a": [3,]}\n```');
    expect(found).toHaveLength(1);
    expect(found[0]!.spans).toHaveLength(2);
    expect(Object.keys(found[0]!).sort()).toEqual(['category', 'detectorId', 'ruleId', 'score', 'severity', 'spans']);
  });

  it('makes the standard profile warn on a differential in a tool call and allow a json block with a comment', async () => {
    const pipeline = createPipeline({ detectors: [strictJson] });
    const attack = await pipeline.scan({ text: '<tool_call>{"name": "pay", "arguments": {"to": "a", "to": "b"}}</tool_call>', direction: 'outbound', profile: 'standard' });
    const benign = await pipeline.scan({ text: 'Config:\n```json\n{\n  // your key\n  "key": "..."\n}\n```', direction: 'outbound', profile: 'standard' });
    expect(attack.ok && attack.value.action).toBe('warn');
    expect(benign.ok && benign.value.action).toBe('allow');
  });
});

describe('detector strict-json: tool schemas from options', () => {
  const detector = withOptions({
    toolSchemas: {
      get_weather: { type: 'object', properties: { city: { type: 'string' }, days: { type: 'integer', minimum: 1 } }, required: ['city'], additionalProperties: false },
    },
  });

  it('reports arguments that break the schema, at the offending value', async () => {
    const text = '<tool_call>{"name": "get_weather", "arguments": {"city": "Oslo", "days": 0}}</tool_call>';
    const found = await findingsOf(detector, text);
    const violation = found.find((f) => f.ruleId === `${prefix}schema-violation`);
    expect(violation?.spans.map((span) => text.slice(span.start, span.end))).toEqual(['0']);
    expect(violation!.score).toBeGreaterThanOrEqual(0.6);
  });

  it('reports a call to a tool it does not know, and nothing for a valid call', async () => {
    expect((await findingsOf(detector, '<tool_call>{"name": "delete_all", "arguments": {}}</tool_call>')).map((f) => f.ruleId)).toEqual([
      `${prefix}unknown-tool`,
    ]);
    expect(await findingsOf(detector, '<tool_call>{"name": "get_weather", "arguments": {"city": "Oslo"}}</tool_call>')).toEqual([]);
  });

  it('honours maxDepth from options', async () => {
    const shallow = withOptions({ maxDepth: 3 });
    expect((await findingsOf(shallow, '```json\n[[[[1]]]]\n```')).map((f) => f.ruleId)).toEqual([`${prefix}excessive-depth`]);
    expect(await findingsOf(strictJson, '```json\n[[[[1]]]]\n```')).toEqual([]);
  });
});

describe('detector strict-json: JSON.stringify output and bounds', () => {
  /** Values JSON.stringify turns into JSON every parser agrees on: well-formed strings, safe numbers, no prototype keys. */
  const unsafeChars = new Set(['\u2028', '\u2029', '\u0000', '\ufffe', '\uffff']);
  const safeString = fc
    .string({ unit: 'grapheme', maxLength: 12 })
    .filter((s) => ![...s].some((char) => unsafeChars.has(char) || (char >= '\ufdd0' && char <= '\ufdef') || (char.length === 2 && (char.codePointAt(0)! & 0xfffe) === 0xfffe)));
  const safeKey = safeString.filter((key) => !['__proto__', 'constructor', 'prototype'].includes(key));
  const safeValue = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constant(null),
      fc.boolean(),
      fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
      fc.double({ noNaN: true, min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
      safeString,
      fc.array(tie('value'), { maxLength: 5 }),
      fc.dictionary(safeKey, tie('value'), { maxKeys: 5 }),
    ),
  })).value;

  it('never flags JSON.stringify output: whole reply, json block, tool tag, OpenAI arguments string', async () => {
    await fc.assert(
      fc.asyncProperty(safeValue, fc.constantFrom(0, 2), async (value, indent) => {
        const json = JSON.stringify(value, null, indent);
        const replies = [
          json,
          `Here you go:\n\`\`\`json\n${json}\n\`\`\``,
          `<tool_call>{"name": "f", "arguments": ${json}}</tool_call>`,
          JSON.stringify({ tool_calls: [{ type: 'function', function: { name: 'f', arguments: JSON.stringify({ v: value }) } }] }),
        ];
        for (const text of replies) expect(await findingsOf(strictJson, text)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('flags JSON.stringify output only for what it cannot make safe (big integers, lone surrogates, prototype keys…)', async () => {
    const explainable = new Set(['integer-precision', 'lone-surrogate', 'noncharacter', 'nul-character', 'line-separator', 'proto-key', 'constructor-key'].map((kind) => `${prefix}${kind}`));
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const found = await findingsOf(strictJson, `\`\`\`json\n${JSON.stringify(value)}\n\`\`\``);
        for (const finding of found) expect(explainable.has(finding.ruleId), finding.ruleId).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('scans a 50 KB reply with a hundred JSON blocks in a few milliseconds', async () => {
    const block = (i: number) => `\`\`\`json\n${JSON.stringify({ id: i, user: { login: `u${i}`, site_admin: false }, labels: ['bug'], body: 'two\nlines é 👋', score: 12.5 }, null, 2)}\n\`\`\``;
    let text = '';
    for (let i = 0; text.length < 50_000; i += 1) text += `Step ${i}: here is the object.\n\n${block(i)}\n<tool_call>{"name": "get", "arguments": {"n": ${i}}}</tool_call>\n`;
    const context = detectorContext(text, { direction: 'outbound', options: meta.defaultOptions });
    // Synchronous: the detector never returns a promise.
    const first = strictJson.run(context) as DetectorReport;
    expect(first.status === 'ok' && first.findings).toEqual([]);
    const runs = 20;
    const started = performance.now();
    for (let i = 0; i < runs; i += 1) strictJson.run(context);
    // Measured ~1.5–2 ms on the dev machine (the detector alone, normalization excluded); the bound leaves room for a loaded runner.
    expect((performance.now() - started) / runs).toBeLessThan(25);
  });

  it('stays bounded on a depth bomb as large as the standard scan limit', async () => {
    const text = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const started = performance.now();
    const found = await findingsOf(strictJson, text);
    expect(found.map((f) => f.ruleId)).toContain(`${prefix}excessive-depth`);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
