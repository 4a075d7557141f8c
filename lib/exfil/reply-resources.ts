import type { Span } from '../core/finding.ts';

/**
 * How a URL appears in a reply. `autoLoads` kinds are fetched by the chat page as soon as the
 * reply renders — no click needed — which is what makes markdown-image exfiltration work.
 */
export type ResourceKind = 'image' | 'frame' | 'script' | 'style' | 'media' | 'form' | 'link' | 'bare-url';

export interface ResourceRef {
  kind: ResourceKind;
  /** The URL as written (trimmed of markdown title and angle brackets). */
  url: string;
  /** Where the URL sits in the scanned text. */
  span: Span;
}

const AUTO_LOADING: ReadonlySet<ResourceKind> = new Set(['image', 'frame', 'script', 'style', 'media']);

export const autoLoads = (kind: ResourceKind): boolean => AUTO_LOADING.has(kind);

/** At most this many references per text: a reply with more is already abnormal, and the scan stays bounded. */
export const MAX_REFERENCES = 2_000;

// Hand-written scanners rather than a markdown/HTML library: we need exact character offsets of
// each URL in the raw (often half-streamed, often malformed) reply, and tolerance for partial
// syntax; markdown-it and parse5 give neither offsets of inline URLs nor partial-input behaviour
// we can bound. Every pattern is linear (checked with recheck in the tests).

/**
 * `![alt](url "title")` and `[text](url)`: the URL is group 2; group 1 is `!` for images. No
 * repeated class admits its own opening delimiter (`[`, `(`), so each attempt stops at the next
 * one and the whole scan is linear. A URL with parentheses (Wikipedia) is left to BARE_URL.
 */
const MARKDOWN_INLINE = /(!?)\[[^[\]\n]{0,1000}\]\([ \t]*<?([^\s()<>[\]]{1,8192})>?(?:[ \t]+["'][^\n()[\]"']{0,500}["'])?[ \t]*\)/g;
/** A markdown link target that runs script, read up to whitespace (script URLs hold parentheses). */
const MARKDOWN_SCRIPT_TARGET = /\]\([ \t]*<?((?:javascript|vbscript|livescript|data):[^\s\]]{1,2000})/gi;
/** Reference definitions `[id]: url` — used by reference-style images `![alt][id]`. */
const MARKDOWN_DEFINITION = /^[ \t]{0,3}\[([^[\]\n]{1,200})\]:[ \t]*<?([^\s<>[\]]{1,8192})/gm;
const MARKDOWN_REFERENCE_IMAGE = /!\[[^[\]\n]{0,1000}\]\[([^[\]\n]{0,200})\]/g;
/** An HTML start tag: a name that ends at whitespace, `/` or `>`, then bounded attribute text. */
const HTML_TAG = /<([a-zA-Z][a-zA-Z0-9-]{0,20})(?=[\s/>])([^<>]{0,4000})>/g;
/** CSS `url(...)` in style attributes and <style> blocks. */
const CSS_URL = /url\([ \t]*["']?([^"'()\s]{1,8192})/gi;
const BARE_URL = /\b(?:https?|ftp):\/\/[^\s<>"'`)\]]{1,8192}/gi;

interface Attribute {
  name: string;
  value: string;
  /** Offset of the value within the attribute text. */
  start: number;
}

/**
 * Attributes of one tag's attribute text. A small hand-written tokenizer, not a regex: values may
 * hold `=` and quotes of the other kind, and an unterminated quote must not make each later
 * attribute rescan the rest of the tag (a regex did: cubic on hostile tags).
 */
function attributesOf(text: string): Attribute[] {
  const attributes: Attribute[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && !/[a-zA-Z:-]/.test(text[i]!)) i++;
    const nameStart = i;
    while (i < text.length && /[a-zA-Z0-9:_-]/.test(text[i]!)) i++;
    const name = text.slice(nameStart, i).toLowerCase();
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n')) i++;
    if (text[i] !== '=') continue;
    i++;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n')) i++;
    const quote = text[i] === '"' || text[i] === "'" ? text[i]! : '';
    if (quote) i++;
    const valueStart = i;
    while (i < text.length && (quote ? text[i] !== quote : !/[\s>]/.test(text[i]!))) i++;
    if (name) attributes.push({ name, value: text.slice(valueStart, i), start: valueStart });
    if (quote) i++;
  }
  return attributes;
}

const TAG_KIND: Record<string, ResourceKind> = {
  img: 'image',
  image: 'image',
  picture: 'image',
  input: 'image',
  iframe: 'frame',
  frame: 'frame',
  embed: 'frame',
  object: 'frame',
  script: 'script',
  link: 'style',
  video: 'media',
  audio: 'media',
  source: 'media',
  track: 'media',
  form: 'form',
  a: 'link',
  area: 'link',
};
const URL_ATTRIBUTES = new Set(['src', 'href', 'data', 'poster', 'action', 'background', 'srcset', 'formaction', 'xlink:href']);

function htmlRefs(text: string, out: ResourceRef[]): void {
  for (const tag of text.matchAll(HTML_TAG)) {
    if (out.length >= MAX_REFERENCES) return;
    const name = tag[1]!.toLowerCase();
    const attributesStart = tag.index + 1 + tag[1]!.length;
    for (const attribute of attributesOf(tag[2]!)) {
      const attributeName = attribute.name;
      const value = attribute.value;
      const valueStart = attributesStart + attribute.start;
      if (attributeName === 'style') {
        cssRefs(value, valueStart, out);
        continue;
      }
      if (!URL_ATTRIBUTES.has(attributeName)) continue;
      const kind = name === 'a' || name === 'area' ? 'link' : (TAG_KIND[name] ?? 'image');
      // srcset holds "url 2x, url 3x": each URL is fetched.
      const urls = attributeName === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s/)[0] ?? '') : [value];
      for (const url of urls) {
        if (!url) continue;
        const start = valueStart + Math.max(0, value.indexOf(url));
        out.push({ kind, url, span: { start, end: start + url.length } });
      }
    }
  }
}

