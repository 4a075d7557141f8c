/**
 * Keccak-256 (the pre-standard SHA-3 padding Ethereum uses), needed only for EIP-55 address
 * checksums. Web Crypto has no Keccak and no maintained hashing library is in the tree, so this
 * is a compact BigInt implementation: slow (tens of µs per hash) but called a handful of times
 * per scan at most. Round constants and rotation offsets are derived from the specification's
 * LFSR and (x, y) walk rather than typed in.
 */
const MASK = (1n << 64n) - 1n;

const ROUND_CONSTANTS: bigint[] = (() => {
  let lfsr = 1;
  const step = (): number => {
    const bit = lfsr & 1;
    lfsr = lfsr & 0x80 ? ((lfsr << 1) ^ 0x71) & 0xff : (lfsr << 1) & 0xff;
    return bit;
  };
  const constants: bigint[] = [];
  for (let round = 0; round < 24; round += 1) {
    let constant = 0n;
    for (let j = 0; j < 7; j += 1) if (step()) constant |= 1n << BigInt((1 << j) - 1);
    constants.push(constant);
  }
  return constants;
})();

// ROTATIONS[x + 5y]; from (x, y) = (1, 0), offset (t+1)(t+2)/2 then (x, y) → (y, 2x + 3y).
const ROTATIONS: number[] = (() => {
  const offsets = new Array<number>(25).fill(0);
  let x = 1;
  let y = 0;
  for (let t = 0; t < 24; t += 1) {
    offsets[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
  return offsets;
})();

const rotate = (value: bigint, by: number): bigint =>
  by === 0 ? value : ((value << BigInt(by)) | (value >> BigInt(64 - by))) & MASK;

function permute(state: bigint[]): void {
  const c = new Array<bigint>(5);
  const b = new Array<bigint>(25);
  for (let round = 0; round < 24; round += 1) {
    for (let x = 0; x < 5; x += 1) c[x] = state[x]! ^ state[x + 5]! ^ state[x + 10]! ^ state[x + 15]! ^ state[x + 20]!;
    for (let x = 0; x < 5; x += 1) {
      const d = c[(x + 4) % 5]! ^ rotate(c[(x + 1) % 5]!, 1);
      for (let y = 0; y < 25; y += 5) state[x + y] = state[x + y]! ^ d;
    }
    for (let x = 0; x < 5; x += 1) {
      for (let y = 0; y < 5; y += 1) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotate(state[x + 5 * y]!, ROTATIONS[x + 5 * y]!);
    }
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x += 1) state[x + y] = b[x + y]! ^ (~b[((x + 1) % 5) + y]! & MASK & b[((x + 2) % 5) + y]!);
    }
    state[0] = state[0]! ^ ROUND_CONSTANTS[round]!;
  }
}

const RATE_BYTES = 136;

/** Keccak-256 digest of `bytes` as lower-case hex. */
export function keccak256Hex(bytes: Uint8Array): string {
  const state = new Array<bigint>(25).fill(0n);
  const padded = new Uint8Array(Math.ceil((bytes.length + 1) / RATE_BYTES) * RATE_BYTES);
  padded.set(bytes);
  padded[bytes.length] = padded[bytes.length]! ^ 0x01;
  padded[padded.length - 1] = padded[padded.length - 1]! ^ 0x80;
  for (let offset = 0; offset < padded.length; offset += RATE_BYTES) {
    for (let lane = 0; lane < RATE_BYTES / 8; lane += 1) {
      let value = 0n;
      for (let k = 7; k >= 0; k -= 1) value = (value << 8n) | BigInt(padded[offset + lane * 8 + k]!);
      state[lane] = state[lane]! ^ value;
    }
    permute(state);
  }
  let hex = '';
  for (let lane = 0; lane < 4; lane += 1) {
    for (let k = 0; k < 8; k += 1) hex += Number((state[lane]! >> BigInt(8 * k)) & 0xffn).toString(16).padStart(2, '0');
  }
  return hex;
}
