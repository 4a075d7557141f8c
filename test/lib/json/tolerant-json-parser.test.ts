import { parse as momoaParse } from '@humanwhocodes/momoa';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JSON_HAZARD_KINDS, type JsonHazardKind } from '../../../lib/json/json-hazards.ts';
import { jsonNodeToValue } from '../../../lib/json/json-value.ts';
import { parseJsonTolerantly, type JsonParseMode } from '../../../lib/json/tolerant-json-parser.ts';

const parse = (text: string, mode: JsonParseMode = 'document') => parseJsonTolerantly(text, { mode });
const kinds = (text: string, mode: JsonParseMode = 'document') => parse(text, mode).hazards.map((hazard) => hazard.kind);
const isDifferential = (kind: JsonHazardKind) => JSON_HAZARD_KINDS[kind].family === 'differential';

describe('parseJsonTolerantly', () => {
  it('reads strict JSON to the same value as JSON.parse, with no hazard', () => {
    const text = '{"a": [1, -2.5e3, true, false, null, "x\\u00e9"], "b": {"c": {}}, "d": []}';
    const result = parse(text);
    expect(result.hazards).toEqual([]);
    expect(result.malformedAt).toBeUndefined();
    expect(jsonNodeToValue(result.root!)).toEqual(JSON.parse(text));
  });

  it.each([
    ['{"a": 1 // note\n}', 'comment', 8, 15],
    ['{"a": 1 /* x */}', 'comment', 8, 15],
    ['# header\n{"a": 1}', 'comment', 0, 8],
    ['{"a": 1,}', 'trailing-comma', 7, 8],
    ['[1, 2,]', 'trailing-comma', 5, 6],
    ["{'a': 1}", 'single-quoted-string', 1, 4],
    ['{a: 1}', 'unquoted-key', 1, 2],
    ['[NaN]', 'nan-infinity', 1, 4],
    ['[-Infinity]', 'nan-infinity', 1, 10],
    ['[+NaN]', 'nan-infinity', 1, 5],
    ['[007]', 'leading-zero', 1, 4],
    ['[+1]', 'plus-sign', 1, 2],
    ['[0x1F]', 'hex-number', 1, 5],
    ['[.5]', 'bare-decimal-point', 1, 3],
    ['[5.]', 'bare-decimal-point', 1, 3],
    ['\ufeff[1]', 'bom', 0, 1],
    ['[1,\u00a0\u00a02]', 'nonstandard-whitespace', 3, 5],
    ['{"a": 1} x', 'trailing-garbage', 9, 10],
    ['{"a": 1}}', 'trailing-garbage', 8, 9],
    ['{"a": 1}\n{"b": 2}', 'multiple-values', 9, 17],
    ['{"a": 1, "a": 2}', 'duplicate-key', 9, 12],
    ['{"__proto__": {}}', 'proto-key', 1, 12],
    ['{"constructor": {"prototype": {}}}', 'constructor-key', 17, 28],
    ['[9007199254740993]', 'integer-precision', 1, 17],
    ['[1e400]', 'number-overflow', 1, 6],
    ['[0.1000000000000000000001]', 'number-precision', 1, 25],
  ] as const)('%j → %s at [%i, %i)', (text, kind, start, end) => {
    const result = parse(text);
    expect(result.root).toBeDefined();
    expect(result.hazards).toContainEqual(expect.objectContaining({ kind, start, end }));
  });

  it('scores the constructor → prototype path above a lone prototype key', () => {
    expect(parse('{"constructor": {"prototype": {}}}').hazards.find((h) => h.start === 17)?.toolCallScore).toBe(0.9);
    expect(parse('{"prototype": {}}').hazards[0]?.toolCallScore).toBeUndefined();
  });

  it('reports duplicates per object, at any depth, after decoding escapes', () => {
    expect(kinds('{"a": {"x": 1}, "b": {"x": 2}}')).toEqual([]);
    expect(kinds('[{"a": [{"k": 1, "k": 2}]}]')).toEqual(['duplicate-key']);
    expect(kinds('{"key": 1, "k\\u0065y": 2}')).toEqual(['duplicate-key']);
  });

  it.each(['{"a": 1', '{"a" 1}', '[1,,2]', '{"a": None}', '{"a": undefined}', '[1 2]', '{"a": [...]}', '"abc', '{1: 2}', '[-]', '[1e]', '/* open', '', 'hello'])(
    '%j is malformed: no parser accepts it',
    (text) => {
      const result = parse(text);
      expect(result.root).toBeUndefined();
      expect(result.malformedAt).toBeDefined();
    },
  );

  it('reads one value in `value` mode and stops, a string never running past its line', () => {
    const text = '{"a": 1} and then prose';
    expect(parse(text, 'value')).toMatchObject({ end: 8, hazards: [], malformedAt: undefined });
    const unclosed = parse('{"a": "no end\nmore text "here"}', 'value');
    expect(unclosed.root).toBeUndefined();
    expect(unclosed.malformedAt).toBe(13);
  });

  it('reads an object body without braces in `members` mode, a final comma allowed', () => {
    const result = parse('"scripts": {"build": "tsc"},\n"private": true,\n', 'members');
    expect(result.hazards).toEqual([]);
    expect(jsonNodeToValue(result.root!)).toEqual({ scripts: { build: 'tsc' }, private: true });
    expect(parse('"a": 1, "a": 2', 'members').hazards.map((h) => h.kind)).toEqual(['duplicate-key']);
  });

  it('reports depth once, at the first bracket past the limit, without recursion', () => {
    const depth = 200_000;
    const bomb = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const result = parse(bomb);
    expect(result.root).toBeDefined();
    const depthHazards = (text: string) => parse(text).hazards.filter((hazard) => hazard.kind === 'excessive-depth');
    expect(depthHazards(bomb)).toEqual([{ kind: 'excessive-depth', start: 64, end: 65 }]);
    expect(depthHazards('['.repeat(depth))).toEqual([{ kind: 'excessive-depth', start: 64, end: 65 }]);
    expect(depthHazards(`${'{"a":'.repeat(64)}1${'}'.repeat(64)}`)).toEqual([]);
  });

  it('reports size by entries and by characters', () => {
    const limits = { maxDepth: 64, maxEntries: 3, maxChars: 20, maxHazards: 10 };
    expect(parseJsonTolerantly('[1,2,3,4]', { mode: 'document', limits }).hazards).toEqual([{ kind: 'excessive-size', start: 0, end: 1 }]);
    expect(parseJsonTolerantly('{"a":1,"b":2,"c":3,"d":4}', { mode: 'document', limits }).hazards).toEqual([{ kind: 'excessive-size', start: 0, end: 1 }]);
    expect(parseJsonTolerantly('["aaaaaaaaaaaaaaaaaaaaaaaa"]', { mode: 'document', limits }).hazards).toEqual([{ kind: 'excessive-size', start: 0, end: 1 }]);
  });

  it('records at most maxHazards hazards on hostile input', () => {
    const text = `[${'1,'.repeat(50_000)}]`.replace(/,]$/, ',,]');
    const hostile = `{${Array.from({ length: 5_000 }, (_, i) => `'k${i}': 1`).join(',')}}`;
    expect(parse(hostile).hazards).toHaveLength(256);
    expect(parse(text).root).toBeUndefined();
  });

  it('parses a range of a larger text, positions staying in that text', () => {
    const text = 'prefix {"a": 1, "a": 2} suffix';
    const result = parseJsonTolerantly(text, { start: 7, end: 23, mode: 'document' });
    expect(result.hazards).toEqual([{ kind: 'duplicate-key', start: 16, end: 19 }]);
  });
});

