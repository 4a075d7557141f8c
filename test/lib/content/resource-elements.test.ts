import { describe, expect, it } from 'vitest';
import { elementResources, srcsetUrls, type ResourceElementLike } from '../../../lib/content/resource-elements.ts';

const BASE = 'https://chatgpt.com/c/123';
const element = (localName: string, attributes: Record<string, string>, parent?: string): ResourceElementLike => ({
  localName,
  getAttribute: (name) => attributes[name] ?? null,
  parentElement: parent ? { localName: parent } : null,
});

describe('srcsetUrls', () => {
  it('reads each candidate’s URL, with or without descriptors', () => {
    expect(srcsetUrls('a.png 1x, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('a.png,b.png')).toEqual(['a.png,b.png']);
    expect(srcsetUrls('a.png, b.png')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls(' https://x.example/a,b.png 100w , c.png (max-width: 3,4) 2x,d.png')).toEqual(['https://x.example/a,b.png', 'c.png', 'd.png']);
    expect(srcsetUrls('')).toEqual([]);
  });
});

describe('elementResources', () => {
  it('resolves an image’s src and every srcset candidate', () => {
    expect(elementResources(element('img', { src: 'https://attacker.example/p?d=1', srcset: '/own.png 1x, https://cdn.example/b.png 2x' }), BASE)).toEqual([
      { url: 'https://attacker.example/p?d=1', type: 'image' },
      { url: 'https://chatgpt.com/own.png', type: 'image' },
      { url: 'https://cdn.example/b.png', type: 'image' },
    ]);
  });

  it('knows which elements fetch what', () => {
    const url = 'https://x.example/f';
    expect(elementResources(element('video', { src: url, poster: `${url}.png` }), BASE)).toEqual([
      { url, type: 'media' },
      { url: `${url}.png`, type: 'image' },
    ]);
    expect(elementResources(element('source', { srcset: url }, 'picture'), BASE)).toEqual([{ url, type: 'image' }]);
    expect(elementResources(element('source', { src: url }, 'audio'), BASE)).toEqual([{ url, type: 'media' }]);
    expect(elementResources(element('source', { src: url }, 'div'), BASE)).toEqual([]);
    expect(elementResources(element('input', { type: 'IMAGE', src: url }), BASE)).toEqual([{ url, type: 'image' }]);
    expect(elementResources(element('input', { type: 'text', src: url }), BASE)).toEqual([]);
    expect(elementResources(element('object', { data: url }), BASE)).toEqual([{ url, type: 'object' }]);
    expect(elementResources(element('embed', { src: url }), BASE)).toEqual([{ url, type: 'object' }]);
    expect(elementResources(element('image', { 'xlink:href': url }), BASE)).toEqual([{ url, type: 'image' }]);
    expect(elementResources(element('a', { href: url }), BASE)).toEqual([]);
  });

  it('skips what the network never fetches from a host: data:, blob:, empty and broken values', () => {
    expect(elementResources(element('img', { src: 'data:image/png;base64,AA', srcset: 'blob:https://chatgpt.com/1 2x' }), BASE)).toEqual([]);
    expect(elementResources(element('img', { src: '   ' }), BASE)).toEqual([]);
    expect(elementResources(element('img', { src: 'http://[bad' }), BASE)).toEqual([]);
  });

  it('lists a URL used twice once', () => {
    expect(elementResources(element('img', { src: 'https://x.example/a', srcset: 'https://x.example/a 2x' }), BASE)).toHaveLength(1);
  });
});
