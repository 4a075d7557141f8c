/**
 * Base58Check (Bitcoin legacy P2PKH/P2SH addresses): base58 decoding, then the last four bytes
 * must equal the first four of SHA-256(SHA-256(payload)). Hashing uses the platform's Web Crypto
 * (`crypto.subtle`, in browsers, service workers and Node ≥ 19) rather than a hand-written SHA-256.
 */
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const VALUE = new Map([...ALPHABET].map((char, index) => [char, index]));

/** Decodes base58 to bytes; undefined on a character outside the alphabet or an oversized input. */
export function decodeBase58(text: string): Uint8Array | undefined {
  if (text.length === 0 || text.length > 128) return undefined;
  const bytes: number[] = [];
  for (const char of text) {
    let carry = VALUE.get(char);
    if (carry === undefined) return undefined;
    for (let i = 0; i < bytes.length; i += 1) {
      carry += bytes[i]! * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (const char of text) {
    if (char !== '1') break;
    bytes.push(0);
  }
  return Uint8Array.from(bytes.reverse());
}

const sha256 = async (bytes: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));

/**
 * True for a Base58Check Bitcoin mainnet address: 25 bytes, version 0x00 (P2PKH) or 0x05 (P2SH)
 * and a valid checksum. Never rejects: a platform without Web Crypto answers false.
 */
export async function isBitcoinBase58Address(text: string): Promise<boolean> {
  const bytes = decodeBase58(text);
  if (!bytes || bytes.length !== 25 || (bytes[0] !== 0x00 && bytes[0] !== 0x05)) return false;
  try {
    const digest = await sha256(await sha256(bytes.subarray(0, 21)));
    return digest[0] === bytes[21] && digest[1] === bytes[22] && digest[2] === bytes[23] && digest[3] === bytes[24];
  } catch {
    return false;
  }
}
