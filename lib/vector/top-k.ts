export interface Neighbour {
  /** Row in the index (or position in the list searched). */
  row: number;
  /** Cosine similarity to the query. */
  similarity: number;
}

/**
 * Keeps the k most similar rows offered to it, most similar first. A sorted array with insertion
 * is the fastest structure for the small k used here (k ≤ a few dozen): almost every offer is
 * rejected by one comparison with the current k-th best. Ties keep the row offered first, so a
 * search is deterministic whatever the scores.
 */
export class TopK {
  readonly #k: number;
  readonly #items: Neighbour[] = [];

  constructor(k: number) {
    this.#k = Math.max(0, Math.floor(k));
  }

  /** The similarity a new row must beat to enter (−Infinity while not full, +Infinity for k = 0). */
  get threshold(): number {
    if (this.#k === 0) return Number.POSITIVE_INFINITY;
    return this.#items.length < this.#k ? Number.NEGATIVE_INFINITY : this.#items[this.#items.length - 1]!.similarity;
  }

  offer(row: number, similarity: number): void {
    if (!(similarity > this.threshold)) return;
    let at = this.#items.length;
    while (at > 0 && this.#items[at - 1]!.similarity < similarity) at -= 1;
    this.#items.splice(at, 0, { row, similarity });
    if (this.#items.length > this.#k) this.#items.pop();
  }

  /** The kept rows, most similar first. */
  get items(): readonly Neighbour[] {
    return this.#items;
  }
}
