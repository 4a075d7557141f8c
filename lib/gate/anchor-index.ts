import AhoCorasick from 'modern-ahocorasick';
import {
  createAnchorAlphabet,
  leadOf,
  projectAnchor,
  projectText,
  trailOf,
  type AnchorAlphabet,
} from './anchor-projection.ts';

/** Where one anchor occurs: half-open UTF-16 offsets into the searched text. */
export interface AnchorHit {
  /** Index into the anchor list the index was built from. */
  anchor: number;
  start: number;
  end: number;
}

/**
 * modern-ahocorasick's compiled automaton (its versioned `serialize()` format), turned into a
 * dense transition table: one array read per character instead of a walk along failure links.
 */
interface Automaton {
  /** Column per ASCII code: its symbol, or the reset column for characters no anchor contains and controls. */
  columnOf: Uint8Array;
  /**
   * Per non-ASCII code unit that occurs in an anchor: the columns of its projection's lead (low
   * byte) and trail (high byte) characters; NOT_IN_ANCHORS for every other unit. Two levels, as
   * anchors use few 256-unit blocks: wideColumns[wideBlocks[unit >> 8] * 256 + (unit & 0xff)],
   * block 0 being all NOT_IN_ANCHORS (a flat table would be 128 KiB per index, most of it empty).
   */
  wideBlocks: Uint16Array;
  wideColumns: Uint16Array;
  /** Columns per row: the symbols, then the reset column (every entry 0). */
  columns: number;
  /**
   * entry = next state | EMITS when that state ends at least one anchor (itself or along its
   * dictionary suffix links); next state = delta[state * columns + column] & STATE, failure links
   * already folded in. One read per character decides both where to go and whether to look for hits.
   */
  delta: Uint16Array;
  /** Dictionary suffix link: the next state on the failure chain that ends a pattern (-1: none). */
  outputs: Int32Array;
  /** Per state, the range [terminals[s], terminals[s+1]) of patternIndices it ends. */
  terminals: Int32Array;
  patternIndices: Int32Array;
}

/** The emit flag of a transition entry, and the state bits beside it (so at most 32,767 states). */
const EMITS = 0x8000;
const STATE = 0x7fff;
const NOT_IN_ANCHORS = 0xffff;

const isIntArray = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item));

/**
 * Reads the library's compiled tables (format "modern-ahocorasick", version 1) into a dense
 * automaton over the projection of `alphabet`'s characters. Anything unexpected gives `undefined`,
 * and the index falls back to the library's own `search()`.
 */
function readAutomaton(serialized: string, alphabet: AnchorAlphabet): Automaton | undefined {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(serialized) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const { symbols, edges, labels, targets, failures, outputs, terminals, patternIndices } = data;
  if (data['format'] !== 'modern-ahocorasick' || data['version'] !== 1 || !Array.isArray(symbols)) return undefined;
  if (!isIntArray(edges) || !isIntArray(labels) || !isIntArray(targets) || !isIntArray(failures)) return undefined;
  if (!isIntArray(outputs) || !isIntArray(terminals) || !isIntArray(patternIndices)) return undefined;
  const stateCount = failures.length;
  const symbolCount = symbols.length;
  if (stateCount === 0 || stateCount > STATE || symbolCount > 0xfe || edges.length !== stateCount + 1 || terminals.length !== stateCount + 1) {
    return undefined;
  }
  const columns = symbolCount + 1;
  const reset = symbolCount;
  const columnOf = new Uint8Array(128).fill(reset);
  for (let id = 0; id < symbolCount; id += 1) {
    const symbol: unknown = symbols[id];
    // Projected anchors are ASCII, so every grapheme the library saw is one ASCII character.
    if (typeof symbol !== 'string' || symbol.length !== 1 || symbol.charCodeAt(0) >= 128) return undefined;
    const code = symbol.charCodeAt(0);
    // Control characters are the projection's filler and its lead characters: never a hit as themselves.
    if (code >= 0x20 && code !== 0x7f) columnOf[code] = id;
  }
  // The emit flag rides on every transition into a state that ends an anchor; copied rows carry it.
  const emitFlag = new Uint16Array(stateCount);
  for (let state = 0; state < stateCount; state += 1) {
    if (terminals[state + 1]! > terminals[state]! || outputs[state]! >= 0) emitFlag[state] = EMITS;
  }
  // Breadth-first, so that a state's failure target (always shallower) is complete before it.
  const delta = new Uint16Array(stateCount * columns);
  const order = [0];
  const seen = new Uint8Array(stateCount);
  seen[0] = 1;
  for (let head = 0; head < order.length; head += 1) {
    const state = order[head]!;
    const row = state * columns;
    if (state !== 0) {
      const failure = failures[state]!;
      if (failure < 0 || failure >= stateCount || !seen[failure]) return undefined;
      delta.copyWithin(row, failure * columns, failure * columns + symbolCount);
    }
    for (let e = edges[state]!; e < edges[state + 1]!; e += 1) {
      const label = labels[e]!;
      const target = targets[e]!;
      if (label < 0 || label >= symbolCount || target <= 0 || target >= stateCount || seen[target]) return undefined;
      delta[row + label] = target | emitFlag[target]!;
      seen[target] = 1;
      order.push(target);
    }
  }
  if (order.length !== stateCount) return undefined;
  const wideBlocks = new Uint16Array(256);
  const blockCount = new Set([...alphabet.keys()].map((code) => code >> 8)).size;
  const wideColumns = new Uint16Array((blockCount + 1) * 256).fill(NOT_IN_ANCHORS);
  const column = (code: number) => (code >= 0x20 && code !== 0x7f ? columnOf[code]! : symbolIndex(symbols, code, reset));
  let blocks = 1;
  for (const [code, projected] of alphabet) {
    if (wideBlocks[code >> 8] === 0) wideBlocks[code >> 8] = blocks++;
    wideColumns[wideBlocks[code >> 8]! * 256 + (code & 0xff)] = column(leadOf(projected)) | (column(trailOf(projected)) << 8);
  }
  return {
    columnOf,
    wideBlocks,
    wideColumns,
    columns,
    delta,
    outputs: Int32Array.from(outputs),
    terminals: Int32Array.from(terminals),
    patternIndices: Int32Array.from(patternIndices),
  };
}

