import type { ResourceCheckResult } from '../exfil/resource-check.ts';

/** An element and the check result it must now act on: reload (allowed) or show a placeholder. */
export interface ResourceUpdate<E> {
  element: E;
  result: ResourceCheckResult;
}

export interface ObserveOutcome<E> {
  /** URLs seen for the first time: ask the background about them. */
  toCheck: string[];
  /** URLs already decided: act on them for this element now. */
  known: Array<ResourceUpdate<E>>;
}

/**
 * What the content script knows about each auto-loaded URL on the page — checking, or its result —
 * and which elements wait for a check. Pure bookkeeping (elements are opaque), so the DOM adapter
 * only finds elements and carries out updates. Each URL is checked once per page; a URL already
 * allowed in this tab loads by itself when another element uses it (its allow rule is in place).
 */
export class ResourceTracker<E> {
  private readonly results = new Map<string, ResourceCheckResult>();
  private readonly waiting = new Map<string, Set<E>>();

  observe(element: E, urls: readonly string[]): ObserveOutcome<E> {
    const toCheck: string[] = [];
    const known: Array<ResourceUpdate<E>> = [];
    for (const url of new Set(urls)) {
      const result = this.results.get(url);
      if (result) {
        // Allowed or own-host: the browser loads it by itself. Blocked: this element needs a placeholder too.
        if (result.outcome === 'blocked' || result.outcome === 'unavailable') known.push({ element, result });
        continue;
      }
      const waiters = this.waiting.get(url);
      if (waiters) {
        waiters.add(element);
        continue;
      }
      this.waiting.set(url, new Set([element]));
      toCheck.push(url);
    }
    return { toCheck, known };
  }

  /** Records results; returns every waiting element with the result it must act on. */
  settle(results: readonly ResourceCheckResult[]): Array<ResourceUpdate<E>> {
    const updates: Array<ResourceUpdate<E>> = [];
    for (const result of results) {
      const waiters = this.waiting.get(result.url);
      if (!waiters) continue;
      this.waiting.delete(result.url);
      this.results.set(result.url, result);
      for (const element of waiters) updates.push({ element, result });
    }
    return updates;
  }

  /** The check itself failed (no answer, a dead extension): these URLs stay blocked, unchecked. */
  fail(urls: readonly string[], host: (url: string) => string): Array<ResourceUpdate<E>> {
    return this.settle(urls.filter((url) => this.waiting.has(url)).map((url) => ({ url, host: host(url), outcome: 'unavailable', reasons: [] })));
  }

  /** The user loaded it on purpose ("Load anyway"): from now on it is allowed on this page. */
  markAllowed(url: string, host: string): void {
    this.waiting.delete(url);
    this.results.set(url, { url, host, outcome: 'allowed', reasons: [] });
  }

  resultFor(url: string): ResourceCheckResult | undefined {
    return this.results.get(url);
  }

  /** URLs waiting for an answer (for tests and the adapter's chunking). */
  get pendingCount(): number {
    return this.waiting.size;
  }
}
