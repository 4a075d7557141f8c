import { normalizeComposerText, readEditableText, sameComposerText } from './editor-text.ts';

/**
 * Writing into a rich-text composer (ProseMirror, Quill, Lexical, plain contenteditable) so that
 * the *app* notices: these editors keep the message in their own state and re-render the DOM from
 * it, so changing the DOM behind their back either gets reverted or leaves the app sending the old
 * text. Each step below goes through a path the editors themselves listen to, and each is checked
 * by reading the composer back; the next one is tried only when the text did not take.
 *   1. `execCommand('insertText')` on the selection: the browser edits and fires real input
 *      events (ProseMirror and Quill pick the change up from the DOM, Lexical from beforeinput).
 *   2. A `beforeinput` InputEvent (insertText, then insertReplacementText): Lexical and Quill 2
 *      apply these themselves.
 *   3. A synthetic paste with a DataTransfer: every editor's paste handler reads clipboardData.
 * (../shared/research/extension-notes.md §2c.)
 */

/** How long one step may take to show up in the DOM (editors apply changes in a microtask or a frame). */
export const WRITE_SETTLE_MS = 150;
const POLL_MS = 10;

type Step = (element: HTMLElement, text: string) => void;

const execCommandStep: Step = (element, text) => {
  element.ownerDocument.execCommand('insertText', false, text);
};

const beforeInputStep =
  (inputType: 'insertText' | 'insertReplacementText'): Step =>
  (element, text) => {
    const win = element.ownerDocument.defaultView;
    if (!win) return;
    const init: InputEventInit = { inputType, bubbles: true, cancelable: true, composed: true };
    if (inputType === 'insertText') init.data = text;
    else {
      const transfer = new win.DataTransfer();
      transfer.setData('text/plain', text);
      init.dataTransfer = transfer;
    }
    element.dispatchEvent(new win.InputEvent('beforeinput', init));
  };

const pasteStep: Step = (element, text) => {
  const win = element.ownerDocument.defaultView;
  if (!win) return;
  const transfer = new win.DataTransfer();
  transfer.setData('text/plain', text);
  element.dispatchEvent(new win.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true, composed: true }));
};

export const REPLACE_STEPS: readonly Step[] = [execCommandStep, beforeInputStep('insertText'), beforeInputStep('insertReplacementText'), pasteStep];
export const INSERT_STEPS: readonly Step[] = [execCommandStep, beforeInputStep('insertText'), pasteStep];
/**
 * Lexical applies execCommand's DOM edit but drops its line breaks, and a partial paste cannot be
 * taken back cleanly: it gets the beforeinput path (which it applies exactly) first.
 */
const LEXICAL_REPLACE_STEPS: readonly Step[] = [beforeInputStep('insertText'), execCommandStep, pasteStep];
const LEXICAL_INSERT_STEPS: readonly Step[] = [beforeInputStep('insertText'), pasteStep];

export type EditableKind = 'prosemirror' | 'quill' | 'lexical' | 'contenteditable';

