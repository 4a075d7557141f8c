import type { SiteAdapter } from './site-adapter.ts';
import { SEMANTIC_COMPOSER, SEMANTIC_SEND, SEMANTIC_STREAMING } from './semantic-selectors.ts';

/**
 * For a chat page Rampart has no adapter for, on a site the user chose to protect (popup →
 * "Protect this site"): only the semantic selectors. The editor kind is found from the element
 * itself at write time (see adapters/content/editor-writer.ts), so `contenteditable` is a hint.
 */
export const GENERIC_SITE: SiteAdapter = {
  id: 'generic',
  name: 'Chat page added by you',
  hosts: [],
  editor: 'contenteditable',
  composer: [...SEMANTIC_COMPOSER, 'main textarea', 'textarea'],
  send: SEMANTIC_SEND,
  streaming: SEMANTIC_STREAMING,
  reply: ['[data-message-author-role="assistant"]', '[data-role="assistant"]', '[class*="assistant" i]'],
  userMessage: ['[data-message-author-role="user"]', '[data-role="user"]'],
};
