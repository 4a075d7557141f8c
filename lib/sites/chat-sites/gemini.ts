import type { SiteAdapter } from '../site-adapter.ts';
import { SEMANTIC_COMPOSER, SEMANTIC_SEND, SEMANTIC_STREAMING } from '../semantic-selectors.ts';

/**
 * Gemini: a Quill editor inside the Angular `rich-textarea` element. Google pages enforce Trusted
 * Types, which is why no Rampart DOM code ever assigns HTML strings (extension-notes R8).
 */
export const GEMINI_SITE: SiteAdapter = {
  id: 'gemini',
  name: 'Gemini',
  hosts: ['gemini.google.com'],
  editor: 'quill',
  composer: [
    'rich-textarea .ql-editor[contenteditable="true"]',
    'div.ql-editor.textarea.new-input-ui',
    '.ql-editor[contenteditable="true"]',
    ...SEMANTIC_COMPOSER,
  ],
  send: ['button.send-button', 'button[aria-label="Send message"]', ...SEMANTIC_SEND],
  streaming: ['button[aria-label="Stop response"]', ...SEMANTIC_STREAMING],
  reply: ['model-response message-content', 'model-response', '.model-response-text'],
  userMessage: ['user-query', '.query-text'],
};
