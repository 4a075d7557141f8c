import { describe, expect, it } from 'vitest';
import { imageHostsFrom } from '../../../../lib/rules/custom/image-host-allow-list.ts';

describe('imageHostsFrom', () => {
  it('normalizes hosts and *.suffix entries to one host list', () => {
    expect(imageHostsFrom(['Images.Example.com.', '*.cdn.example.org', 'images.example.com', 'bücher.example'])).toEqual([
      'images.example.com',
      'cdn.example.org',
      'xn--bcher-kva.example',
    ]);
  });

  it('leaves out what is not a host name', () => {
    expect(imageHostsFrom(['https://x.example/', 'x.example:8080', 'a b.example', 'com', '*', '', 42, '*.*.example.com'])).toEqual([]);
  });
});
