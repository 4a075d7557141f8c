/* global document */
// chat.deepseek.com: React-controlled textarea#chat-input; the composer row has mode toggles and the
// send control, all div[role=button] (the send control is the right-most one, aria-disabled while
// empty); Enter sends; a "Stop" div replaces the send control while the reply streams.
import { createElement as e, useState } from 'react';
import { h } from '../dom.js';
import { createMockChat } from '../mock-chat.js';
import { useStore } from '../store.js';
import { createComposerStore, mountReact, textareaProps } from '../react-composer.js';

const composer = createComposerStore();
const thread = h('div', { class: 'thread' });
const composerRoot = h('div', { class: 'composer' });
document.body.append(h('main', { class: 'chat' }, thread, composerRoot));

function Toggle({ label }) {
  const [on, setOn] = useState(false);
  return e('div', { role: 'button', tabIndex: 0, className: `ds-button ds-toggle${on ? ' ds-toggle--on' : ''}`, 'aria-disabled': 'false', 'aria-pressed': String(on), onClick: () => setOn(!on) }, label);
}

function Composer() {
  const { text, streaming } = useStore(composer.store);
  const empty = text.trim() === '';
  return e(
    'div',
    { className: 'ds-composer' },
    e('textarea', { id: 'chat-input', placeholder: 'Message DeepSeek', rows: 2, ...textareaProps(composer.store, text, () => chat.send()) }),
    e(
      'div',
      { className: 'ds-composer-row composer-actions' },
      e(Toggle, { label: 'DeepThink' }),
      e(Toggle, { label: 'Search' }),
      streaming
        ? e('div', { role: 'button', tabIndex: 0, key: 'stop', className: 'ds-icon-button', 'aria-label': 'Stop', 'aria-disabled': 'false' }, '■')
        : e('div', { role: 'button', tabIndex: 0, key: 'send', className: 'ds-icon-button ds-send', 'aria-disabled': String(empty), onClick: () => empty || chat.send() }, '↑'),
    ),
  );
}

const chat = createMockChat('deepseek', {
  readEditor: composer.getText,
  clearEditor: composer.clear,
  renderUserMessage: (text) => thread.append(h('div', { 'data-role': 'user', class: 'ds-user-message whitespace-pre-wrap' }, text)),
  startReply() {
    const body = h('div', { class: 'ds-markdown ds-markdown--block' });
    thread.append(h('div', { 'data-role': 'assistant', class: 'ds-assistant-message' }, body));
    composer.setStreaming(true);
    return { body, finish: () => composer.setStreaming(false) };
  },
  clearMessages: () => thread.replaceChildren(),
});
mountReact(composerRoot, Composer);
chat.markReady();
