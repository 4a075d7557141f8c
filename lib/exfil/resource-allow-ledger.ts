import { ALLOW_RULE_ID_BASE } from './resource-rules.ts';

/**
 * At most this many allow rules at once, over all tabs: far below the browsers' 5,000 session
 * rules (and Chrome's 1,000 regex rules), and more than a long chat shows images. Past it the
 * oldest rule goes; its image, if still on screen, is already loaded.
 */
export const MAX_ALLOW_RULES = 1_000;

/** Rule ids stay below 2^31 (Chrome's rule ids are 32-bit signed). */
export const ALLOW_RULE_ID_LIMIT = 2_147_483_647;

export interface AllowEntry {
  id: number;
  tabId: number;
  url: string;
}

export interface AllowGrant {
  entry: AllowEntry;
  /** False when the tab already had a rule for this URL (nothing to install). */
  created: boolean;
  /** Rules to remove to stay within the bound (oldest first). */
  evicted: number[];
}

/**
 * Which allow rule id belongs to which tab and URL: a pure bookkeeper, so id allocation and
 * eviction are tested without a browser. The rules themselves live in the browser's session rule
 * set; after a service-worker restart the ledger is rebuilt from them (`restore`), so it never
 * needs storage of its own.
 */
export class AllowRuleLedger {
  /** Insertion order is age order: the first entry is the oldest. */
  private readonly entries = new Map<number, AllowEntry>();
  private nextId = ALLOW_RULE_ID_BASE;

  constructor(
    existing: readonly AllowEntry[] = [],
    private readonly maxRules: number = MAX_ALLOW_RULES,
  ) {
    // Ids only grow, so after a restart the lower id is the older rule.
    for (const entry of [...existing].sort((a, b) => a.id - b.id)) {
      this.entries.set(entry.id, { ...entry });
      this.nextId = Math.max(this.nextId, entry.id + 1);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  list(): AllowEntry[] {
    return [...this.entries.values()].map((entry) => ({ ...entry }));
  }

  find(tabId: number, url: string): AllowEntry | undefined {
    for (const entry of this.entries.values()) if (entry.tabId === tabId && entry.url === url) return { ...entry };
    return undefined;
  }

  /** Records a rule for `url` in `tabId` (or finds the one it has), evicting the oldest past the bound. */
  grant(tabId: number, url: string): AllowGrant {
    const existing = this.find(tabId, url);
    if (existing) return { entry: existing, created: false, evicted: [] };
    const evicted: number[] = [];
    for (const id of this.entries.keys()) {
      if (this.entries.size - evicted.length < this.maxRules) break;
      evicted.push(id);
    }
    for (const id of evicted) this.entries.delete(id);
    const entry = { id: this.allocateId(), tabId, url };
    this.entries.set(entry.id, entry);
    return { entry: { ...entry }, created: true, evicted };
  }

  /** Forgets `ids` (an install that failed, rules removed elsewhere). */
  drop(ids: readonly number[]): void {
    for (const id of ids) this.entries.delete(id);
  }

  /** Forgets a closed tab's rules and returns their ids, for removal. */
  removeTab(tabId: number): number[] {
    const ids = [...this.entries.values()].filter((entry) => entry.tabId === tabId).map((entry) => entry.id);
    this.drop(ids);
    return ids;
  }

  /**
   * Ids grow by one per grant; after 2^31 grants (never, in practice) they start again from the
   * base, skipping ids still in use.
   */
  private allocateId(): number {
    if (this.nextId > ALLOW_RULE_ID_LIMIT) this.nextId = ALLOW_RULE_ID_BASE;
    while (this.entries.has(this.nextId)) this.nextId++;
    return this.nextId++;
  }
}
