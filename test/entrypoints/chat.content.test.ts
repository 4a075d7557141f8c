import { describe, expect, it } from 'vitest';
import chatContent from '../../entrypoints/chat.content.ts';
import { DEMO_SITE } from '../../lib/sites/sites.ts';

describe('chat content script', () => {
  it('runs on the demo hosts (any port) before the page’s own scripts', () => {
    expect(chatContent.matches).toEqual(expect.arrayContaining(DEMO_SITE.hosts.map((host) => `http://${host}/*`)));
    expect(chatContent.matches).toContain('http://127.0.0.1/*');
    expect(chatContent.matches).toContain('http://localhost/*');
    expect(chatContent.runAt).toBe('document_start');
  });

  it('runs on every built-in chat site, over HTTPS only', () => {
    for (const host of ['chatgpt.com', 'chat.openai.com', 'claude.ai', 'gemini.google.com', 'copilot.microsoft.com', 'www.perplexity.ai', 'perplexity.ai', 'chat.deepseek.com', 'chat.mistral.ai', 'grok.com', 'poe.com']) {
      expect(chatContent.matches).toContain(`https://${host}/*`);
      expect(chatContent.matches).not.toContain(`http://${host}/*`);
    }
  });
});
