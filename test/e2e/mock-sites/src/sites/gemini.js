/* global document, window */
// gemini.google.com: Quill inside the <rich-textarea> Angular element; Enter sends (Quill keyboard
// binding), so does button.send-button, which turns into the "Stop response" button while a reply
// streams. The page is served with Trusted Types enforced, like the real site (see README).
import { h } from '../dom.js';
import { createMockChat } from '../mock-chat.js';
import { createQuillComposer } from '../editors/quill.js';

// Quill clears its container with `innerHTML = ''` and parses pasted HTML with DOMParser; the
// default policy lets exactly those through, so any other string-to-HTML assignment on the page
// (an extension's content script included) throws as it would on gemini.google.com.
window.trustedTypes?.createPolicy('default', {
  createHTML: (html, _type, sink) => (html === '' || sink === 'DOMParser parseFromString' ? html : null),
});

const conversation = h('div', { class: 'conversation-container' });
const sendButton = h('button', { class: 'send-button', type: 'button', 'aria-label': 'Send message', 'aria-disabled': 'true', onclick: () => (sendButton.classList.contains('stop') ? undefined : chat.send()) }, '➤');
const editorMount = h('div', {});
document.body.append(
  h(
    'chat-window',
    { class: 'chat' },
    h('infinite-scroller', { class: 'thread' }, conversation),
    h('input-area-v2', { class: 'composer' }, h('rich-textarea', { class: 'text-input-field_textarea' }, editorMount), h('div', { class: 'composer-actions' }, sendButton)),
  ),
);

const composer = createQuillComposer(editorMount, {
  attributes: { class: 'ql-editor textarea new-input-ui', role: 'textbox', 'aria-label': 'Enter a prompt here', 'aria-multiline': 'true', 'data-placeholder': 'Ask Gemini' },
  onEnter: () => chat.send(),
  onChange: (text) => sendButton.setAttribute('aria-disabled', String(text.trim() === '')),
});

const setStreaming = (on) => {
  sendButton.classList.toggle('stop', on);
  sendButton.setAttribute('aria-label', on ? 'Stop response' : 'Send message');
};

const chat = createMockChat('gemini', {
  readEditor: composer.getText,
  clearEditor: composer.clear,
  renderUserMessage(text) {
    const lines = text.split('\n').map((line) => h('p', { class: 'query-text-line' }, line));
    conversation.append(h('user-query', {}, h('div', { class: 'query-content' }, h('div', { class: 'query-text' }, lines))));
  },
  startReply() {
    const body = h('div', { class: 'markdown markdown-main-panel' });
    conversation.append(h('model-response', {}, h('div', { class: 'response-container' }, h('message-content', { class: 'model-response-text' }, body))));
    setStreaming(true);
    return { body, finish: () => setStreaming(false) };
  },
  clearMessages: () => conversation.replaceChildren(),
});
chat.markReady();
