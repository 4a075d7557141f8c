import type { ConversationRestorer } from '../../content/vault-session.ts';
import { MAX_SCAN_CHARS } from '../../core/limits.ts';

/**
 * Reading a reply's text, and putting vault values back into it, over the page's own nodes.
 * Written against the few node properties it uses so it can be tested without a DOM.
 */
export interface NodeLike {
  nodeType: number;
  childNodes: ArrayLike<NodeLike>;
  localName?: string;
  hasAttribute?(name: string): boolean;
  /** Text nodes. */
  data?: string;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose start is a line break in the rendered text (enough to keep words apart). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td',
  'th', 'tr', 'ul',
]);
/** Not part of what the reply says: code, styling, the app's buttons ("Copy code"), Rampart's own UI. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'button', 'svg', 'textarea', 'input', 'select']);
/** Bounds the walk on a pathological page. */
const MAX_NODES = 100_000;

/** The app's text of a node Rampart restored, so the scan never sees (or sends) the real value. */
export interface RestoredText {
  /** What the app wrote (with placeholders). */
  original: string;
  /** What Rampart put in its place (with values). */
  shown: string;
}
export type RestoredTexts = WeakMap<object, RestoredText>;

const isSkipped = (node: NodeLike): boolean =>
  SKIPPED.has(node.localName ?? '') || node.hasAttribute?.('data-rampart-ui') === true;

const isLink = (node: NodeLike): boolean =>
  node.localName === 'a' || node.hasAttribute?.('href') === true || node.hasAttribute?.('src') === true;

/** Depth-first over the subtree (document order), skipping what `skip` rejects; bounded. */
function walk(root: NodeLike, visit: (node: NodeLike, inLink: boolean) => void, skip: (node: NodeLike) => boolean): void {
  const stack: Array<{ node: NodeLike; inLink: boolean }> = [];
  for (let index = root.childNodes.length - 1; index >= 0; index -= 1) stack.push({ node: root.childNodes[index]!, inLink: false });
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const { node, inLink } = stack.pop()!;
    visited += 1;
    if (node.nodeType === ELEMENT_NODE && skip(node)) continue;
    visit(node, inLink);
    if (node.nodeType !== ELEMENT_NODE) continue;
    const childInLink = inLink || isLink(node);
    for (let index = node.childNodes.length - 1; index >= 0; index -= 1) stack.push({ node: node.childNodes[index]!, inLink: childInLink });
  }
}

/** The app's text of a text node: its own data, or what it was before Rampart restored it. */
function appText(node: NodeLike, restored: RestoredTexts): string {
  const data = node.data ?? '';
  const known = restored.get(node);
  if (!known) return data;
  // The app may have appended to the node since (streaming): keep its addition.
  return data.startsWith(known.shown) ? known.original + data.slice(known.shown.length) : data;
}

/**
 * The reply's text as the app wrote it: text nodes in document order with a line break at each
 * block, the values Rampart restored turned back into their placeholders. Bounded to what a scan
 * accepts.
 */
export function readReplyText(container: NodeLike, restored: RestoredTexts): string {
  let text = '';
  let breakPending = false;
  walk(
    container,
    (node) => {
      if (text.length >= MAX_SCAN_CHARS) return;
      if (node.nodeType === ELEMENT_NODE) {
        if (BLOCK.has(node.localName ?? '')) breakPending = true;
        return;
      }
      if (node.nodeType !== TEXT_NODE) return;
      const data = appText(node, restored);
      if (data === '') return;
      if (breakPending && text !== '' && !text.endsWith('\n')) text += '\n';
      breakPending = false;
      text += data;
    },
    isSkipped,
  );
  return text.slice(0, MAX_SCAN_CHARS);
}

/** A cheap test before asking the vault: could this text hold a `[KIND_N]` placeholder? */
const MAY_HOLD_PLACEHOLDER = /\[[A-Z][A-Z0-9_]*_[1-9]/;

/**
 * Puts the conversation's values back where the reply shows their placeholders — in the text
 * nodes of the reply only, never inside a link (or anything with an `href`/`src`), and the vault
 * itself refuses placeholders inside URL-like text. Returns how many values were put back.
 */
export function restorePlaceholders(container: NodeLike, vault: ConversationRestorer, restored: RestoredTexts): number {
  let count = 0;
  walk(
    container,
    (node, inLink) => {
      if (node.nodeType !== TEXT_NODE || inLink) return;
      const data = node.data ?? '';
      const known = restored.get(node);
      if (known && data === known.shown) return;
      const original = appText(node, restored);
      if (!MAY_HOLD_PLACEHOLDER.test(original)) return;
      const outcome = vault.restore(original);
      if (outcome.restored.length === 0) return;
      restored.set(node, { original, shown: outcome.text });
      node.data = outcome.text;
      count += outcome.restored.length;
    },
    isSkipped,
  );
  return count;
}
