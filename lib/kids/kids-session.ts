import { serialQueue } from '../core/serial-queue.ts';
import { KIDS_KEYS, type KidsStorageArea } from './kids-storage.ts';
import { constantTimeEqual } from './pin-hash.ts';

/**
 * The parent's unlocked session: a right PIN gives the options page a random token that every
 * Kids change then carries, so the PIN is typed once, not per change, and never kept in the page.
 *
 * - One at a time: a new unlock replaces the old token (a forgotten open tab stops working).
 * - Ends after IDLE_MS without use (each accepted use extends it), or on lock, or with the browser
 *   (storage.session; it also survives the MV3 worker being stopped, which memory would not).
 * - Only the token's SHA-256 is stored, so whatever can read storage.session cannot replay it.
 */

export const IDLE_MS = 10 * 60_000;
const TOKEN_BYTES = 32;

interface StoredSession {
  tokenHash: string;
  expiresAt: number;
}

export interface KidsSessionGrant {
  token: string;
  expiresAt: number;
}

export interface KidsSession {
  /** A new token (replacing any other); call only after the PIN was verified. */
  open(): Promise<KidsSessionGrant>;
  /** True for the current, unexpired token; extends its idle time. Never throws on a bad value. */
  verify(token: unknown): Promise<boolean>;
  /** When the session ends if unused, for the UI; undefined when none is open. */
  expiresAt(): Promise<number | undefined>;
  close(): Promise<void>;
}

const toBase64Url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

function parseStored(raw: unknown): StoredSession | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { tokenHash, expiresAt } = raw as Partial<StoredSession>;
  return typeof tokenHash === 'string' && typeof expiresAt === 'number' ? { tokenHash, expiresAt } : undefined;
}

export function createKidsSession(area: KidsStorageArea, now: () => number = Date.now): KidsSession {
  const enqueue = serialQueue();
  const read = async () => parseStored((await area.get(KIDS_KEYS.session))[KIDS_KEYS.session]);

  return {
    open: () =>
      enqueue(async () => {
        const token = toBase64Url(crypto.getRandomValues(new Uint8Array(TOKEN_BYTES)));
        const expiresAt = now() + IDLE_MS;
        await area.set({ [KIDS_KEYS.session]: { tokenHash: toBase64Url(await sha256(token)), expiresAt } satisfies StoredSession });
        return { token, expiresAt };
      }),
    verify: (token) =>
      enqueue(async () => {
        if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) return false;
        const stored = await read();
        if (!stored) return false;
        const at = now();
        if (at >= stored.expiresAt) {
          await area.remove(KIDS_KEYS.session);
          return false;
        }
        const given = new TextEncoder().encode(toBase64Url(await sha256(token)));
        if (!constantTimeEqual(given, new TextEncoder().encode(stored.tokenHash))) return false;
        await area.set({ [KIDS_KEYS.session]: { ...stored, expiresAt: at + IDLE_MS } });
        return true;
      }),
    expiresAt: () =>
      enqueue(async () => {
        const stored = await read();
        return stored && stored.expiresAt > now() ? stored.expiresAt : undefined;
      }),
    close: () => enqueue(() => area.remove(KIDS_KEYS.session)),
  };
}
