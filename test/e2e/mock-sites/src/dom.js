/* global document */
// A tiny element builder: the mock pages build their DOM with DOM APIs, never innerHTML (the Gemini
// mock enforces Trusted Types like the real site, and the pages should read like the real markup).

/**
 * h('button', { class: 'send-button', 'aria-label': 'Send message', onclick: fn }, 'Send')
 * Attributes are set with setAttribute (true → empty attribute, false/null/undefined → omitted);
 * `on*` keys add event listeners.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  element.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

/** A fresh id like the message ids chat apps put on turns (not random: stable across runs). */
let nextId = 1;
export const messageId = () => `mock-${String(nextId++).padStart(4, '0')}`;
