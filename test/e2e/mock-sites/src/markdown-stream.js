/* global document */
// Streams a markdown reply into a container the way chat apps do: the text grows chunk by chunk,
// finished blocks are left alone, and an element (an image, a link) appears as soon as the chunk
// that completes its markdown arrives, so an exfiltration image starts loading mid-stream, as on
// the real sites. Only the subset the end-to-end tests need: paragraphs, fenced code, inline
// code, links, images. DOM APIs only (no innerHTML).

const FENCE_OPEN = /^```([\w+-]*)\s*$/;
const FENCE_CLOSE = /^```\s*$/;
const INLINE = /!\[([^\]\n]*)\]\(([^()\s]+)\)|\[([^\]\n]+)\]\(([^()\s]+)\)|`([^`\n]+)`/g;

/** Splits markdown into blocks: { type: 'code', lang, text } | { type: 'paragraph', text }. */
export function parseBlocks(source) {
  const blocks = [];
  let paragraph = null;
  let code = null;
  const flushParagraph = () => {
    if (paragraph) blocks.push({ type: 'paragraph', text: paragraph.join('\n') });
    paragraph = null;
  };
  for (const line of source.split('\n')) {
    if (code) {
      if (FENCE_CLOSE.test(line)) code = null;
      else code.lines.push(line);
      continue;
    }
    const fence = FENCE_OPEN.exec(line);
    if (fence) {
      flushParagraph();
      code = { type: 'code', lang: fence[1], lines: [] };
      blocks.push(code);
    } else if (line.trim() === '') {
      flushParagraph();
    } else {
      (paragraph ??= []).push(line);
    }
  }
  flushParagraph();
  return blocks.map((block) => (block.type === 'code' ? { type: 'code', lang: block.lang, text: block.lines.join('\n') } : block));
}

/** Inline tokens of a paragraph: text, image, link, inline code. */
export function parseInline(text) {
  const tokens = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) tokens.push({ type: 'text', text: text.slice(last, match.index) });
    if (match[2] !== undefined) tokens.push({ type: 'image', alt: match[1], src: match[2] });
    else if (match[4] !== undefined) tokens.push({ type: 'link', text: match[3], href: match[4] });
    else tokens.push({ type: 'code', text: match[5] });
    last = match.index + match[0].length;
  }
  if (last < text.length) tokens.push({ type: 'text', text: text.slice(last) });
  return tokens;
}

/** Cuts text into `count` pieces of (nearly) equal length, at least one piece. */
export function splitIntoChunks(text, count) {
  const pieces = Math.max(1, Math.min(Math.floor(count) || 1, text.length || 1));
  const size = Math.ceil(text.length / pieces) || 1;
  const chunks = [];
  for (let start = 0; start < text.length; start += size) chunks.push(text.slice(start, start + size));
  return chunks.length > 0 ? chunks : [''];
}

const sameToken = (a, b) => a.type === b.type && a.text === b.text && a.src === b.src && a.alt === b.alt && a.href === b.href;

function renderToken(token) {
  switch (token.type) {
    case 'image': {
      const image = document.createElement('img');
      image.alt = token.alt;
      image.src = token.src;
      return image;
    }
    case 'link': {
      const link = document.createElement('a');
      link.href = token.href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.textContent = token.text;
      return link;
    }
    case 'code': {
      const code = document.createElement('code');
      code.textContent = token.text;
      return code;
    }
    default:
      return document.createTextNode(token.text);
  }
}

function createBlock(block) {
  if (block.type === 'code') {
    const pre = document.createElement('pre');
    const code = document.createElement('code');
    if (block.lang) code.className = `language-${block.lang}`;
    const text = document.createTextNode(block.text);
    code.append(text);
    pre.append(code);
    return { type: 'code', element: pre, code, textNode: text, text: block.text, lang: block.lang };
  }
  const state = { type: 'paragraph', element: document.createElement('p'), tokens: [], nodes: [] };
  updateParagraph(state, block);
  return state;
}

function updateCode(state, block) {
  if (block.lang !== state.lang) {
    state.code.className = block.lang ? `language-${block.lang}` : '';
    state.lang = block.lang;
  }
  if (block.text === state.text) return;
  if (block.text.startsWith(state.text)) state.textNode.appendData(block.text.slice(state.text.length));
  else state.textNode.data = block.text;
  state.text = block.text;
}

function updateParagraph(state, block) {
  const tokens = parseInline(block.text);
  let kept = 0;
  while (kept < tokens.length && kept < state.tokens.length && sameToken(tokens[kept], state.tokens[kept])) kept++;
  // The usual streaming step: the last text run just got longer, so append to its text node.
  const grown = tokens[kept];
  const previous = state.tokens[kept];
  if (grown?.type === 'text' && previous?.type === 'text' && kept === state.tokens.length - 1 && grown.text.startsWith(previous.text)) {
    state.nodes[kept].appendData(grown.text.slice(previous.text.length));
    state.tokens[kept] = grown;
    kept++;
  }
  for (const node of state.nodes.splice(kept)) node.remove();
  state.tokens.splice(kept);
  for (const token of tokens.slice(kept)) {
    const node = renderToken(token);
    state.element.append(node);
    state.nodes.push(node);
    state.tokens.push(token);
  }
}

/** Renders a growing markdown source into `container`; call append() with each chunk. */
export function createMarkdownStream(container) {
  let source = '';
  const rendered = [];
  return {
    append(chunk) {
      source += chunk;
      const blocks = parseBlocks(source);
      blocks.forEach((block, index) => {
        const current = rendered[index];
        if (current?.type === block.type) {
          if (block.type === 'code') updateCode(current, block);
          else updateParagraph(current, block);
          return;
        }
        const fresh = createBlock(block);
        if (current) current.element.replaceWith(fresh.element);
        else container.append(fresh.element);
        rendered[index] = fresh;
      });
      for (const stale of rendered.splice(blocks.length)) stale.element.remove();
    },
    get source() {
      return source;
    },
  };
}