/** Which editor runs this element (from the marks each one puts on its root). */
export function editableKind(element: Element): EditableKind {
  if (element.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (element.classList.contains('ProseMirror')) return 'prosemirror';
  if (element.classList.contains('ql-editor')) return 'quill';
  return 'contenteditable';
}

export const replaceStepsFor = (kind: EditableKind): readonly Step[] => (kind === 'lexical' ? LEXICAL_REPLACE_STEPS : REPLACE_STEPS);
export const insertStepsFor = (kind: EditableKind): readonly Step[] => (kind === 'lexical' ? LEXICAL_INSERT_STEPS : INSERT_STEPS);

export interface WriterTiming {
  /** Resolves when `done()` holds or `timeoutMs` passed (polls; editors settle asynchronously). */
  waitFor: (done: () => boolean, timeoutMs: number) => Promise<void>;
}

export const realTiming: WriterTiming = {
  async waitFor(done, timeoutMs) {
    const until = Date.now() + timeoutMs;
    // One macrotask first: MutationObserver callbacks and microtask-scheduled renders run by then.
    do {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    } while (!done() && Date.now() < until);
  },
};

const readElement = (element: HTMLElement): string => readEditableText(element);

/** Focus the composer and select everything in it (what Ctrl+A inside it does). */
export function selectAllIn(element: HTMLElement): void {
  const doc = element.ownerDocument;
  element.focus({ preventScroll: true });
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Put a saved range back when it still lies inside the composer; otherwise leave the caret be. */
export function restoreRange(element: HTMLElement, range: Range | undefined): void {
  element.focus({ preventScroll: true });
  const selection = element.ownerDocument.getSelection();
  if (!selection || !range || !range.startContainer.isConnected || !element.contains(range.startContainer) || !element.contains(range.endContainer)) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Replaces everything in a contenteditable composer with `text`. True only when the composer then
 * reads as `text` (whitespace folded: see editor-text.ts). When no step worked, the original text
 * is put back if a step left something else behind, and the answer is false: the caller holds the
 * message rather than send what the app may still have in its state.
 */
export async function replaceEditableText(
  element: HTMLElement,
  text: string,
  steps: readonly Step[] = replaceStepsFor(editableKind(element)),
  timing: WriterTiming = realTiming,
): Promise<boolean> {
  const original = readElement(element);
  if (sameComposerText(original, text)) return true;
  const took = () => sameComposerText(readElement(element), text);
  for (const step of steps) {
    selectAllIn(element);
    // Editors learn about a programmatic selection from the queued `selectionchange` event: let
    // it fire, or the step writes at the old caret (ProseMirror's paste, Lexical's input).
    await timing.waitFor(() => false, 0);
    try {
      step(element, text);
    } catch {
      // e.g. a constructor the page's realm lacks: try the next step.
    }
    await timing.waitFor(took, WRITE_SETTLE_MS);
    if (took()) {
      // One more turn so that apps which copy the editor's state (React onChange) have done so.
      await timing.waitFor(() => false, 0);
      return took();
    }
  }
  if (!sameComposerText(readElement(element), original)) {
    selectAllIn(element);
    await timing.waitFor(() => false, 0);
    try {
      execCommandStep(element, original);
    } catch {
      // Nothing more to try; the caller says the redaction failed and shows the composer as is.
    }
    await timing.waitFor(() => sameComposerText(readElement(element), original), WRITE_SETTLE_MS);
  }
  return false;
}

/**
 * Inserts `text` at `range` (or the caret) in a contenteditable composer — a paste Rampart checked
 * first. The first step that changes the composer ends the ladder, so a slow editor never gets
 * the text twice; true when the composer then contains the text.
 */
export async function insertIntoEditable(
  element: HTMLElement,
  text: string,
  range?: Range,
  steps: readonly Step[] = insertStepsFor(editableKind(element)),
  timing: WriterTiming = realTiming,
): Promise<boolean> {
  const before = readElement(element);
  const changed = () => readElement(element) !== before;
  for (const step of steps) {
    restoreRange(element, range);
    await timing.waitFor(() => false, 0);
    try {
      step(element, text);
    } catch {
      // next step
    }
    await timing.waitFor(changed, WRITE_SETTLE_MS);
    if (changed()) return normalizeComposerText(readElement(element)).includes(normalizeComposerText(text));
  }
  return false;
}

type TextField = HTMLTextAreaElement | HTMLInputElement;

/**
 * React (and similar) keep their own copy of a textarea's value and hook the element's `value`
 * property to track it; assigning `field.value` directly updates the DOM but not the app's
 * state, so the app would send the old text. Calling the prototype's native setter and then
 * firing `input` is what a real keystroke does, so the app's state follows.
 */
export function setTextFieldValue(field: TextField, value: string): boolean {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  if (!setter) return false;
  setter.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return field.value === value;
}

/**
 * Inserts `text` between `start` and `end` of a textarea: `execCommand('insertText')` keeps the
 * browser's undo history and fires the input events an app listens to; the native setter is the
 * fallback. True when the field then holds exactly the expected value.
 */
export function insertIntoTextField(field: TextField, text: string, start: number, end: number): boolean {
  const value = field.value;
  const from = Math.min(Math.max(0, start), value.length);
  const to = Math.min(Math.max(from, end), value.length);
  const expected = value.slice(0, from) + text + value.slice(to);
  field.focus({ preventScroll: true });
  try {
    field.setSelectionRange(from, to);
    field.ownerDocument.execCommand('insertText', false, text);
  } catch {
    // fall through to the setter
  }
  if (field.value === expected) return true;
  if (field.value !== value) return false;
  if (!setTextFieldValue(field, expected)) return false;
  try {
    field.setSelectionRange(from + text.length, from + text.length);
  } catch {
    // the caret is cosmetic
  }
  return field.value === expected;
}
