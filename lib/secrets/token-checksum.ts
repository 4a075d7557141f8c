import { crc32 } from './crc32.ts';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `value` in base62 (digits, upper, lower), left-padded with `0` to `width` characters. */
export function toBase62(value: number, width: number): string {
  let out = '';
  let rest = Math.floor(Math.abs(value));
  do {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return out.padStart(width, '0');
}

/**
 * GitHub's token format (ghp_/gho_/ghu_/ghs_/ghr_, and npm's npm_ which copied it) ends in six
 * base62 characters that encode the CRC-32 of the random part before them
 * (github.blog, "Behind GitHub's new authentication token formats", 2021-04-05). A string with the
 * right shape but a wrong checksum is a hand-typed example or a corrupted copy, not an issued
 * token — which is why it is scored lower, not dropped.
 */
export function hasValidBase62Checksum(token: string): boolean {
  const underscore = token.lastIndexOf('_');
  const body = underscore >= 0 ? token.slice(underscore + 1) : token;
  if (body.length < 7 || !/^[0-9A-Za-z]+$/.test(body)) return false;
  const random = body.slice(0, -6);
  return toBase62(crc32(random), 6) === body.slice(-6);
}
