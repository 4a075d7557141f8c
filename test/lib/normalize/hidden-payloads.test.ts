import { describe, expect, it } from 'vitest';
import { readHiddenPayloads } from '../../../lib/normalize/hidden-payloads.ts';
import { stripInvisible } from '../../../lib/normalize/strip-invisible.ts';
import { obfuscate } from '../../../lib/eval/obfuscate.ts';

const read = (text: string) => {
  const stripped = stripInvisible(text);
  return readHiddenPayloads(text, stripped);
};

describe('readHiddenPayloads', () => {
  it('spells out tag characters, across visible characters they could not copy', () => {
    const payloads = read(obfuscate('tag-smuggling', 'I’ve got a secret', 0));
    expect(payloads.views[0]).toMatchObject({ name: 'tags', text: 'I’ve got a secret', depth: 1 });
    expect(payloads.signals[0]).toMatchObject({ kind: 'tag-characters', view: 'tags', viewSpans: [{ start: 0, end: 17 }] });
  });

  it('decodes variation-selector payloads', () => {
    const payloads = read(obfuscate('variation-selectors', 'hidden message', 0));
    expect(payloads.views[0]).toMatchObject({ name: 'variation-selectors', text: 'hidden message' });
  });

  it('ignores flags and single selectors, reports undecodable runs without a view', () => {
    expect(read('🏴\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F} ❤️')).toEqual({ views: [], signals: [] });
    const opaque = read(`😀${'\ufe0e\ufe0f'.repeat(6)}`);
    expect(opaque.views).toEqual([]);
    expect(opaque.signals[0]).toMatchObject({ kind: 'variation-selector-payload', count: 12 });
    expect(opaque.signals[0]!.view).toBeUndefined();
  });
});
