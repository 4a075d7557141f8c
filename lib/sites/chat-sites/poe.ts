import type { SiteAdapter } from '../site-adapter.ts';
import { SEMANTIC_COMPOSER, SEMANTIC_SEND, SEMANTIC_STREAMING } from '../semantic-selectors.ts';

/** Poe: a growing textarea with CSS-module class names (the hash suffix changes per build). */
export const POE_SITE: SiteAdapter = {
  id: 'poe',
  name: 'Poe',
  hosts: ['poe.com'],
  editor: 'textarea',
  composer: ['textarea[class^="GrowingTextArea_textArea"]', 'textarea[class*="GrowingTextArea"]', 'footer textarea', ...SEMANTIC_COMPOSER],
  send: ['button[class*="ChatMessageSendButton"]', 'button[aria-label="Submit"]', ...SEMANTIC_SEND],
  streaming: ['[aria-label="Stop message"]', ...SEMANTIC_STREAMING],
  reply: ['[class*="Message_botMessageBubble"]'],
  userMessage: ['[class*="Message_humanMessageBubble"]'],
};
