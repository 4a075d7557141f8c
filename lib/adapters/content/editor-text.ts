/**
 * The text a contenteditable composer shows, with the line breaks the user sees. ProseMirror,
 * Quill and Lexical all put each paragraph in a block element (<p>), a soft line break in a <br>,
 * and an empty line as a block holding only a <br>; `innerText` would turn every paragraph into a
 * blank-line-separated one ("a\n\nb") that the app itself never sends. This reads the DOM
 * structure instead: one line per block, "\n" per <br> that is not the block's trailing one.
 */

/** The slice of the DOM Node interface the reader walks (a real Node, or a test double). */
export interface NodeLike {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<NodeLike>;
  /** Text nodes only. */
  data?: string;
  getAttribute?: (name: string) => string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Never text the user typed: scripts, styles, and Quill's caret placeholder (a lone U+FEFF). */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const isQuillCursor = (node: NodeLike) => node.getAttribute?.('class')?.split(/\s+/).includes('ql-cursor') === true;

const nameOf = (node: NodeLike) => node.nodeName.toUpperCase();

/** The last node that renders something (a non-empty text node or a childless element). */
function lastLeaf(node: NodeLike): NodeLike | undefined {
  for (let i = node.childNodes.length - 1; i >= 0; i--) {
    const child = node.childNodes[i]!;
    if (child.nodeType === TEXT_NODE) {
      if (child.data) return child;
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE || SKIPPED.has(nameOf(child))) continue;
    if (child.childNodes.length === 0) return child;
    const leaf = lastLeaf(child);
    if (leaf) return leaf;
  }
  return undefined;
}

const isBlock = (node: NodeLike | undefined) => node !== undefined && node.nodeType === ELEMENT_NODE && BLOCKS.has(nameOf(node));

function isFormattingWhitespace(parent: NodeLike, index: number): boolean {
  const data = parent.childNodes[index]!.data ?? '';
  if (!data.includes('\n') || data.trim() !== '') return false;
  return isBlock(parent.childNodes[index - 1]) || isBlock(parent.childNodes[index + 1]);
}

export function readEditableText(root: NodeLike): string {
  const lines: string[] = [];
  let line: string | undefined;
  const flush = (): void => {
    if (line !== undefined) lines.push(line);
    line = undefined;
  };

  const walk = (node: NodeLike): void => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i]!;
      if (child.nodeType === TEXT_NODE) {
        // Source formatting between blocks (hand-written pages), not typed text.
        if (isFormattingWhitespace(node, i)) continue;
        line = (line ?? '') + (child.data ?? '');
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = nameOf(child);
      if (SKIPPED.has(name) || isQuillCursor(child)) continue;
      if (name === 'BR') {
        line = (line ?? '') + '\n';
        continue;
      }
      if (!BLOCKS.has(name)) {
        walk(child);
        continue;
      }
      flush();
      if (name === 'UL' || name === 'OL' || name === 'TABLE' || name === 'TBODY' || name === 'THEAD' || name === 'DL') {
        walk(child);
        flush();
        continue;
      }
      const before = lines.length;
      walk(child);
      // A block's trailing <br> only gives an empty block its height; it is not a line break.
      if (line !== undefined && line.endsWith('\n') && lastLeaf(child)?.nodeName.toUpperCase() === 'BR') line = line.slice(0, -1);
      flush();
      if (lines.length === before) lines.push('');
    }
  };

  walk(root);
  flush();
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

/**
 * The form two composer texts are compared in: an editor may store a written "\n" as a new
 * paragraph or as a line break, and pad with non-breaking spaces; neither changes the message.
 * Only whitespace is folded — never a character that could carry meaning.
 */
export function normalizeComposerText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export const sameComposerText = (a: string, b: string): boolean => normalizeComposerText(a) === normalizeComposerText(b);
