import { describe, expect, it } from 'vitest';
import { findFencedBlocks } from '../../../lib/json/markdown-fences.ts';

const contents = (text: string) => findFencedBlocks(text).map((block) => [block.language, text.slice(block.contentStart, block.contentEnd), block.closed]);

describe('findFencedBlocks', () => {
  it('finds backtick and tilde fences with their language', () => {
    const text = 'Intro\n```json\n{"a": 1}\n```\ntext\n~~~python\nx = 1\n~~~\n';
    expect(contents(text)).toEqual([
      ['json', '{"a": 1}\n', true],
      ['python', 'x = 1\n', true],
    ]);
  });

  it('accepts indented fences (in list items), longer closers and pandoc-style info', () => {
    const text = '1. Step:\n    ```{.json}\n    {"a": 1}\n    ````\n';
    expect(contents(text)).toEqual([['json', '    {"a": 1}\n', true]]);
  });

  it('does not close on a shorter or different fence, and runs an unclosed block to the end', () => {
    const text = '````md\n```json\n{}\n```\n~~~\nstill inside';
    expect(contents(text)).toEqual([['md', '```json\n{}\n```\n~~~\nstill inside', false]]);
  });

  it('ignores inline code with three backticks on one line', () => {
    expect(findFencedBlocks('Use ```x``` inline')).toEqual([]);
    expect(findFencedBlocks('```js `no` fence\n')).toEqual([]);
  });

  it('is linear on many unclosed fences', () => {
    const text = '```\n'.repeat(50_000);
    const started = performance.now();
    expect(findFencedBlocks(text)).toHaveLength(25_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