function cssRefs(text: string, offset: number, out: ResourceRef[]): void {
  for (const match of text.matchAll(CSS_URL)) {
    if (out.length >= MAX_REFERENCES) return;
    const url = match[1]!;
    const start = offset + match.index + match[0].indexOf(url);
    out.push({ kind: 'image', url, span: { start, end: start + url.length } });
  }
}

function markdownRefs(text: string, out: ResourceRef[]): void {
  for (const match of text.matchAll(MARKDOWN_INLINE)) {
    if (out.length >= MAX_REFERENCES) return;
    const url = match[2]!;
    const start = match.index + match[0].indexOf(url, match[1]!.length + 1);
    out.push({ kind: match[1] ? 'image' : 'link', url, span: { start, end: start + url.length } });
  }
  for (const match of text.matchAll(MARKDOWN_SCRIPT_TARGET)) {
    if (out.length >= MAX_REFERENCES) return;
    const url = match[1]!.replace(/\)+$/, '');
    const start = match.index + match[0].length - match[1]!.length;
    out.push({ kind: 'link', url, span: { start, end: start + url.length } });
  }
  const definitions = new Map<string, ResourceRef>();
  for (const match of text.matchAll(MARKDOWN_DEFINITION)) {
    const url = match[2]!;
    const start = match.index + match[0].lastIndexOf(url);
    definitions.set(match[1]!.trim().toLowerCase(), { kind: 'link', url, span: { start, end: start + url.length } });
  }
  if (definitions.size === 0) return;
  const images = new Set<string>();
  for (const match of text.matchAll(MARKDOWN_REFERENCE_IMAGE)) images.add(match[1]!.trim().toLowerCase());
  for (const [label, definition] of definitions) {
    if (out.length >= MAX_REFERENCES) return;
    out.push(images.has(label) ? { ...definition, kind: 'image' } : definition);
  }
}

/**
 * Every URL a reply references, with how it is used: markdown images, links and reference
 * definitions, HTML tags with URL attributes (img/iframe/script/link/video/form/a, srcset, inline
 * style url()), and bare URLs (which chat apps auto-link). A URL found both as an image and as
 * a bare URL is reported once, with the stronger (auto-loading) kind.
 */
export function findResources(text: string): ResourceRef[] {
  const found: ResourceRef[] = [];
  markdownRefs(text, found);
  htmlRefs(text, found);
  if (/<style\b/i.test(text)) cssRefs(text, 0, found);
  for (const match of text.matchAll(BARE_URL)) {
    if (found.length >= MAX_REFERENCES) break;
    found.push({ kind: 'bare-url', url: match[0], span: { start: match.index, end: match.index + match[0].length } });
  }
  const byStart = new Map<number, ResourceRef>();
  for (const ref of found) {
    const existing = byStart.get(ref.span.start);
    if (!existing || rank(ref.kind) > rank(existing.kind)) byStart.set(ref.span.start, ref);
  }
  return [...byStart.values()].sort((a, b) => a.span.start - b.span.start);
}

/** The scanners' patterns, for the ReDoS check in the tests. */
export const RESOURCE_PATTERNS: readonly RegExp[] = [
  MARKDOWN_INLINE,
  MARKDOWN_SCRIPT_TARGET,
  MARKDOWN_DEFINITION,
  MARKDOWN_REFERENCE_IMAGE,
  HTML_TAG,
  CSS_URL,
  BARE_URL,
];

const rank = (kind: ResourceKind) => (autoLoads(kind) ? 3 : kind === 'bare-url' ? 1 : 2);
