import { redosVerdict, ruleVerdicts } from '../../../support/redos-check.ts';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../../lib/core/category.ts';
import { PROMPT_ATTACK_CALIBRATION } from '../../../../lib/rules/prompt-attack/calibration.ts';
import { PROMPT_ATTACK_RULES, UNCALIBRATED_SCORE } from '../../../../lib/rules/prompt-attack/index.ts';
import { QUOTED_IN_DEFENCE } from '../../../../lib/rules/prompt-attack/quoted-attack-context.ts';

const families = [...new Set(PROMPT_ATTACK_RULES.map((rule) => rule.family))];

/** A pattern source without escapes and character classes: what is left is real syntax. */
const syntaxOf = (source: string) => source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');

describe('prompt-attack rule table', () => {
  it('has at least 60 rules in at least 13 families', () => {
    expect(PROMPT_ATTACK_RULES.length).toBeGreaterThanOrEqual(60);
    expect(families.length).toBeGreaterThanOrEqual(13);
  });

  it('covers the families the issue asks for', () => {
    expect(families).toEqual(
      expect.arrayContaining([
        'instruction-override',
        'system-prompt-extraction',
        'persona-jailbreak',
        'developer-mode',
        'refusal-suppression',
        'fictional-framing',
        'payload-splitting',
        'obfuscation-request',
        'indirect-injection',
        'tool-hijacking',
        'data-exfiltration',
        'many-shot',
        'code-injection',
      ]),
    );
  });

  it('has "ignore your instructions" and system-prompt extraction in at least 10 languages each', () => {
    const languages = (prefix: string) =>
      PROMPT_ATTACK_RULES.filter((rule) => rule.id.startsWith(prefix)).map((rule) => rule.id.slice(prefix.length));
    expect(languages('override-ignore-previous-').length).toBeGreaterThanOrEqual(10);
    expect(languages('extract-system-prompt-').length).toBeGreaterThanOrEqual(10);
  });

  it.each(PROMPT_ATTACK_RULES.map((rule) => [rule.id, rule] as const))('%s is complete, well-formed data', (id, rule) => {
    expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
    expect(CATEGORIES).toContain(rule.category);
    expect(rule.category).toBe(rule.family === 'code-injection' ? 'code-intent' : rule.category);
    expect(['prompt-attack', 'exfiltration', 'code-intent']).toContain(rule.category);
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.reference.length).toBeGreaterThan(10);
    expect(rule.anchors.length).toBeGreaterThan(0);
    for (const anchor of rule.anchors) expect(anchor).toBe(anchor.toLowerCase());
    expect(rule.examples.flagged.length).toBeGreaterThan(0);
    expect(rule.examples.clean.length).toBeGreaterThan(0);
    // Patterns run sticky at anchors inside a larger text: ^ and $ would mean nothing useful.
    expect(syntaxOf(rule.pattern.source)).not.toMatch(/[\^$]/);
    expect(rule.pattern.flags).not.toMatch(/[gy]/);
  });

  it('has unique ids', () => {
    const ids = PROMPT_ATTACK_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is calibrated: every rule has a measured score and no stale entry remains', () => {
    const ids = PROMPT_ATTACK_RULES.map((rule) => rule.id).sort();
    expect(Object.keys(PROMPT_ATTACK_CALIBRATION).sort()).toEqual(ids);
    for (const rule of PROMPT_ATTACK_RULES) {
      for (const direction of ['inbound', 'outbound'] as const) {
        expect(rule.score[direction]).toBe(PROMPT_ATTACK_CALIBRATION[rule.id]![direction].score);
        expect(rule.score[direction]).not.toBe(UNCALIBRATED_SCORE);
        expect(rule.score[direction]).toBeGreaterThan(0);
        expect(rule.score[direction]).toBeLessThanOrEqual(0.97);
        // A score above the unproven cap (0.85, below `block` in standard) needs evidence on train.
        const { inbound, outbound } = PROMPT_ATTACK_CALIBRATION[rule.id]!;
        const evidence = inbound.tp + inbound.fp + (direction === 'outbound' ? outbound.tp + outbound.fp : 0);
        if (rule.score[direction] > 0.85) expect(evidence, `${rule.id} ${direction}`).toBeGreaterThanOrEqual(5);
      }
    }
  });
});

/**
 * ReDoS: every pattern is checked with recheck exactly as the engine runs it (NFKC source, sticky
 * at the anchor), one test per family so each batch stays within its timeout.
 */
describe('prompt-attack patterns pass the ReDoS check (recheck)', () => {
  const verdict = redosVerdict;

  for (const family of families) {
    it(`${family}`, { timeout: 600_000 }, async () => {
      const rules = PROMPT_ATTACK_RULES.filter((rule) => rule.family === family);
      const verdicts = await ruleVerdicts(rules);
      expect(verdicts).toEqual(Object.fromEntries(rules.map((rule) => [rule.id, 'safe'])));
    });
  }

  it('quoted-attack context (tested unanchored, on at most 60 characters)', { timeout: 120_000 }, async () => {
    expect(await verdict(QUOTED_IN_DEFENCE.source, QUOTED_IN_DEFENCE.flags)).toBe('safe');
  });
});
