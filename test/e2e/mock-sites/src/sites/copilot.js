/* global document */
// copilot.microsoft.com: React-controlled textarea#userInput (no form); Enter sends, as does the
// submit button; "Stop responding" replaces it while the reply streams.
import { createElement as e } from 'react';
import { h } from '../dom.js';
import { createMockChat } from '../mock-chat.js';
import { useStore } from '../store.js';
import { createComposerStore, mountReact, textareaProps } from '../react-composer.js';

const composer = createComposerStore();
const thread = h('div', { class: 'thread' });
const composerRoot = h('div', { class: 'composer' });
document.body.append(h('main', { class: 'chat' }, thread, composerRoot));

function Composer() {
  const { text, streaming } = useStore(composer.store);
  return e(
    'div',
    { className: 'composer-row' },
    e('textarea', { id: 'userInput', 'data-testid': 'composer-input', placeholder: 'Message Copilot', rows: 1, ...textareaProps(composer.store, text, () => chat.send()) }),
    e(
      'div',
      { className: 'composer-actions' },
      streaming
        ? e('button', { type: 'button', 'aria-label': 'Stop responding', key: 'stop' }, '■')
        : e('button', { type: 'button', 'data-testid': 'submit-button', 'aria-label': 'Submit', key: 'send', disabled: text.trim() === '', onClick: () => chat.send() }, '↑'),
    ),
  );
}

const chat = createMockChat('copilot', {
  readEditor: composer.getText,
  clearEditor: composer.clear,
  renderUserMessage: (text) => thread.append(h('div', { 'data-content': 'user-message', class: 'whitespace-pre-wrap' }, text)),
  startReply() {
    const body = h('div', { class: 'ai-message-body' });
    thread.append(h('div', { 'data-content': 'ai-message' }, body));
    composer.setStreaming(true);
    return { body, finish: () => composer.setStreaming(false) };
  },
  clearMessages: () => thread.replaceChildren(),
});
mountReact(composerRoot, Composer);
chat.markReady();
