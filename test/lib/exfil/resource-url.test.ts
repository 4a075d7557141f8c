import { describe, expect, it } from 'vitest';
import { MAX_RESOURCE_URL_CHARS, networkResourceUrl, resourceHost } from '../../../lib/exfil/resource-url.ts';

describe('networkResourceUrl', () => {
  it('keeps absolute http(s) URLs as the browser serializes them, without the fragment', () => {
    expect(networkResourceUrl('https://images.example/cat.png')).toBe('https://images.example/cat.png');
    expect(networkResourceUrl('HTTPS://Images.Example:443/a/../cat.png?x=1#frag')).toBe('https://images.example/cat.png?x=1');
    expect(networkResourceUrl('http://a.example/p?d=%E2%82%AC')).toBe('http://a.example/p?d=%E2%82%AC');
  });

  it('refuses what the network guard cannot match exactly', () => {
    expect(networkResourceUrl('data:image/png;base64,AAAA')).toBeUndefined();
    expect(networkResourceUrl('/relative.png')).toBeUndefined();
    expect(networkResourceUrl('javascript:alert(1)')).toBeUndefined();
    expect(networkResourceUrl('https://a.example/€')).toBeUndefined();
    expect(networkResourceUrl('https://a.example/has space')).toBeUndefined();
    expect(networkResourceUrl(`https://a.example/${'a'.repeat(MAX_RESOURCE_URL_CHARS)}`)).toBeUndefined();
    expect(networkResourceUrl('https://')).toBeUndefined();
  });

  it('reads the host', () => {
    expect(resourceHost('https://Attacker.Example:8443/p')).toBe('attacker.example');
    expect(resourceHost('not a url')).toBe('');
  });
});
