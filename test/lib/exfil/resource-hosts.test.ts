import { describe, expect, it } from 'vitest';
import { siteResourceHosts } from '../../../lib/exfil/resource-hosts.ts';

describe('siteResourceHosts', () => {
  it("lists the site's host names and the content hosts of each, once", () => {
    const hosts = siteResourceHosts(['chatgpt.com', 'chat.openai.com']);
    expect(hosts).toEqual(expect.arrayContaining(['chatgpt.com', 'chat.openai.com', 'openai.com', 'oaiusercontent.com', 'oaistatic.com']));
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('keeps an unknown site to its own hosts and adds admin hosts, normalized', () => {
    expect(siteResourceHosts(['Chat.Example'], ['Wiki.Corp.Test.'])).toEqual(['chat.example', 'wiki.corp.test']);
  });
});
