import { describe, expect, it, vi } from 'vitest';
import {
  editableKind,
  insertIntoEditable,
  insertIntoTextField,
  replaceEditableText,
  type WriterTiming,
} from '../../../../lib/adapters/content/editor-writer.ts';

/** Editors here apply a change synchronously; the real ladder's timing is exercised in Chromium. */
const immediate: WriterTiming = { waitFor: async () => undefined };

type Path = 'execCommand' | 'beforeinput' | 'paste';

class FakeTransfer {
  private readonly data = new Map<string, string>();
  setData(type: string, value: string) {
    this.data.set(type, value);
  }
  getData(type: string) {
    return this.data.get(type) ?? '';
  }
}

/**
 * A contenteditable whose app listens to some input paths and not others. Its DOM is one <p> per
 * line, rendered from the app's state like ProseMirror/Quill/Lexical do. `apply` decides what a
 * path does with the text (replace everything by default, or something odd).
 */
function fakeEditor(
  initial: string,
  accepts: Path[],
  apply: (state: string, text: string, path: Path) => string = (_s, text) => text,
  marks: { attributes?: Record<string, string>; classes?: string[] } = {},
) {
  const state = { text: initial, calls: [] as string[] };
  const handle = (path: Path, text: string): boolean => {
    state.calls.push(path);
    if (!accepts.includes(path)) return false;
    state.text = apply(state.text, text, path);
    return true;
  };
  const element = {
    nodeType: 1,
    nodeName: 'DIV',
    get childNodes() {
      return state.text.split('\n').map((line) => ({ nodeType: 1, nodeName: 'P', childNodes: line ? [{ nodeType: 3, nodeName: '#text', childNodes: [], data: line }] : [] }));
    },
    focus: vi.fn(),
    contains: () => true,
    getAttribute: (name: string) => marks.attributes?.[name] ?? null,
    classList: { contains: (name: string) => marks.classes?.includes(name) ?? false },
    dispatchEvent(event: { type: string; data?: string; inputType?: string; dataTransfer?: FakeTransfer; clipboardData?: FakeTransfer }) {
      if (event.type === 'beforeinput') handle('beforeinput', event.data ?? event.dataTransfer!.getData('text/plain'));
      if (event.type === 'paste') handle('paste', event.clipboardData!.getData('text/plain'));
      return true;
    },
    ownerDocument: {
      execCommand: (_command: string, _ui: boolean, text: string) => handle('execCommand', text),
      getSelection: () => ({ removeAllRanges: vi.fn(), addRange: vi.fn() }),
      createRange: () => ({ selectNodeContents: vi.fn() }),
      defaultView: {
        DataTransfer: FakeTransfer,
        InputEvent: class {
          constructor(
            readonly type: string,
            init: object,
          ) {
            Object.assign(this, init);
          }
        },
        ClipboardEvent: class {
          constructor(
            readonly type: string,
            init: object,
          ) {
            Object.assign(this, init);
          }
        },
      },
    },
  };
  return { state, element: element as unknown as HTMLElement };
}

describe('replaceEditableText', () => {
  it('uses execCommand when the editor takes it, and stops there', async () => {
    const e = fakeEditor('key sk-123', ['execCommand', 'paste']);
    expect(await replaceEditableText(e.element, 'key [SECRET_1]', undefined, immediate)).toBe(true);
    expect(e.state).toMatchObject({ text: 'key [SECRET_1]', calls: ['execCommand'] });
  });

  it('falls back to beforeinput (Lexical-style editors), then to a synthetic paste', async () => {
    const lexical = fakeEditor('a', ['beforeinput']);
    expect(await replaceEditableText(lexical.element, 'b', undefined, immediate)).toBe(true);
    expect(lexical.state.calls).toEqual(['execCommand', 'beforeinput']);

    const pasteOnly = fakeEditor('a', ['paste']);
    expect(await replaceEditableText(pasteOnly.element, 'b', undefined, immediate)).toBe(true);
    expect(pasteOnly.state.calls).toEqual(['execCommand', 'beforeinput', 'beforeinput', 'paste']);
  });

  it('Lexical: beforeinput first (its execCommand path drops line breaks)', async () => {
    const lexical = fakeEditor('a', ['execCommand', 'beforeinput'], (_s, text, path) => (path === 'execCommand' ? text.replace(/\n/g, '') : text), {
      attributes: { 'data-lexical-editor': 'true' },
    });
    expect(await replaceEditableText(lexical.element, 'line 1\nline 2', undefined, immediate)).toBe(true);
    expect(lexical.state).toMatchObject({ text: 'line 1\nline 2', calls: ['beforeinput'] });
  });

  it('accepts the editor’s own paragraph breaks for a multi-line text', async () => {
    const e = fakeEditor('x', ['execCommand'], (_s, text) => text.replace(/\n/g, '\n\n'));
    expect(await replaceEditableText(e.element, 'line 1\nline 2', undefined, immediate)).toBe(true);
  });

  it('reports false when nothing took, leaving the original text', async () => {
    const e = fakeEditor('my secret', []);
    expect(await replaceEditableText(e.element, 'my [SECRET_1]', undefined, immediate)).toBe(false);
    expect(e.state.text).toBe('my secret');
  });

  it('puts the original back when a step left something else behind', async () => {
    let first = true;
    // The first write appends instead of replacing (a selection the editor did not see); the
    // restore that follows replaces as asked.
    const e = fakeEditor('my secret', ['execCommand'], (state, text) => {
      if (!first) return text;
      first = false;
      return `${state}${text}`;
    });
    const steps = [(element: HTMLElement, text: string) => void element.ownerDocument.execCommand('insertText', false, text)];
    expect(await replaceEditableText(e.element, 'my [SECRET_1]', steps, immediate)).toBe(false);
    expect(e.state.text).toBe('my secret');
  });

  it('does nothing when the composer already says it', async () => {
    const e = fakeEditor('same', ['execCommand']);
    expect(await replaceEditableText(e.element, 'same', undefined, immediate)).toBe(true);
    expect(e.state.calls).toEqual([]);
  });
});

