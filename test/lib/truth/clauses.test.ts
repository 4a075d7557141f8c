import { describe, expect, it } from 'vitest';
import { CLAUSE_BOUNDARY, clauseAround } from '../../../lib/truth/clauses.ts';
import { redosVerdict } from '../../support/redos-check.ts';

const clauseOf = (text: string, word: string) => {
  const span = clauseAround(text, { start: 0, end: text.length }, text.indexOf(word));
  return text.slice(span.start, span.end);
};

describe('clauseAround', () => {
  it('stops at punctuation and at contrastive conjunctions', () => {
    expect(clauseOf('Never take more than 4 g; 1 g every 6 hours is fine', '1 g')).toBe(' 1 g every 6 hours is fine');
    expect(clauseOf('Do not mix them, but use each one alone', 'use')).toBe('but use each one alone');
  });

  it('does not break a number at its thousands separator', () => {
    expect(clauseOf('You can take up to 8,000 mg a day', '000')).toBe('You can take up to 8,000 mg a day');
  });

  it('stays inside the sentence it is given', () => {
    const text = 'First part. Second part here';
    const span = clauseAround(text, { start: 12, end: text.length }, 20);
    expect(text.slice(span.start, span.end)).toBe('Second part here');
  });
});

describe('clause boundary pattern', () => {
  it('passes the ReDoS check (recheck)', { timeout: 300_000 }, async () => {
    expect(await redosVerdict(CLAUSE_BOUNDARY.source, CLAUSE_BOUNDARY.flags)).toBe('safe');
  });
});
