import type { SiteAdapter } from '../site-adapter.ts';
import { SEMANTIC_COMPOSER, SEMANTIC_SEND, SEMANTIC_STREAMING } from '../semantic-selectors.ts';

/** Grok: a textarea labelled "Ask Grok anything" (newer builds may use a contenteditable). */
export const GROK_SITE: SiteAdapter = {
  id: 'grok',
  name: 'Grok',
  hosts: ['grok.com'],
  editor: 'textarea',
  composer: ['textarea[aria-label="Ask Grok anything"]', 'form div[contenteditable="true"]', ...SEMANTIC_COMPOSER],
  send: ['button[aria-label="Submit"]', ...SEMANTIC_SEND],
  streaming: SEMANTIC_STREAMING,
  reply: ['.response-content-markdown'],
  userMessage: ['.message-bubble'],
};
