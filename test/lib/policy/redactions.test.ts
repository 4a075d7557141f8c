import { describe, expect, it } from 'vitest';
import type { RecordedFinding } from '../../../lib/core/finding.ts';
import { applyRedactions, buildRedactions } from '../../../lib/policy/redactions.ts';

const at = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  return { start, end: start + needle.length };
};
const finding = (spans: RecordedFinding['spans'], redactAs?: string): RecordedFinding => ({
  detectorId: 'd',
  ruleId: 'd/x',
  category: 'secrets',
  severity: 'high',
  score: 1,
  spans,
  ...(redactAs ? { redactAs } : {}),
});

describe('redactions', () => {
  it('numbers placeholders per kind and reuses them for repeated values', () => {
    const text = 'key AKIA1 then AKIA2 then AKIA1';
    const redactions = buildRedactions(text, [
      finding([at(text, 'AKIA1'), at(text, 'AKIA2'), at(text, 'AKIA1', 10)], 'aws key'),
    ]);
    expect(applyRedactions(text, redactions)).toBe('key [AWS_KEY_1] then [AWS_KEY_2] then [AWS_KEY_1]');
  });

  it('merges overlapping spans so nothing is half-redacted', () => {
    const text = 'abcdefghij';
    const redactions = buildRedactions(text, [finding([{ start: 2, end: 5 }]), finding([{ start: 4, end: 8 }])]);
    expect(redactions).toHaveLength(1);
    expect(applyRedactions(text, redactions)).toBe('ab[SECRETS_1]ij');
  });

  it('leaves text without redactions untouched', () => {
    expect(applyRedactions('hello', [])).toBe('hello');
  });
});
