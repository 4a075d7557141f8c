import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replyRegions, REPLY_REGION_PATTERNS } from '../../../lib/packages/reply-regions.ts';
import { redosVerdict } from '../../support/redos-check.ts';

const cut = (text: string) => replyRegions(text).map((region) => [region.kind, text.slice(region.start, region.end), region.language]);

describe('replyRegions', () => {
  it('separates fenced code (with its language), inline code and prose', () => {
    const text = 'Install it:\n```bash\nnpm i x\n```\nThen run `npx y` and enjoy.\n~~~python\nimport z\n~~~\n';
    expect(cut(text)).toEqual([
      ['prose', 'Install it:\n', ''],
      ['fence', 'npm i x\n', 'bash'],
      ['prose', 'Then run ', ''],
      ['inline', 'npx y', ''],
      ['prose', ' and enjoy.\n', ''],
      ['fence', 'import z\n', 'python'],
    ]);
  });

  it('runs an unclosed fence to the end (a reply still streaming)', () => {
    expect(cut('a\n```js\nimport x from "y"')).toEqual([
      ['prose', 'a\n', ''],
      ['fence', 'import x from "y"', 'js'],
    ]);
  });

  it('closes a fence only with the same character, at least as long', () => {
    expect(cut('````\n```\nin\n````\nout')).toEqual([
      ['fence', '```\nin\n', ''],
      ['prose', 'out', ''],
    ]);
  });

  it('matches inline spans by backtick count, on one line', () => {
    expect(cut('a ``b ` c`` d `e\nf` g')).toEqual([
      ['prose', 'a ', ''],
      ['inline', 'b ` c', ''],
      ['prose', ' d `e\nf` g', ''],
    ]);
  });

  it('covers the text in order with in-bounds regions, on arbitrary input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('```', '~~~', '`', '``', '\n', 'a', ' ', 'py'), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        let last = 0;
        for (const region of replyRegions(text)) {
          expect(region.start).toBeGreaterThanOrEqual(last);
          expect(region.end).toBeGreaterThanOrEqual(region.start);
          expect(region.end).toBeLessThanOrEqual(text.length);
          last = region.end;
        }
      }),
    );
  });

  it('stays linear on hostile backticks and fences', () => {
    const started = performance.now();
    replyRegions(' `` ` '.repeat(50_000));
    replyRegions('```\n'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.each(REPLY_REGION_PATTERNS.map((pattern) => [pattern.source, pattern] as const))('%s passes the ReDoS check', async (_, pattern) => {
    expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  }, 120_000);
});
