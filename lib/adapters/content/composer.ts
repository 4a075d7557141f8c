/**
 * Reading and writing the chat composer. Site adapters list selectors in order; the first that
 * matches wins. A selector can come from managed policy (admin overrides), so an invalid one is
 * skipped instead of breaking interception for the whole page.
 */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      // Invalid selector (SyntaxError): try the next one.
    }
  }
  return null;
}

const isTextField = (element: Element): element is HTMLTextAreaElement | HTMLInputElement =>
  element.localName === 'textarea' || element.localName === 'input';

export function readComposerText(composer: Element): string {
  if (isTextField(composer)) return composer.value;
  // contenteditable editors (ProseMirror, Lexical, …): innerText keeps the line breaks the user sees.
  return (composer as HTMLElement).innerText ?? composer.textContent ?? '';
}

/**
 * React (and similar) keep their own copy of a textarea's value and hook the element's `value`
 * property to track it; assigning `composer.value` directly updates the DOM but not the app's
 * state, so the app would send the old text. Calling the prototype's native setter and then
 * firing `input` is what a real keystroke does, so the app's state follows.
 * Rich-text editors need their own strategy (per site adapter); until then this reports false and
 * the caller holds the message instead of sending unredacted text.
 */
export function writeComposerText(composer: Element, text: string): boolean {
  if (!isTextField(composer)) return false;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(composer), 'value')?.set;
  if (!setter) return false;
  setter.call(composer, text);
  composer.dispatchEvent(new Event('input', { bubbles: true }));
  return composer.value === text;
}
