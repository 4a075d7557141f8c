import type { SiteAdapter } from '../site-adapter.ts';
import { SEMANTIC_COMPOSER, SEMANTIC_SEND, SEMANTIC_STREAMING } from '../semantic-selectors.ts';

/** Mistral Le Chat: a ProseMirror (tiptap) composer; older builds used a named textarea. */
export const MISTRAL_SITE: SiteAdapter = {
  id: 'mistral',
  name: 'Mistral Le Chat',
  hosts: ['chat.mistral.ai'],
  editor: 'prosemirror',
  composer: ['div.ProseMirror[contenteditable="true"]', 'textarea[name="message.text"]', ...SEMANTIC_COMPOSER],
  send: ['form button[type="submit"]', ...SEMANTIC_SEND],
  streaming: SEMANTIC_STREAMING,
  reply: ['[data-message-author-role="assistant"]', '[data-message-role="assistant"]', '.prose'],
  userMessage: ['[data-message-author-role="user"]', '[data-message-role="user"]'],
};
