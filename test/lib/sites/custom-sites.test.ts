import { describe, expect, it } from 'vitest';
import {
  customSiteOrigin,
  isCustomSite,
  MAX_CUSTOM_SITES,
  originFromPattern,
  originPattern,
  readCustomSites,
} from '../../../lib/sites/custom-sites.ts';

describe('customSiteOrigin', () => {
  it('is the HTTPS origin of a page on a site Rampart does not check yet', () => {
    expect(customSiteOrigin('https://chat.example.com/c/42?x=1')).toBe('https://chat.example.com');
    expect(customSiteOrigin(new URL('https://chat.example.com:8443/'))).toBe('https://chat.example.com');
  });

  it('refuses plain HTTP, built-in sites, bare hosts and non-URLs', () => {
    expect(customSiteOrigin('http://chat.example.com/')).toBeUndefined();
    expect(customSiteOrigin('https://chatgpt.com/')).toBeUndefined();
    expect(customSiteOrigin('https://localhost/')).toBeUndefined();
    expect(customSiteOrigin('chrome://extensions')).toBeUndefined();
    expect(customSiteOrigin('not a url')).toBeUndefined();
  });
});

describe('patterns', () => {
  it('round-trip between an origin and its match pattern', () => {
    expect(originPattern('https://chat.example.com')).toBe('https://chat.example.com/*');
    expect(originFromPattern('https://chat.example.com/*')).toBe('https://chat.example.com');
  });

  it('ignore wildcard, HTTP and built-in patterns', () => {
    expect(originFromPattern('https://*/*')).toBeUndefined();
    expect(originFromPattern('https://*.example.com/*')).toBeUndefined();
    expect(originFromPattern('http://chat.example.com/*')).toBeUndefined();
    expect(originFromPattern('https://claude.ai/*')).toBeUndefined();
    expect(originFromPattern('<all_urls>')).toBeUndefined();
  });
});

describe('readCustomSites', () => {
  it('keeps well-formed origins once each, capped', () => {
    expect(readCustomSites(['https://a.example', 'https://a.example', 'http://b.example', 'https://c.example/path', 5, 'https://chatgpt.com'])).toEqual([
      'https://a.example',
    ]);
    expect(readCustomSites('https://a.example')).toEqual([]);
    const many = Array.from({ length: MAX_CUSTOM_SITES + 10 }, (_, i) => `https://s${i}.example`);
    expect(readCustomSites(many)).toHaveLength(MAX_CUSTOM_SITES);
  });
});

describe('isCustomSite', () => {
  it('matches a sender page on a custom origin, HTTPS only', () => {
    const origins = new Set(['https://chat.example.com']);
    expect(isCustomSite(new URL('https://chat.example.com/c/1'), origins)).toBe(true);
    expect(isCustomSite(new URL('http://chat.example.com/c/1'), origins)).toBe(false);
    expect(isCustomSite(new URL('https://evil.chat.example.com/'), origins)).toBe(false);
  });
});
