import type { SiteAdapter } from '../site-adapter.ts';
import { SEMANTIC_COMPOSER, SEMANTIC_SEND, SEMANTIC_STREAMING } from '../semantic-selectors.ts';

/**
 * ChatGPT. The 2026 composer dropped `#prompt-textarea` for a ProseMirror editor marked
 * `data-composer-markdown` inside `form[data-chatgpt-composer]`; the older ProseMirror div and the
 * plain textarea of earlier builds stay as fallbacks (extension-notes §2a, R4).
 */
export const CHATGPT_SITE: SiteAdapter = {
  id: 'chatgpt',
  name: 'ChatGPT',
  hosts: ['chatgpt.com', 'chat.openai.com'],
  editor: 'prosemirror',
  composer: [
    'form[data-chatgpt-composer] [data-composer-markdown][contenteditable="true"]',
    '#prompt-textarea[contenteditable="true"]',
    'textarea#prompt-textarea',
    'textarea[data-id="root"]',
    'form[data-type="unified-composer"] [contenteditable="true"]',
    ...SEMANTIC_COMPOSER,
  ],
  send: ['button[data-testid="send-button"]', '#composer-submit-button', 'button[aria-label="Send prompt"]', ...SEMANTIC_SEND],
  streaming: ['button[data-testid="stop-button"]', 'button[data-testid="composer-stop-button"]', ...SEMANTIC_STREAMING],
  reply: ['[data-message-author-role="assistant"]', '[data-testid^="conversation-turn-"] .markdown'],
  userMessage: ['[data-message-author-role="user"]'],
};
