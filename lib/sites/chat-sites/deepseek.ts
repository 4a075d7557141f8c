import type { SiteAdapter } from '../site-adapter.ts';
import { SEMANTIC_COMPOSER, SEMANTIC_SEND, SEMANTIC_STREAMING } from '../semantic-selectors.ts';

/**
 * DeepSeek: a textarea; its send control is a `div[role=button]` without a label, next to mode
 * toggles built the same way. The last fallback therefore also catches a toggle click when the
 * composer holds text: that costs a scan and a replayed click, where missing the send would let a
 * message through unchecked.
 */
export const DEEPSEEK_SITE: SiteAdapter = {
  id: 'deepseek',
  name: 'DeepSeek',
  hosts: ['chat.deepseek.com'],
  editor: 'textarea',
  composer: ['textarea#chat-input', 'textarea[placeholder*="DeepSeek" i]', ...SEMANTIC_COMPOSER],
  send: [...SEMANTIC_SEND, 'div[role="button"][aria-disabled="false"]'],
  streaming: ['div[role="button"][aria-label*="Stop" i]', ...SEMANTIC_STREAMING],
  reply: ['.ds-markdown'],
  userMessage: ['[data-role="user"]'],
};
