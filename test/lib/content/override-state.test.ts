import { describe, expect, it } from 'vitest';
import { createOverrideState } from '../../../lib/content/override-state.ts';

describe('createOverrideState', () => {
  it('allows both overrides until the background says otherwise', () => {
    const state = createOverrideState();
    expect([state.canSendAnyway(), state.canLoadAnyway()]).toEqual([true, true]);
  });

  it('follows each answer, and keeps its own copy', () => {
    const state = createOverrideState();
    const answer = { sendAnyway: false, loadAnyway: true };
    state.set(answer);
    expect([state.canSendAnyway(), state.canLoadAnyway()]).toEqual([false, true]);
    answer.sendAnyway = true;
    expect(state.canSendAnyway()).toBe(false);
    state.set({ sendAnyway: true, loadAnyway: false });
    expect([state.canSendAnyway(), state.canLoadAnyway()]).toEqual([true, false]);
  });
});
