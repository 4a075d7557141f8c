/* global document */
// chatgpt.com (2026 composer): ProseMirror in form[data-chatgpt-composer]; Enter sends from the
// keymap, the send button submits the form; while a reply streams the stop button replaces it.
import { h, messageId } from '../dom.js';
import { createMockChat } from '../mock-chat.js';
import { createProseMirrorComposer } from '../editors/prosemirror.js';

let turns = 0;
const thread = h('div', { class: 'thread', role: 'presentation' });
const sendButton = h('button', { type: 'submit', id: 'composer-submit-button', 'data-testid': 'send-button', 'aria-label': 'Send prompt', disabled: true }, '↑');
const stopButton = h('button', { type: 'button', id: 'composer-submit-button', 'data-testid': 'stop-button', 'aria-label': 'Stop streaming' }, '■');
const editorMount = h('div', { class: 'composer-editor' });
const form = h(
  'form',
  { 'data-chatgpt-composer': true, 'data-type': 'unified-composer', class: 'composer', onsubmit: (event) => (event.preventDefault(), chat.send()) },
  editorMount,
  h('div', { class: 'composer-actions' }, sendButton),
);
document.body.append(h('main', { class: 'chat' }, thread, form));

const composer = createProseMirrorComposer(editorMount, {
  attributes: { 'data-composer-markdown': '', role: 'textbox', 'aria-label': 'Ask ChatGPT', 'aria-multiline': 'true', translate: 'no' },
  onEnter: () => chat.send(),
  onChange: (text) => (sendButton.disabled = text.trim() === ''),
});

const turn = (role, content) =>
  h('article', { 'data-testid': `conversation-turn-${++turns}`, 'data-turn': role }, h('div', { 'data-message-author-role': role, 'data-message-id': messageId() }, content));

const chat = createMockChat('chatgpt', {
  readEditor: composer.getText,
  clearEditor: composer.clear,
  renderUserMessage: (text) => thread.append(turn('user', h('div', { class: 'whitespace-pre-wrap' }, text))),
  startReply() {
    const body = h('div', { class: 'markdown prose' });
    thread.append(turn('assistant', body));
    sendButton.replaceWith(stopButton);
    return { body, finish: () => stopButton.replaceWith(sendButton) };
  },
  clearMessages: () => ((turns = 0), thread.replaceChildren()),
});
chat.markReady();
