/**
 * UTF-8 decoding that remembers, for every decoded UTF-16 unit, which source range its bytes came
 * from. Hand-written because TextDecoder cannot report positions, and decoded layers must map each
 * character back to the encoded region the user sees. Invalid sequences become U+FFFD (one per
 * bad byte, as WHATWG's decoder does) and are counted, so callers can reject binary data.
 */

export interface PositionedBytes {
  bytes: Uint8Array;
  /** Per byte: start of its source range (in the source view). */
  starts: Int32Array;
  /** Per byte: end of its source range. */
  ends: Int32Array;
  length: number;
}

export interface PositionedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  /** Number of invalid byte sequences replaced by U+FFFD. */
  invalid: number;
}

const CHUNK = 8192;

/** The string of the first `length` UTF-16 units, built in chunks (one huge argument list overflows the stack). */
export function unitsToString(units: Uint16Array | readonly number[], length = units.length): string {
  let text = '';
  for (let offset = 0; offset < length; offset += CHUNK) {
    const end = Math.min(length, offset + CHUNK);
    text += String.fromCharCode.apply(null, units instanceof Uint16Array ? Array.from(units.subarray(offset, end)) : units.slice(offset, end));
  }
  return text;
}

/** Growable byte buffer with per-byte source ranges, for decoders. */
export class ByteSink {
  bytes: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity | 0);
    this.bytes = new Uint8Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  push(byte: number, start: number, end: number): void {
    if (this.length === this.bytes.length) {
      const grow = <T extends Uint8Array | Int32Array>(array: T, make: (n: number) => T): T => {
        const next = make(array.length * 2);
        next.set(array);
        return next;
      };
      this.bytes = grow(this.bytes, (n) => new Uint8Array(n));
      this.starts = grow(this.starts, (n) => new Int32Array(n));
      this.ends = grow(this.ends, (n) => new Int32Array(n));
    }
    this.bytes[this.length] = byte;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length += 1;
  }

  view(): PositionedBytes {
    return { bytes: this.bytes, starts: this.starts, ends: this.ends, length: this.length };
  }
}

export function decodeUtf8(input: PositionedBytes): PositionedText {
  const { bytes, starts, ends, length } = input;
  const units = new Uint16Array(length);
  const unitStarts = new Int32Array(length);
  const unitEnds = new Int32Array(length);
  let size = 0;
  let invalid = 0;
  const emit = (unit: number, first: number, last: number) => {
    units[size] = unit;
    unitStarts[size] = starts[first]!;
    unitEnds[size] = ends[last]!;
    size += 1;
  };

  let i = 0;
  while (i < length) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      emit(b0, i, i);
      i += 1;
      continue;
    }
    let needed = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      needed = 1;
      cp = b0 & 0x1f;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      needed = 2;
      cp = b0 & 0x0f;
      if (b0 === 0xe0) lower = 0xa0;
      if (b0 === 0xed) upper = 0x9f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      needed = 3;
      cp = b0 & 0x07;
      if (b0 === 0xf0) lower = 0x90;
      if (b0 === 0xf4) upper = 0x8f;
    } else {
      invalid += 1;
      emit(0xfffd, i, i);
      i += 1;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < needed; k += 1, j += 1) {
      const b = j < length ? bytes[j]! : -1;
      if (b < lower || b > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (!ok) {
      // The valid start of a broken sequence is one replacement character (WHATWG's "maximal subpart").
      invalid += 1;
      const next = Math.max(j, i + 1);
      emit(0xfffd, i, next - 1);
      i = next;
      continue;
    }
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      emit(0xd800 + (v >> 10), i, j - 1);
      emit(0xdc00 + (v & 0x3ff), i, j - 1);
    } else {
      emit(cp, i, j - 1);
    }
    i = j;
  }
  return {
    text: unitsToString(units, size),
    starts: unitStarts.slice(0, size),
    ends: unitEnds.slice(0, size),
    invalid,
  };
}