/** JSON-ish text: strict JSON with, now and then, an extension some parser accepts. */
const token = <T>(strict: T[], lenient: T[]) => fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...strict) }, { weight: 1, arbitrary: fc.constantFrom(...lenient) });
const jsonishText = fc.letrec<{ value: string; object: string; array: string; scalar: string; ws: string }>((tie) => ({
  ws: token([' ', '', '\n', '\t'], ['\u00a0', '/* c */', '// c\n', '\u000b']),
  scalar: token(
    ['0', '-1', '2.5', '1e3', '-0.25E-2', 'true', 'false', 'null', '"a"', '"\\u00e9\\n"', '"\\ud83d\\ude00"', '""'],
    ['NaN', '-Infinity', '+1', '.5', '5.', '0x1F', "'s'", '"\\x41"', '"\\\'"', '007', '"a\\\nb"'],
  ),
  array: fc
    .tuple(fc.array(fc.tuple(tie('ws'), tie('value'), tie('ws')), { maxLength: 4 }), fc.boolean())
    .map(([items, trailing]) => `[${items.map((parts) => parts.join('')).join(',')}${trailing && items.length > 0 ? ',' : ''}]`),
  object: fc
    .tuple(fc.array(fc.tuple(token(['"k"', '"id"', '"x y"'], ['key', "'q'"]), tie('ws'), tie('value')), { maxLength: 4 }), fc.boolean())
    .map(([members, trailing]) => `{${members.map(([key, ws, value]) => `${key}:${ws}${value}`).join(',')}${trailing && members.length > 0 ? ',' : ''}}`),
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('scalar'), tie('array'), tie('object')),
}));

const accepts = (text: string, mode: 'json' | 'json5') => {
  try {
    momoaParse(text, { mode, allowTrailingCommas: mode === 'json5' });
    return true;
  } catch {
    return false;
  }
};
const strictlyValid = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('parseJsonTolerantly against @humanwhocodes/momoa and JSON.parse (oracles)', () => {
  it('strict JSON: no differential, same value as JSON.parse; rejected JSON: a differential or malformed', () => {
    fc.assert(
      fc.property(jsonishText.value, (text) => {
        const result = parse(text);
        const differentials = result.hazards.filter((hazard) => isDifferential(hazard.kind));
        if (strictlyValid(text)) {
          expect(differentials).toEqual([]);
          expect(jsonNodeToValue(result.root!)).toEqual(JSON.parse(text));
        } else {
          expect(result.root === undefined || differentials.length > 0).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('whatever JSON5 (momoa json5 mode) accepts is read, with each extension reported', () => {
    fc.assert(
      fc.property(jsonishText.value, (text) => {
        if (!accepts(text, 'json5')) return;
        const result = parse(text);
        expect(result.root).toBeDefined();
        if (!accepts(text, 'json')) expect(result.hazards.some((hazard) => isDifferential(hazard.kind))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and keeps every span inside the text on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), jsonishText.value.map((text) => text.slice(0, text.length - 1))),
        fc.constantFrom<JsonParseMode>('document', 'value', 'members'),
        (text, mode) => {
          const result = parse(text, mode);
          for (const hazard of result.hazards) {
            expect(hazard.start).toBeGreaterThanOrEqual(0);
            expect(hazard.end).toBeLessThanOrEqual(text.length);
            expect(hazard.end).toBeGreaterThan(hazard.start);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