describe('editableKind', () => {
  it('recognises each editor by the marks it puts on its root', () => {
    const el = (attributes: Record<string, string>, classes: string[]) =>
      ({ getAttribute: (n: string) => attributes[n] ?? null, classList: { contains: (c: string) => classes.includes(c) } }) as unknown as Element;
    expect(editableKind(el({ 'data-lexical-editor': 'true' }, []))).toBe('lexical');
    expect(editableKind(el({}, ['ProseMirror']))).toBe('prosemirror');
    expect(editableKind(el({}, ['ql-editor', 'textarea']))).toBe('quill');
    expect(editableKind(el({}, []))).toBe('contenteditable');
  });
});

describe('insertIntoEditable', () => {
  const append = (state: string, text: string) => `${state}${text}`;

  it('inserts once: the first step that changes the composer ends the ladder', async () => {
    const e = fakeEditor('before ', ['execCommand', 'beforeinput', 'paste'], append);
    expect(await insertIntoEditable(e.element, 'pasted', undefined, undefined, immediate)).toBe(true);
    expect(e.state).toMatchObject({ text: 'before pasted', calls: ['execCommand'] });
  });

  it('tries the paste path for editors that ignore the others', async () => {
    const e = fakeEditor('', ['paste'], append);
    expect(await insertIntoEditable(e.element, 'two\nlines', undefined, undefined, immediate)).toBe(true);
    expect(e.state.calls).toEqual(['execCommand', 'beforeinput', 'paste']);
  });

  it('is false when nothing changed, or the change is not the text', async () => {
    expect(await insertIntoEditable(fakeEditor('x', []).element, 'y', undefined, undefined, immediate)).toBe(false);
    const wrong = fakeEditor('x', ['execCommand'], () => 'something else');
    expect(await insertIntoEditable(wrong.element, 'y', undefined, undefined, immediate)).toBe(false);
  });
});

/** A textarea with a native `value` on its prototype and a caret; execCommand optional. */
function fakeField(value: string, execCommand: (field: { value: string }, text: string, from: number, to: number) => boolean) {
  const proto = {
    domValue: value,
    get value(): string {
      return this.domValue;
    },
    set value(next: string) {
      this.domValue = next;
    },
  };
  const field = Object.create(proto) as typeof proto & Record<string, unknown>;
  const selection = { from: 0, to: 0 };
  const events: string[] = [];
  Object.assign(field, {
    focus: vi.fn(),
    setSelectionRange: (from: number, to: number) => Object.assign(selection, { from, to }),
    dispatchEvent: (event: Event) => events.push(event.type),
    ownerDocument: { execCommand: (_c: string, _u: boolean, text: string) => execCommand(field, text, selection.from, selection.to) },
  });
  return { field: field as unknown as HTMLTextAreaElement, events, selection };
}

describe('insertIntoTextField', () => {
  const browserInsert = (field: { value: string }, text: string, from: number, to: number) => {
    field.value = field.value.slice(0, from) + text + field.value.slice(to);
    return true;
  };

  it('inserts at the saved selection through execCommand', () => {
    const f = fakeField('hello world', browserInsert);
    expect(insertIntoTextField(f.field, 'big ', 6, 6)).toBe(true);
    expect(f.field.value).toBe('hello big world');
    expect(f.events).toEqual([]);
  });

  it('falls back to the native setter (and an input event) where execCommand does nothing', () => {
    const f = fakeField('hello world', () => false);
    expect(insertIntoTextField(f.field, 'there', 6, 11)).toBe(true);
    expect(f.field.value).toBe('hello there');
    expect(f.events).toEqual(['input']);
    expect(f.selection).toEqual({ from: 11, to: 11 });
  });

  it('clamps a stale selection and reports a partial insert (maxlength) as a failure', () => {
    expect(insertIntoTextField(fakeField('ab', browserInsert).field, 'c', 5, 9)).toBe(true);
    const truncated = fakeField('ab', (field) => {
      field.value = 'abc';
      return true;
    });
    expect(insertIntoTextField(truncated.field, 'cdef', 2, 2)).toBe(false);
    expect(truncated.field.value).toBe('abc');
  });
});

