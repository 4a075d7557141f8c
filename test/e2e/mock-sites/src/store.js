// A minimal external store for the React mocks: the composer text and the streaming flag live
// here, React renders them (a controlled <textarea>), and the send handler reads the text from here.
import { useSyncExternalStore } from 'react';

export function createStore(initial) {
  let state = initial;
  const listeners = new Set();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const useStore = (store) => useSyncExternalStore(store.subscribe, store.get);
