/* global document */
// poe.com: React-controlled textarea with CSS-module class names (hashed suffixes, as on the real
// site, so adapters must match by prefix); Enter sends, as does the "Send message" button; "Stop
// message" replaces it while the reply streams.
import { createElement as e } from 'react';
import { h } from '../dom.js';
import { createMockChat } from '../mock-chat.js';
import { useStore } from '../store.js';
import { createComposerStore, mountReact, textareaProps } from '../react-composer.js';

const composer = createComposerStore();
const thread = h('div', { class: 'ChatMessagesView_infiniteScroll__K_SeP thread' });
const composerRoot = h('div', { class: 'ChatPageMainFooter_footer__Hm4Rt composer' });
document.body.append(h('main', { class: 'chat' }, thread, composerRoot));

function Composer() {
  const { text, streaming } = useStore(composer.store);
  return e(
    'div',
    { className: 'ChatMessageInputContainer_inputContainer__s2AGa composer-row' },
    e('textarea', { className: 'GrowingTextArea_textArea__ZWQbP', placeholder: 'Start a new chat', rows: 1, ...textareaProps(composer.store, text, () => chat.send()) }),
    e(
      'div',
      { className: 'composer-actions' },
      streaming
        ? e('button', { type: 'button', key: 'stop', className: 'ChatStopMessageButton_stopButton__QOW41', 'aria-label': 'Stop message' }, '■')
        : e('button', { type: 'button', key: 'send', className: 'ChatMessageSendButton_sendButton__4ZyI4', 'aria-label': 'Send message', disabled: text.trim() === '', onClick: () => chat.send() }, '↑'),
    ),
  );
}

const chat = createMockChat('poe', {
  readEditor: composer.getText,
  clearEditor: composer.clear,
  renderUserMessage: (text) =>
    thread.append(h('div', { class: 'ChatMessage_chatMessage__xkgHx' }, h('div', { class: 'Message_humanMessageBubble__DtRxA Message_messageBubble__0ZQvY whitespace-pre-wrap' }, text))),
  startReply() {
    const body = h('div', { class: 'Markdown_markdownContainer__Tz3HQ' });
    thread.append(h('div', { class: 'ChatMessage_chatMessage__xkgHx' }, h('div', { class: 'Message_botMessageBubble__aYctV Message_messageBubble__0ZQvY' }, body)));
    composer.setStreaming(true);
    return { body, finish: () => composer.setStreaming(false) };
  },
  clearMessages: () => thread.replaceChildren(),
});
mountReact(composerRoot, Composer);
chat.markReady();
