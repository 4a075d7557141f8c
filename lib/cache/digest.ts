import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/**
 * The cache's hashing: SHA-256 and HMAC-SHA-256, synchronous. Why not `crypto.subtle`: it is
 * asynchronous and its answer comes back as a task on the event loop — in the service worker the
 * same loop that runs the models. Measured in Node after a scan with the models (`rampart
 * cache-replay`), one `crypto.subtle.digest` of a prompt took ~3.5 ms against ~0.05 ms of
 * hashing, and a cache lookup must cost far less than the scan it saves. @noble/hashes is an
 * audited, dependency-free implementation.
 */

const encoder = new TextEncoder();

const hex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** SHA-256 of the text's UTF-8, as 64 lower-case hex digits. */
export const sha256Hex = (text: string): string => hex(sha256(encoder.encode(text)));

/** A fresh random salt for `saltedDigester` (WebCrypto's generator: the service worker, the event page and Node all have it). */
export const newSalt = (): Uint8Array => crypto.getRandomValues(new Uint8Array(32));

/**
 * HMAC-SHA-256 under a per-installation salt. Every digest the cache stores that is derived from
 * what the user wrote goes through this: a plain SHA-256 of a short prompt can be confirmed by
 * anyone who guesses it, across every installation at once; with a random per-installation key a
 * guess has to be checked against this one profile's salt.
 */
export function saltedDigester(salt: Uint8Array): (text: string) => string {
  const key = salt.slice();
  return (text) => hex(hmac(sha256, key, encoder.encode(text)));
}
