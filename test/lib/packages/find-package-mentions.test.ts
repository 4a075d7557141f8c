import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPackageMentions, MENTION_PATTERNS } from '../../../lib/packages/find-package-mentions.ts';
import { redosVerdict } from '../../support/redos-check.ts';

const names = (text: string) => findPackageMentions(text).mentions.map((m) => `${m.ecosystem}:${m.kind}:${m.lookup}`);

describe('findPackageMentions', () => {
  it('finds installs in prose, inline and fenced code, then imports', () => {
    const text = 'Install with `npm i zod` or:\n```bash\npip install httpx\n```\n```python\nimport httpx\n```';
    expect(names(text)).toEqual(['npm:install:zod', 'pypi:install:httpx', 'pypi:import:httpx']);
  });

  it('drops Python imports of modules the reply itself defines (`utils.py`)', () => {
    const text = 'Create `helpers_x.py`:\n```python\nimport helpers_x\nimport numpy\n```';
    expect(names(text)).toEqual(['pypi:import:numpy']);
  });

  it('handles a reply with 1,000 install lines whole, and says when it had to stop', () => {
    const thousand = Array.from({ length: 1_000 }, (_, i) => `pip install pkg-${i}`).join('\n');
    const read = findPackageMentions(thousand);
    expect(read.mentions).toHaveLength(1_000);
    expect(read.truncated).toBe(false);
    const huge = findPackageMentions(Array.from({ length: 5_000 }, (_, i) => `npm i p${i}`).join('\n'), { maxCommands: 2_000, maxMentions: 2_000 });
    expect(huge.mentions).toHaveLength(2_000);
    expect(huge.truncated).toBe(true);
  });

  it('keeps every span inside the text, on arbitrary input', () => {
    const pieces = ['npm i ', 'pip install ', '```python\n', '```\n', 'import ', 'from ', ' x', '"', '`', '\n', 'a.py ', "require('", "')", '@s/', '-D '];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const mention of findPackageMentions(text).mentions) {
          expect(mention.start).toBeGreaterThanOrEqual(0);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          expect(mention.end).toBeGreaterThan(mention.start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(MENTION_PATTERNS.map((pattern) => [pattern.source, pattern] as const))('%s passes the ReDoS check', async (_, pattern) => {
    expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  }, 120_000);
});
