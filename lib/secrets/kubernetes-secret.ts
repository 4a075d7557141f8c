import type { Span } from '../core/finding.ts';
import { decodeBase64, printableRatio } from './base64.ts';
import { placeholderValue } from './placeholder.ts';

/**
 * Expands a Kubernetes `kind: Secret` manifest (YAML) into the spans of its `data:` /
 * `stringData:` values — the secrets themselves, so a redactor keeps the manifest readable.
 * `ExternalSecret`, `SealedSecret`, `SopsSecret` and friends reference or encrypt secrets and are
 * not matched (their `kind` is not exactly `Secret`). A hand-written line scanner rather than a YAML
 * library: only this one shape is needed, and it must stay bounded on hostile input.
 */
const MAX_DOCUMENT_CHARS = 64_000;
const MAX_LINES = 2_000;
/** Decoded values shorter than this are labels and toggles (`bar`, `true`), not credentials. */
const MIN_VALUE_CHARS = 6;

interface Line {
  start: number;
  text: string;
  indent: number;
}

/** Offsets of every `\n---` document separator (computed once per text, then binary-searched). */
export function documentSeparators(text: string): number[] {
  const separators: number[] = [];
  for (let at = text.indexOf('\n---'); at >= 0; at = text.indexOf('\n---', at + 4)) separators.push(at);
  return separators;
}

/** The YAML document (between `---` lines) that holds `index`. */
export function documentAround(text: string, index: number, separators = documentSeparators(text)): { start: number; end: number } {
  let low = 0;
  let high = separators.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (separators[middle]! < index) low = middle + 1;
    else high = middle;
  }
  const start = low > 0 ? separators[low - 1]! + 4 : 0;
  const after = low < separators.length ? separators[low]! : text.length;
  return { start, end: Math.min(after, start + MAX_DOCUMENT_CHARS) };
}

function linesOf(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let cursor = start;
  while (cursor <= end && lines.length < MAX_LINES) {
    const newline = text.indexOf('\n', cursor);
    const stop = newline < 0 || newline > end ? end : newline;
    const content = text.slice(cursor, stop).replace(/\r$/, '');
    const indent = content.length - content.replace(/^[ \t]+/, '').length;
    lines.push({ start: cursor, text: content, indent });
    if (stop >= end) break;
    cursor = stop + 1;
  }
  return lines;
}

const BLOCK_START = /^(?:data|stringData|"data"|"stringData")[ \t]*:[ \t]*(?:#.*)?$/;
const ENTRY = /^([ \t]+)["']?[\w.-]{1,253}["']?[ \t]*:[ \t]*/;

function isSecretValue(value: string, encoded: boolean): boolean {
  if (value.length === 0) return false;
  let plain = value;
  if (encoded) {
    const decoded = decodeBase64(value.replace(/\s+/g, ''), 8192);
    if (decoded === undefined) return false;
    plain = decoded.trim();
    if (printableRatio(plain) < 0.9) return plain.length >= MIN_VALUE_CHARS;
  }
  return plain.length >= MIN_VALUE_CHARS && !placeholderValue(plain);
}

/** The values of the manifest around `kindIndex`, and where that manifest starts (a cache key). */
export function kubernetesSecretValues(
  text: string,
  kindIndex: number,
  separators = documentSeparators(text),
): { documentStart: number; spans: Span[] } {
  const { start, end } = documentAround(text, kindIndex, separators);
  const lines = linesOf(text, start, end);
  const spans: Span[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const header = lines[i]!;
    const trimmed = header.text.trim();
    if (!BLOCK_START.test(trimmed)) continue;
    const encoded = !trimmed.replace(/"/g, '').startsWith('stringData');
    for (let j = i + 1; j < lines.length; j += 1) {
      const line = lines[j]!;
      if (line.text.trim() === '' || line.text.trim().startsWith('#')) continue;
      if (line.indent <= header.indent) break;
      const entry = ENTRY.exec(line.text);
      if (!entry) continue;
      let valueStart = line.start + entry[0].length;
      let raw = line.text.slice(entry[0].length);
      const comment = raw.search(/[ \t]#/);
      raw = (comment >= 0 ? raw.slice(0, comment) : raw).trimEnd();
      let valueEnd = valueStart + raw.length;
      if (/^[>|][+-]?$/.test(raw)) {
        // Block scalar: the value is the following, more indented lines.
        let k = j + 1;
        let first: Line | undefined;
        let last: Line | undefined;
        while (k < lines.length && (lines[k]!.indent > line.indent || lines[k]!.text.trim() === '')) {
          if (lines[k]!.text.trim() !== '') {
            first ??= lines[k]!;
            last = lines[k]!;
          }
          k += 1;
        }
        if (!first || !last) continue;
        valueStart = first.start + first.indent;
        valueEnd = last.start + last.text.length;
        raw = text.slice(valueStart, valueEnd);
        j = k - 1;
      }
      const quote = raw[0];
      if ((quote === '"' || quote === "'") && raw.length >= 2 && raw.endsWith(quote)) {
        raw = raw.slice(1, -1);
        valueStart += 1;
        valueEnd -= 1;
      }
      if (isSecretValue(raw, encoded)) spans.push({ start: valueStart, end: valueEnd });
    }
  }
  return { documentStart: start, spans };
}
