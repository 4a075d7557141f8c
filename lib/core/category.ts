import { oneOf } from './one-of.ts';

/**
 * Risk categories: what policy acts on. Detectors report findings in one of these; profiles map
 * each to an action. Harm sub-categories follow the MLCommons / Llama Guard S1–S14 taxonomy.
 */
export const CATEGORIES = [
  'prompt-attack',
  'obfuscation',
  'secrets',
  'pii',
  'code-intent',
  'content-safety',
  'manipulation',
  'exfiltration',
  'dangerous-command',
  'package-hallucination',
  'false-claim',
  'unsafe-json',
  'drift',
  'oversize',
  'detector-failure',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const isCategory = oneOf(CATEGORIES);

/** MLCommons hazard taxonomy as used by Llama Guard 3/4 (S1–S14). */
export const HARM_CODES = {
  S1: 'violent crimes',
  S2: 'non-violent crimes',
  S3: 'sex-related crimes',
  S4: 'child sexual exploitation',
  S5: 'defamation',
  S6: 'specialized advice',
  S7: 'privacy',
  S8: 'intellectual property',
  S9: 'indiscriminate weapons',
  S10: 'hate',
  S11: 'suicide & self-harm',
  S12: 'sexual content',
  S13: 'elections',
  S14: 'code interpreter abuse',
} as const;

export type HarmCode = keyof typeof HARM_CODES;
