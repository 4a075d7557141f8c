// A Quill 2 composer (Gemini): the real quill package; Enter is a keyboard-module binding that
// sends (Shift+Enter falls through to Quill's own newline), text read with quill.getText().
import Quill from 'quill/core';

/**
 * @param {Element} mount the Quill container (Quill adds .ql-container and a .ql-editor inside)
 * @param {{ attributes?: Record<string,string>, onEnter(): void, onChange?(text: string): void }} options
 */
export function createQuillComposer(mount, { attributes = {}, onEnter, onChange = () => {} }) {
  const quill = new Quill(mount, {
    modules: {
      keyboard: {
        bindings: {
          // Added before Quill's own Enter handler, so it wins; returning false stops the rest.
          mockSend: {
            key: 'Enter',
            shiftKey: false,
            handler: () => {
              onEnter();
              return false;
            },
          },
        },
      },
    },
  });
  for (const [name, value] of Object.entries(attributes)) quill.root.setAttribute(name, value);
  // Quill's document always ends with one "\n" of its own; it is not part of the prompt.
  const getText = () => quill.getText().replace(/\n$/, '');
  quill.on('text-change', () => onChange(getText()));
  return {
    quill,
    element: quill.root,
    getText,
    clear: () => quill.setText(''),
  };
}
