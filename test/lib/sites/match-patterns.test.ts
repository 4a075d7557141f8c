import { describe, expect, it } from 'vitest';
import type { SiteAdapter } from '../../../lib/sites/site-adapter.ts';
import { matchPatternsFor } from '../../../lib/sites/match-patterns.ts';
import { DEMO_SITE, SITES } from '../../../lib/sites/sites.ts';

const site = (id: string, hosts: string[]): SiteAdapter => ({ id, name: id, hosts, editor: 'textarea', composer: ['textarea'], send: ['button'], streaming: [], reply: [], userMessage: [] });

describe('matchPatternsFor', () => {
  it('matches the demo hosts over HTTP on any port', () => {
    expect(matchPatternsFor([DEMO_SITE])).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  });

  it('uses HTTPS for real chat sites and drops duplicates', () => {
    expect(matchPatternsFor([site('a', ['chatgpt.com', 'chatgpt.com']), site('b', ['claude.ai'])])).toEqual([
      'https://chatgpt.com/*',
      'https://claude.ai/*',
    ]);
  });

  it('covers every host of every adapter', () => {
    const patterns = matchPatternsFor(SITES);
    for (const host of SITES.flatMap((s) => s.hosts)) expect(patterns.some((p) => p.includes(`://${host}/`))).toBe(true);
  });
});
