/**
 * Just enough DOM to test Rampart's DOM adapters in Node (the project has no DOM environment
 * dependency; the real thing is exercised by scripts/e2e.mjs in Chromium). Supports what the
 * adapters use — createElement, attributes, children, textContent, listeners, focus, open shadow
 * roots, and `tag[attr="value"]` selectors — and refuses innerHTML so a test fails if an adapter
 * ever builds markup from strings.
 */
type Listener = (event: FakeEvent) => void;

export interface FakeEvent {
  type: string;
  isTrusted: boolean;
  key?: string;
  shiftKey?: boolean;
  target?: FakeNode;
  defaultPrevented?: boolean;
  stopPropagation?: () => void;
  preventDefault?: () => void;
  /** The nodes the event passes, target first, crossing out of shadow roots to their hosts. */
  composedPath?: () => FakeNode[];
}

/** Inline style: any property, plus the CSSOM methods the adapters use. */
export class FakeStyle {
  [property: string]: unknown;
  setProperty(name: string, value: string): void {
    this[name] = value;
  }
  removeProperty(name: string): void {
    delete this[name];
  }
  getPropertyValue(name: string): string {
    return typeof this[name] === 'string' ? (this[name] as string) : '';
  }
}

export interface FakeRect {
  top: number;
  left: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export const fakeRect = (left: number, top: number, width: number, height: number): FakeRect => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

export class FakeNode {
  readonly children: FakeNode[] = [];
  parent: FakeNode | undefined;
  readonly attributes = new Map<string, string>();
  readonly dataset: Record<string, string> = {};
  readonly listeners = new Map<string, Listener[]>();
  shadowRoot: FakeNode | undefined;
  host: FakeNode | undefined;
  readonly style = new FakeStyle();
  /** What getBoundingClientRect returns (tests set it to lay the page out). */
  rect: FakeRect = fakeRect(0, 0, 0, 0);
  /** What the window's getComputedStyle reports for this node (camelCase properties). */
  computedStyle: Record<string, string> = {};
  private ownText = '';

  constructor(
    readonly localName: string,
    readonly ownerDocument: FakeDocument,
  ) {}

  get id(): string {
    return this.attributes.get('id') ?? '';
  }
  set id(value: string) {
    this.attributes.set('id', value);
  }
  get className(): string {
    return this.attributes.get('class') ?? '';
  }
  set className(value: string) {
    this.attributes.set('class', value);
  }
  get type(): string {
    return this.attributes.get('type') ?? '';
  }
  set type(value: string) {
    this.attributes.set('type', value);
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
    if (name.startsWith('data-')) delete this.dataset[name.slice(5).replace(/-(\w)/g, (_, c: string) => c.toUpperCase())];
  }
  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }
  get hidden(): boolean {
    return this.attributes.has('hidden');
  }
  set hidden(value: boolean) {
    if (value) this.attributes.set('hidden', '');
    else this.attributes.delete('hidden');
  }
  getBoundingClientRect(): FakeRect {
    return { ...this.rect };
  }
  /** Like the DOM: null at the top of a tree and at a shadow root. */
  get parentElement(): FakeNode | null {
    return this.parent && this.parent.localName !== '#shadow-root' ? this.parent : null;
  }
  getRootNode(): FakeNode {
    return this.parent ? this.parent.getRootNode() : this;
  }
  /** On a shadow root: the focused node inside it. */
  get activeElement(): FakeNode | null {
    const focused = this.ownerDocument.focused;
    return focused && focused !== this && this.contains(focused) ? focused : null;
  }
  getAttribute(name: string): string | null {
    if (name.startsWith('data-')) {
      const key = name.slice(5).replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      if (key in this.dataset) return this.dataset[key]!;
    }
    return this.attributes.get(name) ?? null;
  }

  get textContent(): string {
    return this.ownText + this.children.map((child) => child.textContent).join('');
  }
  set textContent(value: string) {
    this.children.length = 0;
    this.ownText = value;
  }
  set innerHTML(_value: string) {
    throw new Error('innerHTML is not allowed');
  }

