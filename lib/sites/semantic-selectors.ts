/**
 * Fallbacks that describe what a chat page's parts *are* rather than how one site builds them.
 * Every adapter tries them after its own selectors, so a site that renames its classes or test ids
 * keeps being checked (selectors rot: ../shared/research/extension-notes.md R4), and the generic
 * adapter for sites the user adds consists of nothing else.
 */
export const SEMANTIC_COMPOSER = [
  'form [contenteditable="true"][role="textbox"]',
  'form textarea',
  '[contenteditable="true"][role="textbox"]',
];

export const SEMANTIC_SEND = [
  'form button[type="submit"]',
  'button[aria-label*="Send" i]',
  'button[data-testid*="send" i]',
  '[role="button"][aria-label*="Send" i]',
];

export const SEMANTIC_STREAMING = ['button[aria-label*="Stop" i]', '[aria-busy="true"]'];
