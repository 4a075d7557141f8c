import type { SiteAdapter } from './site-adapter.ts';
import { CHATGPT_SITE } from './chat-sites/chatgpt.ts';
import { CLAUDE_SITE } from './chat-sites/claude.ts';
import { COPILOT_SITE } from './chat-sites/copilot.ts';
import { DEEPSEEK_SITE } from './chat-sites/deepseek.ts';
import { GEMINI_SITE } from './chat-sites/gemini.ts';
import { GROK_SITE } from './chat-sites/grok.ts';
import { MISTRAL_SITE } from './chat-sites/mistral.ts';
import { PERPLEXITY_SITE } from './chat-sites/perplexity.ts';
import { POE_SITE } from './chat-sites/poe.ts';

/**
 * The local demo chat page (served on loopback by `npm start` and the end-to-end tests).
 */
export const DEMO_SITE: SiteAdapter = {
  id: 'demo',
  name: 'Rampart demo chat',
  hosts: ['127.0.0.1', 'localhost'],
  editor: 'textarea',
  composer: ['textarea[data-rampart-demo="composer"]', 'form textarea'],
  send: ['button[data-rampart-demo="send"]', 'form button[type="submit"]'],
  streaming: ['[data-rampart-demo="streaming"]'],
  reply: ['[data-rampart-demo="reply"]'],
  userMessage: ['[data-rampart-demo="messages"] li.user'],
};

/**
 * Every site Rampart checks out of the box. The single list the content script's `matches`, the
 * background's sender check and the popup all derive from, so they never disagree. Sites the user
 * adds (generic adapter) are kept apart: see custom-sites.ts.
 */
export const SITES: readonly SiteAdapter[] = [
  DEMO_SITE,
  CHATGPT_SITE,
  CLAUDE_SITE,
  GEMINI_SITE,
  COPILOT_SITE,
  PERPLEXITY_SITE,
  DEEPSEEK_SITE,
  MISTRAL_SITE,
  GROK_SITE,
  POE_SITE,
];

export function adapterForHost(host: string): SiteAdapter | undefined {
  return SITES.find((site) => site.hosts.includes(host));
}

export const isSupportedSite = (url: URL): boolean => adapterForHost(url.hostname) !== undefined;
