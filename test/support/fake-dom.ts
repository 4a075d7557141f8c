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
  target?: FakeNode;
  defaultPrevented?: boolean;
  stopPropagation?: () => void;
  preventDefault?: () => void;
}

export class FakeNode {
  readonly children: FakeNode[] = [];
  parent: FakeNode | undefined;
  readonly attributes = new Map<string, string>();
  readonly dataset: Record<string, string> = {};
  readonly listeners = new Map<string, Listener[]>();
  shadowRoot: FakeNode | undefined;
  host: FakeNode | undefined;
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
  /** Dispatches to this node and its ancestors (bubbling only; enough for the panel). */
  dispatch(type: string, init: Partial<FakeEvent> = {}): FakeEvent {
    let stopped = false;
    const event: FakeEvent = { type, isTrusted: true, target: this, stopPropagation: () => (stopped = true), ...init };
    const path: FakeNode[] = [this];
    while (path.at(-1)!.parent) path.push(path.at(-1)!.parent!);
    for (const node of path) {
      if (stopped) break;
      for (const listener of node.listeners.get(type) ?? []) listener(event);
    }
    return event;
  }
  click(init: Partial<FakeEvent> = {}): FakeEvent {
    return this.dispatch('click', init);
  }
  focus(): void {
    this.ownerDocument.focused = this;
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

export class FakeDocument {
  readonly documentElement: FakeNode;
  readonly body: FakeNode;
  focused: FakeNode | undefined;

  constructor() {
    this.documentElement = new FakeNode('html', this);
    this.body = new FakeNode('body', this);
    this.documentElement.append(this.body);
  }
  createElement(name: string): FakeNode {
    return new FakeNode(name, this);
  }
  querySelector<T = FakeNode>(selector: string): T | null {
    return this.documentElement.querySelector<T>(selector);
  }
}
