import type { Action } from '../core/action.ts';
import type { Category } from '../core/category.ts';

/**
 * Words a person reads in the verdict panel and the popup. Kept in one place so the two surfaces
 * explain a verdict the same way (and so a future i18n pass has one file to replace).
 */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  'prompt-attack': 'Prompt injection or jailbreak',
  obfuscation: 'Hidden or encoded text',
  secrets: 'Secret or credential',
  pii: 'Personal data',
  'code-intent': 'Malicious code',
  'content-safety': 'Harmful content',
  manipulation: 'Manipulative framing',
  exfiltration: 'Data exfiltration',
  'dangerous-command': 'Dangerous command',
  'package-hallucination': 'Package that may not exist',
  'false-claim': 'Likely false claim',
  'unsafe-json': 'Unsafe JSON',
  drift: 'Conversation drift',
  oversize: 'Oversized text',
  'detector-failure': 'A check could not run',
};

export const ACTION_LABELS: Readonly<Record<Action, string>> = {
  allow: 'allowed',
  warn: 'warning',
  redact: 'redacted',
  block: 'blocked',
};

/** Categories arrive over messaging: an unknown one is shown as-is rather than dropped. */
export const categoryLabel = (category: string): string =>
  Object.prototype.hasOwnProperty.call(CATEGORY_LABELS, category) ? CATEGORY_LABELS[category as Category] : category;

export const actionLabel = (action: string): string =>
  Object.prototype.hasOwnProperty.call(ACTION_LABELS, action) ? ACTION_LABELS[action as Action] : action;
