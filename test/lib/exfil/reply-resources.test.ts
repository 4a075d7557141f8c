import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redosVerdict } from '../../support/redos-check.ts';
import { autoLoads, findResources, MAX_REFERENCES, RESOURCE_PATTERNS } from '../../../lib/exfil/reply-resources.ts';

const kinds = (text: string) => findResources(text).map((ref) => [ref.kind, ref.url, text.slice(ref.span.start, ref.span.end)]);

describe('findResources', () => {
  it.each([
    ['![alt](https://a.test/i.png "title")', 'image', 'https://a.test/i.png'],
    ['[text](<https://a.test/page>)', 'link', 'https://a.test/page'],
    ['<img alt=x src="https://a.test/i.gif">', 'image', 'https://a.test/i.gif'],
    ["<iframe src='https://a.test/f'></iframe>", 'frame', 'https://a.test/f'],
    ['<script src=https://a.test/s.js></script>', 'script', 'https://a.test/s.js'],
    ['<link rel=stylesheet href="https://a.test/c.css">', 'style', 'https://a.test/c.css'],
    ['<video poster="https://a.test/p.jpg"></video>', 'media', 'https://a.test/p.jpg'],
    ['<form action="https://a.test/submit">', 'form', 'https://a.test/submit'],
    ['<a href="https://a.test/x">x</a>', 'link', 'https://a.test/x'],
    ['<p style="background: url(\'https://a.test/bg.png\')">', 'image', 'https://a.test/bg.png'],
    ['see https://a.test/plain, then', 'bare-url', 'https://a.test/plain,'],
  ])('%s → %s', (text, kind, url) => {
    const [found] = kinds(text);
    expect(found?.[0]).toBe(kind);
    expect(found?.[1]).toBe(url);
    expect(found?.[2]).toBe(url);
  });

  it('resolves reference-style images to their definition', () => {
    const text = '![chart][c]\n\n[c]: https://a.test/chart.png\n[d]: https://a.test/doc';
    expect(kinds(text)).toEqual([
      ['image', 'https://a.test/chart.png', 'https://a.test/chart.png'],
      ['link', 'https://a.test/doc', 'https://a.test/doc'],
    ]);
  });

  it('reports every srcset candidate', () => {
    const text = '<img srcset="https://a.test/1.png 1x, https://a.test/2.png 2x">';
    expect(kinds(text).map((k) => k[1])).toEqual(['https://a.test/1.png', 'https://a.test/2.png']);
  });

  it('keeps the auto-loading kind when a URL is also a bare URL', () => {
    expect(kinds('![i](https://a.test/i.png)')).toHaveLength(1);
    expect(autoLoads('image')).toBe(true);
    expect(autoLoads('link')).toBe(false);
  });

  it('is bounded on a reply made of references', () => {
    const text = '![a](https://a.test/x) '.repeat(MAX_REFERENCES * 2);
    expect(findResources(text).length).toBeLessThanOrEqual(MAX_REFERENCES * 2);
  });

  it('never throws and spans stay inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        for (const ref of findResources(text)) {
          expect(ref.span.start).toBeGreaterThanOrEqual(0);
          expect(ref.span.end).toBeLessThanOrEqual(text.length);
        }
      }),
    );
  });
});

describe('resource patterns', () => {
  it.each(RESOURCE_PATTERNS.map((pattern) => [pattern.source.slice(0, 40), pattern] as const))('%s passes the ReDoS check', async (_, pattern) => {
    expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  }, 120_000);
});
