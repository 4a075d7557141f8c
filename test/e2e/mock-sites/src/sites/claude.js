/* global document */
// claude.ai: ProseMirror composer (no form), Enter sends, "Send message" button; an assistant turn
// is div[data-is-streaming] that flips from "true" to "false" when the reply is done.
import { h, messageId } from '../dom.js';
import { createMockChat } from '../mock-chat.js';
import { createProseMirrorComposer } from '../editors/prosemirror.js';

const thread = h('div', { class: 'thread', 'data-testid': 'chat-thread' });
const sendButton = h('button', { type: 'button', 'aria-label': 'Send message', 'data-testid': 'chat-input-send', disabled: true, onclick: () => chat.send() }, '↑');
const stopButton = h('button', { type: 'button', 'aria-label': 'Stop response' }, '■');
const editorMount = h('div', { class: 'composer-editor' });
document.body.append(h('main', { class: 'chat' }, thread, h('fieldset', { class: 'composer' }, editorMount, h('div', { class: 'composer-actions' }, sendButton))));

const composer = createProseMirrorComposer(editorMount, {
  attributes: { 'aria-label': 'Write your prompt to Claude', role: 'textbox', 'aria-multiline': 'true', translate: 'no', enterkeyhint: 'enter' },
  onEnter: () => chat.send(),
  onChange: (text) => (sendButton.disabled = text.trim() === ''),
});

const chat = createMockChat('claude', {
  readEditor: composer.getText,
  clearEditor: composer.clear,
  renderUserMessage(text) {
    thread.append(
      h('div', { 'data-test-render-count': '1' }, h('div', { 'data-testid': 'user-message', 'data-user-message-bubble': 'true', class: 'font-user-message', 'data-message-id': messageId() }, h('p', { class: 'whitespace-pre-wrap' }, text))),
    );
  },
  startReply() {
    const body = h('div', { class: 'font-claude-response' });
    const turn = h('div', { 'data-is-streaming': 'true' }, body);
    thread.append(turn);
    sendButton.replaceWith(stopButton);
    return {
      body,
      finish() {
        turn.setAttribute('data-is-streaming', 'false');
        stopButton.replaceWith(sendButton);
      },
    };
  },
  clearMessages: () => thread.replaceChildren(),
});
chat.markReady();
