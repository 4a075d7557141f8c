import { MAX_CONVERSATION_CHARS } from '../../core/limits.ts';
import type { Result } from '../../core/result.ts';
import type { ResourceCheckResult } from '../../exfil/resource-check.ts';
import { siteResourceHosts } from '../../exfil/resource-hosts.ts';
import { MAX_RESOURCE_URLS_PER_CHECK } from '../../exfil/resource-messages.ts';
import type { NetworkResourceType } from '../../exfil/resource-rules.ts';
import { networkResourceUrl, resourceHost } from '../../exfil/resource-url.ts';
import { isAllowedHost } from '../../exfil/site-hosts.ts';
import { elementResources, RESOURCE_ATTRIBUTES, RESOURCE_ELEMENT_SELECTOR, type ElementResource } from '../../content/resource-elements.ts';
import { loadAnywayDisabledMessage, loadFailedMessage, resourcePlaceholderView } from '../../content/resource-placeholder-view.ts';
import { ResourceTracker, type ResourceUpdate } from '../../content/resource-tracker.ts';
import type { SiteAdapter } from '../../sites/site-adapter.ts';
import { requestResourceAllow, requestResourceCheck } from './resource-client.ts';
import { createResourcePlaceholder, PLACEHOLDER_TAG, type ResourcePlaceholder } from './resource-placeholder.ts';
import { loadAnywayReport, type OverrideReport } from '../../audit/override-report.ts';
import type { ResourceReason } from '../../exfil/resource-verdict.ts';
import { reportOverride } from './override-client.ts';

export interface ResourceGuardOptions {
  check?: (urls: readonly string[], inReply: boolean, conversationText: string) => Promise<Result<ResourceCheckResult[]>>;
  allow?: (url: string) => Promise<Result<null>>;
  /** Where "Load anyway" is reported for the audit log (default: a `tab:override` message). */
  reportOverride?: (report: OverrideReport) => void;
  /** False when the admin turned "Load anyway" off (managed disabledFeatures `loadAnyway`): placeholders offer no way to load. */
  canLoadAnyway?: () => boolean;
}

/** How many of the user's latest turns travel with a check as conversation text. */
const USER_TURNS = 10;

/** A placeholder standing in for one element on the page (the element itself is hidden). */
interface Shown {
  placeholder: ResourcePlaceholder;
  /** The blocked URLs it stands for: "Load anyway" lets all of them through. */
  urls: Map<string, string>;
  elements: Set<Element>;
  /** The element's own inline display, restored when it is loaded after all. */
  display: { value: string; priority: string };
}

/** The element a placeholder replaces visually: a <source>'s <picture>/<video>, an SVG image's <svg>. */
function anchorOf(element: Element): Element {
  if (element.localName === 'source' && element.parentElement) return element.parentElement;
  if (element.localName === 'image') return element.closest('svg') ?? element;
  return element;
}

/**
 * Fetches an element's resources again now that its allow rule is in place: setting a URL
 * attribute to its own value restarts the load (the failed one is not cached); media elements
 * reload with load().
 */
export function reloadResource(element: Element): void {
  if (element.localName === 'source') {
    const parent = element.parentElement;
    if (parent?.localName === 'picture') for (const image of parent.querySelectorAll('img')) reloadResource(image);
    else if (parent) reloadResource(parent);
    return;
  }
  for (const attribute of RESOURCE_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (value !== null) element.setAttribute(attribute, value);
  }
  if (element.localName === 'video' || element.localName === 'audio') (element as HTMLMediaElement).load();
}

/** All matches of the first selector that matches anything (adapters order their selectors). */
function queryAllFirst(doc: Document, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    try {
      const found = [...doc.querySelectorAll(selector)];
      if (found.length) return found;
    } catch {
      // An invalid selector (e.g. a bad admin override) is skipped.
    }
  }
  return [];
}

