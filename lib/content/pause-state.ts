import type { Result } from '../core/result.ts';

/**
 * Whether Rampart is paused on this page (the user's or admin's `sites.paused`), as the content
 * script knows it. It starts unpaused — until the background says otherwise every send and reply
 * is checked, so a slow or missing answer can never let a message through unchecked — and changes
 * only on an answer from the background (content:settings), never on anything the page does.
 */
export interface PauseState {
  isPaused(): boolean;
  set(paused: boolean): void;
  /** Called on every change (not on a set to the same value); returns the unsubscribe. */
  subscribe(listener: (paused: boolean) => void): () => void;
}

export function createPauseState(): PauseState {
  let paused = false;
  const listeners = new Set<(paused: boolean) => void>();
  return {
    isPaused: () => paused,
    set(next) {
      if (next === paused) return;
      paused = next;
      for (const listener of listeners) listener(paused);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Keeps `state` in step with the background: `refresh()` asks again (at start, and whenever the
 * background says the settings changed). Answers are applied in order of asking — a slow answer
 * to an older question never overwrites a newer one — and a failed answer changes nothing.
 * `alsoApply` gets the rest of the same answer under the same rules (e.g. the override state).
 */
export function followPauseSettings<T extends { paused: boolean }>(
  state: PauseState,
  load: () => Promise<Result<T>>,
  alsoApply?: (settings: T) => void,
): () => Promise<void> {
  let asked = 0;
  return async function refresh() {
    const ticket = ++asked;
    const answer = await load();
    if (ticket !== asked || !answer.ok) return;
    state.set(answer.value.paused);
    alsoApply?.(answer.value);
  };
}

/** The background's note to content scripts that the settings changed (they ask content:settings again). */
export const SETTINGS_CHANGED_MESSAGE = 'rampart:settings-changed';

export const isSettingsChangedMessage = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === SETTINGS_CHANGED_MESSAGE;
