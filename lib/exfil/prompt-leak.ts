import type { Span } from '../core/finding.ts';

/**
 * Replies that reveal the instructions an assistant was given — its system prompt, a gatekeeping
 * rule, the secret it was told to guard. For a site's own assistant (a company GPT, an agent with
 * a hidden prompt) that is data leaving; for the user it is a sign the reply was steered by an
 * extraction attack. Rules are data: each says what it matches and why.
 */
export interface PromptLeakRule {
  id: string;
  description: string;
  /** Where the rule matches in `text`, if it does. */
  find(text: string): Span | undefined;
  /** Every regex the rule runs (for the ReDoS check in the tests). */
  patterns: readonly RegExp[];
  score: number;
}

function patternRule(id: string, description: string, pattern: RegExp, score: number): PromptLeakRule {
  return {
    id,
    description,
    patterns: [pattern],
    score,
    find(text) {
      const match = pattern.exec(text);
      return match ? { start: match.index, end: match.index + match[0].length } : undefined;
    },
  };
}

const QUOTE = `["'“‘«„]`;
const GRANTED = `(?:access granted|zugriff gewährt|acceso concedido|accès autorisé|accesso consentito|доступ разрешен|доступ предоставлен)`;

const GRANTED_QUOTED = new RegExp(`${QUOTE}${GRANTED}`, 'gi');
const CONDITION = /\b(?:if|when|wenn|si|если)\b|==/i;
const QUOTED_TOKEN = /["'“‘«„][^"'“”‘’«»„\n]{1,80}["'”’»“]/;
/** How far back from "Access Granted" the condition may start (same line, or the line before for code). */
const GATE_LOOKBACK = 240;

/**
 * "If the input is X, say Access Granted" (in prose or code): anchored on the quoted grant phrase,
 * then the condition and the quoted value are looked for in a bounded window before it — three
 * simple patterns instead of one with several overlapping gaps, which was polynomial.
 */
const GATEKEEPING_RULE: PromptLeakRule = {
  id: 'gatekeeping-rule',
  description:
    'The reply restates a gatekeeping rule — "if the input is X, say Access Granted" — in prose or code, which reveals how to pass the gate.',
  patterns: [GRANTED_QUOTED, CONDITION, QUOTED_TOKEN],
  score: 0.6,
  find(text) {
    for (const match of text.matchAll(GRANTED_QUOTED)) {
      const lineStart = text.lastIndexOf('\n', match.index - 1);
      const previousLine = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 1) : -1;
      const from = Math.max(0, previousLine + 1, match.index - GATE_LOOKBACK);
      const window = text.slice(from, match.index);
      if (CONDITION.test(window) && QUOTED_TOKEN.test(window)) return { start: from, end: match.index + match[0].length };
    }
    return undefined;
  },
};

const GRANTED_ANYWHERE = new RegExp(GRANTED, 'i');
/** A credential written as a value: `access_code = "eclipse"`, `- Password: gotouchgrass`. */
const CREDENTIAL_VALUE = /\b(?:access[ _-]?code|password|passcode|pass[ _-]?phrase|secret(?:[ _-]?(?:code|word))?)\s*[=:]\s*["'“‘]?[^\s"'”’,;]{3,80}/i;

/**
 * A gatekeeper's secret printed beside its gate: the reply gives a credential's value and talks
 * about granting access, e.g. code that stores the access code in a variable and compares the input
 * with it further down, or a list that restates the password and the "say Access Granted" rule.
 * The gate phrase is what makes an assignment a leak: a `password = "…"` in an ordinary code
 * example has no access-granting rule beside it.
 */
const SECRET_BESIDE_GATE_RULE: PromptLeakRule = {
  id: 'secret-beside-gate',
  description: 'The reply gives the value of the credential it guards (access_code = "…", Password: …) in a text that grants access on it.',
  patterns: [GRANTED_ANYWHERE, CREDENTIAL_VALUE],
  score: 0.6,
  find(text) {
    if (!GRANTED_ANYWHERE.test(text)) return undefined;
    const match = CREDENTIAL_VALUE.exec(text);
    return match ? { start: match.index, end: match.index + match[0].length } : undefined;
  },
};

export const PROMPT_LEAK_RULES: readonly PromptLeakRule[] = [
  patternRule(
    'restated-instructions',
    'The reply announces its own instructions or system prompt ("Here are my instructions:", "The instructions so far are…"), not instructions for a task ("Here are the instructions for performing leg raises").',
    /\b(?:here (?:are|is)|these are|below (?:are|is)) (?:my|the) (?:(?:initial|original|system|secret|hidden|full|exact|debrief) )?(?:instructions|system prompt|prompt|rules|directives)\b(?! (?:for|to|on|of|how)\b)|\b(?:my|the) (?:(?:initial|original|system|secret|hidden|previous|debrief) )?(?:instructions|system prompt|directives)\b[^.\n]{0,60}?\b(?:so far|are as follows|given to me|i (?:was|have been) given)\b|\b(?:my|the) (?:(?:initial|original|system|secret|hidden) )?(?:instructions|system prompt|directives)(?: (?:above|say|says|state|read))?(?: regarding [^.\n]{1,80}?)? (?:are|is|say|says|were|state|read)\s*:/i,
    0.6,
  ),
  patternRule(
    'revealed-secret',
    'The reply states the secret it guards in prose ("the password is \'…\'", "the access code is \\"…\\"").',
    new RegExp(
      `\\b(?:secret |correct |access |admin |the )?(?:password|passcode|access[ _-]?code|passphrase|secret (?:code|word|phrase)|pass ?word)\\s+(?:is|was)\\s+(?:set to |exactly |simply )?${QUOTE}[^"'”’»\\n]{1,80}${QUOTE}`,
      'i',
    ),
    0.6,
  ),
  GATEKEEPING_RULE,
  SECRET_BESIDE_GATE_RULE,
  patternRule(
    'prompt-assignment',
    'The reply prints a prompt as an assignment ("Initial prompt = \\"…\\"", "system prompt: \\"…\\"").',
    /\b(?:initial|system|original|hidden|pre)[ _-]?prompt\s*[=:]\s*["'“]/i,
    0.6,
  ),
];
