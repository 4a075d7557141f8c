// Shared plumbing for the React mocks (Copilot, DeepSeek, Grok, Poe): a store holding the
// controlled <textarea>'s value and the streaming flag, rendered synchronously (flushSync) so the
// DOM matches the state as soon as the page API returns.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { createStore } from './store.js';

export function createComposerStore() {
  const store = createStore({ text: '', streaming: false });
  return {
    store,
    getText: () => store.get().text,
    clear: () => flushSync(() => store.set({ text: '' })),
    setStreaming: (streaming) => flushSync(() => store.set({ streaming })),
  };
}

/** Props for the controlled textarea: value from the store, onChange back into it, Enter → onEnter. */
export const textareaProps = (store, text, onEnter) => ({
  value: text,
  onChange: (event) => store.set({ text: event.target.value }),
  onKeyDown: (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      onEnter(event);
    }
  },
});

export function mountReact(container, component) {
  const root = createRoot(container);
  flushSync(() => root.render(createElement(component)));
  return root;
}
