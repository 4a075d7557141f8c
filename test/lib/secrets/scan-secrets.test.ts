import { describe, expect, it } from 'vitest';
import type { SecretRule } from '../../../lib/rules/secrets/secret-rule.ts';
import { compileRules } from '../../../lib/secrets/compile-rules.ts';
import { scanForSecrets } from '../../../lib/secrets/scan-secrets.ts';

const LIMITS = { maxHits: 1_000, maxMatches: 100, maxAttemptsPerRule: 1_000, maxCheckedPerRule: 100 };
const base = {
  family: 'generic',
  provider: 'Test',
  description: 'a test rule',
  severity: 'low',
  redactAs: 'TEST',
  score: 0.9,
  reference: 'https://example.invalid',
  examples: { flagged: [], clean: [] },
} as const;

const TOKEN: SecretRule = { ...base, id: 'token', keywords: ['tok_'], pattern: '(?<![A-Za-z0-9])(?<secret>tok_[A-Za-z0-9]{8})(?![A-Za-z0-9])', minEntropy: 2.5 };
const SUFFIXED: SecretRule = { ...base, id: 'suffixed', keywords: ['-zz'], pattern: '(?<![a-f0-9])(?<secret>[a-f0-9]{8}-zz)', window: { before: 8, after: 3 } };
const QUOTED: SecretRule = { ...base, id: 'quoted', keywords: ['pw='], pattern: `pw=(?:"(?<secret>[^"]+)"|(?<secret2>\\S+))` };
const KUBE: SecretRule = {
  ...base,
  id: 'kube',
  keywords: ['kind:'],
  pattern: 'kind:[ \\t]{0,4}["\']?[Ss]ecret["\']?[ \\t]*(?=\\r?\\n|$)',
  checks: ['kubernetes-secret'],
};
const RUN: SecretRule = {
  ...base,
  id: 'run',
  keywords: [],
  atTokenRuns: true,
  pattern: `(?<=")(?<secret>[A-Za-z0-9+/_-]{20,64})(?=")`,
  minEntropy: 4,
};
const set = compileRules([TOKEN, SUFFIXED, QUOTED, KUBE, RUN]);
const scan = (text: string, limits = LIMITS) => scanForSecrets(text, set, limits).map((match) => ({ rule: set.rules[match.ruleIndex]!.rule.id, text: match.spans.map((span) => text.slice(span.start, span.end)) }));

describe('scanForSecrets', () => {
  it('keeps offsets after an İ, which toLowerCase would turn into two code units', () => {
    expect(scan('İİzmir pw=hunter2secret')).toEqual([{ rule: 'quoted', text: ['hunter2secret'] }]);
  });

  it('runs a rule sticky at its keyword and reports the secret group', () => {
    expect(scan('a tok_Ab3Xk9Qz b')).toEqual([{ rule: 'token', text: ['tok_Ab3Xk9Qz'] }]);
    expect(scan('TOK_Ab3Xk9Qz')).toEqual([]); // the keyword matches case-insensitively, the pattern decides
  });

  it('finds windowed formats whose literal is not at the start', () => {
    expect(scan('key 1f2e3d4c-zz and 9f8e7d6c-zz')).toEqual([
      { rule: 'suffixed', text: ['1f2e3d4c-zz'] },
      { rule: 'suffixed', text: ['9f8e7d6c-zz'] },
    ]);
  });

  it('takes the first alternative span group that matched', () => {
    expect(scan('pw="Zq8#vR2!m"')).toEqual([{ rule: 'quoted', text: ['Zq8#vR2!m'] }]);
    expect(scan('pw=Zq8#vR2!m')).toEqual([{ rule: 'quoted', text: ['Zq8#vR2!m'] }]);
  });

  it('applies the placeholder filter and the entropy floor', () => {
    expect(scan('tok_xxxxxxxx')).toEqual([]);
    expect(scan('pw="${PASSWORD}"')).toEqual([]);
    expect(scan('tok_aabbaabb')).toEqual([]);
  });

  it('expands a Kubernetes Secret once per manifest', () => {
    const manifest = 'kind: Secret\ndata:\n  password: UyFCXCpkJHpEc2I9\n';
    expect(scan(`${manifest}---\n${manifest}`)).toEqual([
      { rule: 'kube', text: ['UyFCXCpkJHpEc2I9'] },
      { rule: 'kube', text: ['UyFCXCpkJHpEc2I9'] },
    ]);
    expect(scan(`kind: Secret\n${manifest}`)).toEqual([{ rule: 'kube', text: ['UyFCXCpkJHpEc2I9'] }]);
  });

  it('respects its limits and the abort signal', () => {
    const many = Array.from({ length: 20 }, (_, i) => `tok_Ab3Xk9Q${String.fromCharCode(97 + i)}`).join(' ');
    expect(scan(many)).toHaveLength(20);
    expect(scan(many, { ...LIMITS, maxMatches: 5 })).toHaveLength(5);
    expect(scan(many, { ...LIMITS, maxAttemptsPerRule: 3 })).toHaveLength(3);
    expect(scan(many, { ...LIMITS, maxCheckedPerRule: 2 })).toHaveLength(2);
    const controller = new AbortController();
    controller.abort();
    expect(scanForSecrets(many, set, { ...LIMITS, signal: controller.signal })).toEqual([]);
  });

  it('tries a keyword-less rule at the start of each long run of token characters', () => {
    expect(scan('seed "Xk29fLq8ZpW3vR7nT4yB6cM1sD5g" and "q3Xf9Lk2Vb7Nm4Rt8Wz1Yc5H"')).toEqual([
      { rule: 'run', text: ['Xk29fLq8ZpW3vR7nT4yB6cM1sD5g'] },
      { rule: 'run', text: ['q3Xf9Lk2Vb7Nm4Rt8Wz1Yc5H'] },
    ]);
    expect(scan('"short9fLq8Zp" "aaaaaaaaaaaaaaaaaaaaaaaa" and plain prose')).toEqual([]);
    // Not at the start of the run: the look-behind sees a token character, not the quote.
    expect(scan('x"Xk29fLq8ZpW3vR7nT4yB6cM1sD5g')).toEqual([]);
  });

  it('returns nothing for an empty text', () => {
    expect(scan('')).toEqual([]);
  });
});
