import { describe, expect, it } from 'vitest';
import { invalidFindingReason } from '../../../lib/core/validate-findings.ts';

const meta = { id: 'demo', categories: ['pii'] as const };
const good = { ruleId: 'demo/email', category: 'pii', severity: 'low', score: 0.4, spans: [{ start: 0, end: 3 }] };

describe('invalidFindingReason', () => {
  it('accepts a well-formed finding', () => {
    expect(invalidFindingReason(good, meta, 3)).toBeUndefined();
  });

  it.each([
    ['not an object', null],
    ['foreign rule id', { ...good, ruleId: 'other/email' }],
    ['undeclared category', { ...good, category: 'secrets' }],
    ['unknown severity', { ...good, severity: 'extreme' }],
    ['score above 1', { ...good, score: 1.01 }],
    ['reversed span', { ...good, spans: [{ start: 2, end: 1 }] }],
    ['span past the end', { ...good, spans: [{ start: 0, end: 4 }] }],
    ['fractional offset', { ...good, spans: [{ start: 0.5, end: 1 }] }],
    ['carries text', { ...good, matchedText: 'abc' }],
  ])('rejects %s', (_name, finding) => {
    expect(invalidFindingReason(finding, meta, 3)).toBeTypeOf('string');
  });
});
