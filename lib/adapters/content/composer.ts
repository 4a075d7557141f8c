import { readEditableText, type NodeLike } from './editor-text.ts';
import { replaceEditableText, setTextFieldValue } from './editor-writer.ts';

/**
 * Finding, reading and writing the chat composer. Site adapters list selectors in order; the first
 * that matches wins. A selector can come from managed policy (admin overrides), so an invalid one is
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

/** Whether `element` matches any of the selectors (an invalid one never matches). */
export function matchesAny(element: unknown, selectors: readonly string[]): element is Element {
  const candidate = element as Partial<Element> | null;
  if (!candidate || typeof candidate.matches !== 'function') return false;
  return selectors.some((selector) => {
    try {
      return candidate.matches!(selector);
    } catch {
      return false;
    }
  });
}

/**
 * The element an event went through that matches the selectors, innermost first — the composer
 * the user typed in, or the send control they clicked, even when the page has several (an edit
 * box beside the main composer) or re-rendered them since the last event.
 */
export function findInPath(path: readonly EventTarget[], selectors: readonly string[]): Element | undefined {
  return path.find((target) => matchesAny(target, selectors)) as Element | undefined;
}

const isTextField = (element: Element): element is HTMLTextAreaElement | HTMLInputElement =>
  element.localName === 'textarea' || element.localName === 'input';

/** The composer's text as the user sees it (see editor-text.ts for rich editors). */
export function readComposerText(composer: Element): string {
  if (isTextField(composer)) return composer.value;
  const node = composer as unknown as Partial<NodeLike> & { innerText?: string };
  if (node.childNodes && typeof node.nodeType === 'number') return readEditableText(node as NodeLike);
  return node.innerText ?? composer.textContent ?? '';
}

/**
 * Replaces the composer's text so that the page's app takes it: the native value setter for a
 * textarea (synchronous), the editor-writer ladder for rich editors (asynchronous, verified).
 * False when it could not; the caller then holds the message instead of sending it unredacted.
 */
export function writeComposerText(composer: Element, text: string): boolean | Promise<boolean> {
  if (isTextField(composer)) return setTextFieldValue(composer, text);
  if ((composer as HTMLElement).isContentEditable === false) return false;
  return replaceEditableText(composer as HTMLElement, text);
}
