import { describe, expect, it } from 'vitest';
import { allowedHostsFor, isAllowedHost } from '../../../lib/exfil/site-hosts.ts';

describe('site hosts', () => {
  it("allows a site's own hosts and their subdomains", () => {
    const allowed = allowedHostsFor('chatgpt.com');
    expect(isAllowedHost('files.oaiusercontent.com', allowed)).toBe(true);
    expect(isAllowedHost('CHATGPT.COM.', allowed)).toBe(true);
    expect(isAllowedHost('oaiusercontent.com.evil.test', allowed)).toBe(false);
    expect(isAllowedHost('evil-oaiusercontent.com', allowed)).toBe(false);
  });

  it('knows nothing for an unknown site, and adds admin hosts', () => {
    expect(allowedHostsFor('unknown.test')).toEqual([]);
    expect(isAllowedHost('wiki.corp.test', allowedHostsFor('claude.ai', ['Corp.test']))).toBe(true);
  });
});
