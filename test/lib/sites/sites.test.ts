import { describe, expect, it } from 'vitest';
import { adapterForHost, isSupportedSite, SITES } from '../../../lib/sites/sites.ts';
import { GENERIC_SITE } from '../../../lib/sites/generic-site.ts';
import { SEMANTIC_COMPOSER, SEMANTIC_SEND } from '../../../lib/sites/semantic-selectors.ts';
import { SELECTOR_FIELDS } from '../../../lib/sites/site-adapter.ts';

/** The sites issue 6 names, by host, with the editor each one uses. */
const EXPECTED: Record<string, { id: string; editor: string }> = {
  'chatgpt.com': { id: 'chatgpt', editor: 'prosemirror' },
  'chat.openai.com': { id: 'chatgpt', editor: 'prosemirror' },
  'claude.ai': { id: 'claude', editor: 'prosemirror' },
  'gemini.google.com': { id: 'gemini', editor: 'quill' },
  'copilot.microsoft.com': { id: 'copilot', editor: 'textarea' },
  'www.perplexity.ai': { id: 'perplexity', editor: 'lexical' },
  'perplexity.ai': { id: 'perplexity', editor: 'lexical' },
  'chat.deepseek.com': { id: 'deepseek', editor: 'textarea' },
  'chat.mistral.ai': { id: 'mistral', editor: 'prosemirror' },
  'grok.com': { id: 'grok', editor: 'textarea' },
  'poe.com': { id: 'poe', editor: 'textarea' },
};

describe('site adapters', () => {
  it('resolve by exact host', () => {
    expect(adapterForHost('127.0.0.1')?.id).toBe('demo');
    expect(adapterForHost('127.0.0.1.evil.example')).toBeUndefined();
    expect(adapterForHost('chatgpt.com.evil.example')).toBeUndefined();
    expect(adapterForHost('evil-chatgpt.com')).toBeUndefined();
    expect(isSupportedSite(new URL('http://localhost:5000/x'))).toBe(true);
    expect(isSupportedSite(new URL('https://example.com/'))).toBe(false);
  });

  it.each(Object.entries(EXPECTED))('%s → its adapter and editor kind', (host, expected) => {
    const adapter = adapterForHost(host);
    expect(adapter).toMatchObject(expected);
    expect(isSupportedSite(new URL(`https://${host}/c/123`))).toBe(true);
  });

  it('have unique ids, hosts claimed by one adapter only, names and non-empty lists', () => {
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    const hosts = SITES.flatMap((s) => s.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const site of SITES) {
      expect(site.name.length).toBeGreaterThan(0);
      expect(site.hosts.length).toBeGreaterThan(0);
      for (const field of SELECTOR_FIELDS) expect(site[field].length, `${site.id}.${field}`).toBeGreaterThan(0);
    }
  });

  it('try their own selectors first and end with the semantic fallbacks (not the demo)', () => {
    for (const site of SITES.filter((s) => s.id !== 'demo')) {
      expect(site.composer.slice(-SEMANTIC_COMPOSER.length), site.id).toEqual(SEMANTIC_COMPOSER);
      expect(site.composer.length, site.id).toBeGreaterThan(SEMANTIC_COMPOSER.length);
      for (const selector of SEMANTIC_SEND) expect(site.send, site.id).toContain(selector);
      expect(new Set(site.composer).size, `${site.id} has no duplicate selectors`).toBe(site.composer.length);
    }
  });

  it('keep the generic adapter out of the built-in list (it is opt-in per site)', () => {
    expect(SITES).not.toContain(GENERIC_SITE);
    expect(GENERIC_SITE.hosts).toEqual([]);
    expect(GENERIC_SITE.composer).toEqual(expect.arrayContaining(SEMANTIC_COMPOSER));
  });
});
