import type { SiteAdapter } from '../site-adapter.ts';
import { SEMANTIC_COMPOSER, SEMANTIC_SEND, SEMANTIC_STREAMING } from '../semantic-selectors.ts';

/** Perplexity: a Lexical editor (`#ask-input`) since its 2026 refresh; earlier builds had a textarea. */
export const PERPLEXITY_SITE: SiteAdapter = {
  id: 'perplexity',
  name: 'Perplexity',
  hosts: ['www.perplexity.ai', 'perplexity.ai'],
  editor: 'lexical',
  composer: [
    '#ask-input[contenteditable="true"]',
    'div[data-lexical-editor="true"][contenteditable="true"]',
    'textarea[placeholder*="Ask" i]',
    ...SEMANTIC_COMPOSER,
  ],
  send: ['button[data-testid="submit-button"]', 'button[aria-label="Submit"]', ...SEMANTIC_SEND],
  streaming: ['button[data-testid="stop-generating-response-button"]', ...SEMANTIC_STREAMING],
  reply: ['[data-testid="answer"]', '.prose'],
  userMessage: ['[data-testid="user-query"]'],
};
