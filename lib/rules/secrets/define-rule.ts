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

/** A vendor-named key whose value has no documented shape beyond its charset and length. */
export interface NamedKeySpec {
  id: string;
  provider: string;
  names: readonly string[];
  value: string;
  flagged: string;
  clean: string;
  reference: string;
  family?: SecretRule['family'];
  checks?: SecretRule['checks'];
  minEntropy?: number;
}

/** What a rule family's vendor-named keys share: who they belong to and how they are redacted. */
export interface NamedKeyPreset {
  family: SecretRule['family'];
  severity: SecretRule['severity'];
  redactAs: string;
  /** How the description names the value: `API key`, `token`, … */
  kind: string;
}

/**
 * The one shape of the "named after its vendor" rules of every family: the name is the only
 * evidence, so the value must look like a secret (`secret-name`, `has-digit`) and the score is
 * the 0.88 measured for this rule shape on the train split.
 */
export function namedKeyRule(preset: NamedKeyPreset, spec: NamedKeySpec): SecretRule {
  const { id, provider, names, value, flagged, clean, reference, family, checks, minEntropy } = spec;
  return assignmentRule({
    id,
    family: family ?? preset.family,
    provider,
    description: `${provider} ${preset.kind} in a ${provider}-named variable.`,
    severity: preset.severity,
    redactAs: preset.redactAs,
    names,
    value,
    checks: checks ?? ['secret-name', 'has-digit'],
    ...(minEntropy !== undefined ? { minEntropy } : {}),
    score: 0.88,
    reference,
    examples: { flagged: [flagged], clean: [clean] },
  });
}
