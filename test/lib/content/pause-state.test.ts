import { describe, expect, it, vi } from 'vitest';
import { err, ok, type Result } from '../../../lib/core/result.ts';
import { createPauseState, followPauseSettings, isSettingsChangedMessage, SETTINGS_CHANGED_MESSAGE } from '../../../lib/content/pause-state.ts';

describe('pause state', () => {
  it('starts unpaused and tells subscribers about changes only', () => {
    const state = createPauseState();
    const listener = vi.fn();
    const unsubscribe = state.subscribe(listener);
    expect(state.isPaused()).toBe(false);
    state.set(false);
    state.set(true);
    state.set(true);
    expect(listener.mock.calls).toEqual([[true]]);
    unsubscribe();
    state.set(false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(state.isPaused()).toBe(false);
  });
});

describe('followPauseSettings', () => {
  it('applies the background answer and ignores failures', async () => {
    const state = createPauseState();
    let answer: Result<{ paused: boolean }> = ok({ paused: true });
    const refresh = followPauseSettings(state, async () => answer);
    await refresh();
    expect(state.isPaused()).toBe(true);
    answer = err('no answer');
    await refresh();
    expect(state.isPaused()).toBe(true);
    answer = ok({ paused: false });
    await refresh();
    expect(state.isPaused()).toBe(false);
  });

  it('never lets an older, slower answer overwrite a newer one', async () => {
    const state = createPauseState();
    const resolvers: Array<(value: Result<{ paused: boolean }>) => void> = [];
    const refresh = followPauseSettings<{ paused: boolean }>(state, () => new Promise((resolve) => resolvers.push(resolve)));
    const first = refresh();
    const second = refresh();
    resolvers[1]!(ok({ paused: true }));
    await second;
    resolvers[0]!(ok({ paused: false }));
    await first;
    expect(state.isPaused()).toBe(true);
  });

  it('hands the rest of each applied answer to alsoApply, under the same rules', async () => {
    const state = createPauseState();
    const applied: string[] = [];
    const resolvers: Array<(value: Result<{ paused: boolean; tag: string }>) => void> = [];
    const refresh = followPauseSettings<{ paused: boolean; tag: string }>(
      state,
      () => new Promise((resolve) => resolvers.push(resolve)),
      (settings) => applied.push(settings.tag),
    );
    const first = refresh();
    const second = refresh();
    resolvers[1]!(ok({ paused: false, tag: 'newer' }));
    await second;
    resolvers[0]!(ok({ paused: true, tag: 'older' }));
    await first;
    const third = refresh();
    resolvers[2]!(err('no answer'));
    await third;
    expect(applied).toEqual(['newer']);
  });
});

describe('settings-changed message', () => {
  it('is recognised by its type only', () => {
    expect(isSettingsChangedMessage({ type: SETTINGS_CHANGED_MESSAGE })).toBe(true);
    for (const other of [undefined, null, 'rampart:settings-changed', { type: 'content:scan' }]) expect(isSettingsChangedMessage(other)).toBe(false);
  });
});
