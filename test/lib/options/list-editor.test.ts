import { describe, expect, it } from 'vitest';
import { listText, MAX_LIST_ENTRIES, parseList } from '../../../lib/options/list-editor.ts';

describe('parseList', () => {
  it('reads hosts one per line: trims, lower-cases, reduces a pasted URL, skips blank lines and repeats', () => {
    expect(parseList('host', ' Images.Example.com \n\nhttps://cdn.example.org/a.png\nimages.example.com\n')).toEqual({
      values: ['images.example.com', 'cdn.example.org'],
      problems: [],
      tooMany: false,
    });
  });

  it('names each bad line (1-based) and why', () => {
    const parsed = parseList('host', 'ok.example\nnot a host\n' + 'a'.repeat(201));
    expect(parsed.values).toEqual(['ok.example']);
    expect(parsed.problems).toEqual([
      { line: 2, reason: 'host' },
      { line: 3, reason: 'tooLong' },
    ]);
  });

  it('accepts package names with scopes, refuses spaces and paths', () => {
    const parsed = parseList('package', '@acme/internal-ui\nleft-pad\nmy package\n../etc');
    expect(parsed.values).toEqual(['@acme/internal-ui', 'left-pad']);
    expect(parsed.problems.map((p) => p.line)).toEqual([3, 4]);
  });

  it('takes phrases as written (trimmed), and flags a list that is too long', () => {
    expect(parseList('phrase', '  Project Falcon  \nour staging password policy').values).toEqual(['Project Falcon', 'our staging password policy']);
    const many = Array.from({ length: MAX_LIST_ENTRIES + 1 }, (_, i) => `phrase ${i}`).join('\n');
    expect(parseList('phrase', many).tooMany).toBe(true);
  });

  it('round-trips through listText', () => {
    expect(parseList('phrase', listText(['a b', 'c'])).values).toEqual(['a b', 'c']);
  });
});
