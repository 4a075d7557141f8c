import { describe, expect, it } from 'vitest';
import { KeywordIndex } from '../../../lib/pii/keyword-index.ts';
import type { KeywordHit } from '../../../lib/pii/keywords.ts';

const hits: KeywordHit[] = [
  { kind: 'card', start: 0, end: 4 },
  { kind: 'phone', start: 10, end: 15 },
  { kind: 'card', start: 100, end: 104 },
];

describe('KeywordIndex', () => {
  const index = new KeywordIndex(hits);
  it('answers "near" before and after a range', () => {
    expect(index.near('card', 20, 30, 48, 0)).toBe(true);
    expect(index.near('card', 60, 70, 48, 24)).toBe(false);
    expect(index.near('card', 60, 80, 10, 24)).toBe(true);
    expect(index.near('ssn', 0, 10)).toBe(false);
  });
  it('finds labels with nothing but words between', () => {
    expect(index.labels('phone', 'x'.repeat(15) + ': ' + '1234', 17, 5)).toBe(true);
    expect(index.labels('phone', 'x'.repeat(15) + ' 9 ' + '1234', 18, 5)).toBe(false);
  });
  it('lists hits ending at or within a position', () => {
    expect(index.endingAt(['phone'], 15)).toHaveLength(1);
    expect(index.endingIn(['card'], 0, 200)).toHaveLength(2);
    expect([...index.between('card', 1, 200)].map((hit) => hit.start)).toEqual([100]);
  });
});
