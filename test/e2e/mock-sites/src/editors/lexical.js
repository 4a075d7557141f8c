// A Lexical composer (Perplexity): the real lexical + @lexical/plain-text packages; Enter is a
// KEY_ENTER_COMMAND handler that sends (Shift+Enter falls through to a line break), text read
// from the editor state inside editorState.read().
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, createEditor, KEY_ENTER_COMMAND } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';

/**
 * @param {HTMLElement} root the contenteditable element (Lexical marks it data-lexical-editor="true")
 * @param {{ namespace: string, onEnter(): void, onChange?(text: string): void }} options
 */
export function createLexicalComposer(root, { namespace, onEnter, onChange = () => {} }) {
  root.contentEditable = 'true';
  const editor = createEditor({
    namespace,
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(root);
  registerPlainText(editor);
  editor.registerCommand(
    KEY_ENTER_COMMAND,
    (event) => {
      if (!event || event.shiftKey) return false;
      event.preventDefault();
      onEnter();
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
  editor.registerTextContentListener((text) => onChange(text));
  const getText = () => editor.getEditorState().read(() => $getRoot().getTextContent());
  const clear = () =>
    // discrete: commit now, so the state is empty before the send handler returns.
    editor.update(
      () => {
        const paragraph = $createParagraphNode();
        $getRoot().clear().append(paragraph);
        // The caret goes inside the paragraph (as after the editor's own delete-all); left at the
        // root, the next paste or typed text would open a second paragraph.
        paragraph.select();
      },
      { discrete: true },
    );
  clear(); // a plain-text Lexical document starts as one empty paragraph
  return { editor, element: root, getText, clear };
}
