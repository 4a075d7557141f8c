import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileExpression, EXPRESSION_LIMITS } from '../../../lib/policy/expression.ts';
import { CONDITION_NAMES } from '../../../lib/policy/profile.ts';

const facts = { site: 'chatgpt.com', direction: 'outbound', profile: 'kids', tier: 'standard', category: 'pii', risk: 0.82, chars: 120 };

const evaluate = (source: string, context: Record<string, unknown> = facts) => {
  const compiled = compileExpression(source, CONDITION_NAMES);
  if (!compiled.ok) throw new Error(compiled.error);
  return compiled.value.evaluate(context as never);
};

describe('policy expressions', () => {
  it.each([
    ['site == "chatgpt.com"', true],
    ["site != 'chatgpt.com'", false],
    ['site in ["claude.ai", "chatgpt.com"] && direction == "outbound"', true],
    ['profile == "kids" || (category == "secrets" && risk >= 0.5)', true],
    ['!(tier == "admin") && risk > 0.8', true],
    ['risk < 0.8', false],
    ['chars <= 120 && chars >= 120', true],
    ['site endsWith ".com" && site startsWith "chat"', true],
    ['"gpt" in site', true],
    ['risk >= -1', true],
    ['site > 3', false],
    ['true', true],
    ['!!false', false],
    ['category in ["pii", 3]', true],
  ])('%s → %s', (source, expected) => {
    expect(evaluate(source)).toBe(expected);
  });

  it('treats missing values as absent, not as an error', () => {
    expect(evaluate('tier == "admin"', {})).toBe(false);
    expect(evaluate('tier != "admin"', {})).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['site ==', 'ends too early'],
    ['site = "x"', 'unexpected character'],
    ['constructor == 1', 'unknown name'],
    ['process.exit()', 'unexpected character'],
    ['process == 1', 'unknown name'],
    ['site == "x" garbage', 'unexpected'],
    ['(site == "x"', 'missing ")"'],
    ['site in [site]', 'lists hold only'],
    ['"open', 'unterminated'],
    ['in "x"', 'needs a left side'],
  ])('rejects %j (%s)', (source, message) => {
    const compiled = compileExpression(source, CONDITION_NAMES);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.error).toContain(message);
  });

  it('bounds length, tokens and nesting', () => {
    expect(compileExpression('('.repeat(100) + 'true' + ')'.repeat(100), CONDITION_NAMES).ok).toBe(false);
    expect(compileExpression('!'.repeat(100) + 'true', CONDITION_NAMES).ok).toBe(false);
    expect(compileExpression('true || '.repeat(300) + 'true', CONDITION_NAMES).ok).toBe(false);
    expect(compileExpression('"' + 'a'.repeat(EXPRESSION_LIMITS.maxChars) + '"', CONDITION_NAMES).ok).toBe(false);
  });

  it('cannot reach the prototype chain through a context object', () => {
    const names = new Set(['toString']);
    const compiled = compileExpression('toString == "x"', names);
    expect(compiled.ok && compiled.value.evaluate({})).toBe(false);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (source) => {
        const compiled = compileExpression(source, CONDITION_NAMES);
        if (compiled.ok) expect(typeof compiled.value.evaluate(facts)).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
