import type { KidsStorageArea } from '../../../lib/kids/kids-storage.ts';

/** A storage area in memory that, like the real one, hands out copies (a caller cannot mutate what is stored). */
export function memoryArea(initial: Record<string, unknown> = {}): KidsStorageArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial));
  const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));
  return {
    data,
    async get(key) {
      return data.has(key) ? { [key]: copy(data.get(key)) } : {};
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, copy(value));
    },
    async remove(key) {
      data.delete(key);
    },
  };
}

/** A clock the test moves by hand. */
export function fakeClock(start = Date.UTC(2025, 0, 8, 12)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms), set: (ms: number) => void (now = ms) };
}
