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
  /** Symbol id per ASCII code (-1: the character occurs in no anchor). */
  symbolOf: Int16Array;
  symbolCount: number;
  /** next state = delta[state * symbolCount + symbol] (failure links already folded in). */
  delta: Uint16Array;
  /** 1 where a state ends at least one anchor (itself or along its dictionary suffix links). */
  emits: Uint8Array;
  /** Dictionary suffix link: the next state on the failure chain that ends a pattern (-1: none). */
  outputs: Int32Array;
  /** Per state, the range [terminals[s], terminals[s+1]) of patternIndices it ends. */
  terminals: Int32Array;
  patternIndices: Int32Array;
}

const isIntArray = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item));

/**
 * Reads the library's compiled tables (format "modern-ahocorasick", version 1) into a dense
 * automaton. Anything unexpected gives `undefined`, and the index falls back to the library's own
 * `search()`.
 */
function readAutomaton(serialized: string): Automaton | undefined {
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
  if (stateCount === 0 || stateCount > 0xffff || edges.length !== stateCount + 1 || terminals.length !== stateCount + 1) {
    return undefined;
  }
  const symbolOf = new Int16Array(128).fill(-1);
  for (let id = 0; id < symbolCount; id += 1) {
    const symbol: unknown = symbols[id];
    // Projected anchors are ASCII, so every grapheme the library saw is one ASCII character.
    if (typeof symbol !== 'string' || symbol.length !== 1 || symbol.charCodeAt(0) >= 128) return undefined;
    symbolOf[symbol.charCodeAt(0)] = id;
  }
  // Breadth-first, so that a state's failure target (always shallower) is complete before it.
  const delta = new Uint16Array(stateCount * symbolCount);
  const order = [0];
  const seen = new Uint8Array(stateCount);
  seen[0] = 1;
  for (let head = 0; head < order.length; head += 1) {
    const state = order[head]!;
    const row = state * symbolCount;
    if (state !== 0) {
      const failure = failures[state]!;
      if (failure < 0 || failure >= stateCount || !seen[failure]) return undefined;
      delta.copyWithin(row, failure * symbolCount, failure * symbolCount + symbolCount);
    }
    for (let e = edges[state]!; e < edges[state + 1]!; e += 1) {
      const label = labels[e]!;
      const target = targets[e]!;
      if (label < 0 || label >= symbolCount || target <= 0 || target >= stateCount || seen[target]) return undefined;
      delta[row + label] = target;
      seen[target] = 1;
      order.push(target);
    }
  }
  if (order.length !== stateCount) return undefined;
  const emits = new Uint8Array(stateCount);
  for (let state = 0; state < stateCount; state += 1) {
    emits[state] = terminals[state + 1]! > terminals[state]! || outputs[state]! >= 0 ? 1 : 0;
  }
  return {
    symbolOf,
    symbolCount,
    delta,
    emits,
    outputs: Int32Array.from(outputs),
    terminals: Int32Array.from(terminals),
    patternIndices: Int32Array.from(patternIndices),
  };
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
    this.#automaton = options.scanner === 'library' ? undefined : readAutomaton(this.#matcher.serialize());
    this.#keyLengths = Int32Array.from(keys, (key) => key.length);
    let ring = 1;
    while (ring <= Math.max(1, ...keys.map((key) => key.length))) ring *= 2;
    this.#ringMask = ring - 1;
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
    const { symbolOf, symbolCount, delta, emits, outputs, terminals, patternIndices } = automaton;
    const alphabet = this.#alphabet;
    const keyLengths = this.#keyLengths;
    const mask = this.#ringMask;
    const ring = new Int32Array(mask + 1);
    let keyPosition = 0;
    let state = 0;
    for (let i = 0, length = text.length; i < length; i += 1) {
      const code = text.charCodeAt(i);
      ring[keyPosition++ & mask] = i;
      if (code < 128) {
        // Control characters are the projection's filler (and its lead characters): never a hit.
        const symbol = code < 0x20 || code === 0x7f ? -1 : symbolOf[code]!;
        if (symbol < 0) {
          state = 0;
          continue;
        }
        state = delta[state * symbolCount + symbol]!;
      } else {
        const projected = alphabet.get(code);
        if (projected === undefined) {
          state = 0;
          continue;
        }
        ring[keyPosition++ & mask] = -1;
        const lead = symbolOf[leadOf(projected)]!;
        const trail = symbolOf[trailOf(projected)]!;
        state = lead < 0 ? 0 : delta[state * symbolCount + lead]!;
        state = trail < 0 ? 0 : delta[state * symbolCount + trail]!;
      }
      if (!emits[state]) continue;
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
