// A ProseMirror composer (ChatGPT, Claude, Mistral): real prosemirror-* packages, Enter handled by a
// keymap like the real apps (Shift+Enter splits the paragraph), text read from the editor state.
import { Schema } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, splitBlock } from 'prosemirror-commands';
import { history, undo, redo } from 'prosemirror-history';

/** Paragraphs of plain text; <br> (what some browsers insert for "\n") is a hard break read as "\n". */
export const composerSchema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: { content: 'inline*', group: 'block', parseDOM: [{ tag: 'p' }, { tag: 'div' }], toDOM: () => ['p', 0] },
    text: { group: 'inline' },
    hard_break: { inline: true, group: 'inline', selectable: false, leafText: () => '\n', parseDOM: [{ tag: 'br' }], toDOM: () => ['br'] },
  },
});

/** The editor state's text: paragraphs joined with "\n" (how the apps serialise a plain prompt). */
export const stateText = (state) => state.doc.textBetween(0, state.doc.content.size, '\n');

/**
 * @param {Element} mount where the editor goes
 * @param {{ attributes?: Record<string,string>, onEnter(): void, onChange?(text: string): void }} options
 */
export function createProseMirrorComposer(mount, { attributes = {}, onEnter, onChange = () => {} }) {
  const plugins = [
    history(),
    keymap({
      Enter: () => {
        onEnter();
        return true;
      },
      'Shift-Enter': splitBlock,
      'Mod-z': undo,
      'Mod-Shift-z': redo,
    }),
    keymap(baseKeymap),
  ];
  const view = new EditorView(mount, {
    state: EditorState.create({ schema: composerSchema, plugins }),
    attributes,
    dispatchTransaction(transaction) {
      view.updateState(view.state.apply(transaction));
      if (transaction.docChanged) onChange(stateText(view.state));
    },
  });
  return {
    view,
    element: view.dom,
    getText: () => stateText(view.state),
    clear() {
      const { state } = view;
      view.dispatch(state.tr.replaceWith(0, state.doc.content.size, composerSchema.nodes.paragraph.create()));
    },
  };
}
