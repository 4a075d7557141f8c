import { describe, expect, it } from 'vitest';
import { adapterForHost, isSupportedSite, SITES } from '../../../lib/sites/sites.ts';

describe('site adapters', () => {
  it('resolve by exact host', () => {
    expect(adapterForHost('127.0.0.1')?.id).toBe('demo');
    expect(adapterForHost('127.0.0.1.evil.example')).toBeUndefined();
    expect(isSupportedSite(new URL('http://localhost:5000/x'))).toBe(true);
    expect(isSupportedSite(new URL('https://example.com/'))).toBe(false);
  });

  it('have unique ids and non-empty ordered selector lists', () => {
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    for (const site of SITES) {
      expect(site.hosts.length).toBeGreaterThan(0);
      expect(site.composer.length).toBeGreaterThan(0);
      expect(site.send.length).toBeGreaterThan(0);
    }
  });
});
