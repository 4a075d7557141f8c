import { describe, expect, it } from 'vitest';
import { HARM_CODES } from '../../../lib/core/category.ts';
import { contentSafety } from '../../../lib/detectors/content-safety.ts';

describe('content-safety', () => {
  it('runs both directions and names the likeliest hazard code', () => {
    expect(contentSafety.meta.directions).toEqual(['inbound', 'outbound']);
    const outputs = ['harmful', ...Object.keys(HARM_CODES)];
    const scores = new Float32Array(outputs.length);
    scores[0] = 0.93;
    scores[outputs.indexOf('S9')] = 0.8;
    scores[outputs.indexOf('S1')] = 0.3;
    expect(contentSafety.classify(scores, outputs)).toEqual({ rule: 'S9', score: expect.closeTo(0.93, 5) });
    expect(Object.keys(contentSafety.meta.messages)).toHaveLength(14);
  });
});
