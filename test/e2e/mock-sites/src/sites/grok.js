/* global document */
// grok.com: React-controlled textarea in a form; Enter submits the form (requestSubmit), as does
// the submit button; the form's submit handler sends; "Stop model response" replaces the submit
// button while the reply streams. Message-bubble markup is partly invented (see README).
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
    'form',
    { className: 'query-bar', onSubmit: (event) => (event.preventDefault(), chat.send()) },
    e('textarea', { 'aria-label': 'Ask Grok anything', dir: 'auto', rows: 1, ...textareaProps(composer.store, text, (event) => event.currentTarget.form.requestSubmit()) }),
    e(
      'div',
      { className: 'composer-actions' },
      streaming
        ? e('button', { type: 'button', key: 'stop', 'aria-label': 'Stop model response' }, '■')
        : e('button', { type: 'submit', key: 'send', 'aria-label': 'Submit', disabled: text.trim() === '' }, '↑'),
    ),
  );
}

const chat = createMockChat('grok', {
  readEditor: composer.getText,
  clearEditor: composer.clear,
  renderUserMessage: (text) => thread.append(h('div', { class: 'message-row items-end' }, h('div', { class: 'message-bubble user whitespace-pre-wrap' }, text))),
  startReply() {
    const body = h('div', { class: 'response-content-markdown markdown' });
    thread.append(h('div', { class: 'message-row items-start' }, h('div', { class: 'message-bubble assistant' }, body)));
    composer.setStreaming(true);
    return { body, finish: () => composer.setStreaming(false) };
  },
  clearMessages: () => thread.replaceChildren(),
});
mountReact(composerRoot, Composer);
chat.markReady();