  append(...nodes: FakeNode[]): void {
    for (const node of nodes) {
      node.parent?.children.splice(node.parent.children.indexOf(node), 1);
      node.parent = this;
      this.children.push(node);
    }
  }
  replaceChildren(...nodes: FakeNode[]): void {
    for (const child of this.children) child.parent = undefined;
    this.children.length = 0;
    this.append(...nodes);
  }
  remove(): void {
    if (!this.parent) return;
    this.parent.children.splice(this.parent.children.indexOf(this), 1);
    this.parent = undefined;
  }
  contains(node: FakeNode | null | undefined): boolean {
    for (let current = node ?? undefined; current; current = current.parent) if (current === this) return true;
    return false;
  }
  get isConnected(): boolean {
    return this.ownerDocument.documentElement.contains(this);
  }

  attachShadow(_init: { mode: 'open' | 'closed' }): FakeNode {
    const root = new FakeNode('#shadow-root', this.ownerDocument);
    root.host = this;
    this.shadowRoot = root;
    return root;
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  removeEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, (this.listeners.get(type) ?? []).filter((l) => l !== listener));
  }
  /**
   * Dispatches to this node and its ancestors, out of shadow roots through their hosts, then to
   * the document and window when connected (bubbling only; enough for the panel and the badge).
   */
  dispatch(type: string, init: Partial<FakeEvent> = {}): FakeEvent {
    let stopped = false;
    const path: FakeNode[] = [this];
    while (path.at(-1)!.parent ?? path.at(-1)!.host) path.push((path.at(-1)!.parent ?? path.at(-1)!.host)!);
    const event: FakeEvent = {
      type,
      isTrusted: true,
      target: this,
      stopPropagation: () => (stopped = true),
      preventDefault: () => (event.defaultPrevented = true),
      composedPath: () => [...path],
      ...init,
    };
    for (const node of path) {
      if (stopped) break;
      for (const listener of node.listeners.get(type) ?? []) listener(event);
    }
    if (!stopped && path.at(-1) === this.ownerDocument.documentElement) {
      for (const listener of this.ownerDocument.listeners.get(type) ?? []) listener(event);
      for (const listener of this.ownerDocument.defaultView.listeners.get(type) ?? []) listener(event);
    }
    return event;
  }
  click(init: Partial<FakeEvent> = {}): FakeEvent {
    return this.dispatch('click', init);
  }
  focus(): void {
    this.ownerDocument.focused = this;
  }
  blur(): void {
    if (this.ownerDocument.focused === this) this.ownerDocument.focused = undefined;
  }

  /** All descendants, depth first (not crossing into shadow roots, like the real DOM). */
  descendants(): FakeNode[] {
    return this.children.flatMap((child) => [child, ...child.descendants()]);
  }
  querySelector<T = FakeNode>(selector: string): T | null {
    const match = /^([a-z-]*)(?:\[([a-z-]+)="([^"]*)"\])?$/.exec(selector);
    if (!match) throw new SyntaxError(`unsupported selector ${selector}`);
    const [, tag, attr, value] = match;
    const found = this.descendants().find(
      (node) => (!tag || node.localName === tag) && (!attr || node.getAttribute(attr) === value),
    );
    return (found ?? null) as T | null;
  }
}

/** Listeners by type, with add/remove (the document's and the window's). */
class FakeEventTarget {
  readonly listeners = new Map<string, Listener[]>();
  /** Honours `signal` (an aborted signal removes the listener), like the DOM. */
  addEventListener(type: string, listener: Listener, options?: { signal?: AbortSignal } | boolean): void {
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (signal?.aborted) return;
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
    signal?.addEventListener('abort', () => this.removeEventListener(type, listener));
  }
  removeEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, (this.listeners.get(type) ?? []).filter((l) => l !== listener));
  }
  listenerCount(type: string): number {
    return this.listeners.get(type)?.length ?? 0;
  }
}

/**
 * The parts of `window` the in-page UI uses: viewport size, animation frames (run by
 * flushFrames), getComputedStyle from each node's `computedStyle`, matchMedia for
 * prefers-color-scheme, and a ResizeObserver the test triggers. Timers are the real (or vitest's
 * fake) global ones.
 */
export class FakeWindow extends FakeEventTarget {
  innerWidth = 1280;
  innerHeight = 800;
  prefersDark = false;
  private frames = new Map<number, () => void>();
  private nextFrame = 1;
  readonly resizeObservers: FakeResizeObserver[] = [];
  readonly ResizeObserver: new (callback: () => void) => FakeResizeObserver;
  readonly mutationObservers: FakeMutationObserver[] = [];
  readonly MutationObserver: new (callback: () => void) => FakeMutationObserver;
  /** matchMedia change listeners, by query. */
  readonly mediaListeners = new Map<string, (() => void)[]>();

