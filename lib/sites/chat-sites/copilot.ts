import type { SiteAdapter } from '../site-adapter.ts';
import { SEMANTIC_COMPOSER, SEMANTIC_SEND, SEMANTIC_STREAMING } from '../semantic-selectors.ts';

/** Microsoft Copilot (consumer): a React-controlled textarea. */
export const COPILOT_SITE: SiteAdapter = {
  id: 'copilot',
  name: 'Microsoft Copilot',
  hosts: ['copilot.microsoft.com'],
  editor: 'textarea',
  composer: ['textarea#userInput', 'textarea[data-testid="composer-input"]', 'textarea[placeholder*="Copilot" i]', ...SEMANTIC_COMPOSER],
  send: ['button[data-testid="submit-button"]', 'button[aria-label="Submit"]', ...SEMANTIC_SEND],
  streaming: ['button[data-testid="stop-button"]', ...SEMANTIC_STREAMING],
  reply: ['[data-content="ai-message"]'],
  userMessage: ['[data-content="user-message"]'],
};
