import { describe, expect, it } from 'vitest';
import { readFeedbackRows } from '../../../lib/options/feedback-rows.ts';

describe('readFeedbackRows', () => {
  it('keeps well-formed exemplars, newest first, and drops the rest', () => {
    expect(
      readFeedbackRows([
        { id: 1, label: 'attack', createdAt: 10, embedderId: 'minilm@1' },
        { id: 'b', label: 'fine', createdAt: 20 },
        { id: 'c', label: 'spam', createdAt: 30 },
        { label: 'attack', createdAt: 40 },
        null,
      ]),
    ).toEqual([
      { id: 'b', label: 'fine', createdAt: 20, embedderId: '' },
      { id: '1', label: 'attack', createdAt: 10, embedderId: 'minilm@1' },
    ]);
    expect(readFeedbackRows('junk')).toEqual([]);
  });
});