  constructor(readonly document: FakeDocument) {
    super();
    const observers = this.resizeObservers;
    this.ResizeObserver = class extends FakeResizeObserver {
      constructor(callback: () => void) {
        super(callback);
        observers.push(this);
      }
    };
    const mutationObservers = this.mutationObservers;
    this.MutationObserver = class extends FakeMutationObserver {
      constructor(callback: () => void) {
        super(callback);
        mutationObservers.push(this);
      }
    };
  }
  /** Flips prefers-color-scheme and tells matchMedia listeners, like a system theme switch. */
  setPrefersDark(value: boolean): void {
    this.prefersDark = value;
    for (const [query, listeners] of this.mediaListeners) if (/prefers-color-scheme/.test(query)) for (const listener of listeners) listener();
  }
  requestAnimationFrame(callback: () => void): number {
    const id = this.nextFrame++;
    this.frames.set(id, callback);
    return id;
  }
  cancelAnimationFrame(id: number): void {
    this.frames.delete(id);
  }
  /** A scroll somewhere on the page (scroll listeners are registered in the capture phase). */
  dispatchScroll(): void {
    for (const listener of this.listeners.get('scroll') ?? []) listener({ type: 'scroll', isTrusted: true });
  }
  get pendingFrames(): number {
    return this.frames.size;
  }
  /** Runs the frames requested so far (not those they request). */
  flushFrames(): void {
    const due = [...this.frames.values()];
    this.frames.clear();
    for (const callback of due) callback();
  }
  setInterval(callback: () => void, ms: number): ReturnType<typeof setInterval> {
    return setInterval(callback, ms);
  }
  clearInterval(id: ReturnType<typeof setInterval>): void {
    clearInterval(id);
  }
  getComputedStyle(node: FakeNode): Record<string, string> {
    return { backgroundColor: 'rgba(0, 0, 0, 0)', colorScheme: 'normal', ...node.computedStyle };
  }
  matchMedia(query: string) {
    return {
      media: query,
      matches: this.prefersDark && /prefers-color-scheme:\s*dark/.test(query),
      addEventListener: (_type: string, listener: () => void) =>
        this.mediaListeners.set(query, [...(this.mediaListeners.get(query) ?? []), listener]),
      removeEventListener: (_type: string, listener: () => void) =>
        this.mediaListeners.set(query, (this.mediaListeners.get(query) ?? []).filter((l) => l !== listener)),
    };
  }
}

/** Records what it observes (node and options); the test triggers it as if an attribute changed. */
export class FakeMutationObserver {
  readonly observed = new Map<FakeNode, unknown>();
  constructor(private readonly callback: () => void) {}
  observe(node: FakeNode, options: unknown): void {
    this.observed.set(node, options);
  }
  disconnect(): void {
    this.observed.clear();
  }
  trigger(): void {
    if (this.observed.size) this.callback();
  }
}

export class FakeResizeObserver {
  readonly observed = new Set<FakeNode>();
  constructor(private readonly callback: () => void) {}
  observe(node: FakeNode): void {
    this.observed.add(node);
  }
  unobserve(node: FakeNode): void {
    this.observed.delete(node);
  }
  disconnect(): void {
    this.observed.clear();
  }
  /** As if an observed node changed size. */
  trigger(): void {
    if (this.observed.size) this.callback();
  }
}

export class FakeDocument extends FakeEventTarget {
  readonly documentElement: FakeNode;
  readonly body: FakeNode;
  readonly defaultView: FakeWindow;
  focused: FakeNode | undefined;
  readyState: 'loading' | 'interactive' | 'complete' = 'complete';

  constructor() {
    super();
    this.documentElement = new FakeNode('html', this);
    this.body = new FakeNode('body', this);
    this.documentElement.append(this.body);
    this.defaultView = new FakeWindow(this);
  }
  /** Like the DOM: focus inside a shadow root shows as its host; nothing focused is <body>. */
  get activeElement(): FakeNode {
    let node = this.focused;
    while (node && !node.isConnected) node = node.getRootNode().host;
    return node ?? this.body;
  }
  createElement(name: string): FakeNode {
    return new FakeNode(name, this);
  }
  querySelector<T = FakeNode>(selector: string): T | null {
    return this.documentElement.querySelector<T>(selector);
  }
}
