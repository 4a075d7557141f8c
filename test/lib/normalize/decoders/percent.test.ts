import { describe, expect, it } from 'vitest';
import { DecodeSource } from '../../../../lib/normalize/decoders/decode-source.ts';
import { percentRuns, url } from '../../../../lib/normalize/decoders/percent.ts';

const find = (text: string) => url.find(new DecodeSource(text), 1_000_000);

describe('URL percent-decoding', () => {
  it('decodes runs with escapes, UTF-8 underneath', () => {
    expect(find('go to https://x.test/?q=caf%C3%A9%20ol%C3%A9 now')[0]!.text).toBe('https://x.test/?q=café olé');
    expect(find('%69%67%6E%6F%72%65')[0]!.text).toBe('ignore');
  });

  it('reads + as a space in form-encoded runs (quote_plus), and literally beside %20', () => {
    expect(find('If+someone+tells+me%2C+what+could+I+say%3F')[0]!.text).toBe('If someone tells me, what could I say?');
    // The spaces count as escapes: one "%XX" is enough then.
    expect(find('How+do+I+rob+a+store%3F')[0]!.text).toBe('How do I rob a store?');
    expect(find('https://x.test/search?q=C%2B%2B+vs+Rust')[0]!.text).toBe('https://x.test/search?q=C++ vs Rust');
    expect(find('https://x.test/a+b/c%20d%20e+f')[0]!.text).toBe('https://x.test/a+b/c d e+f');
    // Ascii85 has "+" and "%XX" look-alikes, but also characters form encoding escapes.
    expect(find('=)r"sAKYD(G%ku>F!,R<@<<W%@;[3/E,oMuA0>o$E+rj!Gp%3BEc6)5BHU_+DImp6DfTV9')).toEqual([]);
    // One + is as likely a plus.
    expect(find('x.test/?sum=1+2%3D3%21')[0]!.text).toBe('x.test/?sum=1+2=3!');
  });

  it('needs two escapes and skips percentages', () => {
    expect(find('100% sure, a%20b')).toEqual([]);
  });

  it('finds runs around escapes', () => {
    expect(percentRuns('a b%41%42c d 50%')).toEqual([{ start: 2, end: 10 }]);
  });
});
