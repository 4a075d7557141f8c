import { describe, expect, it } from 'vitest';
import { codeIntent } from '../../../lib/detectors/code-intent.ts';

describe('code-intent', () => {
  it('runs both directions and names the payload group', () => {
    expect(codeIntent.meta.directions).toEqual(['inbound', 'outbound']);
    const outputs = ['malicious', 'injection-payload', 'shell', 'traversal'];
    expect(codeIntent.classify(Float32Array.of(0.9, 0.1, 0.85, 0.2), outputs)).toEqual({ rule: 'shell', score: expect.closeTo(0.9, 5) });
  });
});
