import { describe, expect, it } from 'vitest';
import { approve, APPROVAL_TTL_MS, isApproved } from '../../../lib/content/approval.ts';

describe('approval', () => {
  const approval = approve('hello', 1_000);

  it('covers the exact text for a short while', () => {
    expect(isApproved(approval, 'hello', 1_000)).toBe(true);
    expect(isApproved(approval, 'hello', 1_000 + APPROVAL_TTL_MS)).toBe(true);
  });

  it('does not cover other text, later sends, or clocks that went backwards', () => {
    expect(isApproved(approval, 'hello!', 1_001)).toBe(false);
    expect(isApproved(approval, 'hello', 1_001 + APPROVAL_TTL_MS)).toBe(false);
    expect(isApproved(approval, 'hello', 999)).toBe(false);
    expect(isApproved(undefined, 'hello', 1_000)).toBe(false);
  });
});
