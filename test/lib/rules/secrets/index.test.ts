import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { SECRET_RULES } from '../../../../lib/rules/secrets/index.ts';
import { compileRules, ruleFlags } from '../../../../lib/secrets/compile-rules.ts';
import { scanForSecrets } from '../../../../lib/secrets/scan-secrets.ts';
import { unmarkExample } from '../../../support/secret-examples.ts';

const SET = compileRules(SECRET_RULES);
const LIMITS = { maxHits: 10_000, maxMatches: 1_000, maxAttemptsPerRule: 4_000, maxCheckedPerRule: 400 };
const CHECKSUM_CHECKS = ['base62-crc32', 'bech32'];
/**
 * Deterministic recheck: a fixed seed, and its step limits instead of wall-clock timeouts (on a
 * loaded machine the timeouts made the fuzzer flip between `safe` and `vulnerable`).
 */
const RECHECK_OPTIONS = { timeout: null, incubationTimeout: null, attackTimeout: null, randomSeed: 20_240_601 };

describe('secret rules are data with the required fields', () => {
  it('has about as many credential types as gitleaks (≈200)', () => {
    expect(SECRET_RULES.length).toBeGreaterThanOrEqual(200);
  });

  it('uses unique kebab-case ids', () => {
    const ids = SECRET_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(SECRET_RULES.map((rule) => [rule.id, rule] as const))('%s: declares its metadata', (_id, rule) => {
    expect(rule.description.length).toBeGreaterThan(15);
    expect(rule.reference).toMatch(/^https:\/\//);
    expect(rule.redactAs).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(rule.provider.length).toBeGreaterThan(0);
    expect(rule.score).toBeGreaterThan(0.5);
    expect(rule.score).toBeLessThanOrEqual(1);
    if (rule.unverifiedScore !== undefined) {
      expect(rule.checks?.some((name) => CHECKSUM_CHECKS.includes(name))).toBe(true);
      expect(rule.unverifiedScore).toBeLessThan(rule.score);
    }
    if (rule.atTokenRuns) expect(rule.keywords, 'a token-run rule is tried at token runs, not at keywords').toEqual([]);
    else expect(rule.keywords.length).toBeGreaterThan(0);
    for (const keyword of rule.keywords) {
      expect(keyword, 'keywords are matched against lower-cased text').toBe(keyword.toLowerCase());
      expect(keyword.length).toBeGreaterThanOrEqual(2);
    }
    expect(() => new RegExp(rule.pattern, `${ruleFlags(rule)}d`)).not.toThrow();
    if (!rule.checks?.includes('kubernetes-secret')) {
      expect(rule.pattern, 'the span must be a named group').toMatch(/\(\?<secret>/);
    }
    expect(rule.examples.flagged.length).toBeGreaterThan(0);
    expect(rule.examples.clean.length).toBeGreaterThan(0);
  });
});

describe('each rule reports its flagged examples (exact span) and none of its clean ones', () => {
  for (const [index, rule] of SECRET_RULES.entries()) {
    it(`${rule.id}`, () => {
      for (const example of rule.examples.flagged) {
        const { text, span } = unmarkExample(example);
        expect(span, `flagged example must mark its secret: ${example}`).toBeDefined();
        const matches = scanForSecrets(text, SET, LIMITS).filter((match) => match.ruleIndex === index);
        const spans = matches.flatMap((match) => match.spans);
        expect(spans, `flagged: ${example}`).toContainEqual(span);
      }
      for (const example of rule.examples.clean) {
        const reported = scanForSecrets(example, SET, LIMITS).map((match) => SECRET_RULES[match.ruleIndex]!.id);
        expect(reported, `clean: ${example}`).toEqual([]);
      }
    });
  }
});

describe('every rule pattern passes a ReDoS check (recheck)', () => {
  it(
    'all patterns, with the flags they run with, are safe',
    async () => {
      const unsafe: string[] = [];
      const queue = [...SECRET_RULES];
      const worker = async () => {
        for (let rule = queue.shift(); rule; rule = queue.shift()) {
          const result = await check(rule.pattern, ruleFlags(rule), RECHECK_OPTIONS);
          if (result.status !== 'safe') unsafe.push(`${rule.id}: ${result.status}`);
        }
      };
      await Promise.all(Array.from({ length: 4 }, worker));
      expect(unsafe).toEqual([]);
    },
    900_000,
  );
});
