/* global document */
// chat.mistral.ai (Le Chat): ProseMirror composer inside a form; Enter submits the form
// (requestSubmit), as does the submit button; the form's submit handler sends. Reply/user/stop
// markup is invented (unverified in research): see ../../README.md.
import { h, messageId } from '../dom.js';
import { createMockChat } from '../mock-chat.js';
import { createProseMirrorComposer } from '../editors/prosemirror.js';

const thread = h('div', { class: 'thread' });
const sendButton = h('button', { type: 'submit', 'aria-label': 'Send question', disabled: true }, '↑');
const stopButton = h('button', { type: 'button', 'aria-label': 'Stop generation' }, '■');
const editorMount = h('div', { class: 'composer-editor' });
const form = h('form', { class: 'composer', onsubmit: (event) => (event.preventDefault(), chat.send()) }, editorMount, h('div', { class: 'composer-actions' }, sendButton));
document.body.append(h('main', { class: 'chat' }, thread, form));

const composer = createProseMirrorComposer(editorMount, {
  attributes: { 'data-placeholder': 'Ask Le Chat anything', role: 'textbox', 'aria-multiline': 'true', translate: 'no' },
  onEnter: () => form.requestSubmit(),
  onChange: (text) => (sendButton.disabled = text.trim() === ''),
});

const message = (role, content) => h('div', { 'data-message-author-role': role, 'data-message-id': messageId() }, content);

const chat = createMockChat('mistral', {
  readEditor: composer.getText,
  clearEditor: composer.clear,
  renderUserMessage: (text) => thread.append(message('user', h('div', { class: 'whitespace-pre-wrap' }, text))),
  startReply() {
    const body = h('div', { class: 'prose' });
    thread.append(message('assistant', body));
    sendButton.replaceWith(stopButton);
    return { body, finish: () => stopButton.replaceWith(sendButton) };
  },
  clearMessages: () => thread.replaceChildren(),
});
chat.markReady();
