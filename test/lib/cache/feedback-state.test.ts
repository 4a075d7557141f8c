import { describe, expect, it } from 'vitest';
import { feedbackState } from '../../../lib/cache/feedback-state.ts';
import type { FeedbackRecord } from '../../../lib/vector/feedback-store.ts';

const record = (id: string): FeedbackRecord => ({ id, label: 'fine', embedderId: 'm@1', vector: new Float32Array([1]), createdAt: 1 });

describe('feedbackState', () => {
  it('is the same for the same exemplars and changes with any change to them', () => {
    const none = feedbackState([]);
    const one = feedbackState([record('r1')]);
    expect(feedbackState([record('r1')])).toBe(one);
    expect(new Set([none, one, feedbackState([record('r1'), record('r2')]), feedbackState([record('r2')])]).size).toBe(4);
  });
});