/**
 * The content half of exfiltration blocking. The network rule (lib/exfil/resource-rules.ts) has
 * already stopped every image, video or object the page requests from a foreign host; this guard
 * finds the elements that asked for them, has the background check their URLs, reloads the clean
 * ones (now let through for this tab) and puts a placeholder in place of the flagged ones, whose
 * "Load anyway" loads them on the user's word. It runs from document_start, so it sees every
 * element the app inserts.
 */
export function startResourceGuard(win: Window, adapter: SiteAdapter, options: ResourceGuardOptions = {}): () => void {
  const doc = win.document;
  const check = options.check ?? ((urls, inReply, conversationText) => requestResourceCheck(urls, inReply, conversationText));
  const allow = options.allow ?? ((url) => requestResourceAllow(url));
  const canLoadAnyway = options.canLoadAnyway ?? (() => true);
  const ownHosts = siteResourceHosts(adapter.hosts);
  const tracker = new ResourceTracker<Element>();
  const typeOf = new WeakMap<Element, Map<string, NetworkResourceType>>();
  const shown = new Map<Element, Shown>();
  const pending = new Set<Element>();
  let flushTimer: ReturnType<typeof setTimeout> | undefined;

  const isForeign = (resource: ElementResource) => !isAllowedHost(resourceHost(resource.url), ownHosts);

  /** The user's recent turns (exfil's conversation text), read only when there is something to check. */
  function conversationText(): string {
    return queryAllFirst(doc, adapter.userMessage)
      .slice(-USER_TURNS)
      .map((turn) => turn.textContent ?? '')
      .join('\n')
      .slice(-MAX_CONVERSATION_CHARS);
  }

  function showPlaceholder(element: Element, result: ResourceCheckResult): void {
    const anchor = anchorOf(element);
    const existing = shown.get(anchor);
    if (existing) {
      existing.urls.set(result.url, result.host);
      existing.elements.add(element);
      return;
    }
    const type = typeOf.get(element)?.get(result.url) ?? 'image';
    const canLoad = networkResourceUrl(result.url) !== undefined;
    const checkedAt = Date.now();
    const entry: Shown = {
      placeholder: createResourcePlaceholder(
        doc,
        resourcePlaceholderView(type, result, canLoad, canLoadAnyway()),
        () => void loadAnyway(anchor, result.reasons, checkedAt),
        anchor,
      ),
      urls: new Map([[result.url, result.host]]),
      elements: new Set([element]),
      display: { value: (anchor as HTMLElement).style?.getPropertyValue('display') ?? '', priority: (anchor as HTMLElement).style?.getPropertyPriority('display') ?? '' },
    };
    shown.set(anchor, entry);
    anchor.before(entry.placeholder.host);
    // Hidden rather than removed: the app owns the element (React may update it later).
    (anchor as HTMLElement).style?.setProperty('display', 'none', 'important');
  }

  async function loadAnyway(anchor: Element, reasons: readonly ResourceReason[], checkedAt: number): Promise<void> {
    const entry = shown.get(anchor);
    if (!entry) return;
    // The admin turned it off after the placeholder was shown: the newer policy wins.
    if (!canLoadAnyway()) {
      entry.placeholder.showError(loadAnywayDisabledMessage());
      return;
    }
    for (const url of entry.urls.keys()) {
      const allowed = await allow(url);
      if (!allowed.ok) {
        entry.placeholder.showError(loadFailedMessage());
        return;
      }
    }
    for (const [url, host] of entry.urls) tracker.markAllowed(url, host);
    release(anchor);
    (options.reportOverride ?? reportOverride)(loadAnywayReport(reasons, checkedAt));
    for (const element of entry.elements) reloadResource(element);
  }

  /** Takes a placeholder away and shows its element again. */
  function release(anchor: Element): void {
    const entry = shown.get(anchor);
    if (!entry) return;
    shown.delete(anchor);
    entry.placeholder.host.remove();
    const style = (anchor as HTMLElement).style;
    if (entry.display.value) style?.setProperty('display', entry.display.value, entry.display.priority);
    else style?.removeProperty('display');
  }

  function apply(updates: ReadonlyArray<ResourceUpdate<Element>>): void {
    const reloaded = new Set<Element>();
    for (const { element, result } of updates) {
      if (!element.isConnected) continue;
      if (result.outcome === 'blocked' || result.outcome === 'unavailable') showPlaceholder(element, result);
      else if (result.outcome === 'allowed' && !reloaded.has(element)) {
        reloaded.add(element);
        reloadResource(element);
      }
    }
  }

  async function send(urls: string[], inReply: boolean): Promise<void> {
    const text = conversationText();
    for (let start = 0; start < urls.length; start += MAX_RESOURCE_URLS_PER_CHECK) {
      const chunk = urls.slice(start, start + MAX_RESOURCE_URLS_PER_CHECK);
      const answer = await check(chunk, inReply, text);
      apply(answer.ok ? tracker.settle(answer.value) : []);
      // Whatever the answer left undecided (an error, a missing URL) stays blocked, unchecked.
      apply(tracker.fail(chunk, resourceHost));
    }
  }

  function flush(): void {
    flushTimer = undefined;
    const batches = new Map<boolean, string[]>([[true, []], [false, []]]);
    const immediate: Array<ResourceUpdate<Element>> = [];
    for (const element of pending) {
      if (!element.isConnected) continue;
      const foreign = elementResources(element, element.baseURI).filter(isForeign);
      // The app pointed the element elsewhere: a placeholder for URLs it no longer uses goes.
      const placeholder = shown.get(anchorOf(element));
      if (placeholder?.elements.has(element) && !foreign.some((resource) => placeholder.urls.has(resource.url))) release(anchorOf(element));
      if (foreign.length === 0) continue;
      const types = typeOf.get(element) ?? new Map<string, NetworkResourceType>();
      for (const resource of foreign) types.set(resource.url, resource.type);
      typeOf.set(element, types);
      // A URL too long (or too odd) to allow exactly stays blocked without asking.
      const tooOdd = foreign.filter((resource) => networkResourceUrl(resource.url) === undefined);
      for (const resource of tooOdd) immediate.push({ element, result: { url: resource.url, host: resourceHost(resource.url), outcome: 'unavailable', reasons: [] } });
      const outcome = tracker.observe(element, foreign.filter((resource) => !tooOdd.includes(resource)).map((resource) => resource.url));
      immediate.push(...outcome.known);
      batches.get(insideReply(element))!.push(...outcome.toCheck);
    }
    pending.clear();
    apply(immediate);
    for (const [inReply, urls] of batches) if (urls.length) void send(urls, inReply);
    // Placeholders whose element the app removed go with it.
    for (const anchor of shown.keys()) if (!anchor.isConnected) release(anchor);
  }

  function insideReply(element: Element): boolean {
    for (const selector of adapter.reply) {
      try {
        if (element.closest(selector)) return true;
      } catch {
        // Invalid selector: skip.
      }
    }
    return false;
  }

  function consider(node: Node): void {
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.localName === PLACEHOLDER_TAG) return;
    if (element.matches(RESOURCE_ELEMENT_SELECTOR)) pending.add(element);
    for (const inner of element.querySelectorAll(RESOURCE_ELEMENT_SELECTOR)) pending.add(inner);
    // A timer, not a microtask: one flush for everything a render inserted, and the check
    // message leaves after the app's own synchronous work.
    flushTimer ??= setTimeout(flush, 0);
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') consider(record.target);
      else for (const node of record.addedNodes) consider(node);
    }
  });
  observer.observe(doc, { subtree: true, childList: true, attributes: true, attributeFilter: [...RESOURCE_ATTRIBUTES, 'type'] });
  if (doc.documentElement) consider(doc.documentElement);

  return () => {
    observer.disconnect();
    if (flushTimer !== undefined) clearTimeout(flushTimer);
  };
}
