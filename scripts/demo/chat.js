/* global document, window */
// The demo chat's own behaviour, written like a real chat app: it sends on Enter (keydown) and
// on form submit, appends the message, clears the composer and "answers". Rampart's content
// script has to intercept these sends without the page's cooperation.
const form = document.querySelector('[data-rampart-demo="form"]');
const composer = document.querySelector('[data-rampart-demo="composer"]');
const messages = document.querySelector('[data-rampart-demo="messages"]');

function append(text, role) {
  const item = document.createElement('li');
  item.className = role;
  item.dataset.role = role;
  item.textContent = text;
  if (role === 'assistant') item.dataset.rampartDemo = 'reply';
  messages.append(item);
  return item;
}

function send() {
  const text = composer.value;
  if (text.trim() === '') return;
  // Read by the end-to-end test to measure the time from Enter to the page's own send.
  window.demoLastSendAt = performance.now();
  append(text, 'user');
  composer.value = '';
  append(`(demo assistant) I received ${text.length} characters.`, 'assistant');
}

composer.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    send();
  }
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  send();
});
