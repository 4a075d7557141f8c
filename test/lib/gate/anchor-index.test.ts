import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnchorIndex, type AnchorHit } from '../../../lib/gate/anchor-index.ts';
import { PERSUASION_RULES } from '../../../lib/rules/persuasion/index.ts';
import { PROMPT_ATTACK_RULES } from '../../../lib/rules/prompt-attack/index.ts';

const sorted = (hits: AnchorHit[]) =>
  hits.map((hit) => `${hit.anchor}:${hit.start}:${hit.end}`).sort();

describe('AnchorIndex', () => {
  const anchors = ['ignore', 'ignore all', 'all', '忽略', 'игнор', 'ละเว้น'];
  const index = new AnchorIndex(anchors);

  it('finds every occurrence, overlapping ones included, with UTF-16 offsets', () => {
    expect(sorted(index.find('please ignore all'))).toEqual(sorted([
      { anchor: 0, start: 7, end: 13 },
      { anchor: 1, start: 7, end: 17 },
      { anchor: 2, start: 14, end: 17 },
    ]));
  });

  it('finds non-ASCII anchors and reports offsets in the original text', () => {
    expect(index.find('😀 请忽略之前的指令')).toEqual([{ anchor: 3, start: 4, end: 6 }]);
    expect(index.find('ИГНОР'.toLowerCase() + ' и игнор')).toEqual([
      { anchor: 4, start: 0, end: 5 },
      { anchor: 4, start: 8, end: 13 },
    ]);
  });

  it('is exact: no case folding, no partial code units, nothing across control characters', () => {
    expect(index.find('IGNORE')).toEqual([]);
    expect(index.find('ign\u0001ore')).toEqual([]);
    expect(index.find('')).toEqual([]);
  });

  it('agrees with the library search() it is built from, on the real anchor set', () => {
    const all = [...new Set(PROMPT_ATTACK_RULES.flatMap((rule) => rule.anchors))];
    const native = new AnchorIndex(all);
    const library = new AnchorIndex(all, { scanner: 'library' });
    expect([native.scanner, library.scanner]).toEqual(['native', 'library']);
    const pieces = [...all.slice(0, 400), '\u0000', '\r\n', ' ', 'x', 'é', '😀', '\u0001', '忽', 'ー', '\u0e4d'];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 30 }),
        (parts) => {
          const text = parts.join('');
          expect(sorted(native.find(text))).toEqual(sorted(library.find(text)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("walks its dense table for the gate's whole anchor set (the table holds at most 32,767 states)", () => {
    const gate = [...new Set([...PROMPT_ATTACK_RULES, ...PERSUASION_RULES].flatMap((rule) => rule.anchors))];
    expect(new AnchorIndex(gate).scanner).toBe('native');
  });
});
