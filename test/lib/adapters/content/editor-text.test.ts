import { describe, expect, it } from 'vitest';
import { normalizeComposerText, readEditableText, sameComposerText, type NodeLike } from '../../../../lib/adapters/content/editor-text.ts';

const t = (data: string): NodeLike => ({ nodeType: 3, nodeName: '#text', childNodes: [], data });
/** An element; a leading `{ class }` object sets its class attribute. */
const el = (name: string, ...children: Array<NodeLike | string | { class: string }>): NodeLike => {
  const first = children[0];
  const attrs = typeof first === 'object' && 'class' in first ? (first as { class: string }) : undefined;
  const rest = (attrs ? children.slice(1) : children) as Array<NodeLike | string>;
  return {
    nodeType: 1,
    nodeName: name.toUpperCase(),
    childNodes: rest.map((child) => (typeof child === 'string' ? t(child) : child)),
    getAttribute: (attr) => (attr === 'class' ? (attrs?.class ?? null) : null),
  };
};
const cls = (name: string) => ({ class: name });
const editor = (...blocks: Array<NodeLike | string>) => el('div', ...blocks);

describe('readEditableText', () => {
  it('ProseMirror: one line per paragraph, hard breaks inside, empty paragraphs as empty lines', () => {
    const trailing = () => el('br', cls('ProseMirror-trailingBreak'));
    const root = editor(el('p', 'first ', el('strong', 'bold')), el('p', trailing()), el('p', 'a', el('br'), 'b'), el('p', 'ends with a break', el('br'), trailing()));
    expect(readEditableText(root)).toBe('first bold\n\na\nb\nends with a break\n');
  });

  it('Quill: <p><br></p> is an empty line, the caret placeholder is not text', () => {
    const root = editor(el('p', 'hello'), el('p', el('br')), el('p', 'world', el('span', cls('ql-cursor'), '\ufeff')));
    expect(readEditableText(root)).toBe('hello\n\nworld');
  });

  it('Lexical: text in spans, soft breaks as <br>', () => {
    const root = editor(el('p', el('span', 'key: '), el('span', 'sk-1'), el('br'), el('span', 'next')), el('p', el('span', 'para 2')));
    expect(readEditableText(root)).toBe('key: sk-1\nnext\npara 2');
  });

  it('plain contenteditable: leading inline text, then <div> lines', () => {
    const root = editor('first line', el('div', 'second'), el('div', el('br')), el('div', 'fourth'));
    expect(readEditableText(root)).toBe('first line\nsecond\n\nfourth');
  });

  it('lists, quotes and code blocks keep their lines', () => {
    const root = editor(el('ul', el('li', el('p', 'one')), el('li', el('p', 'two'))), el('blockquote', el('p', 'q')), el('pre', el('code', 'a\n  b')));
    expect(readEditableText(root)).toBe('one\ntwo\nq\na\n  b');
  });

  it('ignores source formatting between blocks and scripts, keeps non-breaking spaces as spaces', () => {
    const root = editor('\n  ', el('p', 'a\u00a0 b'), '\n  ', el('script', 'x()'), el('p', 'c'), '\n');
    expect(readEditableText(root)).toBe('a  b\nc');
  });

  it('an empty editor is empty', () => {
    expect(readEditableText(editor())).toBe('');
    expect(readEditableText(editor(el('p', el('br', cls('ProseMirror-trailingBreak')))))).toBe('');
  });

  it('keeps invisible characters the detectors must see', () => {
    expect(readEditableText(editor(el('p', 'a\u200bb\u202e')))).toBe('a\u200bb\u202e');
  });
});

describe('sameComposerText', () => {
  it('folds only whitespace an editor adds on its own', () => {
    expect(normalizeComposerText(' a\r\n\r\nb \n\nc\u00a0')).toBe('a\nb\nc');
    expect(sameComposerText('line one\n\nline two', 'line one\nline two')).toBe(true);
    expect(sameComposerText('key [SECRET_1]', 'key sk-live-123')).toBe(false);
    expect(sameComposerText('ab', 'a b')).toBe(false);
    expect(sameComposerText('a\u200bb', 'ab')).toBe(false);
  });
});
