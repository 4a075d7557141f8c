import type { SiteAdapter } from '../site-adapter.ts';
import { SEMANTIC_COMPOSER, SEMANTIC_SEND, SEMANTIC_STREAMING } from '../semantic-selectors.ts';

/** Claude: a ProseMirror composer; a reply's container says `data-is-streaming` until it is done. */
export const CLAUDE_SITE: SiteAdapter = {
  id: 'claude',
  name: 'Claude',
  hosts: ['claude.ai'],
  editor: 'prosemirror',
  composer: [
    'div.ProseMirror[contenteditable="true"]',
    'div[contenteditable="true"][aria-label*="Claude" i]',
    'fieldset [contenteditable="true"][role="textbox"]',
    ...SEMANTIC_COMPOSER,
  ],
  send: ['button[data-testid="chat-input-send"]', 'button[aria-label="Send message"]', 'fieldset button[aria-label*="Send" i]', ...SEMANTIC_SEND],
  streaming: ['[data-is-streaming="true"]', ...SEMANTIC_STREAMING],
  reply: ['[data-is-streaming] [class*="font-claude-response"]', '.font-claude-response', '.font-claude-message', '[data-is-streaming]'],
  userMessage: ['[data-testid="user-message"]', '[data-user-message-bubble="true"]'],
};
