/* global document */
// www.perplexity.ai: Lexical composer div#ask-input; Enter sends (KEY_ENTER_COMMAND), so does the
// submit button; "Stop" replaces it while the answer streams. The answer/user-query markup is
// invented (unverified in research): see ../../README.md.
import { h } from '../dom.js';
import { createMockChat } from '../mock-chat.js';
import { createLexicalComposer } from '../editors/lexical.js';

const thread = h('div', { class: 'thread' });
const sendButton = h('button', { type: 'button', 'data-testid': 'submit-button', 'aria-label': 'Submit', disabled: true, onclick: () => chat.send() }, '→');
const stopButton = h('button', { type: 'button', 'aria-label': 'Stop' }, '■');
const editorRoot = h('div', { id: 'ask-input', role: 'textbox', 'aria-multiline': 'true', 'aria-placeholder': 'Ask anything…', spellcheck: 'true', class: 'composer-editor' });
document.body.append(h('main', { class: 'chat' }, thread, h('div', { class: 'composer' }, editorRoot, h('div', { class: 'composer-actions' }, sendButton))));

const composer = createLexicalComposer(editorRoot, {
  namespace: 'perplexity-mock',
  onEnter: () => chat.send(),
  onChange: (text) => (sendButton.disabled = text.trim() === ''),
});

const chat = createMockChat('perplexity', {
  readEditor: composer.getText,
  clearEditor: composer.clear,
  renderUserMessage: (text) => thread.append(h('div', { 'data-testid': 'user-query', class: 'whitespace-pre-wrap' }, text)),
  startReply() {
    const body = h('div', { class: 'prose' });
    thread.append(h('div', { 'data-testid': 'answer' }, body));
    sendButton.replaceWith(stopButton);
    return { body, finish: () => stopButton.replaceWith(sendButton) };
  },
  clearMessages: () => thread.replaceChildren(),
});
chat.markReady();
