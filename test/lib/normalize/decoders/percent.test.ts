import { describe, expect, it } from 'vitest';
import { DecodeSource } from '../../../../lib/normalize/decoders/decode-source.ts';
import { percentRuns, url } from '../../../../lib/normalize/decoders/percent.ts';

const find = (text: string) => url.find(new DecodeSource(text), 1_000_000);

describe('URL percent-decoding', () => {
  it('decodes runs with escapes, UTF-8 underneath', () => {
    expect(find('go to https://x.test/?q=caf%C3%A9%20ol%C3%A9 now')[0]!.text).toBe('https://x.test/?q=café olé');
    expect(find('%69%67%6E%6F%72%65')[0]!.text).toBe('ignore');
  });

  it('needs two escapes and skips percentages', () => {
    expect(find('100% sure, a%20b')).toEqual([]);
  });

  it('finds runs around escapes', () => {
    expect(percentRuns('a b%41%42c d 50%')).toEqual([{ start: 2, end: 10 }]);
  });
});
