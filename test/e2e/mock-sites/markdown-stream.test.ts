import { describe, expect, it } from 'vitest';
// @ts-expect-error -- browser module in plain JS (bundled by esbuild), no type declarations
import { parseBlocks, parseInline, splitIntoChunks } from './src/markdown-stream.js';

// The streaming DOM renderer itself is exercised in Chromium by verify.mjs; these are its parsers.
describe('mock reply markdown', () => {
  it('splits paragraphs and fenced code blocks, also while a fence is still open', () => {
    expect(parseBlocks('Run this:\n\n```sh\nrm -rf /tmp/x\n```\n\nDone.\nBye')).toEqual([
      { type: 'paragraph', text: 'Run this:' },
      { type: 'code', lang: 'sh', text: 'rm -rf /tmp/x' },
      { type: 'paragraph', text: 'Done.\nBye' },
    ]);
    expect(parseBlocks('Run:\n```py\nprint(1)')).toEqual([
      { type: 'paragraph', text: 'Run:' },
      { type: 'code', lang: 'py', text: 'print(1)' },
    ]);
  });

  it('finds images, links and inline code; an unfinished image stays text until its ")" arrives', () => {
    expect(parseInline('see ![a b](https://x.test/p.png?d=1) and [docs](https://x.test/d) or `ls`')).toEqual([
      { type: 'text', text: 'see ' },
      { type: 'image', alt: 'a b', src: 'https://x.test/p.png?d=1' },
      { type: 'text', text: ' and ' },
      { type: 'link', text: 'docs', href: 'https://x.test/d' },
      { type: 'text', text: ' or ' },
      { type: 'code', text: 'ls' },
    ]);
    expect(parseInline('see ![a](https://x.test/p.pn')).toEqual([{ type: 'text', text: 'see ![a](https://x.test/p.pn' }]);
  });

  it('cuts a reply into the requested number of chunks that join back to it', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz';
    expect(splitIntoChunks(text, 8)).toHaveLength(7); // ceil(26 / 8) = 4 characters each
    expect(splitIntoChunks(text, 8).join('')).toBe(text);
    expect(splitIntoChunks(text, 1)).toEqual([text]);
    expect(splitIntoChunks('ab', 10)).toEqual(['a', 'b']);
    expect(splitIntoChunks('', 8)).toEqual(['']);
  });
});
