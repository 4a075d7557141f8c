import type { CacheEntry } from './cache-entry.ts';

/**
 * The semantic candidates, in memory: per scope, the most recently used entries that have a
 * vector, newest first. A scope is read from the store once (on its first semantic lookup in this
 * worker's life) and then kept current as entries are written and reused, so a lookup compares
 * against memory instead of reading hundreds of records from IndexedDB on every miss.
 */
export class SemanticIndex {
  readonly #scopes = new Map<string, CacheEntry[]>();

  constructor(
    /** Entries kept per scope (DecisionCacheOptions.limits.semanticCandidates). */
    private readonly perScope: number,
    /** Scopes kept (site × direction × profile…); the least recently used scope is dropped. */
    private readonly maxScopes = 16,
  ) {}

  has(scope: string): boolean {
    return this.#scopes.has(scope);
  }

  /** Sets a scope's entries as read from the store (newest use first). */
  load(scope: string, entries: readonly CacheEntry[]): void {
    this.#remember(scope, entries.filter((entry) => entry.vector !== undefined).slice(0, this.perScope));
  }

  /** The candidates of a scope, newest use first (empty when it was never loaded). */
  candidates(scope: string): readonly CacheEntry[] {
    return this.#scopes.get(scope) ?? [];
  }

  /** A new entry of a loaded scope (one not loaded yet will read it from the store when it is). */
  add(entry: CacheEntry): void {
    const entries = this.#scopes.get(entry.scope);
    if (!entries || !entry.vector) return;
    this.#remember(entry.scope, [entry, ...entries.filter((known) => known.key !== entry.key)].slice(0, this.perScope));
  }

  /** An entry was used again: it moves to the front. */
  touch(scope: string, key: string, at: number): void {
    const entries = this.#scopes.get(scope);
    const used = entries?.find((entry) => entry.key === key);
    if (!entries || !used) return;
    this.#remember(scope, [{ ...used, lastUsedAt: at, hits: used.hits + 1 }, ...entries.filter((entry) => entry !== used)]);
  }

  clear(): void {
    this.#scopes.clear();
  }

  #remember(scope: string, entries: CacheEntry[]): void {
    this.#scopes.delete(scope);
    this.#scopes.set(scope, entries);
    if (this.#scopes.size > this.maxScopes) this.#scopes.delete(this.#scopes.keys().next().value!);
  }
}