/** The library's symbol id of the character `code` (lead characters are controls), or `missing`. */
function symbolIndex(symbols: unknown[], code: number, missing: number): number {
  const id = symbols.indexOf(String.fromCharCode(code));
  return id < 0 ? missing : id;
}

/**
 * Finds every occurrence of every anchor in one pass (Aho-Corasick), so that the cost of the
 * gate's prefilter does not depend on how many rules there are. Anchors and text are compared
 * exactly: callers lower-case both.
 *
 * The automaton is built by modern-ahocorasick; the scan over it is a loop over UTF-16 code units
 * written here, because the library's own `search()` spends about 50 ns per character on ASCII
 * (a one-character string and a Map lookup per character: 0.1 ms for a 2,000-character prompt,
 * the gate's whole budget) and falls back to `Intl.Segmenter` on anything else, which measured
 * quadratic on Node 20 (see anchor-projection.ts). The loop reads the library's compiled tables
 * through its public, versioned `serialize()` format and walks the same projection of the text
 * (anchor-projection.ts) without building it; if that format ever changes, the index falls back
 * to projecting the text and calling `search()`, and a property test keeps the two in agreement.
 */
export class AnchorIndex {
  readonly #alphabet: AnchorAlphabet;
  readonly #matcher: AhoCorasick<number>;
  readonly #automaton: Automaton | undefined;
  /** Length of each projected anchor, in projection units. */
  readonly #keyLengths: Int32Array;
  /** Ring buffer size for start offsets: a power of two ≥ the longest projected anchor. */
  readonly #ringMask: number;

  constructor(anchors: readonly string[], options: { scanner?: 'native' | 'library' } = {}) {
    this.#alphabet = createAnchorAlphabet(anchors);
    const keys = anchors.map((anchor) => projectAnchor(anchor, this.#alphabet));
    this.#matcher = new AhoCorasick(keys.map((key, index) => ({ pattern: key, data: index })));
    this.#automaton = options.scanner === 'library' ? undefined : readAutomaton(this.#matcher.serialize(), this.#alphabet);
    this.#keyLengths = Int32Array.from(keys, (key) => key.length);
    let ring = 1;
    while (ring <= Math.max(1, ...keys.map((key) => key.length))) ring *= 2;
    this.#ringMask = ring - 1;
  }

  /** Which scan runs: the dense-table walk, or the library's search() when its tables could not be read. */
  get scanner(): 'native' | 'library' {
    return this.#automaton ? 'native' : 'library';
  }

  /** Every hit, overlapping ones included, in no particular order. */
  find(text: string): AnchorHit[] {
    return this.#automaton ? this.#scan(this.#automaton, text) : this.#search(text);
  }

  #search(text: string): AnchorHit[] {
    const { key, toText } = projectText(text, this.#alphabet);
    const hits: AnchorHit[] = [];
    for (const match of this.#matcher.search(key)) {
      if (!toText) {
        hits.push({ anchor: match.data!, start: match.start, end: match.end });
        continue;
      }
      const start = toText[match.start]!;
      // A hit that begins inside a two-character code is not a hit in the text.
      if (start < 0) continue;
      hits.push({ anchor: match.data!, start, end: toText[match.end]! });
    }
    return hits;
  }

  /**
   * Walks the projection of `text` (anchor-projection.ts) unit by unit without materialising it;
   * `ring` remembers the text offset of the last projection units, so a hit's start can be read
   * back (-1 marks the second unit of a two-unit code, where no hit may start).
   */
  #scan(automaton: Automaton, text: string): AnchorHit[] {
    const hits: AnchorHit[] = [];
    const { columnOf, wideBlocks, wideColumns, columns, delta, outputs, terminals, patternIndices } = automaton;
    const keyLengths = this.#keyLengths;
    const mask = this.#ringMask;
    const ring = new Int32Array(mask + 1);
    let keyPosition = 0;
    let state = 0;
    for (let i = 0, length = text.length; i < length; i += 1) {
      const code = text.charCodeAt(i);
      ring[keyPosition++ & mask] = i;
      let entry: number;
      if (code < 128) {
        entry = delta[state * columns + columnOf[code]!]!;
      } else {
        const pair = wideColumns[wideBlocks[code >> 8]! * 256 + (code & 0xff)]!;
        if (pair === NOT_IN_ANCHORS) {
          state = 0;
          continue;
        }
        ring[keyPosition++ & mask] = -1;
        // A hit cannot end on a lead character (it is half a code), so only the trail's entry emits.
        state = delta[state * columns + (pair & 0xff)]! & STATE;
        entry = delta[state * columns + (pair >> 8)]!;
      }
      state = entry & STATE;
      if (entry < EMITS) continue;
      for (let s = state; s > 0; s = outputs[s]!) {
        for (let t = terminals[s]!, last = terminals[s + 1]!; t < last; t += 1) {
          const anchor = patternIndices[t]!;
          const start = ring[(keyPosition - keyLengths[anchor]!) & mask]!;
          if (start >= 0) hits.push({ anchor, start, end: i + 1 });
        }
      }
    }
    return hits;
  }
}
