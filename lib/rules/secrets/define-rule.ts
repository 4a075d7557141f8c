import { assignment, prefixed, AFTER } from './pattern-parts.ts';
import type { SecretRule } from './secret-rule.ts';

type Common = Omit<SecretRule, 'pattern' | 'keywords'> & { keywords?: readonly string[] };

/**
 * A provider-prefixed token (`ghp_…`, `xoxb-…`, `AKIA…`): the prefix is the keyword, the body's
 * shape is exact, and a default entropy floor of 3 bits/char drops `ghp_aaaa…`-style stand-ins.
 */
export function tokenRule(spec: Common & { prefixes: readonly string[]; body: string; after?: string }): SecretRule {
  const { prefixes, body, after, ...rest } = spec;
  return {
    minEntropy: 3,
    ...(prefixes.length === 1 ? { prefix: prefixes[0] } : {}),
    ...rest,
    keywords: rest.keywords ?? prefixes.map((prefix) => prefix.toLowerCase()),
    pattern: prefixed(prefixes, body, after ?? AFTER),
  };
}

/**
 * A vendor-named assignment (`SUMO_ACCESS_KEY = "…"`, `"cohere_api_key": "…"`): the vendor word is
 * the keyword, and the value must have the vendor's documented shape. Used for formats with no
 * prefix of their own, where the name is the only thing that says whose key it is.
 */
export function assignmentRule(spec: Common & { names: readonly string[]; value: string }): SecretRule {
  const { names, value, ...rest } = spec;
  return {
    minEntropy: 3,
    ...rest,
    keywords: rest.keywords ?? names.map((name) => name.toLowerCase()),
    pattern: assignment(names, value),
  };
}
